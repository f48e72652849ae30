import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markdownToBlocks, parseGalleryLines } from '@/lib/content/markdown/parse';
import { blocksToMarkdown, galleryLinesMarkdown } from '@/lib/content/markdown/serialize';
import { validateBody, type Block } from '@/lib/content/blocks';
import { generateNewsroom } from '@/db/seed/content';

/** Parses Markdown that must be accepted without errors. */
function ok(md: string): Block[] {
  const { blocks, errors } = markdownToBlocks(md);
  assert.deepEqual(errors, [], `unexpected errors for ${JSON.stringify(md)}`);
  return blocks;
}

function roundTrip(body: Block[]): void {
  const md = blocksToMarkdown(body);
  const back = markdownToBlocks(md);
  assert.deepEqual(back.errors, [], `errors re-reading:\n${md}`);
  assert.deepEqual(back.blocks, body, `round trip differs for:\n${md}`);
}

describe('markdownToBlocks: paragraphs and inline runs', () => {
  it('maps text, bold, italic, links, code spans, line breaks and escapes to runs', () => {
    assert.deepEqual(ok('Plain **bold** and *em* and _em2_ with [a link](https://example.org/x) and `code` here.'), [
      {
        type: 'paragraph',
        content: [
          { text: 'Plain ' },
          { text: 'bold', bold: true },
          { text: ' and ' },
          { text: 'em', italic: true },
          { text: ' and ' },
          { text: 'em2', italic: true },
          { text: ' with ' },
          { text: 'a link', href: 'https://example.org/x' },
          { text: ' and code here.' },
        ],
      },
    ]);
    assert.deepEqual(ok('one  \ntwo\nthree \\*not em\\* \\[x\\]'), [
      { type: 'paragraph', content: [{ text: 'one two three *not em* [x]' }] },
    ]);
  });

  it('nests formatting: strong inside em is both, formatting inside links is kept', () => {
    assert.deepEqual(ok('*a **b** c* ***d*** **[e](/x)**'), [
      {
        type: 'paragraph',
        content: [
          { text: 'a ', italic: true },
          { text: 'b', bold: true, italic: true },
          { text: ' c', italic: true },
          { text: ' ' },
          { text: 'd', bold: true, italic: true },
          { text: ' ' },
          { text: 'e', bold: true, href: '/x' },
        ],
      },
    ]);
  });

  it('merges adjacent runs with identical formatting and drops empty paragraphs', () => {
    assert.deepEqual(ok('**a\\*b`c`** d`e`&amp;\n\n---\n\n'), [
      { type: 'paragraph', content: [{ text: 'a*bc', bold: true }, { text: ' de&' }] },
    ]);
    assert.deepEqual(ok('\n\n   \n\n***\n'), []);
  });

  it('keeps Cyrillic and "<>&\' exactly, without entity encoding', () => {
    assert.deepEqual(ok('Привет, мир! Цена — 5 € "quoted" \'single\' a & b \\< c > d'), [
      { type: 'paragraph', content: [{ text: 'Привет, мир! Цена — 5 € "quoted" \'single\' a & b < c > d' }] },
    ]);
    // Entity references are decoded, once.
    assert.deepEqual(ok('&amp; &lt;b&gt; &#38; &#x41; &amp;amp;'), [
      { type: 'paragraph', content: [{ text: '& <b> & A &amp;' }] },
    ]);
    // Code spans are literal.
    assert.deepEqual(ok('`a < b && c`'), [{ type: 'paragraph', content: [{ text: 'a < b && c' }] }]);
  });

  it('turns code blocks into plain paragraphs', () => {
    assert.deepEqual(ok('```\nx = **1**\ny\n```'), [{ type: 'paragraph', content: [{ text: 'x = **1** y' }] }]);
  });
});

