/**
 * The search page's notes (what lib/search/params.ts, query.ts and run.ts changed in a reader's
 * search) in the page's edition. lib/search writes them in English, which its tests read; each
 * is recognised here by its shape and said from the catalogue ("SearchNotes"). A note not known
 * here is shown as written, so a new note is never lost, only untranslated.
 */
import { useTranslations } from 'next-intl';

export function useSearchNotes(): (note: string) => string {
  const t = useTranslations('SearchNotes');
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^A date was not understood/, () => t('badDate')],
    [/^The dates were the wrong way round/, () => t('datesSwapped')],
    [/^That page number was not understood/, () => t('badPage')],
    [/^Results go up to page (\d+);/, (m) => t('lastPage', { max: Number(m[1]) })],
    [/^That section does not exist/, () => t('noSection')],
    [/^That tag does not exist/, () => t('noTag')],
    [/^Searches are limited to (\d+) characters/, (m) => t('shortened', { max: Number(m[1]) })],
    [/^Only the first (\d+) words or phrases/, (m) => t('tooManyTerms', { max: Number(m[1]) })],
    [
      /^A word ending in \* needs at least (\d+) letters before it; “([\s\S]*)” was searched as a whole word\.$/,
      (m) => t('shortPrefix', { min: Number(m[1]), word: m[2] }),
    ],
  ];
  return (note) => {
    for (const [pattern, say] of rules) {
      const m = pattern.exec(note);
      if (m) return say(m);
    }
    return note;
  };
}
