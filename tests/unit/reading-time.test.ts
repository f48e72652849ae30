import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '@/lib/content/blocks';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '@/lib/content/reading-time';
import { markdownReading } from '@/lib/content/markdown/words';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

test('words are runs of letters or digits; apostrophes and hyphens join, punctuation does not count', () => {
  assert.equal(countWords('The minister’s long-awaited plan — 12 points, 3.5 % — arrives.'), 9);
  assert.equal(countWords('Москва и Ереван'), 3);
  assert.equal(countWords('  — … '), 0);
});

test('reading time is the words at 230 a minute, rounded, and at least a minute', () => {
  assert.equal(WORDS_PER_MINUTE, 230);
  assert.equal(readingMinutes([]), 1);
  assert.equal(readingMinutes([paragraph('Short.')]), 1);
  assert.equal(readingMinutes([paragraph(words(920))]), 4);
  // 1,035 words is 4.5 minutes: rounds to 5; 1,030 to 4.
  assert.equal(readingMinutes([paragraph(words(1035))]), 5);
  assert.equal(readingMinutes([paragraph(words(1030))]), 4);
});

test('headings, quotes, lists and captions count; media lengths do not', () => {
  const body: Block[] = [
    { type: 'heading', level: 2, text: words(230) },
    { type: 'quote', text: words(230), attribution: 'A source' },
    { type: 'list', ordered: false, items: [[{ text: words(115) }], [{ text: words(115) }]] },
    { type: 'image', mediaId: 1, caption: words(230) },
  ];
  assert.equal(readingMinutes(body), 4);
});

test("the editor's count reads the Markdown as a save does: link targets, media ids and marks are not words", () => {
  const body = [
    '## A heading of five words',
    '',
    'A **bold** claim with [a link](https://example.com/a-very-long-path-of-words "its title").',
    '',
    '![Cranes at the port](media:12 "A caption of five words")',
    '',
    '> A quote of five words',
    '> — Its Speaker',
  ].join('\n');
  // 5 + 6 + 5 (the caption; the alt text is not read) + 5 + 2.
  assert.deepEqual(markdownReading(body), { words: 23, minutes: 1, notes: [] });
  assert.deepEqual(markdownReading(''), { words: 0, minutes: 0, notes: [] });
  // It agrees with the readers' count of the saved blocks.
  const long = Array.from({ length: 1035 }, (_, i) => `word${i}`).join(' ');
  assert.deepEqual(markdownReading(long), { words: 1035, minutes: readingMinutes([paragraph(long)]), notes: [] });
  // A mistake elsewhere does not stop the count.
  assert.equal(markdownReading('Three good words.\n\n![alt](https://example.com/a.png)\n\nTwo more.').words, 5);
});