describe('markdownToBlocks: headings, quotes, lists, images, embeds', () => {
  it('maps h1/h2 to level 2 and h3+ to level 3, flattening inline formatting', () => {
    assert.deepEqual(ok('# Top\n\n## Two **bold** [l](/x)\n\n### Three\n\n#### Four `c`\n\nSetext\n======'), [
      { type: 'heading', level: 2, text: 'Top' },
      { type: 'heading', level: 2, text: 'Two bold l' },
      { type: 'heading', level: 3, text: 'Three' },
      { type: 'heading', level: 3, text: 'Four c' },
      { type: 'heading', level: 2, text: 'Setext' },
    ]);
  });

  it('maps blockquotes to quotes, with an attribution after an em dash or --', () => {
    assert.deepEqual(ok('> We will *not* back down.\n>\n> — Jane Doe, minister'), [
      { type: 'quote', text: 'We will not back down.', attribution: 'Jane Doe, minister' },
    ]);
    assert.deepEqual(ok('> First.\n>\n> Second\n> line.\n>\n> -- Someone'), [
      { type: 'quote', text: 'First.\n\nSecond line.', attribution: 'Someone' },
    ]);
    assert.deepEqual(ok('> Just a quote.'), [{ type: 'quote', text: 'Just a quote.' }]);
    assert.deepEqual(ok('> — a lone dash line'), [{ type: 'quote', text: '— a lone dash line' }]);
  });

  it('maps lists, flattening nested lists into the item text', () => {
    assert.deepEqual(ok('- one **b**\n- two\n  - nested\n  - more\n\n1. first\n2. [second](/s)'), [
      {
        type: 'list',
        ordered: false,
        items: [[{ text: 'one ' }, { text: 'b', bold: true }], [{ text: 'two nested more' }]],
      },
      { type: 'list', ordered: true, items: [[{ text: 'first' }], [{ text: 'second', href: '/s' }]] },
    ]);
  });

  it('maps media-library images on their own line to image blocks', () => {
    assert.deepEqual(
      ok('![A tanker](media:123 "At the terminal")\n\n![](media:7)\n\n![x](media:8)\n![y](media:9 "c")'),
      [
        { type: 'image', mediaId: 123, alt: 'A tanker', caption: 'At the terminal' },
        { type: 'image', mediaId: 7 },
        { type: 'image', mediaId: 8, alt: 'x' },
        { type: 'image', mediaId: 9, alt: 'y', caption: 'c' },
      ],
    );
  });

  it('maps a lone allow-listed URL to an embed; other bare URLs stay links', () => {
    assert.deepEqual(
      ok('https://www.youtube.com/watch?v=abc123\n\n<https://t.me/channel/42>\n\n[Video: talks](https://youtu.be/xyz)'),
      [
        { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc123' },
        { type: 'embed', provider: 'telegram', url: 'https://t.me/channel/42' },
        { type: 'embed', provider: 'youtube', url: 'https://youtu.be/xyz', title: 'Video: talks' },
      ],
    );
    assert.deepEqual(ok('https://example.org/page'), [
      { type: 'paragraph', content: [{ text: 'https://example.org/page', href: 'https://example.org/page' }] },
    ]);
    // Not alone on its line: a link, not an embed.
    assert.deepEqual(ok('Watch https://youtu.be/xyz now'), [
      {
        type: 'paragraph',
        content: [{ text: 'Watch ' }, { text: 'https://youtu.be/xyz', href: 'https://youtu.be/xyz' }, { text: ' now' }],
      },
    ]);
  });
});

describe('markdownToBlocks: video, audio, files and galleries', () => {
  it('maps video:, audio: and file: images on their own line to media blocks', () => {
    assert.deepEqual(
      ok('![The *launch*](video:12)\n\n![](audio:3)\n![Annual report \\[2025\\]](file:9)\n![](file:10)'),
      [
        { type: 'video', mediaId: 12, caption: 'The launch' },
        { type: 'audio', mediaId: 3 },
        { type: 'file', mediaId: 9, title: 'Annual report [2025]' },
        { type: 'file', mediaId: 10 },
      ],
    );
  });

  it('maps a ```gallery block: an optional # title, then a picture a line with caption and credit', () => {
    const md = [
      '```gallery',
      '# Photos of the day',
      '![A tanker](media:1 "At the \\"terminal\\"") — Reuters',
      '',
      '![Night](media:2) -- AP / Staff',
      '![](media:3 "Only a caption")',
      '```',
    ].join('\n');
    assert.deepEqual(ok(md), [
      {
        type: 'gallery',
        title: 'Photos of the day',
        items: [
          { mediaId: 1, alt: 'A tanker', caption: 'At the "terminal"', credit: 'Reuters' },
          { mediaId: 2, alt: 'Night', credit: 'AP / Staff' },
          { mediaId: 3, caption: 'Only a caption' },
        ],
      },
    ]);
    assert.deepEqual(ok('~~~gallery\n![a](media:1)\n![b](media:2)\n~~~'), [
      {
        type: 'gallery',
        items: [
          { mediaId: 1, alt: 'a' },
          { mediaId: 2, alt: 'b' },
        ],
      },
    ]);
    // Other fenced blocks are still plain text.
    assert.deepEqual(ok('```js\n![a](media:1)\n```'), [{ type: 'paragraph', content: [{ text: '![a](media:1)' }] }]);
  });

  it('refuses a gallery of fewer than 2 or more than 60 pictures, or with other lines, with the line', () => {
    const one = markdownToBlocks('Intro\n\n```gallery\n# T\n![a](media:1)\n```');
    assert.deepEqual(one.blocks, [{ type: 'paragraph', content: [{ text: 'Intro' }] }]);
    assert.deepEqual(one.errors, ['Line 3: a gallery holds 2 to 60 pictures, one a line (this one has 1)']);
    const many = Array.from({ length: 61 }, (_, i) => `![](media:${i + 1})`).join('\n');
    assert.match(markdownToBlocks(`\`\`\`gallery\n${many}\n\`\`\``).errors.join(), /2 to 60 pictures.*has 61/);
    const bad = markdownToBlocks(
      '```gallery\n![a](media:1)\n![v](video:2)\njust text\n# Late title\n![b](media:3) by AP\n```',
    );
    assert.deepEqual(bad.blocks, []);
    assert.deepEqual(bad.errors, [
      'Line 3: a gallery holds pictures from the media library (media:ID) only',
      'Line 4: each line of a gallery is one picture: ![alt](media:ID "caption"), optionally followed by " — credit"',
      "Line 5: a gallery's title (# Title) goes on its first line",
      'Line 6: each line of a gallery is one picture: ![alt](media:ID "caption"), optionally followed by " — credit"',
    ]);
  });

  it('refuses a quoted caption on a video, audio or file block rather than losing it', () => {
    const { blocks, errors } = markdownToBlocks('![c](video:4 "oops")\n\n![t](file:5 "x")');
    assert.deepEqual(blocks, []);
    assert.deepEqual(errors, [
      'Line 1: a video block takes its caption in the brackets: ![caption](video:4)',
      'Line 3: a file block takes its title in the brackets: ![title](file:5)',
    ]);
  });

  it('refuses media blocks inside a paragraph', () => {
    const { errors } = markdownToBlocks('Watch ![x](video:1) now');
    assert.deepEqual(errors, ['Line 1: images must be on a line of their own']);
  });

  it('reads and writes the hero gallery field with the same lines', () => {
    const items = [{ mediaId: 4, alt: 'a [b]', caption: 'c "d"', credit: 'E *F*' }, { mediaId: 5 }];
    const text = galleryLinesMarkdown({ items });
    assert.equal(text, '![a \\[b\\]](media:4 "c \\"d\\"") — E \\*F\\*\n![](media:5)');
    assert.deepEqual(parseGalleryLines(text), { items, errors: [] });
    assert.deepEqual(parseGalleryLines('\n  ![x](media:1)  \r\n\n'), { items: [{ mediaId: 1, alt: 'x' }], errors: [] });
  });
});

describe('markdownToBlocks: rejections', () => {
  it('never refuses raw HTML: its tags go, its words stay, and one note says so', () => {
    const { blocks, errors, notes } = markdownToBlocks(
      'Hello <b>world</b>\n\n<div>\nboom\n</div>\n\n<script>alert(1)</script>\n\n<p class=MsoNormal>One<o:p></o:p></p><p>Two &amp; three</p>',
    );
    assert.deepEqual(blocks, [
      { type: 'paragraph', content: [{ text: 'Hello world' }] },
      { type: 'paragraph', content: [{ text: 'boom' }] },
      { type: 'paragraph', content: [{ text: 'One' }] },
      { type: 'paragraph', content: [{ text: 'Two & three' }] },
    ]);
    assert.deepEqual(errors, []);
    // One message however many tags (the complaint: the same error printed twice).
    assert.deepEqual(notes, [
      'HTML tags were removed from the body (lines 1, 3, 7, 9); the text in them was kept. Use Markdown or the rich text editor for formatting.',
    ]);
    assert.deepEqual(markdownToBlocks('Line<br>break <!-- gone -->').blocks, [
      { type: 'paragraph', content: [{ text: 'Line break' }] },
    ]);
    assert.deepEqual(markdownToBlocks('No tags, a < b.').notes, []);
  });

  it('rejects javascript: and other unsafe links but keeps their text', () => {
    const { blocks, errors } = markdownToBlocks(
      'Intro\n\nClick [here](javascript:alert(1)) and [there](//evil.example/x).',
    );
    assert.deepEqual(blocks, [
      { type: 'paragraph', content: [{ text: 'Intro' }] },
      { type: 'paragraph', content: [{ text: 'Click here and there.' }] },
    ]);
    assert.equal(errors.length, 2);
    assert.match(errors[0], /^Line 3: link "javascript:alert\(1\)" is not allowed/);
    assert.match(errors[1], /^Line 3: link "\/\/evil\.example\/x" is not allowed/);
  });

  it('rejects tables', () => {
    const { blocks, errors } = markdownToBlocks('Before\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter');
    assert.deepEqual(blocks, [
      { type: 'paragraph', content: [{ text: 'Before' }] },
      { type: 'paragraph', content: [{ text: 'After' }] },
    ]);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /Tables are not supported/);
  });

  it('rejects images that are not from the media library', () => {
    const { blocks, errors } = markdownToBlocks('Text\n\n![x](https://example.org/a.png)');
    assert.deepEqual(blocks, [{ type: 'paragraph', content: [{ text: 'Text' }] }]);
    assert.deepEqual(errors, ['Line 3: images must come from the media library (media:ID)']);
  });

  it('appends validateBody errors', () => {
    const { errors } = markdownToBlocks('![x](media:0)');
    assert.ok(errors.length > 0 && errors.every((e) => e.startsWith('0.mediaId')), errors.join('\n'));
  });
});

