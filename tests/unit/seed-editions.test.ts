import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateEditions } from '@/db/seed/editions';
import { generateNewsroom } from '@/db/seed/content';
import type { SeedArticle, SeedEdition } from '@/db/seed/types';
import type { Block } from '@/lib/content/blocks';
import { validateBody } from '@/lib/content/blocks';

const now = new Date('2026-11-26T09:00:00Z');
const generate = (seed = 7) => generateEditions({ seed, articles: 200, now, imageCount: 40 });
const out = generate();
const edition = (code: string) => out.editions.find((e) => e.edition === code)!;
const published = (e: SeedEdition) => e.articles.filter((a) => a.status === 'published');

/** Every piece of reader-visible text in a story. */
function texts(a: SeedArticle): string[] {
  const fromBlock = (b: Block): string[] => {
    switch (b.type) {
      case 'paragraph':
        return b.content.map((i) => i.text);
      case 'heading':
        return [b.text];
      case 'quote':
        return [b.text, b.attribution ?? ''];
      case 'list':
        return b.items.flatMap((item) => item.map((i) => i.text));
      case 'image':
        return [b.caption ?? ''];
      case 'embed':
        return [b.title ?? ''];
      default:
        return [];
    }
  };
  return [a.title, a.lede, a.heroCaption, ...a.body.flatMap(fromBlock)].filter(Boolean);
}

const CYRILLIC = /[\u0400-\u04ff]/;
const ARABIC = /[\u0600-\u06ff]/;
const LATIN = /[A-Za-z]/;
// Bidi marks and embeddings/isolates: the Arabic text must be plain.
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

