/**
 * Markdown → body blocks. Staff write Markdown; it is parsed to blocks (lib/content/blocks) on
 * save (serialize.ts turns blocks back into Markdown to edit). Parsing uses marked's lexer only —
 * its HTML output is never used — and raw HTML is rejected rather than passed through.
 *
 * Conventions beyond plain Markdown:
 * - `![alt](media:ID "caption")` alone on a line is an image from the media library;
 * - an allow-listed URL alone on a line (bare, `<url>` or `[title](url)`) is an embed;
 * - a blockquote whose last paragraph starts with `— ` or `-- ` has that line as attribution.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { embedProviderFor, isSafeHref, validateBody, type Block, type Inline } from '../blocks';

const HTML_ERROR = 'HTML is not allowed; use Markdown';
const IMAGE_ERROR = 'images must come from the media library (media:ID)';

interface Ctx {
  errors: string[];
}

type Format = Pick<Inline, 'bold' | 'italic' | 'href'>;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
};

/** marked leaves some entities encoded in text tokens (`&amp;`, `&lt;`, `&#38;` → `&amp;`): decode them. */
function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Line breaks inside a paragraph read as spaces (serialize.ts writes text the same way). */
export const lineBreaksToSpaces = (text: string) => text.replace(/\r?\n/g, ' ');
const countLines = (text: string) => (text.match(/\n/g) ?? []).length;

function run(text: string, format: Format): Inline {
  const out: Inline = { text };
  if (format.bold) out.bold = true;
  if (format.italic) out.italic = true;
  if (format.href !== undefined) out.href = format.href;
  return out;
}

const sameFormat = (a: Inline, b: Inline) => a.bold === b.bold && a.italic === b.italic && a.href === b.href;

/** Merges adjacent runs with identical formatting, trims the ends and drops empty runs. */
function normalizeRuns(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const r of runs) {
    if (r.text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && sameFormat(last, r)) last.text += r.text;
    else merged.push({ ...r });
  }
  while (merged.length > 0) {
    merged[0].text = merged[0].text.trimStart();
    if (merged[0].text.length > 0) break;
    merged.shift();
  }
  while (merged.length > 0) {
    const last = merged[merged.length - 1];
    last.text = last.text.trimEnd();
    if (last.text.length > 0) break;
    merged.pop();
  }
  return merged;
}

/** Inline tokens → runs. `line` is the line the tokens start on (for error messages). */
function inlineRuns(tokens: Token[] | undefined, format: Format, line: number, ctx: Ctx): Inline[] {
  const out: Inline[] = [];
  let current = line;
  for (const token of tokens ?? []) {
    const at = current;
    current += countLines(token.raw ?? '');
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) out.push(...inlineRuns(t.tokens, format, at, ctx));
        else out.push(run(lineBreaksToSpaces(decodeEntities(t.text)), format));
        break;
      }
      case 'escape':
        out.push(run((token as Tokens.Escape).text, format));
        break;
      case 'codespan':
        out.push(run(lineBreaksToSpaces((token as Tokens.Codespan).text), format));
        break;
      case 'br':
        out.push(run(' ', format));
        break;
      case 'strong':
        out.push(...inlineRuns((token as Tokens.Strong).tokens, { ...format, bold: true }, at, ctx));
        break;
      case 'em':
        out.push(...inlineRuns((token as Tokens.Em).tokens, { ...format, italic: true }, at, ctx));
        break;
      case 'del':
        out.push(...inlineRuns((token as Tokens.Del).tokens, format, at, ctx));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (isSafeHref(link.href)) {
          out.push(...inlineRuns(link.tokens, { ...format, href: link.href }, at, ctx));
        } else {
          ctx.errors.push(`Line ${at}: link "${link.href}" is not allowed (use http(s), mailto or a site path)`);
          out.push(...inlineRuns(link.tokens, format, at, ctx));
        }
        break;
      }
      case 'image':
        ctx.errors.push(`Line ${at}: images must be on a line of their own`);
        break;
      case 'html':
        ctx.errors.push(`Line ${at}: ${HTML_ERROR}`);
        break;
      case 'checkbox':
        break;
      default:
        if ('text' in token && typeof token.text === 'string') out.push(run(lineBreaksToSpaces(token.text), format));
    }
  }
  return out;
}

