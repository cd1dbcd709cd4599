import { describeError } from '../../core/errors.js';
import type { SummaryWriterRecord } from '../types.js';
import type { SummaryWriter, WriterResult } from './client.js';
import { buildLedger, type LedgerInput } from './ledger.js';
import { verifySummary } from './verify.js';

/** Fewer verified sentences than this and the deterministic summary is kept. */
export const minimumSentences = 2;

/**
 * The brief with its executive summary rewritten by `writer` from the fact ledger, keeping only the
 * sentences the ledger supports; the deterministic summary stays when the writer fails or fewer
 * than `minimumSentences` survive. Never throws; `summaryWriter` records what happened and why.
 * @example (await rewriteSummary(brief, writer)).summaryWriter // { kind: 'llm', model, rejected: [] }
 */
export async function rewriteSummary<B extends LedgerInput>(
  brief: B,
  writer: SummaryWriter,
): Promise<B & { summaryWriter: SummaryWriterRecord }> {
  if (brief.sources.length === 0) {
    return { ...brief, summaryWriter: { kind: 'deterministic', rejected: [], reason: 'no sources to cite' } };
  }
  const ledger = buildLedger(brief);
  const result: WriterResult = await writer(ledger).catch((error: unknown) => ({
    ok: false as const,
    error: describeError(error),
  }));
  if (!result.ok) {
    return {
      ...brief,
      summaryWriter: { kind: 'deterministic', rejected: [], reason: `the writer failed: ${result.error}` },
    };
  }
  const { accepted, rejected } = verifySummary(result.text, ledger);
  if (accepted.length < minimumSentences) {
    const reason = `${accepted.length} sentence${accepted.length === 1 ? '' : 's'} survived verification; ${minimumSentences} needed`;
    return { ...brief, summaryWriter: { kind: 'deterministic', model: result.model, rejected, reason } };
  }
  return { ...brief, summary: accepted, summaryWriter: { kind: 'llm', model: result.model, rejected } };
}
