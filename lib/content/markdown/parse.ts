/**
 * Markdown → body blocks. Staff write Markdown; it is parsed to blocks (lib/content/blocks) on
 * save (serialize.ts turns blocks back into Markdown to edit). Parsing uses marked's lexer only —
 * its HTML output is never used. Raw HTML (typed, or pasted from a web page) is never passed
 * through and never refuses a save: its tags are removed and the words in them kept as plain text
 * (scripts, styles and comments dropped), and `notes` says so once.
 *
 * Conventions beyond plain Markdown:
 * - `![alt](media:ID "caption")` alone on a line is an image from the media library;
 * - `![caption](video:ID)`, `![caption](audio:ID)` and `![title](file:ID)` alone on a line are a
 *   video, an audio item and a download from the library;
 * - a fenced block with the info string `gallery` is a gallery: an optional first line `# Title`,
 *   then one picture a line, `![alt](media:ID "caption")`, optionally followed by ` — credit`;
 * - an allow-listed URL alone on a line (bare, `<url>` or `[title](url)`) is an embed;
 * - a blockquote whose last paragraph starts with `— ` or `-- ` has that line as attribution.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { embedProviderFor, isSafeHref, validateBody, type Block, type BlockOf, type Inline } from '../blocks';

const IMAGE_ERROR = 'images must come from the media library (media:ID)';
/** How many pictures a gallery holds (lib/content/blocks.ts galleryBlock). */
const GALLERY_MIN = 2;
const GALLERY_MAX = 60;
const GALLERY_PICTURE = 'a gallery holds pictures from the media library (media:ID) only';
const GALLERY_LINE =
  'each line of a gallery is one picture: ![alt](media:ID "caption"), optionally followed by " — credit"';

interface Ctx {
  errors: string[];
  /** Lines where HTML tags were removed. */
  html: Set<number>;
}

/** The one note a body with HTML in it gets (lines listed), whatever the number of tags. */
export function htmlNote(lines: number[]): string {
  const at =
    lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''}`;
  return `HTML tags were removed from the body (${at}); the text in them was kept. Use Markdown or the rich text editor for formatting.`;
}

/** Tags that end a paragraph of HTML: their words do not run into the next ones. */
const HTML_BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|aside|nav|main|figure|figcaption|table|thead|tbody|tr|td|th|pre|dl|dt|dd)\b[^>]*>/gi;

/**
 * Raw HTML → its words as paragraphs of plain text: comments, scripts, styles and the like go
 * with their contents, other tags are removed (block tags end a paragraph), entities are decoded.
 */
export function htmlParagraphs(html: string): string[] {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template|title|head|xml|object|iframe|svg)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '\n\n')
    .replace(HTML_BLOCK_TAG, '\n\n')
    .replace(/<\/?[a-zA-Z][^>]*>?|<![^>]*>?|<\?[^>]*>?/g, '')
    .split(/\n\s*\n/)
    .map((p) => decodeEntities(p).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
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
        // The tag goes; the text around and inside it is its own tokens, kept. A line break reads as a space.
        ctx.html.add(at);
        if (/^<br\b/i.test((token as Tokens.HTML).text)) out.push(run(' ', format));
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
        ctx.html.add(at);
        for (const text of htmlParagraphs((token as Tokens.HTML).text)) parts.push([{ text }]);
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

/** `media:ID` (a picture), `video:ID`, `audio:ID` or `file:ID`: an item of the media library. */
const LIBRARY_REF = /^(media|video|audio|file):([0-9]{1,15})$/;

/** The text in an image's brackets and its quoted title, as plain text. */
function imageTexts(image: Tokens.Image, at: number, ctx: Ctx): { text: string; title: string } {
  return {
    text: lineBreaksToSpaces(flatText(image.tokens, at, ctx)).trim(),
    title: image.title ? lineBreaksToSpaces(image.title).trim() : '',
  };
}

/** `![alt](media:ID "caption")` → a picture; null (with an error) for anything else. */
function pictureOf(image: Tokens.Image, at: number, ctx: Ctx, error = IMAGE_ERROR): BlockOf<'image'> | null {
  const match = LIBRARY_REF.exec(image.href);
  if (!match || match[1] !== 'media') {
    ctx.errors.push(`Line ${at}: ${error}`);
    return null;
  }
  const { text, title } = imageTexts(image, at, ctx);
  const block: BlockOf<'image'> = { type: 'image', mediaId: Number(match[2]) };
  if (text) block.alt = text;
  if (title) block.caption = title;
  return block;
}

/** An image-shaped line: a picture, or a video, audio or file block (`![caption](video:ID)` …). */
function libraryBlock(image: Tokens.Image, at: number, ctx: Ctx): Block | null {
  const match = LIBRARY_REF.exec(image.href);
  if (!match || match[1] === 'media') return pictureOf(image, at, ctx);
  const kind = match[1] as 'video' | 'audio' | 'file';
  const mediaId = Number(match[2]);
  const { text, title } = imageTexts(image, at, ctx);
  if (title) {
    // Only pictures take a quoted caption; here it would be silently lost.
    const what = kind === 'file' ? 'title' : 'caption';
    ctx.errors.push(`Line ${at}: a ${kind} block takes its ${what} in the brackets: ![${what}](${kind}:${mediaId})`);
    return null;
  }
  if (kind === 'file') return text ? { type: 'file', mediaId, title: text } : { type: 'file', mediaId };
  return text ? { type: kind, mediaId, caption: text } : { type: kind, mediaId };
}

/** A paragraph that is only images (one per line) → picture, video, audio and file blocks; null when it is not. */
function imageBlocks(tokens: Token[], line: number, ctx: Ctx): Block[] | null {
  const meaningful = tokens.filter((t) => !isBlank(t));
  if (meaningful.length === 0 || !meaningful.every((t) => t.type === 'image')) return null;
  const blocks: Block[] = [];
  let current = line;
  for (const token of tokens) {
    const at = current;
    current += countLines(token.raw ?? '');
    if (token.type !== 'image') continue;
    const block = libraryBlock(token as Tokens.Image, at, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}

const CREDIT = /^(?:—|--)\s+/;

/** One gallery line, `![alt](media:ID "caption") — credit`, on line `at`; null (with an error) when it is not one. */
function galleryLine(text: string, at: number, ctx: Ctx): BlockOf<'gallery'>['items'][number] | null {
  const [first, ...rest] = Lexer.lexInline(text, { gfm: true });
  if (first?.type !== 'image') {
    ctx.errors.push(`Line ${at}: ${GALLERY_LINE}`);
    return null;
  }
  const picture = pictureOf(first as Tokens.Image, at, ctx, GALLERY_PICTURE);
  if (!picture) return null;
  const after = lineBreaksToSpaces(
    inlineRuns(rest, {}, at, ctx)
      .map((r) => r.text)
      .join(''),
  ).trim();
  if (after && !CREDIT.test(after)) {
    ctx.errors.push(`Line ${at}: ${GALLERY_LINE}`);
    return null;
  }
  const { type: _type, ...item } = picture;
  void _type;
  const credit = after.replace(CREDIT, '').trim();
  return credit ? { ...item, credit } : item;
}

/**
 * The lines of a gallery (the body of a ```gallery block, or the editor's hero gallery field),
 * `first` being the line number of the first one: its optional `# Title` and its pictures.
 */
