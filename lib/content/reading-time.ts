/**
 * "4 min read": the body's words at an adult's silent reading pace for prose (~230 words a
 * minute), computed on the server from the blocks, never less than a minute. Captions and
 * titles count (readers read them); a video's or a podcast's length does not.
 */
import { plainText, type Block } from './blocks';

export const WORDS_PER_MINUTE = 230;

/** Words as a reader counts them: runs of letters or digits (apostrophes and hyphens join them). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes for a count of words, never less than one. */
export function minutesFor(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function readingMinutes(blocks: Block[]): number {
  return minutesFor(countWords(plainText(blocks)));
}
