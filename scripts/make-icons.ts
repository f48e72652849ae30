/**
 * `npx tsx scripts/make-icons.ts`: renders the site's mark (app/icon.svg) into the raster
 * icons committed beside it: favicon.ico (16, 32 and 48 px PNGs in an ICO container),
 * apple-icon.png (180 px) and public/logo.png (512 px, the publisher logo in JSON-LD).
 */
import fs from 'node:fs';
import sharp from 'sharp';

const svg = fs.readFileSync('app/icon.svg');
const png = (size: number) =>
  sharp(svg, { density: 72 * (size / 32) * 2 })
    .resize(size, size)
    .png()
    .toBuffer();

/** An ICO file holding PNG images (supported by every current browser). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, data } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2);
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

async function main() {
  const sizes = [16, 32, 48];
  const images = await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })));
  fs.writeFileSync('app/favicon.ico', ico(images));
  fs.writeFileSync('app/apple-icon.png', await png(180));
  fs.mkdirSync('public', { recursive: true });
  fs.writeFileSync('public/logo.png', await png(512));
  console.log('wrote app/favicon.ico, app/apple-icon.png, public/logo.png');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
