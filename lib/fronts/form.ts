/**
 * The front editor's form, shared by the server action and the browser: the editor's working
 * state (strings, as typed), reading it from a posted form, the structural operations of its
 * buttons (move, add, remove) and turning it into a layout for lib/fronts/layout.ts to check.
 * Without JavaScript every button posts the whole form and the server applies the operation;
 * with it, the same `applyOp` runs in the browser. No database here: it runs in both places.
 */
import type { ContainerStyle, CropRatio, FrontLayoutJson } from '@/db/types';
import { CONTAINER_STYLES, CROP_RATIOS, MAX_CONTAINERS, MAX_SLOTS, STYLE_LABELS } from './limits';

export interface EditorSlot {
  uid: string;
  kind: 'pinned' | 'auto';
  /** Pinned: the story's id. */
  articleId: string;
  /** Automatic: the section's id, '' for any section. */
  sectionId: string;
  /** Pinned until, as a `datetime-local` value in UTC ('' for no end). */
  until: string;
  headline: string;
  standfirst: string;
  /** '' for the picture as it is. */
  cropRatio: string;
  focusX: string;
  focusY: string;
}

export interface EditorContainer {
  uid: string;
  id: string;
  style: ContainerStyle;
  title: string;
  href: string;
  slots: EditorSlot[];
}

/** What the editor shows of a pinned story. */
export interface StoryThumb {
  id: number;
  title: string;
  section: string;
  publishedAt: string;
  /** A small picture's URL, or null. */
  thumbnail: string | null;
  published: boolean;
}

let uidCounter = 0;
export const newUid = (prefix = 'u') => `${prefix}${Date.now().toString(36)}${(uidCounter++).toString(36)}`;

/** A `datetime-local` value (UTC) from an ISO time. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 16);
}

export function editorFromLayout(layout: FrontLayoutJson): EditorContainer[] {
  return layout.containers.map((c, i) => ({
    uid: `c${i}-${c.id}`,
    id: c.id,
    style: c.style,
    title: c.title,
    href: c.href,
    slots: c.slots.map((s, j) =>
      s.kind === 'pinned'
        ? {
            ...emptySlot(`c${i}s${j}`),
            kind: 'pinned',
            articleId: String(s.articleId),
            until: toLocalInput(s.until),
            headline: s.headline ?? '',
            standfirst: s.standfirst ?? '',
            cropRatio: s.crop?.ratio ?? '',
            focusX: s.crop ? String(s.crop.focusX) : '50',
            focusY: s.crop ? String(s.crop.focusY) : '50',
          }
        : { ...emptySlot(`c${i}s${j}`), sectionId: s.sectionId === null ? '' : String(s.sectionId) },
    ),
  }));
}

export function emptySlot(uid = newUid('s')): EditorSlot {
  return {
    uid,
    kind: 'auto',
    articleId: '',
    sectionId: '',
    until: '',
    headline: '',
    standfirst: '',
    cropRatio: '',
    focusX: '50',
    focusY: '50',
  };
}

/** The form's field name of a container's or slot's field. */
export const fieldName = (i: number, field: string, j?: number) =>
  j === undefined ? `c${i}.${field}` : `c${i}.s${j}.${field}`;

const SLOT_FIELDS = [
  'kind',
  'articleId',
  'sectionId',
  'until',
  'headline',
  'standfirst',
  'cropRatio',
  'focusX',
  'focusY',
] as const;

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};
const count = (form: FormData, name: string, max: number) => {
  const n = Number(text(form, name));
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : 0;
};

/** The editor's state from a posted form (counts are capped, so a forged form cannot ask for much). */
export function readEditorForm(form: FormData): EditorContainer[] {
  const containers: EditorContainer[] = [];
  const n = count(form, 'containers', MAX_CONTAINERS + 1);
  for (let i = 0; i < n; i++) {
    const style = text(form, fieldName(i, 'style')) as ContainerStyle;
    if (!CONTAINER_STYLES.includes(style)) continue;
    const slots: EditorSlot[] = [];
    const m = count(form, fieldName(i, 'slots'), 9);
    for (let j = 0; j < m; j++) {
      const slot = emptySlot(text(form, fieldName(i, 'uid', j)) || newUid('s'));
      for (const f of SLOT_FIELDS) if (f !== 'kind') slot[f] = text(form, fieldName(i, f, j));
      slot.kind = text(form, fieldName(i, 'kind', j)) === 'pinned' ? 'pinned' : 'auto';
      slots.push(slot);
    }
    containers.push({
      uid: text(form, fieldName(i, 'uid')) || newUid('c'),
      id: text(form, fieldName(i, 'id')),
      style,
      title: text(form, fieldName(i, 'title')),
      href: text(form, fieldName(i, 'href')),
      slots,
    });
  }
  return containers;
}

