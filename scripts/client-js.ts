/**
 * Our own client JavaScript on reader pages: the islands bundle (scripts/islands.ts), minified and
 * gzipped, measured from the sources. Used by e2e/budgets.spec.ts, which also measures every
 * script the served page loads.
 */
import { gzipSync } from 'node:zlib';
import { bundleIslands, ISLANDS_ENTRY } from './islands';

export function ownClientJs(): { file: string; gzipBytes: number }[] {
  return [{ file: ISLANDS_ENTRY, gzipBytes: gzipSync(bundleIslands()).length }];
}
