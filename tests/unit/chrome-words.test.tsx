/**
 * The reader chrome in each edition's words (messages/{code}.json): dates in the edition's language
 * and zone, plural counts, the search page's notes, the account forms' message keys and the
 * islands' words. The catalogues' keys themselves are checked by catalogues.test.ts.
 */
import type { SearchNote } from '@/lib/search/notes';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { ListPage } from '@/components/lists/ListPage';
import { relativeTime } from '@/components/ui/RelativeTime.island';
import type { ListPage as ListPageData } from '@/lib/content/reader';
import { editions } from '@/lib/editions';
import { editionDates } from '@/lib/i18n/dates';
import { useIslandMessages } from '@/lib/i18n/islands';
import { useSearchNotes } from '@/lib/i18n/search-notes';
import { islandMessageAttributes } from '@/lib/islands/messages';
import { READER_MESSAGES, readerMessageKey } from '@/lib/readers/messages';
import { readSearchParams } from '@/lib/search/params';
import { MAX_TERMS, parseSearchQuery } from '@/lib/search/query';
import { withIntl } from '../helpers/intl';

const AT = '2026-12-07T10:42:00.000Z';

describe('dates follow the edition', () => {
  it('English keeps the Guardian dateline, in the desk’s zone', () => {
    const dates = editionDates(editions.get('en'));
    assert.equal(dates.dateline(AT), 'Mon 7 Dec 2026 10.42 GMT');
    assert.equal(dates.dateTime(AT), '7 Dec 2026, 10:42 GMT');
    assert.equal(dates.date(AT), '7 December 2026');
    assert.equal(dates.short(AT), '7 Dec, 10:42');
  });

  it('Russian and Arabic write their own month names, at their desks’ time', () => {
    const ru = editionDates(editions.get('ru'));
    assert.match(ru.dateline(AT), /7 дек\. 2026 г\., 13:42/);
    assert.equal(ru.date(AT), '7 декабря 2026 г.');
    const ar = editionDates(editions.get('ar'));
    assert.match(ar.dateline(AT), /ديسمبر/);
    assert.match(ar.short(AT), /14:42/);
  });
});

/** A list page of `total` stories with none on it: only the header's words matter here. */
function listOf(edition: string, total: number): ListPageData {
  return {
    edition,
    kind: 'section',
    owner: { id: 1, slug: 'mir', name: 'Мир', description: '', position: 0, edition },
    items: [],
    page: 2,
    perPage: 20,
    total,
    pageCount: 3,
  } as ListPageData;
}

const countOf = (edition: string, total: number) =>
  /<p class="list-count">([^<]*)<\/p>/.exec(
    renderToStaticMarkup(withIntl(<ListPage data={listOf(edition, total)} />, edition)),
  )![1];

describe('counts take each language’s plural forms', () => {
  it('English as before', () => {
    assert.equal(countOf('en', 1), '1 story · page 2 of 3');
    assert.equal(countOf('en', 1234), '1,234 stories · page 2 of 3');
  });

  it('Russian: one, few and many', () => {
    assert.match(countOf('ru', 21), /^21 материал · страница 2 из 3$/);
    assert.match(countOf('ru', 3), /^3 материала /);
    assert.match(countOf('ru', 11), /^11 материалов /);
  });

  it('Arabic: two, few and many', () => {
    assert.match(countOf('ar', 2), /^مادتان /);
    assert.match(countOf('ar', 5), /^5 مواد /);
    assert.match(countOf('ar', 11), /^11 مادة /);
  });
});

/** Every note lib/search can write, from real inputs. */
function everySearchNote(): SearchNote[] {
  const notes = [
    ...readSearchParams({ q: 'oil', from: 'yesterday' }).notes,
    ...readSearchParams({ q: 'oil', from: '2026-11-20', to: '2026-11-01' }).notes,
    ...readSearchParams({ q: 'oil', page: 'x' }).notes,
    ...readSearchParams({ q: 'oil', page: '9999' }).notes,
    ...parseSearchQuery('ab* oil').notes,
    ...parseSearchQuery('x'.repeat(10_000)).notes,
    ...parseSearchQuery(Array.from({ length: MAX_TERMS + 3 }, (_, i) => `word${i}`).join(' ')).notes,
  ];
  // run.ts's two notes need a database.
  notes.push({ code: 'noSection' }, { code: 'noTag' });
  return notes;
}

function NotesIn({ notes }: { notes: SearchNote[] }) {
  const say = useSearchNotes();
  return <>{notes.map((n) => `${say(n)}\n`)}</>;
}

describe('the search page’s notes', () => {
  const notes = everySearchNote();

  it('are said in every edition, each note once, from real inputs', () => {
    assert.equal(notes.length, 9);
    assert.equal(new Set(notes.map((n) => n.code)).size, 9, 'every code is reached');
    const english = renderToStaticMarkup(withIntl(<NotesIn notes={notes} />, 'en'))
      .trim()
      .split('\n');
    assert.ok(english.includes('The dates were the wrong way round, so they were swapped.'), english.join(' | '));
    assert.ok(english.includes(`Only the first ${MAX_TERMS} words or phrases were used.`), english.join(' | '));
    for (const code of ['ru', 'ar']) {
      const said = renderToStaticMarkup(withIntl(<NotesIn notes={notes} />, code))
        .trim()
        .split('\n');
      said.forEach((text, i) => assert.notEqual(text, english[i], `${code}: "${english[i]}" is not translated`));
    }
  });

  it('keep the reader’s word in the translation', () => {
    const html = renderToStaticMarkup(withIntl(<NotesIn notes={parseSearchQuery('аб* нефть').notes} />, 'ru'));
    assert.match(html, /«аб»/);
  });
});

describe('the account forms send keys, and pages show only known ones', () => {
  it('a key or its English words name the message; anything else is not shown', () => {
    assert.equal(readerMessageKey('emailInvalid'), 'emailInvalid');
    assert.equal(readerMessageKey(READER_MESSAGES.currentWrong), 'currentWrong');
    assert.equal(readerMessageKey('Visit evil.example to fix your account'), null);
    assert.equal(readerMessageKey('constructor'), null);
    assert.equal(readerMessageKey('__proto__'), null);
  });
});

function IslandWords() {
  return <>{JSON.stringify(islandMessageAttributes(useIslandMessages()))}</>;
}

describe('the islands’ words ride in the page’s edition', () => {
  it('English as the islands had them; Russian in Russian', () => {
    const en = JSON.parse(renderToStaticMarkup(withIntl(<IslandWords />, 'en')).replaceAll('&quot;', '"'));
    assert.equal(en['data-bookmark-add'], 'Bookmark');
    assert.equal(en['data-minutes-ago'], '{n} min ago');
    const ru = JSON.parse(renderToStaticMarkup(withIntl(<IslandWords />, 'ru')).replaceAll('&quot;', '"'));
    assert.equal(ru['data-bookmark-add'], 'В закладки');
    assert.equal(
      relativeTime(0, 5 * 60_000, {
        justNow: ru['data-just-now'],
        minutesAgo: ru['data-minutes-ago'],
        hoursAgo: ru['data-hours-ago'],
      }),
      '5 мин назад',
    );
    assert.equal(relativeTime(0, 2 * 3600_000), '2 h ago');
  });
});
