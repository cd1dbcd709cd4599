/**
 * One error type with stable codes. Codes map to HTTP status and CLI exit code in one place, here.
 */
export const errorCodes = {
  CONFIG_INVALID: { http: 500, exit: 78 },
  NOT_FOUND: { http: 404, exit: 66 },
  BAD_INPUT: { http: 400, exit: 65 },
  FETCH_FAILED: { http: 502, exit: 69 },
  STORAGE: { http: 500, exit: 74 },
  NOTHING_INGESTED: { http: 422, exit: 65 },
  /** The request names something that was redirected or changed since (a merged story id). */
  CONFLICT: { http: 409, exit: 65 },
  /** A write without the right bearer token. */
  UNAUTHORIZED: { http: 401, exit: 77 },
  /** A write while writes are disabled (no NEWSROOM_API_TOKEN configured). */
  FORBIDDEN: { http: 403, exit: 77 },
} as const;
export type ErrorCode = keyof typeof errorCodes;

export class NewsroomError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsroomError';
    this.code = code;
  }

  get httpStatus(): number {
    return errorCodes[this.code].http;
  }

  get exitCode(): number {
    return errorCodes[this.code].exit;
  }
}

/** A readable one-line message for any thrown value, including its causes. */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      parts.push(current.message);
      current = current.cause;
    } else {
      parts.push(typeof current === 'string' ? current : JSON.stringify(current));
      break;
    }
  }
  return [...new Set(parts)].join(': ');
}
