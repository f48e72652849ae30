/**
 * The search page's notes (lib/search/notes.ts: a code and its values) in the page's edition,
 * from the catalogue's "SearchNotes".
 */
import { useTranslations } from 'next-intl';
import { noteValues, type SearchNote } from '@/lib/search/notes';

export function useSearchNotes(): (note: SearchNote) => string {
  const t = useTranslations('SearchNotes');
  return (note) => t(`${note.code}`, noteValues(note));
}