/**
 * The layout the editor describes, for checkLayout; fields that are not even numbers or dates
 * come back as messages under the form's field names.
 */
export function layoutFromEditor(containers: EditorContainer[]): { layout: unknown; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const layout = {
    containers: containers.map((c, i) => ({
      id: c.id,
      style: c.style,
      title: c.title,
      href: c.href,
      slots: c.slots.map((s, j) => {
        if (s.kind === 'auto') {
          const sectionId = s.sectionId === '' ? null : Number(s.sectionId);
          if (sectionId !== null && !(Number.isInteger(sectionId) && sectionId > 0))
            errors[fieldName(i, 'sectionId', j)] = 'Choose a section from the list.';
          return { kind: 'auto', sectionId };
        }
        const until = s.until.trim() ? parseUtcInput(s.until) : null;
        if (until === undefined) errors[fieldName(i, 'until', j)] = 'Not a valid date and time.';
        let crop = null;
        if (s.cropRatio) {
          const focusX = toPercent(s.focusX);
          const focusY = toPercent(s.focusY);
          if (focusX === null) errors[fieldName(i, 'focusX', j)] = 'A whole number from 0 to 100.';
          if (focusY === null) errors[fieldName(i, 'focusY', j)] = 'A whole number from 0 to 100.';
          crop = { ratio: s.cropRatio as CropRatio, focusX: focusX ?? 50, focusY: focusY ?? 50 };
        }
        return {
          kind: 'pinned',
          articleId: Number(s.articleId),
          until: until ?? null,
          headline: s.headline,
          standfirst: s.standfirst,
          crop,
        };
      }),
    })),
  };
  return { layout, errors };
}

function toPercent(raw: string): number | null {
  const t = raw.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= 100 ? n : null;
}

