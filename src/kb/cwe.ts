/** The CWE list from a KB directory (`cwe/cwe-list-v4.15.csv`): CWE ID → name. */
import { readFileSync } from 'node:fs';

/**
 * Splits CSV text into records of fields (RFC 4180): quoted fields may hold commas, newlines and
 * doubled quotes (`""`). One pass over the text.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** `'79'`, `'CWE-79'`, `'cwe-79'` → `'CWE-79'`; anything else → null. */
export function canonicalCweId(raw: string): string | null {
  const match = /^(?:CWE-)?(\d{1,5})$/i.exec(raw.trim());
  return match ? `CWE-${String(Number(match[1]))}` : null;
}

/**
 * Reads a CWE list CSV with a header naming at least `cwe_id` and `name` columns. Rows without a
 * valid ID or name are skipped. Throws when the file cannot be read or has no such columns (a
 * broken KB is reported once at start-up by the KB loader).
 *
 * @example
 * loadCwe('/kb/cwe/cwe-list-v4.15.csv').get('CWE-798'); // 'Use of Hard-coded Credentials'
 */
export function loadCwe(path: string): Map<string, string> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  const idColumn = header?.indexOf('cwe_id') ?? -1;
  const nameColumn = header?.indexOf('name') ?? -1;
  if (idColumn < 0 || nameColumn < 0) throw new Error(`cwe: no cwe_id/name columns in ${path}`);
  const cwe = new Map<string, string>();
  for (const row of rows) {
    const id = canonicalCweId(row[idColumn] ?? '');
    const name = row[nameColumn]?.trim();
    if (id && name) cwe.set(id, name);
  }
  return cwe;
}
