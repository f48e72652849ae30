/**
 * What the Russian and Arabic demo newsrooms share: a template grammar in the edition's own
 * language (slots are filled once per story, so headline, lede and body agree), the body builder
 * (paragraphs, a quote, sometimes a heading, a list, a picture, a video) and the dates. Each
 * language writes its own word forms into the slots (Russian cases, Arabic prepositions), so the
 * filler never inflects anything itself.
 */
import type { Block, Inline } from '@/lib/content/blocks';
import { slugify } from '@/lib/urls';
import { picturesFor } from '../content';
import { imageTheme } from '../images';
import { capitalize, fillTemplate, type Random } from '../random';
import type { SeedArticle, SeedAuthor, SeedSection, SeedTag } from '../types';

export type Pool = readonly string[] | ((r: Random) => string);
export type Pools = Record<string, Pool>;
/** A place's word forms, keyed by slot name (`city`, `vCity`, `country`…). */
export type Place = Readonly<Record<string, string>>;

export interface Grammar {
  places: readonly Place[];
  /** [headline template, lede template] */
  headlines: readonly (readonly [string, string])[];
  sentences: readonly string[];
  quotes: readonly string[];
  headings: readonly string[];
  listItems: readonly string[];
  roles: readonly string[];
  pools: Pools;
  /** Slot values that must be chosen together (two different teams), set when a story starts. */
  setup?: (r: Random) => Place;
}

export interface SectionSpec {
  name: string;
  description: string;
  /** The English section whose picture themes suit this one (content.ts picturesFor). */
  pictures: string;
  weight: number;
  /** Indexes into the edition's authors. */
  authors: readonly number[];
  /** Tag names (of this edition) the section's stories usually carry. */
  tags: readonly string[];
  grammar: Grammar;
}

