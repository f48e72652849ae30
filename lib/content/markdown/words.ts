/**
 * The editor's word count and reading time, from the Markdown as typed: parsed the way a save
 * parses it (parse.ts) and counted the way the article page counts (reading-time.ts), so the
 * editor's "about 4 min read" is the readers' "4 min read". Link targets, media ids and Markdown
 * marks are not words; captions and quote attributions are. `notes` is what a save will change
 * without refusing it (HTML tags removed), shown under the body as it is typed.
 */
import { plainText } from '../blocks';
import { countWords, minutesFor } from '../reading-time';
import { markdownToBlocks } from './parse';

export function markdownReading(markdown: string): { words: number; minutes: number; notes: string[] } {
  // A body with a mistake still counts: the blocks before and after it parse.
  const { blocks, notes } = markdownToBlocks(markdown);
  const words = countWords(plainText(blocks));
  return { words, minutes: words ? minutesFor(words) : 0, notes };
}
