import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from './fetch.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case '/feed':
        if (req.headers['if-none-match'] === '"v2"') {
          res.writeHead(304).end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: '"v2"',
          'last-modified': 'Mon, 01 Jul 2024 10:00:00 GMT',
        });
        res.end('<rss version="2.0"><channel/></rss>');
        return;
      case '/moved':
        res.writeHead(301, { location: '/feed' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/huge':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('x'.repeat(200_000));
        return;
      case '/slow':
        setTimeout(() => res.end('late'), 3000);
        return;
      default:
        res.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const allowed = { timeoutMs: 2000, maxBytes: 100_000, allowPrivateAddresses: true };

describe('fetchUrl', () => {
  it('refuses private addresses unless allowed, saying how to allow them', async () => {
    await expect(fetchUrl(`${base}/feed`, { ...allowed, allowPrivateAddresses: false })).rejects.toThrow(
      /refusing to fetch 127\.0\.0\.1:\d+: it resolves to a loopback address \(set NEWSROOM_ALLOW_PRIVATE=true to allow\)/,
    );
  });

  it('returns the body with its validators, and 304 for a matching ETag', async () => {
    const first = await fetchUrl(`${base}/feed`, allowed);
    expect(first).toMatchObject({
      status: 'ok',
      etag: '"v2"',
      lastModified: 'Mon, 01 Jul 2024 10:00:00 GMT',
    });
    expect(first.status === 'ok' && new TextDecoder().decode(first.body)).toBe(
      '<rss version="2.0"><channel/></rss>',
    );
    expect(await fetchUrl(`${base}/feed`, { ...allowed, etag: '"v2"' })).toEqual({
      status: 'not-modified',
      url: `${base}/feed`,
    });
  });

  it('follows redirects, but not forever', async () => {
    expect(await fetchUrl(`${base}/moved`, allowed)).toMatchObject({ status: 'ok', url: `${base}/feed` });
    await expect(fetchUrl(`${base}/loop`, allowed)).rejects.toThrow(/more than 5 redirects/);
  });

  it('stops reading past the size limit', async () => {
    await expect(fetchUrl(`${base}/huge`, allowed)).rejects.toThrow(/larger than the 100000-byte limit/);
  });

  it('gives up after the timeout', async () => {
    await expect(fetchUrl(`${base}/slow`, { ...allowed, timeoutMs: 300 })).rejects.toThrow(
      /timed out after 300 ms/,
    );
  });

  it('reports HTTP errors with their status', async () => {
    await expect(fetchUrl(`${base}/missing`, allowed)).rejects.toThrow(/HTTP 404 Not Found/);
  });

  it('only fetches http and https', async () => {
    await expect(fetchUrl('file:///etc/passwd', allowed)).rejects.toThrow(
      /only http and https URLs can be fetched/,
    );
  });
});
