import { userInfo } from 'node:os';
import { NewsroomError } from '../core/errors.js';
import { applyCorrection } from '../pipeline/correct.js';
import type { Runtime } from '../pipeline/runtime.js';
import type { CorrectionRequest } from '../stories/corrections.js';
import { printJson } from './output.js';

/** `--by` and `--reason` of `newsroom story move|merge|split`. */
export interface CorrectionOptions {
  by?: string;
  reason?: string;
  json?: boolean;
}

/** A positive integer id from the command line, or a BAD_INPUT error naming what it should be. */
export function parseId(raw: string, what: string): number {
  const id = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(id) || id <= 0)
    throw new NewsroomError('BAD_INPUT', `${what} must be a positive integer, not ${raw}`);
  return id;
}

/** The OS user name: who corrected, when `--by` is not given. */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** Who and why of a correction: `--reason` is required, `--by` defaults to the OS user. */
export function attribution(command: string, options: CorrectionOptions): { by: string; reason: string } {
  const reason = options.reason?.trim() ?? '';
  if (!reason)
    throw new NewsroomError(
      'BAD_INPUT',
      `story ${command}: --reason is required: say why (it is shown in the change log with who made the correction)`,
    );
  const by = options.by?.trim() || osUser();
  return { by, reason };
}

/**
 * `newsroom story move|merge|split`: applies the correction, re-publishes the touched stories and
 * prints what was done (or, with `--json`, the result object the API returns).
 */
export async function correctionCommand(
  runtime: Runtime,
  request: CorrectionRequest,
  json: boolean,
): Promise<void> {
  const result = await applyCorrection(runtime, request);
  if (json) {
    printJson(result);
    return;
  }
  process.stdout.write(`${result.message} (correction ${result.correction} by ${result.by})\n`);
}
