/**
 * The text ATT&CK gives about techniques, read from the Enterprise STIX 2.1 bundle: technique
 * descriptions, procedure examples ('uses' relationships to a technique), groups and software with
 * their aliases. Only plain strings are kept, so the parsed bundle (~50 MB) can be collected as soon
 * as this returns.
 */
import { readFileSync } from 'node:fs';
import { NewsroomError } from '../core/errors.js';
import type { AttackCorpus, NamedCluster } from './types.js';

/** The fields of a STIX object that ATT&CK readers use. */
export interface StixObject {
  type: string;
  id: string;
  name?: string;
  description?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  aliases?: string[];
  x_mitre_aliases?: string[];
  relationship_type?: string;
  source_ref?: string;
  target_ref?: string;
  external_references?: { source_name: string; external_id?: string }[];
  kill_chain_phases?: { kill_chain_name: string; phase_name: string }[];
}

/** `(Citation: X)` markers and markdown links, `<code>` tags and runs of spaces, as plain prose. */
export function cleanAttackText(text: string): string {
  return text
    .replace(/\(Citation:[^)]*\)/g, '')
    .replace(/\[([^[\]]{0,200})\]\([^()\s]{0,500}\)/g, '$1')
    .replace(/<\/?code>/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const isActive = (o: StixObject): boolean => o.revoked !== true && o.x_mitre_deprecated !== true;
const attackId = (o: StixObject): string | undefined =>
  o.external_references?.find((ref) => ref.source_name === 'mitre-attack')?.external_id;

function cluster(o: StixObject, id: string, aliases: readonly string[] | undefined): NamedCluster {
  const name = o.name ?? id;
  return { id, name, aliases: [...new Set((aliases ?? []).filter((a) => a !== name))] };
}

/** Builds the corpus from the bundle's objects (exported for tests with a hand-made bundle). */
export function attackCorpusFromObjects(objects: readonly StixObject[]): AttackCorpus {
  const techniques: { id: string; name: string; description: string }[] = [];
  const groups: NamedCluster[] = [];
  const software: (NamedCluster & { kind: 'malware' | 'tool' })[] = [];
  const techniqueByRef = new Map<string, string>();
  for (const o of objects) {
    if (!isActive(o)) continue;
    const id = attackId(o);
    if (id === undefined) continue;
    if (o.type === 'attack-pattern' && o.name !== undefined) {
      techniqueByRef.set(o.id, id);
      techniques.push({ id, name: o.name, description: cleanAttackText(o.description ?? '') });
    } else if (o.type === 'intrusion-set') {
      groups.push(cluster(o, id, o.aliases));
    } else if (o.type === 'malware' || o.type === 'tool') {
      software.push({ ...cluster(o, id, o.x_mitre_aliases), kind: o.type });
    }
  }
  const procedures: { techniqueId: string; text: string }[] = [];
  for (const o of objects) {
    if (o.type !== 'relationship' || o.relationship_type !== 'uses' || !isActive(o)) continue;
    const techniqueId = techniqueByRef.get(o.target_ref ?? '');
    const text = cleanAttackText(o.description ?? '');
    if (techniqueId !== undefined && text !== '') procedures.push({ techniqueId, text });
  }
  return { techniques, procedures, groups, software };
}

/**
 * Reads an ATT&CK STIX 2.1 bundle. Throws NewsroomError('CONFIG_INVALID') when unreadable.
 * On the 50 MB Enterprise 18.1 bundle: ~0.6 s, 835 techniques (691 active), ~16k procedures.
 *
 * @example loadAttackCorpus('kb/attack/enterprise-attack-18.1.json').techniques.length
 */
export function loadAttackCorpus(path: string): AttackCorpus {
  let objects: StixObject[];
  try {
    const bundle = JSON.parse(readFileSync(path, 'utf8')) as { objects?: unknown };
    if (!Array.isArray(bundle.objects)) throw new Error('no "objects" array');
    objects = bundle.objects as StixObject[];
  } catch (cause) {
    throw new NewsroomError('CONFIG_INVALID', `kb: unable to read ATT&CK bundle ${path}`, { cause });
  }
  return attackCorpusFromObjects(objects);
}
