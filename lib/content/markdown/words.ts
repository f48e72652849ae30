/**
 * The editor's word count and reading time, from the Markdown as typed: parsed the way a save
 * parses it (parse.ts) and counted the way the article page counts (reading-time.ts), so the
 * editor's "about 4 min read" is the readers' "4 min read". Link targets, media ids and Markdown
 * marks are not words; captions and quote attributions are.
 */
import { plainText } from '../blocks';
import { countWords, minutesFor } from '../reading-time';
import { markdownToBlocks } from './parse';

export function markdownReading(markdown: string): { words: number; minutes: number } {
  // A body with a mistake still counts: the blocks before and after it parse.
  const words = countWords(plainText(markdownToBlocks(markdown).blocks));
  return { words, minutes: words ? minutesFor(words) : 0 };
}
