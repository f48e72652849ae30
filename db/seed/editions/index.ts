/**
 * The demo newsroom's Russian and Arabic editions: each edition's own stream of stories from its
 * grammar (shared.ts, ru.ts, ar.ts) plus the translated stories (linked.ts), whose English sides
 * are returned apart so db/seed/index.ts writes them into the English edition next to its
 * generated stream. Everything derives from `opts.seed` and `opts.now`; `opts.articles` (the
 * English stream's size) is not used: the editions stay small and fixed.
 */
import { slugify } from '@/lib/urls';
import type { NewsroomOptions } from '../content';
import { createRandom, mixSeed } from '../random';
import type { SeedArticle, SeedEdition } from '../types';
import { AR_SPEC } from './ar';
import { linkedEvents, renderLinked, type LinkedTaxonomy } from './linked';
import { RU_SPEC } from './ru';
import { buildTaxonomy, floorToSecond, makeStory, MINUTE, WINDOW, type EditionSpec } from './shared';

/** Each edition's own (untranslated) published stories, besides its translations. */
export const OWN_STORIES: Readonly<Record<string, number>> = { ru: 115, ar: 74 };
const DRAFTS = 2;

function editionStream(opts: NewsroomOptions, spec: EditionSpec, salt: number, linked: SeedArticle[]): SeedEdition {
  const built = buildTaxonomy(spec);
  const nowMs = opts.now.getTime();
  const n = OWN_STORIES[spec.code] ?? 0;
  const step = WINDOW / n;
  const seen = new Set(linked.map((a) => a.title));
  const own: SeedArticle[] = [];
  const weights = spec.sections.map((s) => s.weight);
  for (let i = 0; i < n + DRAFTS; i++) {
    const r = createRandom(mixSeed(opts.seed, salt, i));
    const draft = i >= n;
    // The first story within the last two hours, the rest in their own slice of the 30-day window.
    let offset = step * (i + r.float(0.05, 0.95));
    if (i === 0) offset = r.float(5, 110) * MINUTE;
    const section =
      spec.sections[
        r.weighted(
          spec.sections.map((_, k) => k),
          weights,
        )
      ];
    const story = makeStory(r, spec, built, section, opts.imageCount, seen);
    const publishedAt = draft ? null : floorToSecond(nowMs - offset);
    let updatedAt = publishedAt;
    if (publishedAt && r.chance(0.15)) {
      updatedAt = floorToSecond(Math.min(nowMs, publishedAt.getTime() + r.int(20, 360) * MINUTE));
    }
    let featured: 0 | 1 | 2 = 0;
    if (!draft && r.chance(1 / 25)) featured = 1;
    own.push({
      ...story,
      slug: '',
      status: draft ? 'draft' : 'published',
      featured,
      publishedAt,
      updatedAt: draft ? null : updatedAt,
    });
  }
  const published = [...own.filter((a) => a.status === 'published'), ...linked].sort(
    (a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime(),
  );
  // The newest story leads the front page; the newest translated one is the second lead, so the
  // language switcher has a story to switch on the first screen.
  published[0].featured = 2;
  const firstLinked = published.find((a) => a.translationKey);
  if (firstLinked) firstLinked.featured = 2;
  const articles = [...published, ...own.filter((a) => a.status === 'draft')];
  // Article slugs need not be unique (URLs carry the id), but they are unique here anyway: titles are.
  for (const a of articles) if (!a.slug) a.slug = slugify(a.title);
  return { edition: spec.code, sections: built.sections, tags: built.tags, authors: built.authors, articles };
}

export function generateEditions(opts: NewsroomOptions): { english: SeedArticle[]; editions: SeedEdition[] } {
  const events = linkedEvents(opts.seed, opts.now, opts.imageCount);
  const taxonomy = (spec: EditionSpec): LinkedTaxonomy => {
    const built = buildTaxonomy(spec);
    return { section: built.sectionSlug, tag: built.tagSlug, author: built.authorSlug };
  };
  const ruTax = taxonomy(RU_SPEC);
  const arTax = taxonomy(AR_SPEC);
  const english = events.map((e) => renderLinked(e, 'en', opts.now, null, opts.seed));
  // The newest English original is a secondary lead in the English edition.
  if (english.length > 0) english[0].featured = 1;
  const ru = events.map((e) => renderLinked(e, 'ru', opts.now, ruTax, opts.seed));
  const ar = events.filter((e) => e.arabic).map((e) => renderLinked(e, 'ar', opts.now, arTax, opts.seed));
  return {
    english,
    editions: [editionStream(opts, RU_SPEC, 0x2c, ru), editionStream(opts, AR_SPEC, 0xa2, ar)],
  };
}
