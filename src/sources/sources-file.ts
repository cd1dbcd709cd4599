import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { NewsroomError } from '../core/errors.js';
import { type ProfileOverride, profileOverrideSchema } from './registry.js';
import { parseSourceDomain } from './url.js';

const sourcesFileSchema = z.record(z.string(), profileOverrideSchema);

function invalid(path: string, detail: string, cause?: unknown): NewsroomError {
  return new NewsroomError(
    'CONFIG_INVALID',
    `invalid sources file (NEWSROOM_SOURCES_FILE) ${path}: ${detail}`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Reads the sources file: `{ "<domain>": { "name"?, "kind"?, "tier"?, "reliability"? } }`. Keys are
 * domains or URLs, resolved to their source domain (`www.example.com` → `example.com`). Any problem
 * is a CONFIG_INVALID error naming the file, the entry and what is wrong.
 * @example await loadSourcesFile('sources.json') // Map { 'example.com' => { tier: 'T2' } }
 */
export async function loadSourcesFile(path: string): Promise<Map<string, ProfileOverride>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw invalid(path, 'unable to read the file', cause);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw invalid(path, `not JSON (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  const parsed = sourcesFileSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    });
    throw invalid(path, details.join('; '));
  }
  const entries = new Map<string, ProfileOverride>();
  for (const [key, values] of Object.entries(parsed.data)) {
    const domain = parseSourceDomain(key);
    if (!domain) throw invalid(path, `${key}: not a domain`);
    if (entries.has(domain)) throw invalid(path, `${key}: ${domain} is given twice`);
    entries.set(domain, values);
  }
  return entries;
}
