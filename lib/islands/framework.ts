/**
 * Reader pages leave without Next's client runtime (docs/adr/0001): a page that carries the
 * islands script (lib/islands/script.ts) is sent without Next's `<script>` elements, their
 * preloads and the inline RSC payload (`self.__next_f.push(…)`, a second copy of the page), so a
 * phone parses and runs 1 KB of our own code instead of about 180 KB of React and Next. Kept: data
 * blocks (JSON-LD), React's small inline instructions that reveal streamed parts (`$RC…`), and the
 * islands script where the page has an element an island enhances (`data-island`); a page with
 * none runs no script at all.
 *
 * scripts/serve.ts applies this once to each answer Next gives (its response cache keeps the
 * result) and lib/readers/serve-shared.ts to the page it splices, so `next dev` (which has no
 * such server) still serves the framework and hydrates as usual.
 *
 * Why a scan and not an HTML parser: the input is React's own output, in which `<` only ever
 * opens a tag. React escapes `<` and `>` in text and attribute values, and every inline script
 * it or Next writes escapes `<` in its body (the RSC payload as `\u003c`, JSON-LD as well), so
 * `</script>` ends exactly the element it closes. tests/unit/islands-framework.test.ts checks
 * the cuts against a full HTML parser on real pages.
 */
import { ISLAND_ATTRIBUTE, ISLANDS_SCRIPT_START } from '@/lib/islands/script';

const MARK = Buffer.from(ISLANDS_SCRIPT_START);
const ISLAND = Buffer.from(` ${ISLAND_ATTRIBUTE}="`);
const TAG = /<(script|link)\b[^>]*>/g;
const SCRIPT_END = '</script>';

function keepsScript(tag: string, bodyStart: string, hasIslands: boolean): boolean {
  if (/\stype="application\/(ld\+)?json"/.test(tag)) return true;
  if (tag.startsWith(ISLANDS_SCRIPT_START)) return hasIslands;
  // React's inline instructions ($RC, $RS, $RX, $RB, $RV…) move streamed markup into place.
  return !/\ssrc=/.test(tag) && bodyStart.startsWith('$R');
}

const preloadsScript = (tag: string) =>
  /\srel="modulepreload"/.test(tag) || (/\srel="preload"/.test(tag) && /\sas="script"/.test(tag));

/**
 * The page without the framework, or null when it is not a reader page (it does not load the
 * islands script) or is not a whole document as React writes one.
 */
export function withoutFramework(html: Buffer): Buffer | null {
  const mark = html.indexOf(MARK);
  if (mark < 0) return null;
  // Every island's element comes before the script (at the end of <body>). Text and attribute
  // values are escaped, so ` data-island="` there only ever starts the attribute itself.
  const hasIslands = html.subarray(0, mark).indexOf(ISLAND) >= 0;
  // latin1 maps each byte to one character, so string positions are byte offsets.
  const text = html.toString('latin1');
  const kept: Buffer[] = [];
  let from = 0;
  const cut = (start: number, end: number) => {
    kept.push(html.subarray(from, start));
    from = end;
  };
  TAG.lastIndex = 0;
  for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
    const [tag, name] = match;
    if (name === 'script') {
      const bodyStart = TAG.lastIndex;
      const close = text.indexOf(SCRIPT_END, bodyStart);
      if (close < 0) return null;
      const end = close + SCRIPT_END.length;
      if (!keepsScript(tag, text.slice(bodyStart, bodyStart + 2), hasIslands)) cut(match.index, end);
      TAG.lastIndex = end;
    } else if (preloadsScript(tag)) cut(match.index, TAG.lastIndex);
  }
  kept.push(html.subarray(from));
  return Buffer.concat(kept);
}