const RICH: Block[] = [
  { type: 'heading', level: 2, text: 'A #1 heading (with) [brackets] & *stars*' },
  {
    type: 'paragraph',
    content: [
      { text: 'Привет, "мир" <b>не тег</b> & a_b * c \\ d ` e ~ f! ' },
      { text: 'bold', bold: true },
      { text: ' ' },
      { text: 'italic', italic: true },
      { text: ', ' },
      { text: 'both', bold: true, italic: true },
      { text: ' and ' },
      { text: 'a [link]', href: 'https://example.org/a?b=1&c=2' },
      { text: ' to ' },
      { text: 'a path (x)', href: '/world/news(1)', bold: true },
      { text: '. Mail me at a@b.com or see www.example.com and https://example.org/.' },
    ],
  },
  { type: 'paragraph', content: [{ text: '- not a list, 1. not ordered, # not a heading, > not a quote' }] },
  { type: 'paragraph', content: [{ text: '1. still not a list' }] },
  { type: 'paragraph', content: [{ text: '+ plus' }] },
  { type: 'paragraph', content: [{ text: '---' }] },
  { type: 'paragraph', content: [{ text: '&amp; stays &#38; literal' }] },
  { type: 'paragraph', content: [{ text: 'bold', bold: true }, { text: 'italic', italic: true }, { text: 'plain' }] },
  { type: 'paragraph', content: [{ text: 'it', italic: true }, { text: 'bo', bold: true }, { text: '.' }] },
  {
    type: 'quote',
    text: 'First paragraph.\n\nSecond *paragraph* — with a dash.',
    attribution: 'Анна Коваленко, editor',
  },
  { type: 'quote', text: 'One.\n\n— not an attribution' },
  { type: 'quote', text: 'Two.\n\n-- not one either' },
  { type: 'quote', text: '— a lone dash line' },
  { type: 'image', mediaId: 3 },
  { type: 'image', mediaId: 4, alt: 'Alt [text] *x*' },
  { type: 'image', mediaId: 5, alt: 'A', caption: 'Caption "quoted" \\ back' },
  { type: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: '- two' }, { text: 'b', bold: true }]] },
  { type: 'list', ordered: false, items: [[{ text: 'second list' }]] },
  { type: 'list', ordered: false, items: [[{ text: 'third list' }]] },
  { type: 'list', ordered: true, items: [[{ text: '1. first' }], [{ text: 'second', italic: true }]] },
  { type: 'list', ordered: true, items: [[{ text: 'again' }]] },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc-_' },
  { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=abc&t=10' },
  { type: 'embed', provider: 'vk', url: 'https://vk.com/video-1_2', title: 'Video: [VK] *clip*' },
  { type: 'embed', provider: 'x', url: 'https://x.com/user/status/1' },
  { type: 'video', mediaId: 40 },
  { type: 'video', mediaId: 41, caption: 'A *clip* [1] & "more" \\ ~x~ `c`' },
  { type: 'audio', mediaId: 42, caption: 'Episode 1: — the start' },
  { type: 'audio', mediaId: 43 },
  { type: 'file', mediaId: 44, title: 'Report (PDF) <2025> #1' },
  { type: 'file', mediaId: 45 },
  {
    type: 'gallery',
    title: 'Day # one ```x``` "q"',
    items: [
      { mediaId: 46, alt: 'A [b] *c*', caption: 'Cap "q" \\ \\"', credit: '— AP & `co`' },
      { mediaId: 47 },
      { mediaId: 48, credit: 'Reuters' },
    ],
  },
  {
    type: 'gallery',
    items: [
      { mediaId: 49, caption: 'x' },
      { mediaId: 50, alt: 'y' },
    ],
  },
];

