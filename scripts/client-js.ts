/**
 * Our own client JavaScript, measured on its own: each 'use client' module a reader page loads,
 * bundled and minified with esbuild (React and Next left out, as the page already has them) and
 * gzipped. Used by e2e/budgets.spec.ts, which adds the page's whole script payload.
 */
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

/** The client islands on reader pages (the newsroom's are not shipped to readers). */
export const READER_ISLANDS = ['components/article/ShareEnhancer.tsx', 'components/article/BookmarkButton.tsx', 'app/(site)/error.tsx'];

export function ownClientJs(files = READER_ISLANDS): { file: string; gzipBytes: number }[] {
  return files.map((file) => {
    const out = buildSync({
      entryPoints: [file],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      target: 'es2022',
      platform: 'browser',
      tsconfig: 'tsconfig.json',
      external: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
      logLevel: 'silent',
    });
    return { file, gzipBytes: gzipSync(out.outputFiles[0].contents).length };
  });
}
