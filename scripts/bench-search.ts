/**
 * `npm run bench:search [-- --articles 100000] [--edition en]`: times full-text search in one edition as the search page runs it
 * (query parsing, count, ranked page of ids, cards and highlighted snippets) on a seeded database,
 * and prints each filter combination's query plan. Prints figures; it is not a test.
 *
 * The database is DATABASE_URL when set; otherwise data/bench/search-<N>.db, seeded on first use
 * (about a minute for 100,000 articles) and reused afterwards.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '40' },
    edition: { type: 'string', default: 'en' },
  },
});
const runs = Number(values.runs);
const edition = values.edition;

if (!process.env.DATABASE_URL) {
  const file = path.resolve(`data/bench/search-${Number(values.articles)}.db`);
  if (!fs.existsSync(file)) {
    console.log(`seeding ${file} with ${values.articles} articles…`);
    execFileSync(
      'npx',
      ['tsx', 'scripts/seed.ts', '--articles', String(values.articles), '--now', '2026-11-26T09:00:00Z'],
      {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: `file:${file}`, MEDIA_DIR: path.resolve('data/bench/media') },
      },
    );
  }
  process.env.DATABASE_URL = `file:${file}`;
}

async function main() {
  const { databasePath, getDb } = await import('@/db/client');
  const { explainSearch, searchArticles } = await import('@/db/queries/search');
  const { parseSearchQuery } = await import('@/lib/search/query');
  const sqlite = getDb().$client;
  const newest = new Date(
    (
      sqlite
        .prepare("SELECT max(published_at) AS t FROM articles WHERE status = 'published' AND edition = ?")
        .get(edition) as { t: number }
    ).t *
      1000 +
      1000,
  );
  const section = sqlite
    .prepare('SELECT id, slug FROM sections WHERE edition = ? ORDER BY position LIMIT 1')
    .get(edition) as {
    id: number;
    slug: string;
  };
  const tag = sqlite
    .prepare(
      'SELECT tag_id AS id, count(*) AS n FROM article_tags JOIN tags ON tags.id = tag_id WHERE tags.edition = ? GROUP BY tag_id ORDER BY n DESC LIMIT 1',
    )
    .get(edition) as { id: number; n: number };
  const published = (
    sqlite.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published' AND edition = ?").get(edition) as {
      n: number;
    }
  ).n;
  const week = new Date(newest.getTime() - 7 * 86400_000);
  console.log(
    `${databasePath()}: ${published} published articles in edition ${edition}; ${runs} runs per line; "now" = ${newest.toISOString()}\n`,
  );

  type Options = Parameters<typeof searchArticles>[0];
  const base = (q: string): Options => {
    const parsed = parseSearchQuery(q);
    return { edition, fts: parsed.fts!, rankFts: parsed.rankFts, sort: 'relevance', page: 1, perPage: 20, now: newest };
  };

  const all: { kind: string; p95: number }[] = [];
  function time(kind: string, label: string, make: () => Options) {
    const options = make();
    let total = 0;
    const samples: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t = performance.now();
      // What the page does per request: parse the query, then search.
      const parsed = parseSearchQuery(label.split(' | ')[0]);
      total = searchArticles({ ...options, fts: parsed.fts! }).total;
      if (i >= 3) samples.push(performance.now() - t);
    }
    samples.sort((a, b) => a - b);
    const p = (x: number) => samples[Math.min(samples.length - 1, Math.floor(x * samples.length))];
    all.push({ kind, p95: p(0.95) });
    console.log(
      `${kind.padEnd(9)} ${label.padEnd(44)} ${String(total).padStart(7)} matches   p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p(0.95).toFixed(1).padStart(6)} ms`,
    );
  }

  console.log('kind      query | options                                     matches');
  for (const q of ['sanctions', 'oil', 'inflation', 'exoplanet', 'moscow', 'the']) time('single', q, () => base(q));
  for (const q of ['oil prices', 'central bank', 'trade deal', 'interest rates']) time('two-word', q, () => base(q));
  for (const q of ['"central bank"', '"interest rates"', '"prime minister"', '"the government"'])
    time('phrase', q, () => base(q));
  for (const q of ['sanct*', 'infla*']) time('prefix', q, () => base(q));
  time('single', 'sanctions | newest first', () => ({ ...base('sanctions'), sort: 'newest' }));
  time('single', 'the | newest first', () => ({ ...base('the'), sort: 'newest' }));
  time('single', 'sanctions | page 50', () => ({ ...base('sanctions'), page: 50 }));
  time('single', `sanctions | section ${section.slug}`, () => ({ ...base('sanctions'), sectionId: section.id }));
  time('single', `sanctions | top tag (${tag.n} articles)`, () => ({ ...base('sanctions'), tagId: tag.id }));
  time('single', 'sanctions | past week', () => ({ ...base('sanctions'), from: week }));
  time('single', 'sanctions | section + tag + week', () => ({
    ...base('sanctions'),
    sectionId: section.id,
    tagId: tag.id,
    from: week,
  }));
  time('phrase', '"central bank" | section + week, newest', () => ({
    ...base('"central bank"'),
    sectionId: section.id,
    from: week,
    sort: 'newest',
  }));

  console.log('\np95 by kind (worst query of each kind):');
  for (const kind of ['single', 'two-word', 'phrase', 'prefix']) {
    const worst = Math.max(...all.filter((r) => r.kind === kind).map((r) => r.p95));
    console.log(`  ${kind.padEnd(9)} ${worst.toFixed(1)} ms`);
  }

  console.log('\nquery plans (count; page of results):');
  const combos: [string, Partial<Options>][] = [
    ['no filter', {}],
    ['newest first', { sort: 'newest' }],
    ['section', { sectionId: section.id }],
    ['tag', { tagId: tag.id }],
    ['date range', { from: week, to: newest }],
    ['section + tag + dates', { sectionId: section.id, tagId: tag.id, from: week, to: newest }],
  ];
  for (const [label, extra] of combos) {
    const plan = explainSearch({ ...base('sanctions'), ...extra });
    console.log(`  ${label}`);
    for (const [statement, steps] of Object.entries(plan))
      console.log(`    ${statement.padEnd(9)} ${steps.join(' | ')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
