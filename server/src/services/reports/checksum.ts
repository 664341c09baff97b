import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';
import type { ReportFigures } from '@kopir/shared';

/**
 * SHA-256 (hex) of the canonical JSON (keys sorted, no spaces) of `{ figures, narrative }`. Anyone
 * holding the JSON download can recompute it and see that nothing changed after submission.
 */
export function reportChecksum(figures: ReportFigures, narrative: string): string {
  return createHash('sha256')
    .update(stableStringify({ figures, narrative }) ?? '')
    .digest('hex');
}
