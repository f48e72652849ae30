/**
 * Body blocks ⇄ the rich body editor's document (ProseMirror JSON, as TipTap's getJSON() gives it
 * and setContent() takes it). Pure data, no DOM: the editor's schema (components/admin/RichBodyEditor)
 * is made to map one to one onto the block types, so these are the only translations there are.
 *
 * - paragraph ⇄ paragraph of text with bold, italic and link marks;
 * - heading ⇄ heading (levels 2 and 3; plain text, no marks);
 * - quote ⇄ quote node: one quoteText per paragraph of the quote, then its quoteAttribution;
 * - list ⇄ bulletList / orderedList of listItems, each holding one paragraph;
 * - every other block (picture, embed, video, audio, gallery, file, and any type added later)
 *   ⇄ an atomic blockAtom node carrying the block itself, untouched.
 *
 * blocksToDoc → docToBlocks is the identity for the blocks the Markdown parser produces. docToBlocks
 * canonicalises what the editor allows and the blocks do not hold (empty paragraphs, edge spaces,
 * marks on spaces) exactly as a Markdown round trip would, so what is saved is what was on screen.
 */
import type { Block, BlockOf, Inline } from './blocks';

export type DocMark = { type: string; attrs?: Record<string, unknown> };
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  text?: string;
  marks?: DocMark[];
}

/** Node names of the editor's schema (TipTap's own names where it has the node). */
export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  text: 'text',
  heading: 'heading',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  quote: 'quote',
  quoteText: 'quoteText',
  quoteAttribution: 'quoteAttribution',
  atom: 'blockAtom',
} as const;

const textNode = (text: string, marks?: DocMark[]): DocNode =>
  marks && marks.length > 0 ? { type: NODE.text, text, marks } : { type: NODE.text, text };

/** A node's text children, none when the text is empty (ProseMirror has no empty text nodes). */
const plain = (text: string | undefined): DocNode[] => (text ? [textNode(text)] : []);

function inlineNodes(runs: Inline[]): DocNode[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) => {
      const marks: DocMark[] = [];
      if (r.bold) marks.push({ type: 'bold' });
      if (r.italic) marks.push({ type: 'italic' });
      if (r.href !== undefined) marks.push({ type: 'link', attrs: { href: r.href } });
      return textNode(r.text, marks);
    });
}

const withContent = (type: string, content: DocNode[], attrs?: Record<string, unknown>): DocNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  ...(content.length > 0 ? { content } : {}),
});

function blockNode(block: Block): DocNode {
  switch (block.type) {
    case 'paragraph':
      return withContent(NODE.paragraph, inlineNodes(block.content));
    case 'heading':
      return withContent(NODE.heading, plain(block.text), { level: block.level });
    case 'quote':
      return withContent(NODE.quote, [
        ...block.text.split(/\n{2,}/).map((p) => withContent(NODE.quoteText, plain(p))),
        withContent(NODE.quoteAttribution, plain(block.attribution)),
      ]);
    case 'list':
      return withContent(
        block.ordered ? NODE.orderedList : NODE.bulletList,
        block.items.map((item) => withContent(NODE.listItem, [withContent(NODE.paragraph, inlineNodes(item))])),
      );
    default:
      // Pictures, embeds and media: edited as a whole (or in Markdown), kept exactly as they are.
      return { type: NODE.atom, attrs: { block } };
  }
}

/** Blocks → the editor's document; an empty body is one empty paragraph to type in. */
export function blocksToDoc(blocks: Block[]): DocNode {
  const content = blocks.map(blockNode);
  return { type: NODE.doc, content: content.length > 0 ? content : [{ type: NODE.paragraph }] };
}

type Format = Pick<Inline, 'bold' | 'italic' | 'href'>;

function formatOf(marks: DocMark[] | undefined): Format {
  const format: Format = {};
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') format.bold = true;
    else if (mark.type === 'italic') format.italic = true;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') format.href = mark.attrs.href;
  }
  return format;
}

/** Line breaks (and tabs) read as spaces, as the Markdown parser reads them. */
const flat = (text: string) => text.replace(/[\r\n\t]+/g, ' ');

/** The runs of an inline node list; hard breaks and anything else inline read as text or a space. */
function runsOf(nodes: DocNode[] | undefined): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === NODE.text) runs.push({ text: flat(node.text ?? ''), ...formatOf(node.marks) });
    else if (node.content) runs.push(...runsOf(node.content));
    else runs.push({ text: ' ' });
  }
  return runs;
}