describe('round trip', () => {
  it('the rich sample is valid and survives blocksToMarkdown → markdownToBlocks exactly', () => {
    assert.equal(validateBody(RICH).ok, true);
    roundTrip(RICH);
  });

  it('writes the documented syntax', () => {
    const md = blocksToMarkdown([
      { type: 'quote', text: 'Q', attribution: 'Name' },
      { type: 'image', mediaId: 12, alt: 'a', caption: 'c' },
      { type: 'image', mediaId: 13 },
      { type: 'embed', provider: 'youtube', url: 'https://youtu.be/abc' },
      { type: 'paragraph', content: [{ text: 'x' }] },
    ]);
    assert.equal(md, '> Q\n>\n> — Name\n\n![a](media:12 "c")\n\n![](media:13)\n\nhttps://youtu.be/abc\n\nx\n');
    assert.equal(
      blocksToMarkdown([
        { type: 'video', mediaId: 1, caption: 'v' },
        { type: 'audio', mediaId: 2 },
        { type: 'file', mediaId: 3, title: 'f' },
        { type: 'gallery', title: 'T', items: [{ mediaId: 4, alt: 'a', caption: 'c', credit: 'cr' }, { mediaId: 5 }] },
      ]),
      '![v](video:1)\n\n![](audio:2)\n\n![f](file:3)\n\n```gallery\n# T\n![a](media:4 "c") — cr\n![](media:5)\n```\n',
    );
  });

  it('markdown → blocks → markdown → blocks is stable', () => {
    const md = [
      '# Title *x*',
      'Some **bold**, *em*, [link](https://example.org/x "t") and `code` <https://example.org>',
      '> quoted\n>\n> -- Someone',
      '- a\n- b\n\n1. c\n2. d',
      '![alt](media:3 "cap")',
      'https://rutube.ru/video/1/',
      'Кириллица & "quotes" \\<tag\\>',
    ].join('\n\n');
    const first = ok(md);
    roundTrip(first);
  });

  it('every seeded body survives exactly', () => {
    const newsroom = generateNewsroom({ seed: 1, articles: 50, now: new Date('2026-11-26T00:00:00Z'), imageCount: 40 });
    let count = 0;
    for (const article of newsroom.articles) {
      roundTrip(article.body);
      count++;
    }
    assert.ok(count >= 50, `only ${count} articles`);
  });
});