describe('demo newsroom: Russian and Arabic editions', () => {
  it('is deterministic: the same seed and time give the same editions, another seed others', () => {
    assert.deepEqual(generate(7), out);
    const titles = (seed: number) => generate(seed).editions.flatMap((e) => e.articles.map((a) => a.title));
    assert.notDeepEqual(titles(7), titles(8));
  });

  it('has the promised size: ru ≥ 150 published, ar ≥ 100, about a third translated, a few drafts', () => {
    const ru = published(edition('ru'));
    const ar = published(edition('ar'));
    assert.ok(ru.length >= 150, `ru: ${ru.length}`);
    assert.ok(ar.length >= 100, `ar: ${ar.length}`);
    for (const list of [ru, ar]) {
      const share = list.filter((a) => a.translationKey).length / list.length;
      assert.ok(share > 0.25 && share < 0.42, `linked share ${share}`);
    }
    for (const e of out.editions) {
      assert.ok(
        e.articles.some((a) => a.status === 'draft'),
        `${e.edition} has drafts`,
      );
      assert.ok(e.sections.length >= 6 && e.sections.length <= 8);
      assert.ok(e.tags.length >= 15 && e.tags.length <= 25, `${e.edition}: ${e.tags.length} tags`);
      assert.ok(e.authors.length >= 8 && e.authors.length <= 12);
      const featured = published(e).map((a) => a.featured);
      assert.ok(featured.filter((f) => f === 2).length >= 1 && featured.filter((f) => f === 2).length <= 2);
      assert.ok(featured.filter((f) => f === 0).length > featured.length * 0.8);
    }
  });

  it('writes Russian in Cyrillic and Arabic in Arabic script, without Latin words or direction marks', () => {
    for (const a of edition('ru').articles) {
      assert.match(a.title, CYRILLIC, a.title);
      assert.doesNotMatch(a.title, LATIN, a.title);
      for (const t of texts(a)) assert.doesNotMatch(t, LATIN, t);
    }
    for (const a of edition('ar').articles) {
      assert.match(a.title, ARABIC, a.title);
      assert.doesNotMatch(a.title, LATIN, a.title);
      for (const t of texts(a)) {
        assert.doesNotMatch(t, LATIN, t);
        assert.doesNotMatch(t, BIDI_CONTROLS, t);
        // Arabic punctuation: ، ؛ ؟ rather than the Latin marks.
        assert.doesNotMatch(t, /[,;?]/, t);
      }
    }
    for (const e of out.editions) {
      for (const x of [...e.sections, ...e.tags, ...e.authors]) {
        assert.match(x.name, e.edition === 'ru' ? CYRILLIC : ARABIC, x.name);
      }
      for (const a of e.authors) assert.match(a.jobTitle + a.bio, e.edition === 'ru' ? CYRILLIC : ARABIC);
    }
  });

  it('has ASCII slugs, unique per edition for sections, tags and bylines, and refers only to its own', () => {
    for (const e of out.editions) {
      for (const list of [e.sections, e.tags, e.authors]) {
        for (const x of list) assert.match(x.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, x.slug);
        assert.equal(new Set(list.map((x) => x.slug)).size, list.length);
      }
      const sections = new Set(e.sections.map((s) => s.slug));
      const tags = new Set(e.tags.map((t) => t.slug));
      const authors = new Set(e.authors.map((a) => a.slug));
      for (const a of e.articles) {
        assert.match(a.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/, a.slug);
        assert.ok(sections.has(a.sectionSlug), a.sectionSlug);
        assert.ok(a.tagSlugs.length >= 1 && a.tagSlugs.every((t) => tags.has(t)), a.tagSlugs.join());
        assert.ok(a.authorSlugs.length >= 1 && a.authorSlugs.every((s) => authors.has(s)), a.authorSlugs.join());
      }
      assert.equal(new Set(e.articles.map((a) => a.title)).size, e.articles.length, 'no repeated headlines');
    }
  });

  it('links each translation to one English original, once per edition, sharing its picture', () => {
    const english = new Map(out.english.map((a) => [a.translationKey!, a]));
    assert.equal(english.size, out.english.length);
    const en = generateNewsroom({ seed: 7, articles: 1, now, imageCount: 40 });
    const enSections = new Set(en.sections.map((s) => s.slug));
    const enTags = new Set(en.tags.map((t) => t.slug));
    const enAuthors = new Set(en.authors.map((a) => a.slug));
    for (const a of out.english) {
      assert.ok(enSections.has(a.sectionSlug), a.sectionSlug);
      assert.ok(
        a.tagSlugs.every((t) => enTags.has(t)),
        a.tagSlugs.join(),
      );
      assert.ok(
        a.authorSlugs.every((s) => enAuthors.has(s)),
        a.authorSlugs.join(),
      );
      assert.doesNotMatch(a.title, CYRILLIC);
      assert.doesNotMatch(a.title, ARABIC);
    }
    for (const e of out.editions) {
      const keys = e.articles.flatMap((a) => (a.translationKey ? [a.translationKey] : []));
      assert.equal(new Set(keys).size, keys.length, `${e.edition}: a key at most once`);
      for (const a of e.articles.filter((x) => x.translationKey)) {
        const original = english.get(a.translationKey!);
        assert.ok(original, `${a.translationKey} has an English side`);
        assert.equal(a.heroImage, original.heroImage, 'translations share the picture');
        assert.deepEqual(
          a.body.map((b) => b.type),
          original.body.map((b) => b.type),
          'a translation has the same shape as its original',
        );
        const delay = a.publishedAt!.getTime() - original.publishedAt!.getTime();
        assert.ok(delay >= 10 * 60_000 && delay <= 90 * 60_000, `${a.translationKey}: ${delay / 60_000} min`);
        // The same numbers in every language (decimal commas in Russian).
        const numbers = (s: string) => (s.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
        // 50,000 = 50 тыс. = 50 ألف
        const digits = (s: string) =>
          numbers(s.replace(/(\d),(\d{3})\b/g, '$1$2').replace(/(\d+) (?:тыс\.|ألف)/g, (_m, n: string) => `${n}000`));
        assert.deepEqual(digits(a.title), digits(original.title), `${a.title} / ${original.title}`);
      }
    }
    const ruKeys = edition('ru').articles.filter((a) => a.translationKey).length;
    const arKeys = edition('ar').articles.filter((a) => a.translationKey).length;
    assert.ok(ruKeys >= 50 && arKeys >= 33, `ru ${ruKeys}, ar ${arKeys}`);
  });

  it('has valid bodies, short headlines, captions in the language, and nothing dated after now', () => {
    const window = 31 * 86400_000;
    for (const a of [...out.english, ...out.editions.flatMap((e) => e.articles)]) {
      assert.ok(validateBody(a.body).ok, `body of "${a.title}" is valid`);
      assert.ok(a.title.length <= 110, `${a.title.length}: ${a.title}`);
      assert.ok(a.body.filter((b) => b.type === 'paragraph').length >= 3, a.title);
      if (a.heroImage !== null) assert.ok(a.heroCaption.length > 0, `hero caption of ${a.title}`);
      for (const b of a.body) if (b.type === 'image') assert.ok(b.caption, `image caption in ${a.title}`);
      if (a.status === 'published') {
        assert.ok(a.publishedAt! <= now && a.publishedAt!.getTime() >= now.getTime() - window, a.title);
        assert.ok(a.updatedAt! >= a.publishedAt! && a.updatedAt! <= now, a.title);
      } else {
        assert.equal(a.publishedAt, null);
      }
    }
    for (const e of out.editions) {
      const script = e.edition === 'ru' ? CYRILLIC : ARABIC;
      for (const a of e.articles) if (a.heroImage !== null) assert.match(a.heroCaption, script, a.heroCaption);
      const newest = Math.max(...published(e).map((a) => a.publishedAt!.getTime()));
      assert.ok(now.getTime() - newest <= 2 * 3600_000, `${e.edition}: newest story within two hours`);
    }
  });
});
