/**
 * Body blocks → Markdown, for the editor and the revision diff; the inverse of parse.ts.
 *
 * `markdownToBlocks(blocksToMarkdown(body)).blocks` deep-equals `body` for every body that
 * markdownToBlocks produces (and for the seeded bodies). Not representable, hence lost on a
 * round trip: image credits, link titles, whitespace at the edges of a paragraph, line breaks
 * in a gallery's title.
 */
import type { Block, BlockOf, Inline } from '../blocks';
import { lineBreaksToSpaces } from './parse';

/** Escapes text so Markdown reads it back verbatim (no emphasis, links, HTML, entities or autolinks). */
function escapeText(text: string): string {
  return lineBreaksToSpaces(text)
    .replace(/[\\`*_[\]()#>!<&~]/g, '\\$&')
    .replace(/\b(https?|ftp):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, 'www\\.')
    .replace(/@/g, '\\@');
}

/** Escapes what would start a block at the beginning of a line (list markers, `+`, `-`). */
function escapeLineStart(line: string): string {
  return line.replace(/^([-+])/, '\\$1').replace(/^([0-9]+)\./, '$1\\.');
}

function linkDestination(href: string): string {
  return /^[^\s()<>\\]*$/.test(href) ? href : `<${href.replace(/[\\<>]/g, '\\$&')}>`;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function inlineMarkdown(runs: Inline[]): string {
  let out = '';
  runs.forEach((r, index) => {
    const text = lineBreaksToSpaces(r.text);
    const lead = /^\s*/.exec(text)![0];
    const core = text.trim();
    const trail = core ? /\s*$/.exec(text)![0] : '';
    if (!core) {
      out += escapeText(text);
      return;
    }
    let inner = escapeText(core);
    if (r.href !== undefined) inner = `[${inner}](${linkDestination(r.href)})`;
    const marks = (r.bold ? 2 : 0) + (r.italic ? 1 : 0);
    if (marks > 0) {
      // Two emphasised runs side by side: switch to `_` so the delimiters do not run together,
      // when `_` can close here (it cannot be followed by a letter or digit).
      const next = runs[index + 1]?.text[0];
      const afterDelimiter = lead === '' && /[*_]$/.test(out);
      const char = afterDelimiter && out.endsWith('*') && (trail !== '' || !isWordChar(next)) ? '_' : '*';
      const delim = char.repeat(marks);
      inner = `${delim}${inner}${delim}`;
    }
    out += escapeText(lead) + inner + escapeText(trail);
  });
  return out;
}

/** A link title in double quotes (an image's caption). */
const quotedTitle = (text: string) => ` "${lineBreaksToSpaces(text).replace(/[\\"]/g, '\\$&')}"`;

/** One gallery line: `![alt](media:ID "caption") — credit`. */
function galleryItemMarkdown(item: BlockOf<'gallery'>['items'][number]): string {
  const caption = item.caption ? quotedTitle(item.caption) : '';
  const credit = item.credit ? ` — ${escapeText(item.credit)}` : '';
  return `![${escapeText(item.alt ?? '')}](media:${item.mediaId}${caption})${credit}`;
}

/** A gallery's lines (its `# Title`, then a picture a line): the body of a ```gallery block and the hero gallery field. */
export function galleryLinesMarkdown(gallery: Pick<BlockOf<'gallery'>, 'title' | 'items'>): string {
  const title = gallery.title ? [`# ${lineBreaksToSpaces(gallery.title).trim()}`] : [];
  return [...title, ...gallery.items.map(galleryItemMarkdown)].join('\n');
}

function blockMarkdown(block: Block, altListMarker: boolean): string {
  switch (block.type) {
    case 'paragraph':
      return escapeLineStart(inlineMarkdown(block.content));
    case 'heading':
      return `${block.level === 2 ? '##' : '###'} ${escapeText(block.text)}`;
    case 'quote': {
      const paragraphs = block.text
        .split(/\n{2,}/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => escapeLineStart(escapeText(p)));
      if (!block.attribution && paragraphs.length > 1) {
        // A last paragraph starting with an em dash would read back as the attribution.
        const last = paragraphs.length - 1;
        paragraphs[last] = paragraphs[last].replace(/^— /, '&#8212; ');
      }
      if (block.attribution) paragraphs.push(`— ${escapeText(block.attribution)}`);
      return paragraphs.map((p) => `> ${p}`).join('\n>\n');
    }
    case 'image': {
      const caption = block.caption ? quotedTitle(block.caption) : '';
      return `![${escapeText(block.alt ?? '')}](media:${block.mediaId}${caption})`;
    }
    case 'video':
    case 'audio':
      return `![${escapeText(block.caption ?? '')}](${block.type}:${block.mediaId})`;
    case 'file':
      return `![${escapeText(block.title ?? '')}](file:${block.mediaId})`;
    case 'gallery':
      return ['```gallery', galleryLinesMarkdown(block), '```'].join('\n');
    case 'list': {
      const sameKind = altListMarker;
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}${sameKind ? ')' : '.'}` : sameKind ? '*' : '-';
          return `${marker} ${escapeLineStart(inlineMarkdown(item))}`;
        })
        .join('\n');
    }
    case 'embed': {
      if (block.title) return `[${escapeText(block.title)}](${linkDestination(block.url)})`;
      // GFM trims trailing punctuation from bare URLs: use `<url>` when that could bite.
      return /^[^\s<>()\\&]*[\p{L}\p{N}/]$/u.test(block.url) ? block.url : `<${block.url}>`;
    }
  }
}

/** Serialises blocks to Markdown for editing; the inverse of markdownToBlocks. */
export function blocksToMarkdown(blocks: Block[]): string {
  const parts: string[] = [];
  let previous: Block | undefined;
  let alt = false;
  for (const block of blocks) {
    // Two lists of a kind in a row would merge: alternate the marker so each starts a new list.
    alt = block.type === 'list' && previous?.type === 'list' && previous.ordered === block.ordered ? !alt : false;
    parts.push(blockMarkdown(block, alt));
    previous = block;
  }
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
