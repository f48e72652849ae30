/** `npm run fonts:subset`: writes the font subsets of scripts/font-subsets.ts to components/fonts/. */
import fs from 'node:fs';
import { ARABIC_OUTPUT, arabicNewsSubset, arabicNewsUnicodeRange } from './font-subsets';

async function main() {
  const bytes = await arabicNewsSubset();
  fs.writeFileSync(ARABIC_OUTPUT, bytes);
  console.log(`${ARABIC_OUTPUT}: ${bytes.length} bytes (${arabicNewsUnicodeRange})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
