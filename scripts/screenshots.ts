/**
 * `npm run screenshots`: refreshes the README's pictures (docs/screenshots/) from the full-page
 * screenshots the e2e run saves (test-results/screenshots, e2e/visual.spec.ts). Take them first:
 *
 *   flock /tmp/e2e.lock npx tsx scripts/e2e.ts --project=visual --no-deps e2e/visual.spec.ts
 *
 * Each picture is cut to its top (what a reader sees first, not a page several screens long) and
 * stored as a 256-colour PNG, a fraction of the size of the full screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const root = process.cwd();
const source = path.join(root, 'test-results', 'screenshots');
const target = path.join(root, 'docs', 'screenshots');

/** The screenshot (test-results/screenshots/{name}.png) and how many pixels of its top to keep. */
const PICTURES = [
  { name: 'home-1366-light', height: 1600 },
  { name: 'article-390-dark', height: 2400 },
  { name: 'front-390-light', height: 2400 },
  { name: 'newsroom-articles-1366-light', height: 1200 },
];

async function main() {
  const missing = PICTURES.filter((p) => !fs.existsSync(path.join(source, `${p.name}.png`)));
  if (missing.length > 0) {
    console.error(`missing in ${path.relative(root, source)}: ${missing.map((p) => p.name).join(', ')}`);
    console.error(
      'take them first: flock /tmp/e2e.lock npx tsx scripts/e2e.ts --project=visual --no-deps e2e/visual.spec.ts',
    );
    process.exit(1);
  }
  fs.mkdirSync(target, { recursive: true });
  for (const picture of PICTURES) {
    const from = path.join(source, `${picture.name}.png`);
    const to = path.join(target, `${picture.name}.png`);
    const { width, height } = await sharp(from).metadata();
    await sharp(from)
      .extract({ left: 0, top: 0, width: width!, height: Math.min(height!, picture.height) })
      .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
      .toFile(to);
    const taken = fs.statSync(from).mtime.toISOString().slice(0, 16).replace('T', ' ');
    console.log(`${path.relative(root, to)}: ${(fs.statSync(to).size / 1024).toFixed(0)} KB (taken ${taken} UTC)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
