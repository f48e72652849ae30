/**
 * Our own client JavaScript on reader pages: the inline islands bundle and the chunks it loads on
 * the reader's first gesture (the players, the lightbox), minified and gzipped, measured from the
 * sources (scripts/islands.ts). hls.js, a library loaded only where a browser needs it, is not
 * ours and not counted. Used by e2e/budgets.spec.ts, which also measures every script the served
 * page loads, and by tests/unit/media-players.test.tsx.
 */
import { gzipSync } from 'node:zlib';
import { bundleAll, HLS_SOURCE, ISLANDS_ENTRY } from './islands';

export function ownClientJs(): { file: string; gzipBytes: number }[] {
  const { reader, chunks } = bundleAll();
  return [
    { file: ISLANDS_ENTRY, gzipBytes: gzipSync(reader).length },
    ...chunks
      .filter((c) => c.source !== HLS_SOURCE)
      .map((c) => ({ file: c.source, gzipBytes: gzipSync(c.code).length })),
  ];
}
