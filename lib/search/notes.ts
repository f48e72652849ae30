/**
 * What the search page tells a reader about how their search was read: a code and its values,
 * said in the page's edition from the catalogue's "SearchNotes" (components/search/SearchResults).
 * Codes rather than sentences, so no edition has to recognise English wording.
 */
export type SearchNote =
  | { code: 'badDate' }
  | { code: 'datesSwapped' }
  | { code: 'badPage' }
  | { code: 'lastPage'; max: number }
  | { code: 'noSection' }
  | { code: 'noTag' }
  | { code: 'shortened'; max: number }
  | { code: 'tooManyTerms'; max: number }
  | { code: 'shortPrefix'; min: number; word: string };

/** The note's values for the catalogue's message (all but the code). */
export function noteValues(note: SearchNote): Record<string, string | number> {
  const { code, ...values } = note;
  void code;
  return values;
}

/** One key per note, to list each once and to key the list's items. */
export const noteKey = (note: SearchNote): string => JSON.stringify(note);
