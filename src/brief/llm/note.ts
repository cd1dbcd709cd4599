import type { SummaryWriterRecord } from '../types.js';

/**
 * The note under an executive summary an LLM rewrote, or null when the deterministic one stands.
 * @example summaryWriterNote({ kind: 'llm', model: 'qwen3', rejected: [] })
 * // 'Rewritten by qwen3 from the fact ledger; 0 sentences rejected'
 */
export function summaryWriterNote(record: SummaryWriterRecord | undefined): string | null {
  if (record?.kind !== 'llm') return null;
  const n = record.rejected.length;
  return `Rewritten by ${record.model ?? 'an LLM'} from the fact ledger; ${n} sentence${n === 1 ? '' : 's'} rejected`;
}