const sameFormat = (a: Inline, b: Inline) => a.bold === b.bold && a.italic === b.italic && a.href === b.href;

/**
 * Runs as the Markdown round trip leaves them: spaces at a run's edges (and runs of only spaces)
 * carry no marks, neighbours with the same marks are one run, the paragraph's ends are trimmed.
 */
export function canonicalRuns(runs: Inline[]): Inline[] {
  const split: Inline[] = [];
  for (const r of runs) {
    const core = r.text.trim();
    if (!core) {
      split.push({ text: r.text });
      continue;
    }
    const lead = r.text.slice(0, r.text.indexOf(core));
    const trail = r.text.slice(lead.length + core.length);
    if (lead) split.push({ text: lead });
    split.push({ ...r, text: core });
    if (trail) split.push({ text: trail });
  }
  const merged: Inline[] = [];
  for (const r of split) {
    if (r.text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && sameFormat(last, r)) last.text += r.text;
    else merged.push({ ...r });
  }
  while (merged.length > 0 && !(merged[0].text = merged[0].text.trimStart())) merged.shift();
  while (merged.length > 0) {
    const last = merged[merged.length - 1];
    last.text = last.text.trimEnd();
    if (last.text) break;
    merged.pop();
  }
  return merged;
}

const textOf = (nodes: DocNode[] | undefined) =>
  runsOf(nodes)
    .map((r) => r.text)
    .join('')
    .trim();

/** A list item's runs: its paragraphs joined with a space (the parser's reading of a loose item). */
function itemRuns(item: DocNode): Inline[][] {
  const own: Inline[][] = [];
  const nested: Inline[][] = [];
  for (const child of item.content ?? []) {
    if (child.type === NODE.bulletList || child.type === NODE.orderedList) {
      for (const sub of child.content ?? []) nested.push(...itemRuns(sub));
    } else own.push(canonicalRuns(runsOf(child.content)));
  }
  const joined = own.filter((r) => r.length > 0).flatMap((r, i) => (i > 0 ? [{ text: ' ' }, ...r] : r));
  return [canonicalRuns(joined), ...nested].filter((r) => r.length > 0);
}

function nodeBlocks(node: DocNode): Block[] {
  switch (node.type) {
    case NODE.paragraph: {
      const content = canonicalRuns(runsOf(node.content));
      return content.length > 0 ? [{ type: 'paragraph', content }] : [];
    }
    case NODE.heading: {
      const text = textOf(node.content);
      const level = Number(node.attrs?.level) >= 3 ? 3 : 2;
      return text ? [{ type: 'heading', level, text }] : [];
    }
    case NODE.quote: {
      const children = node.content ?? [];
      const text = children
        .filter((c) => c.type !== NODE.quoteAttribution)
        .map((c) => textOf(c.content))
        .filter(Boolean)
        .join('\n\n');
      const attribution = textOf(children.find((c) => c.type === NODE.quoteAttribution)?.content);
      // Words are never dropped: an attribution with no quote left is a paragraph of its own.
      if (!text) return attribution ? [{ type: 'paragraph', content: [{ text: attribution }] }] : [];
      const quote: BlockOf<'quote'> = { type: 'quote', text };
      if (attribution) quote.attribution = attribution;
      return [quote];
    }
    case NODE.bulletList:
    case NODE.orderedList: {
      const items = (node.content ?? []).flatMap(itemRuns);
      return items.length > 0 ? [{ type: 'list', ordered: node.type === NODE.orderedList, items }] : [];
    }
    case NODE.atom: {
      const block = node.attrs?.block;
      return block && typeof block === 'object' ? [block as Block] : [];
    }
    default: {
      // Not in the schema (a document from elsewhere): its words as a paragraph, never lost.
      const content = canonicalRuns(runsOf(node.content ?? (node.text ? [node] : [])));
      return content.length > 0 ? [{ type: 'paragraph', content }] : [];
    }
  }
}

/**
 * The editor's document → blocks, not yet validated: the Markdown they serialise to goes through
 * the same parse and schema as any save.
 */
export function docToBlocks(doc: DocNode): Block[] {
  return (doc.content ?? []).flatMap(nodeBlocks);
}
