import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsroomError } from '../core/errors.js';
import { type StixObject, attackCorpusFromObjects } from './attack-corpus.js';
import { builtinKb } from './builtin/index.js';
import { loadCwe } from './cwe.js';
import { loadGalaxies } from './galaxies.js';
import type { AttackCorpus, ControlInfo, Kb, TechniqueInfo } from './types.js';
import { loadWarninglists } from './warninglists.js';

/** Files read from a KB directory (the shared/kb layout); each one is optional. */
export const kbFiles = {
  attack: 'attack/enterprise-attack-18.1.json',
  controlsMapping: 'attack-mappings/nist_800_53-rev5_attack-16.1-enterprise.json',
  catalog: 'nist-800-53/NIST_SP-800-53_rev5_catalog.v5.0.1.json',
  kev: 'kev/known_exploited_vulnerabilities.json',
  cwe: 'cwe/cwe-list-v4.15.csv',
  galaxies: 'misp-galaxy',
  warninglists: 'misp-warninglists',
} as const;

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new NewsroomError('CONFIG_INVALID', `kb: unable to read ${path}`, { cause });
  }
}

/** One parse of the 50 MB bundle gives both the technique catalog and the text corpus. */
function loadAttack(path: string): { techniques: Map<string, TechniqueInfo>; corpus: AttackCorpus } {
  const bundle = readJson(path) as { objects?: unknown };
  if (!Array.isArray(bundle.objects))
    throw new NewsroomError('CONFIG_INVALID', `kb: ${path} has no STIX objects`);
  const objects = bundle.objects as StixObject[];
  return { techniques: techniqueCatalog(objects), corpus: attackCorpusFromObjects(objects) };
}

function techniqueCatalog(objects: readonly StixObject[]): Map<string, TechniqueInfo> {
  const techniques = new Map<string, TechniqueInfo>();
  for (const object of objects) {
    if (object.type !== 'attack-pattern' || object.revoked || object.x_mitre_deprecated) continue;
    const id = object.external_references?.find((ref) => ref.source_name === 'mitre-attack')?.external_id;
    if (!id || !object.name) continue;
    const tactics = (object.kill_chain_phases ?? [])
      .filter((phase) => phase.kill_chain_name === 'mitre-attack')
      .map((phase) => phase.phase_name);
    techniques.set(id, { id, name: object.name, tactics });
  }
  return techniques;
}

/** OSCAL ids are 'ac-2'; the CTID mapping pads them ('AC-02'); we use 'AC-2'. */
export function normaliseControlId(id: string): string {
  const match = /^([a-z]{2})-0*([1-9]\d*)(?:\.(\d+))?$/i.exec(id.trim());
  if (!match?.[1] || !match[2]) return id.toUpperCase();
  return `${match[1].toUpperCase()}-${match[2]}${match[3] ? `(${match[3]})` : ''}`;
}

function loadControlTitles(path: string): Map<string, ControlInfo> {
  const catalog = readJson(path) as {
    catalog: { groups: { controls?: { id: string; title: string }[] }[] };
  };
  const controls = new Map<string, ControlInfo>();
  for (const group of catalog.catalog.groups) {
    for (const control of group.controls ?? []) {
      const id = normaliseControlId(control.id);
      controls.set(id, { id, title: control.title });
    }
  }
  return controls;
}

function loadTechniqueControls(path: string): Map<string, string[]> {
  const mapping = readJson(path) as {
    mapping_objects: { capability_id: string | null; attack_object_id: string; mapping_type: string }[];
  };
  const result = new Map<string, string[]>();
  for (const row of mapping.mapping_objects) {
    if (!row.capability_id || row.mapping_type !== 'mitigates') continue;
    const list = result.get(row.attack_object_id) ?? [];
    const control = normaliseControlId(row.capability_id);
    if (!list.includes(control)) list.push(control);
    result.set(row.attack_object_id, list);
  }
  return result;
}

function loadKev(path: string): Set<string> {
  const kev = readJson(path) as { vulnerabilities: { cveID: string }[] };
  return new Set(kev.vulnerabilities.map((entry) => entry.cveID.toUpperCase()));
}

const cache = new Map<string, Kb>();

/**
 * Reference data: the built-in tables, overlaid with the official files found in `dir`.
 * Loaded once per directory per process.
 * @example loadKb(process.env.NEWSROOM_KB_DIR).techniques.get('T1190')?.name
 */
export function loadKb(dir?: string): Kb {
  const builtin = builtinKb();
  if (!dir) return builtin;
  const cached = cache.get(dir);
  if (cached) return cached;
  if (!existsSync(dir)) throw new NewsroomError('CONFIG_INVALID', `kb: directory ${dir} does not exist`);
  const file = (name: keyof typeof kbFiles): string | null => {
    const path = join(dir, kbFiles[name]);
    return existsSync(path) ? path : null;
  };
  const attackFile = file('attack');
  const catalog = file('catalog');
  const mapping = file('controlsMapping');
  const kev = file('kev');
  const cwe = file('cwe');
  const attack = attackFile ? loadAttack(attackFile) : null;
  const kb: Kb = {
    origin: dir,
    techniques: attack ? attack.techniques : builtin.techniques,
    controls: catalog ? new Map([...builtin.controls, ...loadControlTitles(catalog)]) : builtin.controls,
    techniqueControls: mapping ? loadTechniqueControls(mapping) : builtin.techniqueControls,
    cis: builtin.cis,
    kev: kev ? loadKev(kev) : builtin.kev,
    cwe: cwe ? new Map([...builtin.cwe, ...loadCwe(cwe)]) : builtin.cwe,
    ...(attack ? { attack: attack.corpus } : {}),
    ...(file('galaxies') ? { galaxies: loadGalaxies(dir) } : {}),
    ...(file('warninglists') ? { warninglists: loadWarninglists(dir) } : {}),
  };
  cache.set(dir, kb);
  return kb;
}
