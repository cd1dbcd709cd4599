import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { NewsroomError } from '../core/errors.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  allowPrivateAddresses: boolean;
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      url: string;
      body: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

const maxRedirects = 5;

async function assertPublicHost(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = ipaddr.isValid(host)
    ? [host]
    : (await lookup(host, { all: true })).map((entry) => entry.address);
  for (const address of addresses) {
    const range = ipaddr.process(address).range();
    if (range !== 'unicast') {
      throw new NewsroomError(
        'FETCH_FAILED',
        `refusing to fetch ${url.host}: it resolves to a ${range} address (set NEWSROOM_ALLOW_PRIVATE=true to allow)`,
      );
    }
  }
}

async function readBounded(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new NewsroomError(
      'BAD_INPUT',
      `${url}: ${declared} bytes is larger than the ${maxBytes}-byte limit`,
    );
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new NewsroomError('BAD_INPUT', `${url}: response is larger than the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * GETs a URL with a timeout, a size bound, conditional headers (ETag / Last-Modified), manual
 * redirects (each hop checked) and no requests to private addresses unless allowed.
 * @example await fetchUrl('https://example.com/feed', { timeoutMs: 15000, maxBytes: 5e6, allowPrivateAddresses: false })
 */
export async function fetchUrl(input: string, options: FetchOptions): Promise<FetchResult> {
  let url = new URL(input);
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; hop <= maxRedirects; hop++) {
    if (!['http:', 'https:'].includes(url.protocol)) {
      throw new NewsroomError('BAD_INPUT', `${url.href}: only http and https URLs can be fetched`);
    }
    await assertPublicHost(url, options.allowPrivateAddresses);
    const headers: Record<string, string> = {
      'user-agent': options.userAgent ?? 'threat-newsroom/0.1 (+https://github.com/threat-newsroom)',
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, */*;q=0.5',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    let response: Response;
    try {
      response = await fetch(url, { headers, redirect: 'manual', signal });
    } catch (cause) {
      const reason = signal.aborted ? `timed out after ${options.timeoutMs} ms` : 'network error';
      throw new NewsroomError('FETCH_FAILED', `${url.href}: ${reason}`, { cause });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      await response.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    if (response.status === 304) return { status: 'not-modified', url: url.href };
    if (!response.ok) {
      await response.body?.cancel();
      throw new NewsroomError(
        'FETCH_FAILED',
        `${url.href}: HTTP ${response.status} ${response.statusText}`.trim(),
      );
    }
    const body = await readBounded(response, options.maxBytes, url.href);
    return {
      status: 'ok',
      url: url.href,
      body,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  }
  throw new NewsroomError('FETCH_FAILED', `${input}: more than ${maxRedirects} redirects`);
}