export interface EditionSpec {
  code: string;
  sections: readonly SectionSpec[];
  tags: readonly { name: string; description: string }[];
  authors: readonly { name: string; jobTitle: string; bio: string }[];
  /** Second countries for `{country2}`-style slots: every key gets a `2` suffix. */
  others: readonly Place[];
  commonPools: Pools;
  commonSentences: readonly string[];
  /** An invented person: the name and whether the words about her take the feminine. */
  person: (r: Random) => { name: string; female: boolean };
  /** Between a quote's speaker and her role: ', ' or the Arabic '، '. */
  comma: string;
  /** What each picture theme (db/seed/images.ts) shows, in the edition's language. */
  captions: Readonly<Record<string, string>>;
  /** "(file picture)." in the language, appended to a caption in place of its full stop. */
  fileNote: string;
  /** "Video: " in the language. */
  videoPrefix: string;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The editions' stories span the last 30 days. */
export const WINDOW = 30 * DAY;

export const floorToSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

/** A story's caption for picture `index` in the edition's language: what the picture shows. */
export function captionFor(spec: Pick<EditionSpec, 'captions' | 'fileNote'>, index: number): string {
  const key = imageTheme(index).key;
  return `${(spec.captions[key] ?? spec.captions.skyline).replace(/\.$/, '')} ${spec.fileNote}`;
}

/** A picture that suits the English section `pictures` (its themes), or null without pictures. */
export function pickPicture(r: Random, pictures: string, imageCount: number): number | null {
  if (imageCount <= 0) return null;
  const pool = picturesFor(pictures, imageCount);
  return pool[r.int(0, pool.length - 1)];
}

const YT_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export function youtubeUrl(r: Random): string {
  let id = '';
  for (let i = 0; i < 11; i++) id += YT_CHARS[r.int(0, YT_CHARS.length - 1)];
  return `https://www.youtube.com/watch?v=${id}`;
}

const LINK_BASES = ['https://example.org/reports', 'https://example.com/news', 'https://data.example.net'];

/** One sentence of a paragraph as a link, italic or bold run (two or three words), like content.ts. */
function withRun(r: Random, prefix: string, sentence: string, suffix: string, where: string): Inline[] {
  const words = sentence.split(' ');
  if (words.length < 6) return [{ text: prefix + sentence + suffix }];
  const len = r.int(2, 3);
  const start = r.int(1, words.length - 1 - len);
  let span = words.slice(start, start + len).join(' ');
  let after = words.slice(start + len).join(' ');
  const trailing = /[,;:.!?»"،؛؟]+$/.exec(span);
  if (trailing) {
    span = span.slice(0, -trailing[0].length);
    after = trailing[0] + ' ' + after;
  } else after = ' ' + after;
  // A run that would split a «…» quotation is left plain.
  if (/[«»]/.test(span)) return [{ text: prefix + sentence + suffix }];
  const kind = r.weighted(['link', 'italic', 'bold'] as const, [6, 2.5, 1.5]);
  const run: Inline =
    kind === 'link'
      ? { text: span, href: `${r.pick(LINK_BASES)}/${where}/${slugify(span) || 'report'}` }
      : kind === 'italic'
        ? { text: span, italic: true }
        : { text: span, bold: true };
  return [{ text: prefix + words.slice(0, start).join(' ') + ' ' }, run, { text: after + suffix }].filter(
    (i) => i.text.length > 0,
  );
}

/** Sentences as a paragraph, sometimes with one run of links or emphasis. */
export function paragraphOf(r: Random, sentences: readonly string[], where: string): Block {
  if (sentences.length === 0 || !r.chance(0.4)) return { type: 'paragraph', content: [{ text: sentences.join(' ') }] };
  const k = r.int(0, sentences.length - 1);
  const prefix = sentences
    .slice(0, k)
    .map((s) => s + ' ')
    .join('');
  const suffix = sentences
    .slice(k + 1)
    .map((s) => ' ' + s)
    .join('');
  return { type: 'paragraph', content: withRun(r, prefix, sentences[k], suffix, where) };
}

/** Per-story slot values: chosen once and reused, so headline, lede and body agree. */
class Ctx {
  readonly values = new Map<string, string>();
  constructor(
    readonly r: Random,
    readonly g: Grammar,
    readonly spec: EditionSpec,
  ) {
    const place = r.pick(g.places);
    for (const [k, v] of Object.entries(place)) this.values.set(k, v);
    const firstName = Object.values(place)[0];
    let other = r.pick(spec.others);
    for (let guard = 0; Object.values(other)[0] === firstName && guard < 10; guard++) other = r.pick(spec.others);
    for (const [k, v] of Object.entries(other)) this.values.set(`${k}2`, v);
    for (const [k, v] of Object.entries(g.setup?.(r) ?? {})) this.values.set(k, v);
  }

  get(key: string, fresh = false): string {
    if (!fresh) {
      const existing = this.values.get(key);
      if (existing !== undefined) return existing;
    }
    const pool = this.g.pools[key] ?? this.spec.commonPools[key];
    let value: string;
    if (pool === undefined) throw new Error(`seed editions: no pool for {${key}}`);
    else if (typeof pool === 'function') value = pool(this.r);
    else value = this.r.pick(pool);
    if (value.includes('{')) value = this.fill(value);
    if (!fresh) this.values.set(key, value);
    return value;
  }

  /** `{key}` → value, `{Key}` → capitalised value, `{~key}` → a fresh value each time. */
  fill(template: string): string {
    return fillTemplate(template, (key, fresh) => this.get(key, fresh));
  }
}

export interface Built {
  sections: SeedSection[];
  tags: SeedTag[];
  authors: SeedAuthor[];
  /** Section, tag and author slugs by their names / indexes, for the linked stories. */
  sectionSlug: (name: string) => string;
  tagSlug: (name: string) => string;
  authorSlug: (index: number) => string;
}

/** Slugs unique within the edition (a `-2` suffix on the rare clash). */
function uniqueSlugs(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    const base = slugify(name) || 'x';
    let slug = base;
    for (let j = 2; seen.has(slug); j++) slug = `${base}-${j}`;
    seen.add(slug);
    return slug;
  });
}

export function buildTaxonomy(spec: EditionSpec): Built {
  const sectionSlugs = uniqueSlugs(spec.sections.map((s) => s.name));
  const tagSlugs = uniqueSlugs(spec.tags.map((t) => t.name));
  const authorSlugs = uniqueSlugs(spec.authors.map((a) => a.name));
  const lookup = (names: readonly string[], slugs: string[], what: string) => (name: string) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`seed ${spec.code}: unknown ${what} ${name}`);
    return slugs[i];
  };
  return {
    sections: spec.sections.map((s, position) => ({
      slug: sectionSlugs[position],
      name: s.name,
      description: s.description,
      position,
    })),
    tags: spec.tags.map((t, i) => ({ slug: tagSlugs[i], name: t.name, description: t.description })),
    authors: spec.authors.map((a, i) => ({ slug: authorSlugs[i], ...a })),
    sectionSlug: lookup(
      spec.sections.map((s) => s.name),
      sectionSlugs,
      'section',
    ),
    tagSlug: lookup(
      spec.tags.map((t) => t.name),
      tagSlugs,
      'tag',
    ),
    authorSlug: (i) => authorSlugs[i],
  };
}