/** A `datetime-local` value read as UTC; undefined when it is not a date. */
export function parseUtcInput(raw: string): string | undefined {
  const t = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(t)) return undefined;
  const d = new Date(`${t}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * The messages of checkLayout under the editor's field names (a crop's `crop.ratio` is the
 * `cropRatio` select; a container's `slots` message shows above its slots).
 */
export function editorErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const name = key.replace(/\.crop\.ratio$/, '.cropRatio').replace(/\.crop\.(focusX|focusY)$/, '.$1');
    out[name] ??= message;
  }
  return out;
}

/** The buttons' operations (the `op` value of the button that sent the form). */
export type EditorOp =
  | { op: 'slot-up' | 'slot-down' | 'slot-remove'; i: number; j: number }
  | { op: 'slot-add'; i: number }
  | { op: 'pin'; i: number; articleId: number }
  | { op: 'search'; i: number }
  | { op: 'container-up' | 'container-down' | 'container-remove'; i: number }
  | { op: 'container-add'; style: ContainerStyle }
  | { op: 'draft' | 'publish' | 'discard' | 'refresh' };

export function parseOp(raw: string, form?: FormData): EditorOp {
  const [name, a, b] = raw.split(':');
  const i = Number(a);
  const j = Number(b);
  const ok = (x: number) => Number.isInteger(x) && x >= 0;
  switch (name) {
    case 'slot-up':
    case 'slot-down':
    case 'slot-remove':
      return ok(i) && ok(j) ? { op: name, i, j } : { op: 'refresh' };
    case 'slot-add':
    case 'search':
    case 'container-up':
    case 'container-down':
    case 'container-remove':
      return ok(i) ? { op: name, i } : { op: 'refresh' };
    case 'pin':
      return ok(i) && j > 0 ? { op: 'pin', i, articleId: j } : { op: 'refresh' };
    case 'container-add': {
      const style = (form ? text(form, 'newStyle') : a) as ContainerStyle;
      return CONTAINER_STYLES.includes(style) ? { op: 'container-add', style } : { op: 'refresh' };
    }
    case 'draft':
    case 'publish':
    case 'discard':
      return { op: name };
    default:
      return { op: 'refresh' };
  }
}

const swap = <T>(list: T[], a: number, b: number): T[] => {
  if (a < 0 || b < 0 || a >= list.length || b >= list.length) return list;
  const out = [...list];
  [out[a], out[b]] = [out[b], out[a]];
  return out;
};

/** Moves slot (i, j) to container k at position l (drag and drop); refused past a container's limit. */
export function moveSlot(
  containers: EditorContainer[],
  from: { i: number; j: number },
  to: { i: number; j: number },
): { containers: EditorContainer[]; message?: string } {
  const source = containers[from.i];
  const target = containers[to.i];
  const slot = source?.slots[from.j];
  if (!slot || !target) return { containers };
  if (from.i !== to.i && target.slots.length >= MAX_SLOTS[target.style])
    return {
      containers,
      message: `${target.title || STYLE_LABELS[target.style]} holds at most ${MAX_SLOTS[target.style]}.`,
    };
  const next = containers.map((c) => ({ ...c, slots: [...c.slots] }));
  next[from.i].slots.splice(from.j, 1);
  const at = Math.max(0, Math.min(to.j, next[to.i].slots.length));
  next[to.i].slots.splice(at, 0, slot);
  return { containers: next };
}

/** A container id not yet used on the front. */
function freshId(containers: EditorContainer[], style: ContainerStyle): string {
  const taken = new Set(containers.map((c) => c.id));
  for (let n = 1; ; n++) {
    const id = n === 1 && style !== 'row' ? style : `${style}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Applies a structural operation. `message` explains a refusal (a full container, …); the
 * focus hint names the slot or container to focus afterwards (the browser keeps it in view).
 */
export function applyOp(
  containers: EditorContainer[],
  op: EditorOp,
): { containers: EditorContainer[]; message?: string; focus?: string } {
  const withSlots = (i: number, slots: EditorSlot[]) => containers.map((c, k) => (k === i ? { ...c, slots } : c));
  switch (op.op) {
    case 'slot-up':
    case 'slot-down': {
      const c = containers[op.i];
      if (!c) return { containers };
      const to = op.op === 'slot-up' ? op.j - 1 : op.j + 1;
      if (to < 0 || to >= c.slots.length) return { containers, focus: c.slots[op.j]?.uid };
      return { containers: withSlots(op.i, swap(c.slots, op.j, to)), focus: c.slots[op.j].uid };
    }
    case 'slot-remove': {
      const c = containers[op.i];
      if (!c) return { containers };
      return {
        containers: withSlots(
          op.i,
          c.slots.filter((_, j) => j !== op.j),
        ),
        focus: c.uid,
      };
    }
    case 'slot-add':
    case 'pin': {
      const c = containers[op.i];
      if (!c) return { containers };
      if (c.slots.length >= MAX_SLOTS[c.style])
        return {
          containers,
          message:
            MAX_SLOTS[c.style] === 0
              ? `${STYLE_LABELS[c.style]} is filled from the reading counts: it has no slots.`
              : `${c.title || STYLE_LABELS[c.style]} holds at most ${MAX_SLOTS[c.style]} stories: remove one first.`,
        };
      const slot = emptySlot();
      if (op.op === 'pin') {
        slot.kind = 'pinned';
        slot.articleId = String(op.articleId);
      }
      return { containers: withSlots(op.i, [...c.slots, slot]), focus: slot.uid };
    }
    case 'container-up':
    case 'container-down': {
      const to = op.op === 'container-up' ? op.i - 1 : op.i + 1;
      return { containers: swap(containers, op.i, to), focus: containers[op.i]?.uid };
    }
    case 'container-remove':
      return { containers: containers.filter((_, k) => k !== op.i) };
    case 'container-add': {
      if (containers.length >= MAX_CONTAINERS)
        return { containers, message: `A front holds at most ${MAX_CONTAINERS} blocks.` };
      const c: EditorContainer = {
        uid: newUid('c'),
        id: freshId(containers, op.style),
        style: op.style,
        title: STYLE_LABELS[op.style],
        href: '',
        slots: op.style === 'most-read' ? [] : [emptySlot()],
      };
      return { containers: [...containers, c], focus: c.uid };
    }
    default:
      return { containers };
  }
}

export { CROP_RATIOS, CONTAINER_STYLES, MAX_SLOTS, STYLE_LABELS };
