/**
 * Unit tests: node's test runner (with tsx for TypeScript) over every *.test.ts(x) under
 * tests/unit. The file list is made here because Node 20's runner does not expand globs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureFfmpeg, ensureXmllint } from './browser';

function find(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return find(full);
    return /\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

ensureXmllint();
ensureFfmpeg();
const files = find('tests/unit').sort();
if (files.length === 0) {
  console.error('no unit tests found under tests/unit');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