export type StoryDraft = Omit<SeedArticle, 'slug' | 'status' | 'featured' | 'publishedAt' | 'updatedAt'>;

/** One unlinked story from section `s`'s grammar; `seen` holds headlines already used. */
export function makeStory(
  r: Random,
  spec: EditionSpec,
  built: Built,
  s: SectionSpec,
  imageCount: number,
  seen: Set<string>,
): StoryDraft {
  const g = s.grammar;
  let ctx = new Ctx(r, g, spec);
  let title = '';
  let lede = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    if (attempt > 0) ctx = new Ctx(r, g, spec);
    const [t, l] = r.pick(g.headlines);
    const candidate = capitalize(ctx.fill(t));
    if (candidate.length > 110) continue;
    title = candidate;
    lede = ctx.fill(l);
    if (!seen.has(title)) break;
  }
  if (!title) throw new Error(`seed ${spec.code}: no headline fits in ${s.name}`);
  seen.add(title);
  const sectionSlug = built.sectionSlug(s.name);
  if (r.chance(0.3)) lede += ' ' + ctx.fill(r.pick(g.sentences));

  const pool = g.sentences.concat(spec.commonSentences);
  let order = r.shuffle(pool);
  let cursor = 0;
  const nextSentence = () => {
    if (cursor >= order.length) {
      order = r.shuffle(pool);
      cursor = 0;
    }
    return ctx.fill(order[cursor++]);
  };
  // Short enough that a story rarely repeats a sentence from its (small) pool.
  const total = r.chance(0.7) ? r.int(5, 7) : r.int(7, 9);
  const extras: Block[] = [];
  if (r.chance(0.75)) {
    const who = spec.person(r);
    // A role may say `[masculine|feminine]` where the language marks the speaker's gender.
    const role = ctx
      .fill(r.pick(g.roles))
      .replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_m, m: string, f: string) => (who.female ? f : m));
    extras.push({ type: 'quote', text: ctx.fill(r.pick(g.quotes)), attribution: `${who.name}${spec.comma}${role}` });
  }
  const bodyPicture = r.chance(0.25) ? pickPicture(r, s.pictures, imageCount) : null;
  if (bodyPicture !== null) {
    extras.push({ type: 'image', mediaId: bodyPicture + 1, caption: captionFor(spec, bodyPicture) });
  }
  if (r.chance(0.2)) {
    const items = r.sample(g.listItems, r.int(3, Math.min(5, g.listItems.length)));
    extras.push({ type: 'list', ordered: false, items: items.map((it) => [{ text: ctx.fill(it) }]) });
  }
  if (r.chance(0.08)) {
    extras.push({
      type: 'embed',
      provider: 'youtube',
      url: youtubeUrl(r),
      title: `${spec.videoPrefix}${title}`.slice(0, 300),
    });
  }
  const hasHeading = r.chance(0.3);
  const paragraphs = Math.max(3, total - extras.length - (hasHeading ? 1 : 0));
  const body: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const n = r.int(2, 3);
    body.push(paragraphOf(r, Array.from({ length: n }, nextSentence), sectionSlug));
  }
  for (const extra of r.shuffle(extras)) body.splice(r.int(1, body.length), 0, extra);
  if (hasHeading) {
    body.splice(r.int(2, Math.max(2, body.length - 1)), 0, {
      type: 'heading',
      level: 2,
      text: ctx.fill(r.pick(g.headings)),
    });
  }

  const heroImage = r.chance(0.92) ? pickPicture(r, s.pictures, imageCount) : null;
  const tagCount = r.weighted([1, 2, 3], [3, 5, 2]);
  const tags = new Set<string>();
  for (let guard = 0; tags.size < tagCount && guard < 20; guard++) {
    tags.add(built.tagSlug(r.chance(0.85) ? r.pick(s.tags) : r.pick(spec.tags).name));
  }
  const authors = [built.authorSlug(r.pick(s.authors))];
  if (r.chance(0.12)) {
    const other = built.authorSlug(r.int(0, spec.authors.length - 1));
    if (other !== authors[0]) authors.push(other);
  }
  return {
    sectionSlug,
    title,
    lede,
    body,
    heroImage,
    heroCaption: heroImage === null ? '' : captionFor(spec, heroImage),
    tagSlugs: [...tags],
    authorSlugs: authors,
  };
}

/** Russian plural: 1 день, 2 дня, 5 дней (also 21 день, 111 дней). */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}
