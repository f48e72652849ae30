/**
 * The editions' configuration (lib/editions.ts) and what is built from it: a fourth edition is a
 * config entry and a catalogue (a fixture edition proves the lookups need no code), the addresses
 * of every edition, and the ASCII slugs of Cyrillic and Arabic titles.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_EDITION, EDITIONS, editionPath, editionRegistry, editions, type Edition } from '@/lib/editions';
import {
  articlePath,
  authorPath,
  cardPath,
  homePath,
  infoPagePath,
  listPath,
  parseArticleSegment,
  sectionPath,
  slugify,
  tagPath,
} from '@/lib/urls';
import { cacheTags, tagsForArticleChange } from '@/lib/cache';

describe('the editions config', () => {
  it('has unique codes, one default at `/`, and a catalogue per edition', () => {
    const codes = EDITIONS.map((e) => e.code);
    assert.deepEqual(codes, ['en', 'ru', 'ar']);
    assert.equal(new Set(codes).size, codes.length, 'codes are unique');
    assert.equal(EDITIONS.filter((e) => e.code === DEFAULT_EDITION).length, 1, 'exactly one default');
    assert.equal(editions.default.code, 'en');
    assert.deepEqual(editions.prefixed, ['ru', 'ar']);
    for (const e of EDITIONS) {
      const file = path.join(process.cwd(), 'messages', `${e.code}.json`);
      assert.ok(fs.existsSync(file), `messages/${e.code}.json`);
      assert.equal(typeof JSON.parse(fs.readFileSync(file, 'utf8')), 'object', file);
    }
  });

  it('gives every edition a usable locale, time zone and direction', () => {
    for (const e of EDITIONS) {
      // An address prefix and a catalogue file name: lower-case letters only.
      assert.match(e.code, /^[a-z]{2,3}$/, e.code);
      assert.equal(Intl.getCanonicalLocales(e.locale)[0], e.locale, e.locale);
      assert.equal(new Intl.DateTimeFormat(e.locale, { timeZone: e.timeZone }).resolvedOptions().timeZone, e.timeZone);
      assert.ok(e.locale.startsWith(e.language), `${e.code}: ${e.locale} is in ${e.language}`);
      assert.match(e.ogLocale, /^[a-z]{2}_[A-Z]{2}$/, e.ogLocale);
      assert.ok(e.name && e.flag && e.siteName && e.tagline && e.description && e.opinionSection, e.code);
    }
    assert.deepEqual(
      EDITIONS.map((e) => [e.code, e.dir]),
      [
        ['en', 'ltr'],
        ['ru', 'ltr'],
        ['ar', 'rtl'],
      ],
    );
  });
});

describe('a fourth edition is configuration only', () => {
  const german: Edition = {
    code: 'de',
    locale: 'de-DE',
    language: 'de',
    dir: 'ltr',
    name: 'Deutsch',
    flag: 'DE',
    siteName: 'Meridian',
    tagline: 'Nachrichten und Analysen aus aller Welt',
    description: 'Meridian berichtet über die Welt.',
    timeZone: 'Europe/Berlin',
    ogLocale: 'de_DE',
    script: 'latin',
    opinionSection: 'meinung',
  };
  const registry = editionRegistry([...EDITIONS, german], 'en');

  it('is found by its code, prefixed, and listed with the others', () => {
    assert.deepEqual(registry.codes, ['en', 'ru', 'ar', 'de']);
    assert.deepEqual(registry.prefixed, ['ru', 'ar', 'de']);
    assert.equal(registry.prefix('de'), '/de');
    assert.equal(registry.prefix('en'), '');
    assert.equal(registry.find('de'), german);
    assert.equal(registry.get('de').timeZone, 'Europe/Berlin');
    assert.equal(registry.default.code, 'en');
    // The site's own registry does not know it: its prefix answers 404 there.
    assert.equal(editions.find('de'), null);
  });

  it('refuses what is not an edition', () => {
    for (const code of ['', 'xx', 'DE', 'de ', null, undefined]) assert.equal(registry.find(code), null, String(code));
    assert.throws(() => registry.get('xx'), /unknown edition/);
    assert.throws(() => editionRegistry([german], 'en'), /default edition/);
  });

  it('can be the default edition, which then has no prefix', () => {
    const other = editionRegistry([...EDITIONS, german], 'de');
    assert.equal(other.prefix('de'), '');
    assert.equal(other.prefix('en'), '/en');
    assert.deepEqual(other.prefixed, ['en', 'ru', 'ar']);
  });
});

describe('addresses in every edition', () => {
  it('editionPath prefixes every edition but the default', () => {
    assert.equal(editionPath('en', '/'), '/');
    assert.equal(editionPath('en', '/world'), '/world');
    assert.equal(editionPath('ru', '/'), '/ru');
    assert.equal(editionPath('ru', '/mir'), '/ru/mir');
    assert.equal(editionPath('ar', '/tags/naft'), '/ar/tags/naft');
  });

  it('builds the home, section, tag, author, info and list addresses', () => {
    const expected: Record<string, string[]> = {
      en: ['/', '/world', '/tags/oil', '/authors/jane', '/info/about', '/world?page=2'],
      ru: ['/ru', '/ru/world', '/ru/tags/oil', '/ru/authors/jane', '/ru/info/about', '/ru/world?page=2'],
      ar: ['/ar', '/ar/world', '/ar/tags/oil', '/ar/authors/jane', '/ar/info/about', '/ar/world?page=2'],
    };
    for (const [code, paths] of Object.entries(expected)) {
      assert.deepEqual(
        [
          homePath(code),
          sectionPath(code, 'world'),
          tagPath(code, 'oil'),
          authorPath(code, 'jane'),
          infoPagePath(code, 'about'),
          listPath(code, 'section', 'world', 2),
        ],
        paths,
        code,
      );
    }
  });

  it('puts a story under its edition, and a card’s address agrees with the story’s', () => {
    const ru = { id: 123, slug: 'sammit-v-moskve', sectionSlug: 'mir', edition: 'ru' };
    assert.equal(articlePath(ru), '/ru/mir/123-sammit-v-moskve');
    assert.equal(articlePath({ ...ru, edition: 'en', sectionSlug: 'world' }), '/world/123-sammit-v-moskve');
    assert.equal(articlePath({ ...ru, edition: 'ar', sectionSlug: 'alam' }), '/ar/alam/123-sammit-v-moskve');
    assert.equal(
      cardPath({ id: 123, slug: 'sammit-v-moskve', edition: 'ru', section: { slug: 'mir' } }),
      articlePath(ru),
    );
    // The id and slug read back from the edition's address as from the default's.
    assert.deepEqual(parseArticleSegment(articlePath(ru).split('/')[3]), { id: 123, slug: 'sammit-v-moskve' });
  });
});

describe('slugify in every script', () => {
  it('transliterates Cyrillic titles to ASCII', () => {
    assert.equal(slugify('Саммит в Москве'), 'sammit-v-moskve');
    assert.equal(slugify('Путин и Си встретились в Пекине'), 'putin-i-si-vstretilis-v-pekine');
    assert.equal(slugify('Щёлкино: Ёжик и объём'), 'shchelkino-ezhik-i-obem');
    assert.equal(slugify('Mixed English и русский 2026'), 'mixed-english-i-russkiy-2026');
  });

  it('transliterates Arabic titles to ASCII, ignoring short vowels and the tatweel', () => {
    assert.equal(slugify('قمة في موسكو'), 'qma-fy-mwskw');
    assert.equal(slugify('أخبار إقتصادية آمنة'), 'akhbar-iqtsadya-amna');
    // Tashkeel and the tatweel (U+0640) change nothing; Arabic-Indic digits become ASCII digits.
    assert.equal(slugify('الاقتصادُ العربيّ ـــ ٢٠٢٦'), 'alaqtsad-alrby-2026');
    assert.equal(slugify('الاقتصادُ العربيّ'), slugify('الاقتصاد العربي'));
    assert.equal(slugify('اقتـــصاد'), slugify('اقتصاد'));
  });

  it('is stable: ASCII only, within the length, and the same when applied again', () => {
    const titles = [
      'Саммит в Москве',
      'قمة في موسكو',
      'Центральный банк повысил ключевую ставку до 21 процента впервые с 2003 года, сообщили в ведомстве',
      'البنك المركزي يرفع سعر الفائدة الرئيسي للمرة الأولى منذ عقدين بحسب بيان رسمي صدر اليوم',
    ];
    for (const title of titles) {
      const slug = slugify(title);
      assert.match(slug, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, slug);
      assert.ok(slug.length <= 80, slug);
      assert.equal(slugify(slug), slug, 'idempotent');
      assert.equal(slugify(title), slug, 'deterministic');
    }
  });
});

describe('cache tags per edition (lib/cache.ts)', () => {
  it('keeps the default edition’s names and marks the others’ with their code', () => {
    assert.deepEqual(
      [cacheTags.home('en'), cacheTags.section('en', 'sport'), cacheTags.tag('en', 'oil'), cacheTags.feeds('en')],
      ['home', 'section:sport', 'tag:oil', 'feeds'],
    );
    assert.deepEqual(
      [
        cacheTags.home('ru'),
        cacheTags.sections('ru'),
        cacheTags.section('ru', 'sport'),
        cacheTags.tag('ar', 'oil'),
        cacheTags.author('ar', 'layla'),
        cacheTags.infoPages('ru'),
        cacheTags.tagList('ar'),
      ],
      ['home@ru', 'sections@ru', 'section:sport@ru', 'tag:oil@ar', 'author:layla@ar', 'info-pages@ru', 'tag-list@ar'],
    );
    // The same slug in two editions is two lists.
    assert.notEqual(cacheTags.section('en', 'sport'), cacheTags.section('ru', 'sport'));
  });

  it('a change to a story expires its edition’s pages and its translations, nothing of another edition', () => {
    const tags = tagsForArticleChange({
      id: 7,
      edition: 'ru',
      translationIds: [3, 9],
      sectionSlugs: ['sport'],
      tagSlugs: ['neft'],
      authorSlugs: ['ivan'],
      paths: ['/ru/sport/7-match'],
    });
    assert.deepEqual(tags.sort(), [
      'article:3',
      'article:7',
      'article:9',
      'author:ivan@ru',
      'feeds@ru',
      'home@ru',
      'section:sport@ru',
      'sitemaps',
      'tag:neft@ru',
    ]);
    // A story without an edition (a follow-up queued before editions) is the default edition's.
    assert.deepEqual(
      tagsForArticleChange({ id: 1, sectionSlugs: ['sport'], tagSlugs: [], authorSlugs: [], paths: [] }).sort(),
      ['article:1', 'feeds', 'home', 'section:sport', 'sitemaps'],
    );
  });
});
