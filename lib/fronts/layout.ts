/**
 * The arrangement of a front (db/types FrontLayoutJson), checked at the boundary: what the
 * newsroom's form or a stored row holds is validated here before it is saved or resolved.
 * Error paths are flattened to the form's field names (`c0.title`, `c1.s2.headline`), so the
 * editor can show each message next to its field.
 */
import { z } from 'zod';
import type { FrontLayoutJson } from '@/db/types';
import {
  CONTAINER_STYLES,
  CROP_RATIOS,
  HEADLINE_MAX,
  MAX_CONTAINERS,
  MAX_SLOTS,
  STANDFIRST_MAX,
  STYLE_LABELS,
  TITLE_MAX,
} from './limits';

const cropSchema = z.object({
  ratio: z.enum(CROP_RATIOS, { message: 'Choose a crop ratio from the list.' }),
  focusX: z.number().int().min(0, 'Focus is 0–100.').max(100, 'Focus is 0–100.'),
  focusY: z.number().int().min(0, 'Focus is 0–100.').max(100, 'Focus is 0–100.'),
});

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'Not a valid date and time.');

const pinnedSchema = z.object({
  kind: z.literal('pinned'),
  articleId: z.number().int().positive('Choose a story.'),
  until: isoDate.nullish(),
  headline: z.string().trim().max(HEADLINE_MAX, `At most ${HEADLINE_MAX} characters.`).optional(),
  standfirst: z.string().trim().max(STANDFIRST_MAX, `At most ${STANDFIRST_MAX} characters.`).optional(),
  crop: cropSchema.nullish(),
});

const autoSchema = z.object({
  kind: z.literal('auto'),
  sectionId: z.number().int().positive().nullable(),
});

const slotSchema = z.discriminatedUnion('kind', [pinnedSchema, autoSchema]);

const containerSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Lowercase letters, digits and dashes, at most 40.'),
    style: z.enum(CONTAINER_STYLES, { message: 'Choose a style from the list.' }),
    title: z.string().trim().max(TITLE_MAX, `At most ${TITLE_MAX} characters.`),
    href: z
      .string()
      .trim()
      .max(200, 'At most 200 characters.')
      .refine(
        (h) => h === '' || (/^\/[^/\\]/.test(h) && !/\s/.test(h)) || h === '/',
        'A path on this site, like /sport.',
      ),
    slots: z.array(slotSchema),
  })
  .superRefine((c, ctx) => {
    const max = MAX_SLOTS[c.style];
    if (c.slots.length > max)
      ctx.addIssue({
        code: 'custom',
        path: ['slots'],
        message: max === 0 ? `${STYLE_LABELS[c.style]} has no slots.` : `At most ${max} stories here.`,
      });
    if (c.style !== 'lead' && c.style !== 'most-read' && c.title === '')
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'Give this block a title.' });
  });

const layoutSchema = z
  .object({ containers: z.array(containerSchema).max(MAX_CONTAINERS, `At most ${MAX_CONTAINERS} blocks.`) })
  .superRefine((layout, ctx) => {
    const ids = new Set<string>();
    const pinned = new Map<number, string>();
    layout.containers.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['containers', i, 'id'], message: 'Two blocks share this id.' });
      ids.add(c.id);
      c.slots.forEach((s, j) => {
        if (s.kind !== 'pinned') return;
        if (pinned.has(s.articleId))
          ctx.addIssue({
            code: 'custom',
            path: ['containers', i, 'slots', j, 'articleId'],
            message: 'This story is already pinned elsewhere on this front.',
          });
        pinned.set(s.articleId, `${i}.${j}`);
      });
    });
  });

export type LayoutErrors = Record<string, string>;

export type LayoutCheck = { ok: true; layout: FrontLayoutJson } | { ok: false; errors: LayoutErrors };

/** `containers.1.slots.2.headline` → the form's field name `c1.s2.headline`. */
export function fieldNameOf(path: PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    if (p === 'containers' && typeof path[i + 1] === 'number') parts.push(`c${path[++i] as number}`);
    else if (p === 'slots' && typeof path[i + 1] === 'number') parts.push(`s${path[++i] as number}`);
    else parts.push(String(p));
  }
  return parts.join('.') || 'layout';
}

/** Drops empty overrides so the stored JSON says only what the editor chose. */
function tidy(layout: FrontLayoutJson): FrontLayoutJson {
  return {
    containers: layout.containers.map((c) => ({
      ...c,
      slots: c.slots.map((s) => {
        if (s.kind === 'auto') return { kind: 'auto', sectionId: s.sectionId };
        return {
          kind: 'pinned',
          articleId: s.articleId,
          ...(s.until ? { until: new Date(s.until).toISOString() } : {}),
          ...(s.headline ? { headline: s.headline } : {}),
          ...(s.standfirst ? { standfirst: s.standfirst } : {}),
          ...(s.crop ? { crop: s.crop } : {}),
        };
      }),
    })),
  };
}

/**
 * Validates a layout about to be saved: shapes and limits, and every `until` in the future
 * (a pin that has already expired is a mistake, not an instruction).
 */
export function checkLayout(input: unknown, now = new Date()): LayoutCheck {
  const parsed = layoutSchema.safeParse(input);
  const errors: LayoutErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[fieldNameOf(issue.path)] ??= issue.message;
    return { ok: false, errors };
  }
  const layout = tidy(parsed.data as FrontLayoutJson);
  layout.containers.forEach((c, i) =>
    c.slots.forEach((s, j) => {
      if (s.kind === 'pinned' && s.until && Date.parse(s.until) <= now.getTime())
        errors[`c${i}.s${j}.until`] = 'Pinned until must be in the future.';
    }),
  );
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, layout };
}

/**
 * A stored layout as the resolver may use it (past `until`s are fine here: the resolver turns
 * them into automatic slots). A row that does not parse gives null, and the front falls back to
 * its automatic default rather than failing the page.
 */
export function readStoredLayout(stored: unknown): FrontLayoutJson | null {
  const parsed = layoutSchema.safeParse(stored);
  return parsed.success ? tidy(parsed.data as FrontLayoutJson) : null;
}

/** The story ids pinned anywhere on a layout, in order. */
export function pinnedIds(layout: FrontLayoutJson): number[] {
  return layout.containers.flatMap((c) => c.slots.flatMap((s) => (s.kind === 'pinned' ? [s.articleId] : [])));
}

/** Every future `until` of a layout (when the scheduler must expire the front). */
export function futureUntils(layout: FrontLayoutJson, now = new Date()): Date[] {
  const out = new Set<number>();
  for (const c of layout.containers)
    for (const s of c.slots)
      if (s.kind === 'pinned' && s.until) {
        const t = Date.parse(s.until);
        if (t > now.getTime()) out.add(t);
      }
  return [...out].sort((a, b) => a - b).map((t) => new Date(t));
}
