import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string, used for content hashes and stable ids. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
