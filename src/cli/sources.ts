import { NewsroomError } from '../core/errors.js';
import type { Runtime } from '../pipeline/runtime.js';
import type { SourceHealth } from '../sources/health.js';
import { type ProfileOverride, profileOverrideSchema } from '../sources/registry.js';
import { type SourceReport, sourceReports } from '../sources/report.js';
import { listFeeds, upsertSourceProfile } from '../sources/repo.js';
import { parseSourceDomain } from '../sources/url.js';
import { printJson } from './output.js';

const columns = [
  ['source', 32],
  ['kind', 11],
  ['tier', 5],
  ['rel', 4],
  ['docs', 6],
  ['first', 6],
  ['items/poll', 11],
  ['dup', 6],
  ['last item', 11],
  ['health', 0],
] as const;

function row(cells: string[]): string {
  return cells
    .map((cell, i) => cell.padEnd(columns[i]?.[1] ?? 0))
    .join(' ')
    .trimEnd();
}

function cells(report: SourceReport): string[] {
  const h: SourceHealth = report.health;
  return [
    report.domain,
    report.kind,
    report.tier,
    report.reliability,
    String(h.documents),
    String(h.firstToReport),
    h.itemsPerPoll === null ? '-' : h.itemsPerPoll.toFixed(1),
    h.duplicateRatio === null ? '-' : `${Math.round(h.duplicateRatio * 100)}%`,
    h.lastPublished?.slice(0, 10) ?? '-',
    h.reason ?? h.status,
  ];
}

/** `newsroom sources`: every source with its profile and health (flagged first), then the feeds. */
export async function sourcesListCommand(runtime: Runtime, json: boolean): Promise<void> {
  const sources = await sourceReports(runtime.db, runtime.now());
  const feeds = await listFeeds(runtime.db);
  if (json) {
    printJson({ sources, feeds });
    return;
  }
  process.stdout.write(`${row(columns.map(([title]) => title))}\n`);
  for (const report of sources) process.stdout.write(`${row(cells(report))}\n`);
  for (const f of feeds) {
    const health = f.last_error
      ? `${f.consecutive_errors} error(s): ${f.last_error}`
      : f.last_success_at
        ? `ok ${f.last_success_at.toISOString()}`
        : 'not polled yet';
    process.stdout.write(`feed ${f.url}  ${health}\n`);
  }
}

/**
 * The arguments of `newsroom sources set`, checked before any database is opened: a domain (or a
 * URL of the source) and at least one valid field.
 */
export function parseSourcesSet(
  input: string,
  options: Partial<Record<'name' | 'kind' | 'tier' | 'reliability', string | undefined>>,
): { domain: string; values: ProfileOverride } {
  const domain = parseSourceDomain(input);
  if (!domain) throw new NewsroomError('BAD_INPUT', `sources set: ${input} is not a domain`);
  if ([options.name, options.kind, options.tier, options.reliability].every((value) => value === undefined))
    throw new NewsroomError(
      'BAD_INPUT',
      'sources set: give at least one of --name, --kind, --tier, --reliability',
    );
  const parsed = profileOverrideSchema.safeParse(options);
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (issue) => `--${issue.path.map(String).join('.')}: ${issue.message}`,
    );
    throw new NewsroomError('BAD_INPUT', `sources set: ${details.join('; ')}`);
  }
  return { domain, values: parsed.data };
}

/**
 * `newsroom sources set <domain>`: stores name, kind, tier or reliability on the database, where
 * they win over the sources file and the built-in registry.
 */
export async function sourcesSetCommand(
  runtime: Runtime,
  request: { domain: string; values: ProfileOverride },
): Promise<void> {
  const source = await upsertSourceProfile(runtime.db, request.domain, request.values);
  process.stdout.write(
    `${source.domain}: ${source.kind} ${source.tier} ${source.reliability} (${source.name})\n`,
  );
}
