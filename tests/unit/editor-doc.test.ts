import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blocksToDoc, canonicalRuns, docToBlocks, NODE, type DocNode } from '@/lib/content/editor-doc';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { blocksToMarkdown } from '@/lib/content/markdown/serialize';
import { validateBody, type Block } from '@/lib/content/blocks';
import { generateNewsroom } from '@/db/seed/content';

/** One of every block type the editor handles, the atomic ones (pictures, embeds, media) included. */
const EVERY: Block[] = [
  { type: 'heading', level: 2, text: 'A heading & *stars*' },
  { type: 'heading', level: 3, text: 'A subheading' },
  {
    type: 'paragraph',
    content: [
      { text: 'Plain, ' },
      { text: 'bold', bold: true },
      { text: ' ' },
      { text: 'italic', italic: true },
      { text: ', ' },
      { text: 'both', bold: true, italic: true },
      { text: ' and ' },
      { text: 'a link', href: 'https://example.org/a?b=1&c=2' },
      { text: ' and ' },
      { text: 'a bold path', href: '/world/news', bold: true },
      { text: '.' },
    ],
  },
  { type: 'quote', text: 'First paragraph.\n\nSecond — with a dash.', attribution: 'Анна Коваленко, editor' },
  { type: 'quote', text: 'No attribution.' },
  { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two ' }, { text: 'bold', bold: true }]] },
  { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second', italic: true }]] },
  { type: 'image', mediaId: 3 },
  { type: 'image', mediaId: 5, alt: 'A', caption: 'Caption "quoted"', credit: 'AP' },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc' },
  { type: 'embed', provider: 'vk', url: 'https://vk.com/video-1_2', title: 'Video' },
  { type: 'video', mediaId: 41, caption: 'A clip' },
  { type: 'audio', mediaId: 42 },
  { type: 'file', mediaId: 44, title: 'Report (PDF)' },
  { type: 'gallery', title: 'Day one', items: [{ mediaId: 46, alt: 'a', credit: 'Reuters' }, { mediaId: 47 }] },
];

const identity = (blocks: Block[]) => assert.deepEqual(docToBlocks(blocksToDoc(blocks)), blocks);

/** What a save does with the editor's document: blocks → Markdown → the server's parse. */
function saved(doc: DocNode): Block[] {
  const { blocks, errors } = markdownToBlocks(blocksToMarkdown(docToBlocks(doc)));
  assert.deepEqual(errors, []);
  return blocks;
}

const p = (...content: DocNode[]): DocNode => ({ type: NODE.paragraph, content });
const t = (text: string, ...marks: string[]): DocNode =>
  marks.length
    ? {
        type: 'text',
        text,
        marks: marks.map((m) =>
          m.startsWith('/') || m.startsWith('http') ? { type: 'link', attrs: { href: m } } : { type: m },
        ),
      }
    : { type: 'text', text };

describe('the rich editor document', () => {
  it('blocks → document → blocks is the identity for every block type', () => {
    assert.equal(validateBody(EVERY).ok, true);
    identity(EVERY);
    for (const block of EVERY) identity([block]);
  });

  it('keeps picture, embed and media blocks as atomic nodes carrying the block unchanged', () => {
    const doc = blocksToDoc(EVERY);
    const atoms = doc.content!.filter((n) => n.type === NODE.atom);
    assert.deepEqual(
      atoms.map((n) => n.attrs!.block),
      EVERY.filter((b) => !['paragraph', 'heading', 'quote', 'list'].includes(b.type)),
    );
    assert.ok(atoms.every((n) => n.content === undefined));
    // A block type the editor has never heard of travels the same way.
    const future = { type: 'poll', question: 'Yes?' } as unknown as Block;
    identity([future]);
  });

  it('maps the text blocks onto the schema one to one', () => {
    const doc = blocksToDoc([
      { type: 'quote', text: 'A.\n\nB.', attribution: 'C' },
      { type: 'list', ordered: true, items: [[{ text: 'x', bold: true }]] },
    ]);
    assert.deepEqual(doc.content, [
      {
        type: 'quote',
        content: [
          { type: 'quoteText', content: [{ type: 'text', text: 'A.' }] },
          { type: 'quoteText', content: [{ type: 'text', text: 'B.' }] },
          { type: 'quoteAttribution', content: [{ type: 'text', text: 'C' }] },
        ],
      },
      {
        type: 'orderedList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold' }] }] }],
          },
        ],
      },
    ]);
    assert.deepEqual(blocksToDoc([]), { type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('every seeded body survives blocks → document → blocks exactly', () => {
    const newsroom = generateNewsroom({ seed: 1, articles: 50, now: new Date('2026-11-26T00:00:00Z'), imageCount: 40 });
    for (const article of newsroom.articles) identity(article.body);
  });

  it('blocks parsed from Markdown survive the document exactly', () => {
    const { blocks, errors } = markdownToBlocks(
      [
        '## Title *x*',
        'Some **bold**, *em*, ***both***, [link](https://example.org/x) and `code`.',
        '> quoted\n>\n> -- Someone',
        '- a\n- b **c**\n\n1. c\n2. d',
        '![alt](media:3 "cap")',
        'https://rutube.ru/video/1/',
        '![v](video:1)\n\n![](audio:2)\n\n![f](file:3)',
        '```gallery\n# T\n![a](media:4 "c") — cr\n![](media:5)\n```',
      ].join('\n\n'),
    );
    assert.deepEqual(errors, []);
    identity(blocks);
  });

  it('saves what the editor shows: empty paragraphs go, spaces at the edges of marks carry none', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        p(t('  Hello '), t('bold ', 'bold'), t(' ', 'italic'), t('linked', 'italic', 'https://example.org/'), t('  ')),
        { type: 'heading', attrs: { level: 1 }, content: [t(' Top ')] },
        { type: 'heading', attrs: { level: 4 }, content: [t('Deep')] },
        { type: 'quote', content: [{ type: 'quoteText' }, { type: 'quoteAttribution', content: [t('Only a name')] }] },
        {
          type: 'quote',
          content: [{ type: 'quoteText', content: [t('Said.')] }, { type: 'quoteAttribution' }],
        },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p()] },
            { type: 'listItem', content: [p(t('kept'))] },
          ],
        },
      ],
    };
    const blocks = docToBlocks(doc);
    assert.deepEqual(blocks, [
      {
        type: 'paragraph',
        content: [
          { text: 'Hello ' },
          { text: 'bold', bold: true },
          { text: '  ' },
          { text: 'linked', italic: true, href: 'https://example.org/' },
        ],
      },
      { type: 'heading', level: 2, text: 'Top' },
      { type: 'heading', level: 3, text: 'Deep' },
      { type: 'paragraph', content: [{ text: 'Only a name' }] },
      { type: 'quote', text: 'Said.' },
      { type: 'list', ordered: false, items: [[{ text: 'kept' }]] },
    ]);
    // The server's parse of the Markdown the editor writes gives back the same blocks.
    assert.deepEqual(saved(doc), blocks);
  });

  it('never drops the words of a node it does not know, or of a nested list', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [t('code words')] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                p(t('outer')),
                { type: 'orderedList', content: [{ type: 'listItem', content: [p(t('inner'))] }] },
              ],
            },
          ],
        },
      ],
    };
    assert.deepEqual(docToBlocks(doc), [
      { type: 'paragraph', content: [{ text: 'code words' }] },
      { type: 'list', ordered: false, items: [[{ text: 'outer' }], [{ text: 'inner' }]] },
    ]);
  });

  it('canonicalRuns merges equal neighbours and trims the ends', () => {
    assert.deepEqual(canonicalRuns([{ text: ' a', bold: true }, { text: 'b ', bold: true }, { text: ' ' }]), [
      { text: 'ab', bold: true },
    ]);
    assert.deepEqual(canonicalRuns([{ text: '   ' }]), []);
  });
});
