import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { faithfulRewrite, ledgerFixture } from '../../../test/ledger-fixture.js';
import { createLlmWriter, systemPrompt } from './client.js';
import { buildLedger } from './ledger.js';
import { rewriteSummary } from './rewrite.js';

interface StubRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { model?: string; messages: { role: string; content: string }[] };
}

type Handler = (request: StubRequest, res: ServerResponse) => void;

/** An OpenAI-compatible chat endpoint on 127.0.0.1 that answers as `handler` says. */
async function stubServer(handler: Handler) {
  const requests: StubRequest[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: StubRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as StubRequest['body'],
      };
      requests.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

const completion = (content: string, model = 'stub-model-q4') => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  model,
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
});

function answer(content: string): Handler {
  return (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(completion(content)));
  };
}

const servers: { close(): Promise<void> }[] = [];
async function writerFor(handler: Handler, options: { timeoutMs?: number; maxResponseBytes?: number } = {}) {
  const stub = await stubServer(handler);
  servers.push(stub);
  const writer = createLlmWriter({
    url: stub.url,
    model: 'stub-model',
    key: 'sk-test',
    timeoutMs: options.timeoutMs ?? 5000,
    ...(options.maxResponseBytes ? { maxResponseBytes: options.maxResponseBytes } : {}),
  });
  return { writer, stub };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const deterministic = ledgerFixture().summary;
const invented = [
  'BlackSuit affiliates later sold the stolen data [1].',
  'The attack affected 7.5 million people [2].',
].join(' ');

describe('the LLM writer against a stub server', () => {
  it('(a) uses a faithful rewrite: POST /chat/completions with the prompt, the ledger and the key', async () => {
    const { writer, stub } = await writerFor(answer(faithfulRewrite));
    const brief = await rewriteSummary(ledgerFixture(), writer);
    expect(brief.summaryWriter).toEqual({ kind: 'llm', model: 'stub-model', rejected: [] });
    expect(brief.summary.map((s) => s.cites)).toEqual([[1], [2], [1, 2], [2]]);
    expect(brief.summary[2]?.text).toBe(
      'The number of people affected was revised from 4.2 million to 6.1 million.',
    );
    const [request] = stub.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('stub-model');
    expect(request?.body.messages[0]).toEqual({ role: 'system', content: systemPrompt });
    expect(request?.body.messages[1]?.content).toContain('- Threat actor: ALPHV [1][2]');
    expect(request?.body.messages[1]?.content).toContain(`- ${deterministic[0]?.text} [1]`);
  });

  it('(b) rejects the sentences with an invented number and an invented actor, keeping the rest', async () => {
    const { writer } = await writerFor(answer(`${faithfulRewrite} ${invented}`));
    const brief = await rewriteSummary(ledgerFixture(), writer);
    expect(brief.summaryWriter.kind).toBe('llm');
    expect(brief.summary.length).toBe(4);
    expect(brief.summaryWriter.rejected).toEqual([
      {
        sentence: 'BlackSuit affiliates later sold the stolen data [1].',
        reason: 'name "BlackSuit" is not in the ledger',
      },
      {
        sentence: 'The attack affected 7.5 million people [2].',
        reason: 'number "7.5 million" is not in the ledger',
      },
    ]);
  });

  it('(b) keeps the deterministic summary when fewer than two sentences survive', async () => {
    const first = faithfulRewrite.split(' [1]. ')[0] ?? '';
    const { writer } = await writerFor(answer(`${first} [1]. ${invented}`));
    const brief = await rewriteSummary(ledgerFixture(), writer);
    expect(brief.summary).toEqual(deterministic);
    expect(brief.summaryWriter).toMatchObject({
      kind: 'deterministic',
      model: 'stub-model',
      reason: '1 sentence survived verification; 2 needed',
    });
    expect(brief.summaryWriter.rejected.length).toBe(2);
  });

  it('(c) keeps the deterministic summary on an HTTP 500, with the reason', async () => {
    const { writer } = await writerFor((_, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"error":{"message":"model overloaded"}}');
    });
    const brief = await rewriteSummary(ledgerFixture(), writer);
    expect(brief.summary).toEqual(deterministic);
    expect(brief.summaryWriter).toEqual({
      kind: 'deterministic',
      rejected: [],
      reason: 'the writer failed: HTTP 500: {"error":{"message":"model overloaded"}}',
    });
  });

  it('(c) keeps the deterministic summary when the server does not answer in time', async () => {
    const { writer } = await writerFor(() => undefined, { timeoutMs: 300 });
    const started = Date.now();
    const brief = await rewriteSummary(ledgerFixture(), writer);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(brief.summary).toEqual(deterministic);
    expect(brief.summaryWriter.reason).toBe('the writer failed: no answer within 300 ms');
  });

  it.each([
    [
      'an answer over the size limit',
      answer(`${faithfulRewrite} ${'More words. '.repeat(500)}`),
      /over the 2000-byte limit/,
    ],
    ['an answer that is not JSON', (_: StubRequest, res: ServerResponse) => res.end('<html>'), /not JSON/],
    [
      'JSON that is not a chat completion',
      (_: StubRequest, res: ServerResponse) => res.end('{"choices":[]}'),
      /not an OpenAI chat completion/,
    ],
    ['an empty answer', answer('  '), /no text/],
  ])('returns an error, never throws, for %s', async (_, handler, error) => {
    const { writer } = await writerFor(handler, { maxResponseBytes: 2000 });
    const result = await writer(buildLedger(ledgerFixture()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('returns an error when nothing listens', async () => {
    const stub = await stubServer(answer(faithfulRewrite));
    await stub.close();
    const writer = createLlmWriter({ url: stub.url, timeoutMs: 2000 });
    const result = await writer(buildLedger(ledgerFixture()));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/ECONNREFUSED|fetch failed/) as unknown,
    });
  });

  it('keeps the deterministic summary even when a writer breaks its contract and throws', async () => {
    const brief = await rewriteSummary(ledgerFixture(), () => Promise.reject(new Error('boom')));
    expect(brief.summary).toEqual(deterministic);
    expect(brief.summaryWriter.reason).toBe('the writer failed: boom');
  });

  it('names the model the server reports when none is configured', async () => {
    const stub = await stubServer(answer(faithfulRewrite));
    servers.push(stub);
    const writer = createLlmWriter({ url: stub.url, timeoutMs: 5000 });
    expect(await writer(buildLedger(ledgerFixture()))).toMatchObject({ ok: true, model: 'stub-model-q4' });
    expect(stub.requests[0]?.body.model).toBeUndefined();
    expect(stub.requests[0]?.authorization).toBeUndefined();
  });
});
