/**
 * The article body's content model: a list of typed blocks, validated at the boundary
 * (on every write, and again on read so a bad row can never break a page).
 * Rendering is a map from block type to component (components/article/blocks).
 */
import { z } from 'zod';

// No compiled validators: zod probes `new Function` to compile them, and in the newsroom's editor
// (which counts words through these schemas) the site's CSP reports that probe as a violation even
// though zod catches it. Validation is a save's or a render's microseconds either way.
z.config({ jitless: true });

/** Hrefs staff may put in a body: web links, mail links and site-relative paths. Never `javascript:`. */
export function isSafeHref(href: string): boolean {
  // Browsers read `\` as `/` and drop tabs and newlines, so such hrefs are never "relative".
  if (/[\\\u0000-\u001f\u007f]/.test(href)) return false;
  if (href.startsWith('/')) {
    if (href.startsWith('//')) return false;
    try {
      return new URL(href, 'https://site.invalid').origin === 'https://site.invalid';
    } catch {
      return false;
    }
  }
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().trim().min(1).max(max);

export const inlineSchema = z.object({
  text: z.string().min(1).max(5000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z.string().max(2000).refine(isSafeHref, 'Links must be http(s), mailto or site-relative').optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

const inlines = z.array(inlineSchema).min(1).max(200);

/** Embeds render only for these providers, recognised by host. */
export const EMBED_PROVIDERS = {
  youtube: { name: 'YouTube', hosts: ['youtube.com', 'www.youtube.com', 'youtu.be', 'm.youtube.com'] },
  x: { name: 'X', hosts: ['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com'] },
  telegram: { name: 'Telegram', hosts: ['t.me'] },
  vk: { name: 'VK', hosts: ['vk.com', 'vkvideo.ru'] },
  rutube: { name: 'Rutube', hosts: ['rutube.ru'] },
} as const;
export type EmbedProvider = keyof typeof EMBED_PROVIDERS;

export function embedProviderFor(url: string): EmbedProvider | null {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [key, provider] of Object.entries(EMBED_PROVIDERS)) {
    if ((provider.hosts as readonly string[]).includes(host)) return key as EmbedProvider;
  }
  return null;
}

export const paragraphBlock = z.object({ type: z.literal('paragraph'), content: inlines });
export const headingBlock = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  text: text(300),
});
export const quoteBlock = z.object({
  type: z.literal('quote'),
  text: text(2000),
  attribution: z.string().trim().max(300).optional(),
});
export const imageBlock = z.object({
  type: z.literal('image'),
  mediaId: z.number().int().positive(),
  /** Overrides for this use of the image; the media library's values are used when absent. */
  alt: z.string().trim().max(500).optional(),
  caption: z.string().trim().max(1000).optional(),
  credit: z.string().trim().max(300).optional(),
});
export const listBlock = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(inlines).min(1).max(100),
});
export const embedBlock = z
  .object({
    type: z.literal('embed'),
    provider: z.enum(Object.keys(EMBED_PROVIDERS) as [EmbedProvider, ...EmbedProvider[]]),
    url: z.string().url().max(2000),
    title: z.string().trim().max(300).optional(),
  })
  .refine((b) => embedProviderFor(b.url) === b.provider, {
    message: 'Embed URL is not on the allow-list for its provider',
    path: ['url'],
  });

/** A video from the media library, played on the page (its poster, renditions and captions come with the item). */
export const videoBlock = z.object({
  type: z.literal('video'),
  mediaId: z.number().int().positive(),
  caption: z.string().trim().max(1000).optional(),
});
/** An audio item: music, radio, a podcast episode; its transcript is shown below the player. */
export const audioBlock = z.object({
  type: z.literal('audio'),
  mediaId: z.number().int().positive(),
  caption: z.string().trim().max(1000).optional(),
});
export const galleryItemSchema = z.object({
  mediaId: z.number().int().positive(),
  alt: z.string().trim().max(500).optional(),
  caption: z.string().trim().max(1000).optional(),
  credit: z.string().trim().max(300).optional(),
});
/** Several pictures in order, each with its caption and credit (also the shape of a hero gallery). */
export const galleryBlock = z.object({
  type: z.literal('gallery'),
  title: z.string().trim().max(300).optional(),
  items: z.array(galleryItemSchema).min(2).max(60),
});
/** A document readers download (PDF, office files…): its name, type and size are shown with the link. */
export const fileBlock = z.object({
  type: z.literal('file'),
  mediaId: z.number().int().positive(),
  title: z.string().trim().max(300).optional(),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlock,
  headingBlock,
  quoteBlock,
  imageBlock,
  listBlock,
  embedBlock,
  videoBlock,
  audioBlock,
  galleryBlock,
  fileBlock,
]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

export const bodySchema = z.array(blockSchema).max(500);

/** Validates a whole body for writing: every problem is reported, nothing is dropped. */
export function validateBody(input: unknown): { ok: true; body: Block[] } | { ok: false; errors: string[] } {
  const parsed = bodySchema.safeParse(input);
  if (parsed.success) return { ok: true, body: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
  };
}

/**
 * Reads a stored body for rendering: blocks that fail validation (or have an unknown type)
 * are dropped and reported through `onInvalid`, so one bad block never takes a page down.
 */
export function readBody(stored: unknown, onInvalid: (index: number, reason: string) => void = () => {}): Block[] {
  if (!Array.isArray(stored)) {
    onInvalid(-1, 'body is not an array');
    return [];
  }
  const blocks: Block[] = [];
  stored.forEach((raw, index) => {
    const parsed = blockSchema.safeParse(raw);
    if (parsed.success) blocks.push(parsed.data);
    else onInvalid(index, parsed.error.issues[0]?.message ?? 'invalid block');
  });
  return blocks;
}

/** Picture ids referenced by image and gallery blocks, for loading them alongside the article. */
export function mediaIdsOf(blocks: Block[]): number[] {
  return [
    ...new Set(
      blocks.flatMap((b) =>
        b.type === 'image' ? [b.mediaId] : b.type === 'gallery' ? b.items.map((i) => i.mediaId) : [],
      ),
    ),
  ];
}

/** Video, audio and file ids referenced by the body, for loading them alongside the article. */
export function avIdsOf(blocks: Block[]): number[] {
  return [
    ...new Set(
      blocks.flatMap((b) => (b.type === 'video' || b.type === 'audio' || b.type === 'file' ? [b.mediaId] : [])),
    ),
  ];
}

/** Plain text of a body (for word counts, descriptions and, later, the search index). */
export function plainText(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return b.content.map((i) => i.text).join('');
        case 'heading':
        case 'quote':
          return b.text;
        case 'list':
          return b.items.map((item) => item.map((i) => i.text).join('')).join('\n');
        case 'image':
          return b.caption ?? '';
        case 'embed':
        case 'file':
          return b.title ?? '';
        case 'video':
        case 'audio':
          return b.caption ?? '';
        case 'gallery':
          return [b.title, ...b.items.map((i) => i.caption)].filter(Boolean).join('\n');
      }
    })
    .filter(Boolean)
    .join('\n\n');
}