/** Inline (or block) tokens flattened to plain text, for headings, quotes and alt text. */
function flatText(tokens: Token[] | undefined, line: number, ctx: Ctx): string {
  return inlineRunsOrBlocks(tokens, line, ctx)
    .map((r) => r.text)
    .join('');
}

/** Runs of a mix of block tokens (list items, quotes): the parts are joined with a space. */
function inlineRunsOrBlocks(tokens: Token[] | undefined, line: number, ctx: Ctx): Inline[] {
  const parts: Inline[][] = [];
  let current = line;
  const inline: Token[] = [];
  const flush = (at: number) => {
    if (inline.length > 0) parts.push(inlineRuns(inline.splice(0), {}, at, ctx));
  };
  let inlineStart = line;
  for (const token of tokens ?? []) {
    const at = current;
    current += countLines(token.raw ?? '');
    switch (token.type) {
      case 'paragraph':
      case 'heading':
        flush(inlineStart);
        parts.push(inlineRuns((token as Tokens.Paragraph).tokens, {}, at, ctx));
        break;
      case 'text':
        if ((token as Tokens.Text).tokens) {
          flush(inlineStart);
          parts.push(inlineRuns((token as Tokens.Text).tokens, {}, at, ctx));
        } else {
          if (inline.length === 0) inlineStart = at;
          inline.push(token);
        }
        break;
      case 'list':
        flush(inlineStart);
        for (const item of (token as Tokens.List).items) parts.push(inlineRunsOrBlocks(item.tokens, at, ctx));
        break;
      case 'blockquote':
        flush(inlineStart);
        parts.push(inlineRunsOrBlocks((token as Tokens.Blockquote).tokens, at, ctx));
        break;
      case 'code':
        flush(inlineStart);
        parts.push([{ text: lineBreaksToSpaces((token as Tokens.Code).text) }]);
        break;
      case 'table':
        flush(inlineStart);
        ctx.errors.push(`Line ${at}: Tables are not supported`);
        break;
      case 'html':
        flush(inlineStart);
        ctx.errors.push(`Line ${at}: ${HTML_ERROR}`);
        break;
      case 'space':
      case 'hr':
      case 'def':
      case 'checkbox':
        flush(inlineStart);
        break;
      default:
        if (inline.length === 0) inlineStart = at;
        inline.push(token);
    }
  }
  flush(inlineStart);
  const out: Inline[] = [];
  for (const part of parts) {
    const runs = normalizeRuns(part);
    if (runs.length === 0) continue;
    if (out.length > 0) out.push({ text: ' ' });
    out.push(...runs);
  }
  return out;
}

const isBlank = (t: Token) =>
  (t.type === 'text' && !('tokens' in t && t.tokens?.length) && t.text.trim() === '') || t.type === 'br';

/** A paragraph that is only images (one per line) → image blocks; null when it is not. */
function imageBlocks(tokens: Token[], line: number, ctx: Ctx): Block[] | null {
  const meaningful = tokens.filter((t) => !isBlank(t));
  if (meaningful.length === 0 || !meaningful.every((t) => t.type === 'image')) return null;
  const blocks: Block[] = [];
  let current = line;
  for (const token of tokens) {
    const at = current;
    current += countLines(token.raw ?? '');
    if (token.type !== 'image') continue;
    const image = token as Tokens.Image;
    const match = /^media:([0-9]{1,15})$/.exec(image.href);
    if (!match) {
      ctx.errors.push(`Line ${at}: ${IMAGE_ERROR}`);
      continue;
    }
    const block: Block = { type: 'image', mediaId: Number(match[1]) };
    const alt = lineBreaksToSpaces(flatText(image.tokens, at, ctx)).trim();
    if (alt) block.alt = alt;
    const caption = image.title ? lineBreaksToSpaces(image.title).trim() : '';
    if (caption) block.caption = caption;
    blocks.push(block);
  }
  return blocks;
}

/** A paragraph that is a single allow-listed link (bare URL, `<url>` or `[title](url)`) → an embed. */
function embedBlock(tokens: Token[], line: number, ctx: Ctx): Block | null {
  const meaningful = tokens.filter((t) => !isBlank(t));
  if (meaningful.length !== 1 || meaningful[0].type !== 'link') return null;
  const link = meaningful[0] as Tokens.Link;
  const provider = embedProviderFor(link.href);
  if (!provider) return null;
  const title = flatText(link.tokens, line, ctx).trim();
  const block: Block = { type: 'embed', provider, url: link.href };
  if (title && title !== link.href) block.title = title;
  return block;
}

