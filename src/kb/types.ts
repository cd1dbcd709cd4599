/** Reference data the analysis stages use. Built from our own compact tables, or from a KB directory. */

export interface TechniqueInfo {
  /** ATT&CK ID, e.g. 'T1498.001'. */
  id: string;
  /** ATT&CK name; for a sub-technique the sub-technique's own name, e.g. 'Direct Network Flood'. */
  name: string;
  /** Tactic short names as in ATT&CK kill-chain phases, e.g. ['impact']. */
  tactics: string[];
}

export interface ControlInfo {
  /** NIST SP 800-53 rev5 control ID without zero padding, e.g. 'AC-2', 'SI-4'. */
  id: string;
  title: string;
}

export interface CisSafeguard {
  /** CIS Controls v8 safeguard number, e.g. '4.7'. */
  id: string;
  title: string;
}

/** Text ATT&CK gives about each technique: its description and the procedure examples that use it. */
export interface AttackCorpus {
  techniques: readonly { id: string; name: string; description: string }[];
  /** Procedure examples: the `description` of each 'uses' relationship to a technique. */
  procedures: readonly { techniqueId: string; text: string }[];
  groups: readonly NamedCluster[];
  software: readonly (NamedCluster & { kind: 'malware' | 'tool' })[];
}

/** A named thing with aliases (an ATT&CK group or software, a MISP galaxy cluster). */
export interface NamedCluster {
  /** Stable id: ATT&CK ID ('G0007', 'S0154') or galaxy UUID. */
  id: string;
  name: string;
  aliases: readonly string[];
}

/** MISP galaxy clusters by kind of entity. */
export interface Galaxies {
  actors: readonly NamedCluster[];
  malware: readonly NamedCluster[];
  tools: readonly NamedCluster[];
  sectors: readonly NamedCluster[];
}

/** MISP warninglists: values that are never indicators (or only references), by kind of match. */
export interface Warninglists {
  /** List name for each exact value (lower-case): hostnames, IPs, hashes. */
  values: ReadonlyMap<string, string>;
  /** Hostname suffixes ('.google.com') with their list name. */
  hostnameSuffixes: readonly { suffix: string; list: string }[];
  /** CIDR ranges with their list name (IPv4 and IPv6). */
  cidrs: readonly { cidr: string; list: string }[];
}

export interface Kb {
  /** 'builtin' or the KB directory it was loaded from. */
  origin: string;
  techniques: ReadonlyMap<string, TechniqueInfo>;
  controls: ReadonlyMap<string, ControlInfo>;
  /** ATT&CK technique ID → NIST SP 800-53 control IDs that mitigate it. */
  techniqueControls: ReadonlyMap<string, readonly string[]>;
  cis: ReadonlyMap<string, CisSafeguard>;
  /** CVE IDs in CISA's Known Exploited Vulnerabilities catalog (empty without a KB). */
  kev: ReadonlySet<string>;
  /** CWE ID ('CWE-798') → name; the built-in subset, or the full CWE list from a KB. */
  cwe: ReadonlyMap<string, string>;
  /** Present when a KB directory holds the ATT&CK bundle. */
  attack?: AttackCorpus;
  /** Present when a KB directory holds MISP galaxies. */
  galaxies?: Galaxies;
  /** Present when a KB directory holds MISP warninglists. */
  warninglists?: Warninglists;
}