export function parseGalleryLines(
  text: string,
  first = 1,
): { title?: string; items: BlockOf<'gallery'>['items']; errors: string[] } {
  const ctx: Ctx = { errors: [], html: new Set() };
  const items: BlockOf<'gallery'>['items'] = [];
  let title: string | undefined;
  let seen = false;
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const at = first + i;
      const line = raw.trim();
      if (!line) return;
      const heading = /^#(?:\s+(.*))?$/.exec(line);
      if (heading) {
        if (seen) ctx.errors.push(`Line ${at}: a gallery's title (# Title) goes on its first line`);
        else title = lineBreaksToSpaces(heading[1] ?? '').trim() || undefined;
      } else {
        const item = galleryLine(line, at, ctx);
        if (item) items.push(item);
      }
      seen = true;
    });
  return { ...(title ? { title } : {}), items, errors: ctx.errors };
}

/** A ```gallery fenced block starting on `line` → a gallery block; null (with errors) when it is not a valid one. */
function galleryBlock(token: Tokens.Code, line: number, ctx: Ctx): Block | null {
  const { title, items, errors } = parseGalleryLines(token.text, line + 1);
  ctx.errors.push(...errors);
  if (errors.length) return null;
  if (items.length < GALLERY_MIN || items.length > GALLERY_MAX) {
    ctx.errors.push(
      `Line ${line}: a gallery holds ${GALLERY_MIN} to ${GALLERY_MAX} pictures, one a line (this one has ${items.length})`,
    );
    return null;
  }
  return title ? { type: 'gallery', title, items } : { type: 'gallery', items };
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

/**
 * Parses staff Markdown into body blocks; `errors` lists everything rejected (with line numbers) and
 * validation failures; `notes` what was changed without refusing the body (HTML removed).
 */
export function markdownToBlocks(markdown: string): { blocks: Block[]; errors: string[]; notes: string[] } {
  const ctx: Ctx = { errors: [], html: new Set() };
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
        const code = token as Tokens.Code;
        if (code.lang?.trim() === 'gallery') {
          const gallery = galleryBlock(code, at, ctx);
          if (gallery) blocks.push(gallery);
          break;
        }
        const text = lineBreaksToSpaces(code.text).trim();
        if (text) blocks.push({ type: 'paragraph', content: [{ text }] });
        break;
      }
      case 'html':
        ctx.html.add(at);
        for (const text of htmlParagraphs((token as Tokens.HTML).text)) {
          blocks.push({ type: 'paragraph', content: [{ text }] });
        }
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
  const notes = ctx.html.size ? [htmlNote([...ctx.html].sort((a, b) => a - b))] : [];
  return { blocks, errors: ctx.errors, notes };
}
