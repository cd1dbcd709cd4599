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
}
