/**
 * The optional LLM writer: asks an OpenAI-compatible chat endpoint to rewrite a brief's executive
 * summary from its fact ledger. It never throws: every failure (refused connection, HTTP error,
 * timeout, oversized or malformed answer) comes back as `{ ok: false, error }`.
 */
import { z } from 'zod';
import { describeError } from '../../core/errors.js';
import { type Ledger, renderLedger } from './ledger.js';

export type WriterResult = { ok: true; text: string; model: string } | { ok: false; error: string };

/** Writes a summary from a ledger; the pipeline holds one when `NEWSROOM_LLM_URL` is set. */
export type SummaryWriter = (ledger: Ledger) => Promise<WriterResult>;

export interface LlmWriterOptions {
  /** Base URL of the API, e.g. http://127.0.0.1:8080/v1; `/chat/completions` is appended. */
  url: string;
  model?: string | undefined;
  /** Sent as a bearer token; never logged. */
  key?: string | undefined;
  timeoutMs: number;
  fetch?: typeof globalThis.fetch;
  /** Largest response body read, in bytes (default 256 KiB). */
  maxResponseBytes?: number;
}

export const systemPrompt = `You write the executive summary of a cyber threat intelligence brief for SOC analysts.
Write 3 to 5 plain sentences: no list, no heading, no preamble.
Use ONLY the facts given by the user. Do not add any number, date, name, product, CVE or ATT&CK ID that is not written there, and do not guess causes, attribution or impact.
When sources disagree on a figure, say that it is disputed.
End every sentence with the numbers of the sources it rests on, as [n] (for example [1][3]).`;

const completion = z.object({
  model: z.string().optional(),
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable().optional() }) })).min(1),
});

/** The body as text, refusing more than `limit` bytes. */
async function readBounded(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limit) throw new Error(`response of ${declared} bytes is over the ${limit}-byte limit`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`response is over the ${limit}-byte limit`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function endpointOf(url: string): string {
  let base = url;
  while (base.endsWith('/')) base = base.slice(0, -1);
  return `${base}/chat/completions`;
}

/**
 * A summary writer over an OpenAI-compatible chat endpoint.
 * @example
 * const write = createLlmWriter({ url: 'http://127.0.0.1:8080/v1', timeoutMs: 20_000 });
 * const result = await write(buildLedger(brief)); // { ok: true, text, model } or { ok: false, error }
 */
export function createLlmWriter(options: LlmWriterOptions): SummaryWriter {
  const endpoint = endpointOf(options.url);
  const send = options.fetch ?? globalThis.fetch;
  const limit = options.maxResponseBytes ?? 256 * 1024;
  return async function writeSummary(ledger: Ledger): Promise<WriterResult> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      const response = await send(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        },
        body: JSON.stringify({
          ...(options.model ? { model: options.model } : {}),
          messages: [
            { role: 'system', content: systemPrompt },
            { role: 'user', content: renderLedger(ledger) },
          ],
          temperature: 0,
          max_tokens: 600,
          stream: false,
        }),
        redirect: 'error',
        signal,
      });
      const body = await readBounded(response, limit);
      if (!response.ok) {
        const detail = body.replace(/\s+/g, ' ').trim().slice(0, 200);
        return { ok: false, error: `HTTP ${response.status}${detail ? `: ${detail}` : ''}` };
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return { ok: false, error: 'the answer is not JSON' };
      }
      const parsed = completion.safeParse(json);
      if (!parsed.success) return { ok: false, error: 'the answer is not an OpenAI chat completion' };
      const text = parsed.data.choices[0]?.message.content?.trim();
      if (!text) return { ok: false, error: 'the model returned no text' };
      return { ok: true, text, model: options.model ?? parsed.data.model ?? 'an unnamed model' };
    } catch (error) {
      if (signal.aborted) return { ok: false, error: `no answer within ${options.timeoutMs} ms` };
      return { ok: false, error: describeError(error) };
    }
  };
}
