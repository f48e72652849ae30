import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

// Reader pages are sent without Next's client runtime (docs/adr/0001), so a client component on
// them would be dead markup: this walks every module the reader routes import and fails on one
// that needs React in the browser. (Error boundaries are client components by Next's rule; their
// pages are 5xx answers, which keep the runtime.)
// Every edition's reader routes live under app/[edition] ((site), (account), _signed-in, feeds).
const READER_ROUTES = ['app/[edition]'];
const ROUTE_FILE = /^(page|layout|not-found|route)\.tsx?$/;
const CLIENT_ONLY = ['next/link', 'next/image', 'next/script', 'next/form', 'next/dynamic', 'next/navigation'];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return ROUTE_FILE.test(entry.name) ? [full] : [];
  });
}

// app/[edition]/layout.tsx is the readers' root layout (there is no app/layout.tsx), and the global 404 renders alone.
const entries = ['app/global-not-found.tsx', ...READER_ROUTES.flatMap(routeFiles)];
const { metafile } = buildSync({
  entryPoints: entries,
  bundle: true,
  write: false,
  metafile: true,
  outdir: 'out',
  platform: 'node',
  format: 'esm',
  jsx: 'automatic',
  packages: 'external',
  loader: { '.css': 'empty' },
  tsconfig: 'tsconfig.json',
  logLevel: 'silent',
});

describe('reader pages', () => {
  it('reach no client component', () => {
    assert.ok(entries.length > 15, `${entries.length} reader routes`);
    const modules = Object.keys(metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
    assert.ok(modules.some((file) => file.endsWith('components/article/ArticleBody.tsx')));
    const client = modules.filter((file) =>
      /^\s*(\/\/[^\n]*\n\s*)*['"]use client['"]/.test(fs.readFileSync(file, 'utf8')),
    );
    assert.deepEqual(client, []);
  });

  it("import nothing of Next's that runs in the browser", () => {
    const used = Object.entries(metafile.inputs).flatMap(([file, input]) =>
      input.imports
        .filter((i) => CLIENT_ONLY.includes(i.path) && !(i.path === 'next/navigation' && /^(app|lib)\//.test(file)))
        .map((i) => `${file} → ${i.path}`),
    );
    assert.deepEqual(used, []);
  });

  it('take their words from next-intl on the server, without its client provider', () => {
    // NextIntlClientProvider is a client component: it would ship the catalogue and React's runtime.
    const modules = Object.keys(metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
    assert.ok(modules.some((file) => /from ['"]next-intl['"]/.test(fs.readFileSync(file, 'utf8'))));
    const provider = modules.filter((file) => fs.readFileSync(file, 'utf8').includes('NextIntlClientProvider'));
    assert.deepEqual(provider, []);
  });
});