const ATTRIBUTION = /^(?:— |-- )/;

function quoteBlock(token: Tokens.Blockquote, line: number, ctx: Ctx): Block | null {
  const paragraphs: { text: string; raw: string }[] = [];
  let current = line;
  for (const child of token.tokens) {
    const at = current;
    current += countLines(child.raw ?? '');
    if (child.type === 'space') continue;
    const text = lineBreaksToSpaces(flatText([child], at, ctx)).trim();
    if (text) paragraphs.push({ text, raw: child.type === 'paragraph' ? child.raw.trimStart() : '' });
  }
  if (paragraphs.length === 0) return null;
  let attribution: string | undefined;
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length > 1 && ATTRIBUTION.test(last.raw) && ATTRIBUTION.test(last.text)) {
    paragraphs.pop();
    attribution = last.text.replace(ATTRIBUTION, '').trim();
  }
  const block: Block = { type: 'quote', text: paragraphs.map((p) => p.text).join('\n\n') };
  if (attribution) block.attribution = attribution;
  return block;
}

function listBlock(token: Tokens.List, line: number, ctx: Ctx): Block | null {
  const items = token.items
    .map((item) => normalizeRuns(inlineRunsOrBlocks(item.tokens, line, ctx)))
    .filter((runs) => runs.length > 0);
  if (items.length === 0) return null;
  return { type: 'list', ordered: token.ordered, items };
}

function paragraphBlocks(tokens: Token[], line: number, ctx: Ctx): Block[] {
  const images = imageBlocks(tokens, line, ctx);
  if (images) return images;
  const embed = embedBlock(tokens, line, ctx);
  if (embed) return [embed];
  const content = normalizeRuns(inlineRuns(tokens, {}, line, ctx));
  return content.length > 0 ? [{ type: 'paragraph', content }] : [];
}

/** Parses staff Markdown into body blocks; `errors` lists everything rejected (with line numbers) and validation failures. */
export function markdownToBlocks(markdown: string): { blocks: Block[]; errors: string[] } {
  const ctx: Ctx = { errors: [] };
  const blocks: Block[] = [];
  const tokens = new Lexer({ gfm: true }).lex(markdown.replace(/\r\n?/g, '\n'));
  let line = 1;
  for (const token of tokens) {
    const at = line;
    line += countLines(token.raw ?? '');
    switch (token.type) {
      case 'paragraph':
        blocks.push(...paragraphBlocks((token as Tokens.Paragraph).tokens, at, ctx));
        break;
      case 'text': {
        const t = token as Tokens.Text;
        blocks.push(...paragraphBlocks(t.tokens ?? [t], at, ctx));
        break;
      }
      case 'heading': {
        const heading = token as Tokens.Heading;
        const text = lineBreaksToSpaces(flatText(heading.tokens, at, ctx)).trim();
        if (text) blocks.push({ type: 'heading', level: heading.depth >= 3 ? 3 : 2, text });
        break;
      }
      case 'blockquote': {
        const quote = quoteBlock(token as Tokens.Blockquote, at, ctx);
        if (quote) blocks.push(quote);
        break;
      }
      case 'list': {
        const list = listBlock(token as Tokens.List, at, ctx);
        if (list) blocks.push(list);
        break;
      }
      case 'code': {
        const text = lineBreaksToSpaces((token as Tokens.Code).text).trim();
        if (text) blocks.push({ type: 'paragraph', content: [{ text }] });
        break;
      }
      case 'html':
        ctx.errors.push(`Line ${at}: ${HTML_ERROR}`);
        break;
      case 'table':
        ctx.errors.push(`Line ${at}: Tables are not supported`);
        break;
      case 'space':
      case 'hr':
      case 'def':
        break;
      default:
        ctx.errors.push(`Line ${at}: unsupported Markdown (${token.type})`);
    }
  }
  const validation = validateBody(blocks);
  if (!validation.ok) ctx.errors.push(...validation.errors);
  return { blocks, errors: ctx.errors };
}
