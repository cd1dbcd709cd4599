import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeError } from '../../core/errors.js';
import { decodeText } from '../../sources/decode.js';
import { detectFormat } from '../../sources/detect.js';
import { findFeedByUrl, logIngest, recordPoll } from '../../sources/repo.js';
import type { IngestContext, PipelineDeps, Resource, Stage } from '../types.js';

/** File names a directory ingest reads; anything else (images, READMEs, configs) is skipped. */
const ingestible = /\.(?:xml|rss|atom|rdf|json|html?|xhtml|txt)$/i;

async function listFiles(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full)));
    else if (entry.isFile() && ingestible.test(entry.name)) files.push(full);
  }
  return files;
}

async function readFileResource(path: string, context: IngestContext, deps: PipelineDeps): Promise<Resource> {
  const info = await stat(path);
  if (info.size > deps.config.maxBytes) {
    throw new Error(
      `${path}: ${(info.size / 1e6).toFixed(1)} MB is larger than the ${(deps.config.maxBytes / 1e6).toFixed(1)} MB limit (NEWSROOM_MAX_BYTES)`,
    );
  }
  const decoded = decodeText(await readFile(path));
  if (decoded.warning) context.warnings.push({ location: path, message: decoded.warning });
  const format = detectFormat(decoded.text, path);
  if (/\.json$/i.test(path) && format !== 'feed')
    throw new Error(`${path}: JSON but not a JSON Feed (no jsonfeed.org version)`);
  return { location: path, url: pathToFileURL(resolve(path)).href, body: decoded.text, format, feedId: null };
}

async function record(
  context: IngestContext,
  deps: PipelineDeps,
  location: string,
  error: unknown,
): Promise<void> {
  const message = describeError(error);
  context.errors.push({ location, message });
  await logIngest(deps.db, { location, status: 'error', message });
}

/** A file, or every ingestible file under a directory; one unreadable file never stops the others. */
async function readLocal(path: string, context: IngestContext, deps: PipelineDeps): Promise<void> {
  const files = (await stat(path)).isDirectory() ? await listFiles(path) : [path];
  for (const file of files) {
    try {
      context.resources.push(await readFileResource(file, context, deps));
    } catch (error) {
      await record(context, deps, file, error);
    }
  }
}

async function readRemote(url: string, context: IngestContext, deps: PipelineDeps): Promise<Resource[]> {
  const feed = await findFeedByUrl(deps.db, url);
  try {
    const result = await deps.fetchUrl(url, {
      timeoutMs: deps.config.fetchTimeoutMs,
      maxBytes: deps.config.maxBytes,
      allowPrivateAddresses: deps.config.allowPrivateAddresses,
      etag: feed?.etag ?? null,
      lastModified: feed?.last_modified ?? null,
    });
    if (result.status === 'not-modified') {
      if (feed)
        await recordPoll(
          deps.db,
          feed.id,
          { ok: true, items: 0 },
          deps.now(),
          feed.poll_minutes ?? deps.config.pollMinutes,
        );
      await logIngest(deps.db, {
        location: url,
        feedId: feed?.id ?? null,
        status: 'not-modified',
        message: 'HTTP 304',
      });
      context.notModified.push(url);
      return [];
    }
    const decoded = decodeText(result.body, result.contentType);
    if (decoded.warning) context.warnings.push({ location: url, message: decoded.warning });
    const format = detectFormat(decoded.text, result.contentType ?? url);
    if (feed) {
      const pollMinutes = feed.poll_minutes ?? deps.config.pollMinutes;
      await recordPoll(
        deps.db,
        feed.id,
        { ok: true, items: 0, etag: result.etag, lastModified: result.lastModified },
        deps.now(),
        pollMinutes,
      );
    }
    return [{ location: url, url: result.url, body: decoded.text, format, feedId: feed?.id ?? null }];
  } catch (error) {
    if (feed) {
      const pollMinutes = feed.poll_minutes ?? deps.config.pollMinutes;
      await recordPoll(
        deps.db,
        feed.id,
        { ok: false, items: 0, error: describeError(error) },
        deps.now(),
        pollMinutes,
      );
    }
    throw error;
  }
}

/** fetch: local files and directories (recursively) or URLs, to decoded resources. */
export const fetchStage: Stage = {
  name: 'fetch',
  async run(context: IngestContext, deps: PipelineDeps) {
    for (const location of context.locations) {
      try {
        if (/^https?:\/\//i.test(location))
          context.resources.push(...(await readRemote(location, context, deps)));
        else await readLocal(location, context, deps);
      } catch (error) {
        await record(context, deps, location, error);
      }
    }
  },
};
