'use client';
// Runs in the browser to move slots by keyboard and drag, and to find stories as you type; without JavaScript every button posts the form and the server applies it.
import {
  useActionState,
  useEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { EditorState } from '@/lib/fronts/editor';
import {
  applyOp,
  CONTAINER_STYLES,
  CROP_RATIOS,
  fieldName,
  MAX_SLOTS,
  moveSlot,
  parseOp,
  STYLE_LABELS,
  type EditorContainer,
  type EditorSlot,
  type StoryThumb,
} from '@/lib/fronts/form';
import { HEADLINE_MAX, STANDFIRST_MAX, TITLE_MAX } from '@/lib/fronts/limits';
import { BUTTON_CLASS, FieldError, INPUT_CLASS, TEXTAREA_CLASS } from './FormParts';

type Section = { id: number; name: string };

const SMALL_BUTTON = 'min-h-11 min-w-11 rounded border border-line px-2 text-sm font-semibold';

/** The editor of one front: its blocks in order, each with its slots; the whole thing is one form. */
export function FrontEditor({
  action,
  initial,
  frontKey,
  sections,
}: {
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  initial: EditorState;
  frontKey: string;
  sections: Section[];
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  // A new answer from the server re-mounts the form with what it sent.
  return (
    <EditorForm
      key={state.seq}
      state={state}
      formAction={formAction}
      pending={pending}
      frontKey={frontKey}
      sections={sections}
    />
  );
}

function EditorForm({
  state,
  formAction,
  pending,
  frontKey,
  sections,
}: {
  state: EditorState;
  formAction: (form: FormData) => void;
  pending: boolean;
  frontKey: string;
  sections: Section[];
}) {
  const [containers, setContainers] = useState(state.containers);
  const [stories, setStories] = useState(state.stories);
  const [notice, setNotice] = useState(state.message);
  const [announce, setAnnounce] = useState('');
  const [newStyle, setNewStyle] = useState<string>('row');
  const focusRef = useRef<string | undefined>(state.focus);
  const dragFrom = useRef<{ i: number; j: number } | null>(null);

  // After a move, the moved slot keeps the focus (its buttons are re-rendered at the new place).
  useEffect(() => {
    const uid = focusRef.current;
    focusRef.current = undefined;
    if (uid) document.querySelector<HTMLElement>(`[data-uid="${CSS.escape(uid)}"]`)?.focus();
  }, [containers]);

  const run = (raw: string, e?: MouseEvent) => {
    e?.preventDefault();
    const op = parseOp(raw.startsWith('container-add') ? `container-add:${newStyle}` : raw);
    const result = applyOp(containers, op);
    focusRef.current = result.focus;
    setContainers(result.containers);
    if (result.message) setNotice(result.message);
    if (op.op === 'slot-up' || op.op === 'slot-down') {
      const c = result.containers[op.i];
      const at = c?.slots.findIndex((s) => s.uid === result.focus) ?? -1;
      if (at >= 0)
        setAnnounce(`Moved to position ${at + 1} of ${c.slots.length} in ${c.title || STYLE_LABELS[c.style]}.`);
    }
  };

  const update = (i: number, change: Partial<EditorContainer>) =>
    setContainers((cs) => cs.map((c, k) => (k === i ? { ...c, ...change } : c)));
  const updateSlot = (i: number, j: number, change: Partial<EditorSlot>) =>
    setContainers((cs) =>
      cs.map((c, k) => (k === i ? { ...c, slots: c.slots.map((s, l) => (l === j ? { ...s, ...change } : s)) } : c)),
    );

  const pin = (i: number, story: StoryThumb, e: MouseEvent) => {
    setStories((all) => ({ ...all, [String(story.id)]: story }));
    run(`pin:${i}:${story.id}`, e);
  };

  const onSlotKey = (i: number, j: number) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    const el = e.target as HTMLElement;
    if (el !== e.currentTarget && el.tagName !== 'BUTTON') return;
    e.preventDefault();
    run(`${e.key === 'ArrowUp' ? 'slot-up' : 'slot-down'}:${i}:${j}`);
  };

  const onDrop = (i: number, j: number) => (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const from = dragFrom.current;
    dragFrom.current = null;
    if (!from) return;
    const result = moveSlot(containers, from, { i, j });
    if (result.message) setNotice(result.message);
    const moved = containers[from.i]?.slots[from.j];
    focusRef.current = moved?.uid;
    setContainers(result.containers);
    if (moved && !result.message)
      setAnnounce(`Moved to position ${Math.min(j, result.containers[i].slots.length - 1) + 1}.`);
  };

  const errors = state.errors;
  const status = state.status;
  return (
    <form action={formAction} className="front-editor mt-4 flex flex-col gap-6" aria-label="Arrange this front">
      {/* Enter in a text field submits with the first button: this one only re-renders. */}
      <button type="submit" name="op" value="refresh" className="sr-only" tabIndex={-1} aria-hidden="true">
        Refresh
      </button>
      <input type="hidden" name="key" value={frontKey} />
      <input type="hidden" name="version" value={state.version} />
      <input type="hidden" name="hasDraft" value={state.hasDraft ? '1' : '0'} />
      <input type="hidden" name="containers" value={containers.length} />
      {notice ? (
        <p
          role={status === 'invalid' || status === 'conflict' ? 'alert' : 'status'}
          className={`rounded border p-3 font-semibold ${status === 'conflict' || status === 'invalid' ? 'border-link text-link' : 'border-line'}`}
        >
          {notice}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
      <p className="text-sm text-muted-fg">
        Move a story with its Up and Down buttons, with Alt+Arrow Up or Down on a focused story, or by dragging its
        handle. Times are UTC.
      </p>

      <ol className="flex flex-col gap-6">
        {containers.map((c, i) => (
          <li key={c.uid}>
            <fieldset
              className="front-editor-block rounded border border-line p-4"
              data-uid={c.uid}
              tabIndex={-1}
              aria-describedby={errors[fieldName(i, 'slots')] ? `${c.uid}-slots-error` : undefined}
            >
              <legend className="px-1 text-lg font-bold">
                {i + 1}. {STYLE_LABELS[c.style]}
                {c.title && c.style !== 'lead' ? `: ${c.title}` : ''}
              </legend>
              <input type="hidden" name={fieldName(i, 'uid')} value={c.uid} />
              <input type="hidden" name={fieldName(i, 'id')} value={c.id} />
              <input type="hidden" name={fieldName(i, 'style')} value={c.style} />
              <input type="hidden" name={fieldName(i, 'slots')} value={c.slots.length} />
              <FieldError id={`${c.uid}-id-error`} message={errors[fieldName(i, 'id')]} />
              <div className="flex flex-wrap items-end gap-3">
                <TextField
                  id={`${c.uid}-title`}
                  name={fieldName(i, 'title')}
                  label={c.style === 'lead' ? 'Title (for screen readers)' : 'Title'}
                  value={c.title}
                  maxLength={TITLE_MAX}
                  error={errors[fieldName(i, 'title')]}
                  onChange={(title) => update(i, { title })}
                />
                <TextField
                  id={`${c.uid}-href`}
                  name={fieldName(i, 'href')}
                  label="Title links to (optional)"
                  value={c.href}
                  maxLength={200}
                  placeholder="/sport"
                  error={errors[fieldName(i, 'href')]}
                  onChange={(href) => update(i, { href })}
                />
                <div className="flex flex-wrap gap-2">
                  <OpButton
                    value={`container-up:${i}`}
                    run={run}
                    disabled={i === 0}
                    label={`Move block up: ${c.title || STYLE_LABELS[c.style]}`}
                  >
                    Move block up
                  </OpButton>
                  <OpButton
                    value={`container-down:${i}`}
                    run={run}
                    disabled={i === containers.length - 1}
                    label={`Move block down: ${c.title || STYLE_LABELS[c.style]}`}
                  >
                    Move block down
                  </OpButton>
                  <OpButton
                    value={`container-remove:${i}`}
                    run={run}
                    label={`Remove block: ${c.title || STYLE_LABELS[c.style]}`}
                  >
                    Remove block
                  </OpButton>
                </div>
              </div>
              <FieldError id={`${c.uid}-slots-error`} message={errors[fieldName(i, 'slots')]} />
              {c.style === 'most-read' ? (
                <p className="mt-3 text-sm text-muted-fg">
                  Filled with the most-read stories of the last 24 hours (
                  {frontKey === 'home' ? 'the whole site' : 'this section'}).
                </p>
              ) : (
                <>
                  <ol
                    className="front-editor-slots mt-3 flex flex-col gap-3"
                    aria-label={`Stories in ${c.title || STYLE_LABELS[c.style]}`}
                    onDragOver={(e) => e.preventDefault()}
                    onDrop={onDrop(i, c.slots.length)}
                  >
                    {c.slots.map((s, j) => (
                      <SlotItem
                        key={s.uid}
                        slot={s}
                        i={i}
                        j={j}
                        count={c.slots.length}
                        story={stories[s.articleId]}
                        sections={sections}
                        errors={errors}
                        run={run}
                        onChange={(change) => updateSlot(i, j, change)}
                        onKeyDown={onSlotKey(i, j)}
                        onDragStart={() => (dragFrom.current = { i, j })}
                        onDrop={onDrop(i, j)}
                      />
                    ))}
                  </ol>
                  {c.slots.length < MAX_SLOTS[c.style] ? (
                    <div className="mt-3 flex flex-col gap-3">
                      <OpButton
                        value={`slot-add:${i}`}
                        run={run}
                        label={`Add a “latest from” slot to ${c.title || STYLE_LABELS[c.style]}`}
                      >
                        Add a “latest from” slot
                      </OpButton>
                      <StoryPicker
                        i={i}
                        uid={c.uid}
                        initialQuery={state.search?.i === i ? state.search.query : ''}
                        initialItems={state.search?.i === i ? state.search.items : []}
                        onPin={pin}
                        blockName={c.title || STYLE_LABELS[c.style]}
                      />
                    </div>
                  ) : null}
                </>
              )}
            </fieldset>
          </li>
        ))}
      </ol>

      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="front-new-style" className="font-semibold">
            New block
          </label>
          <select
            id="front-new-style"
            name="newStyle"
            value={newStyle}
            onChange={(e) => setNewStyle(e.target.value)}
            className={INPUT_CLASS}
          >
            {CONTAINER_STYLES.map((style) => (
              <option key={style} value={style}>
                {STYLE_LABELS[style]}
              </option>
            ))}
          </select>
        </div>
        <OpButton value="container-add" run={run}>
          Add block
        </OpButton>
      </div>

      <div className="flex flex-wrap gap-3 border-t border-line pt-4">
        <button type="submit" name="op" value="draft" disabled={pending} className={BUTTON_CLASS}>
          Save draft &amp; preview
        </button>
        <button
          type="submit"
          name="op"
          value="publish"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-6 font-semibold text-brand-fg"
        >
          {pending ? 'Working…' : 'Publish'}
        </button>
        {state.hasDraft ? (
          <button type="submit" name="op" value="discard" disabled={pending} className={BUTTON_CLASS}>
            Discard draft
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A button that posts the form with its operation, or (with JavaScript) applies it in place. */
function OpButton({
  value,
  run,
  disabled,
  label,
  children,
}: {
  value: string;
  run: (raw: string, e: MouseEvent) => void;
  disabled?: boolean;
  /** The button's full name when its text alone is ambiguous ("Up: story 2"); it starts with the text. */
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <button
      type="submit"
      name="op"
      value={value}
      aria-label={label}
      disabled={disabled}
      onClick={(e) => run(value, e)}
      className={SMALL_BUTTON}
    >
      {children}
    </button>
  );
}

function TextField({
  id,
  name,
  label,
  value,
  maxLength,
  placeholder,
  error,
  onChange,
  multiline = false,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  maxLength: number;
  placeholder?: string;
  error?: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}) {
  const common = {
    id,
    name,
    value,
    maxLength: maxLength + 50,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} className={TEXTAREA_CLASS} />
      ) : (
        <input
          {...common}
          type="text"
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          className={INPUT_CLASS}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function SlotItem({
  slot,
  i,
  j,
  count,
  story,
  sections,
  errors,
  run,
  onChange,
  onKeyDown,
  onDragStart,
  onDrop,
}: {
  slot: EditorSlot;
  i: number;
  j: number;
  count: number;
  story: StoryThumb | undefined;
  sections: Section[];
  errors: Record<string, string>;
  run: (raw: string, e: MouseEvent) => void;
  onChange: (change: Partial<EditorSlot>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLLIElement>) => void;
  onDragStart: () => void;
  onDrop: (e: DragEvent) => void;
}) {
  const [over, setOver] = useState(false);
  const id = (f: string) => `${slot.uid}-${f}`;
  const err = (f: string) => errors[fieldName(i, f, j)];
  const label =
    slot.kind === 'pinned'
      ? `Story ${j + 1} of ${count}: ${slot.headline || story?.title || `story ${slot.articleId}`}`
      : `Story ${j + 1} of ${count}: latest from ${sections.find((s) => String(s.id) === slot.sectionId)?.name ?? 'any section'}`;
  return (
    <li
      data-uid={slot.uid}
      tabIndex={0}
      aria-label={label}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        onDrop(e);
      }}
      className={`front-editor-slot rounded border p-3 ${over ? 'border-brand' : 'border-line'}`}
    >
      <input type="hidden" name={fieldName(i, 'uid', j)} value={slot.uid} />
      <input type="hidden" name={fieldName(i, 'kind', j)} value={slot.kind} />
      <div className="flex flex-wrap items-start gap-3">
        <span
          draggable
          onDragStart={(e) => {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', `${i}:${j}`);
            onDragStart();
          }}
          className="front-editor-handle"
          title="Drag to move"
          aria-hidden="true"
        >
          ⠿
        </span>
        <span className="font-bold">{j + 1}.</span>
        {slot.kind === 'pinned' ? (
          <div className="flex min-w-0 flex-1 items-start gap-3">
            <input type="hidden" name={fieldName(i, 'articleId', j)} value={slot.articleId} />
            <Thumb story={story} />
            <div className="min-w-0">
              <p className="text-xs font-semibold uppercase text-muted-fg">
                Pinned{story ? ` · ${story.section}` : ''}
              </p>
              <p className="font-semibold">{story?.title ?? `Story ${slot.articleId}`}</p>
              {story && !story.published ? <p className="text-sm text-link">Not published: it will not show.</p> : null}
              <FieldError id={id('articleId-error')} message={err('articleId')} />
            </div>
          </div>
        ) : (
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor={id('section')} className="text-sm font-semibold">
              Latest from
            </label>
            <select
              id={id('section')}
              name={fieldName(i, 'sectionId', j)}
              value={slot.sectionId}
              onChange={(e) => onChange({ sectionId: e.target.value })}
              className={INPUT_CLASS}
            >
              <option value="">Any section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldError id={id('section-error')} message={err('sectionId')} />
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          <OpButton value={`slot-up:${i}:${j}`} run={run} disabled={j === 0} label={`Up: story ${j + 1}`}>
            Up
          </OpButton>
          <OpButton value={`slot-down:${i}:${j}`} run={run} disabled={j === count - 1} label={`Down: story ${j + 1}`}>
            Down
          </OpButton>
          <OpButton value={`slot-remove:${i}:${j}`} run={run} label={`Remove: story ${j + 1}`}>
            Remove
          </OpButton>
        </div>
      </div>
      {slot.kind === 'pinned' ? (
        <details
          className="mt-2"
          open={Boolean(
            slot.headline ||
            slot.standfirst ||
            slot.until ||
            slot.cropRatio ||
            Object.keys(errors).some((k) => k.startsWith(`c${i}.s${j}.`)),
          )}
        >
          <summary className="min-h-11 cursor-pointer py-2 font-semibold">Overrides and pin end</summary>
          <div className="mt-2 flex flex-col gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor={id('until')} className="text-sm font-semibold">
                Pinned until (UTC, optional)
              </label>
              <input
                id={id('until')}
                name={fieldName(i, 'until', j)}
                type="datetime-local"
                value={slot.until}
                onChange={(e) => onChange({ until: e.target.value })}
                aria-invalid={err('until') ? true : undefined}
                aria-describedby={err('until') ? `${id('until')}-error` : undefined}
                className={`${INPUT_CLASS} self-start`}
              />
              <FieldError id={`${id('until')}-error`} message={err('until')} />
            </div>
            <TextField
              id={id('headline')}
              name={fieldName(i, 'headline', j)}
              label={`Headline on this front (optional, at most ${HEADLINE_MAX} characters)`}
              value={slot.headline}
              maxLength={HEADLINE_MAX}
              error={err('headline')}
              onChange={(headline) => onChange({ headline })}
            />
            <TextField
              id={id('standfirst')}
              name={fieldName(i, 'standfirst', j)}
              label={`Standfirst on this front (optional, at most ${STANDFIRST_MAX} characters)`}
              value={slot.standfirst}
              maxLength={STANDFIRST_MAX}
              error={err('standfirst')}
              onChange={(standfirst) => onChange({ standfirst })}
              multiline
            />
            <div className="flex flex-wrap items-end gap-3">
              <div className="flex flex-col gap-1">
                <label htmlFor={id('crop')} className="text-sm font-semibold">
                  Picture crop
                </label>
                <select
                  id={id('crop')}
                  name={fieldName(i, 'cropRatio', j)}
                  value={slot.cropRatio}
                  onChange={(e) => onChange({ cropRatio: e.target.value })}
                  aria-invalid={err('cropRatio') ? true : undefined}
                  className={INPUT_CLASS}
                >
                  <option value="">As the card shows it</option>
                  {CROP_RATIOS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id('crop')}-error`} message={err('cropRatio')} />
              </div>
              <NumberField
                id={id('fx')}
                name={fieldName(i, 'focusX', j)}
                label="Focus across (0–100 %)"
                value={slot.focusX}
                error={err('focusX')}
                onChange={(focusX) => onChange({ focusX })}
              />
              <NumberField
                id={id('fy')}
                name={fieldName(i, 'focusY', j)}
                label="Focus down (0–100 %)"
                value={slot.focusY}
                error={err('focusY')}
                onChange={(focusY) => onChange({ focusY })}
              />
            </div>
          </div>
        </details>
      ) : null}
    </li>
  );
}

function NumberField({
  id,
  name,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="number"
        min={0}
        max={100}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`${INPUT_CLASS} w-28`}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function Thumb({ story }: { story: StoryThumb | undefined }) {
  return story?.thumbnail ? (
    // eslint-disable-next-line @next/next/no-img-element -- a fixed small variant; next/image is not used on this site
    <img src={story.thumbnail} alt="" width={80} height={45} className="front-editor-thumb" />
  ) : (
    <span className="front-editor-thumb" aria-hidden="true" />
  );
}

/**
 * Find a story to pin: a search field with a "Find" button that posts the form (the results come
 * back as buttons that pin); with JavaScript, results appear as you type, from the newsroom's
 * story search (GET /api/newsroom/front-stories).
 */
function StoryPicker({
  i,
  uid,
  initialQuery,
  initialItems,
  onPin,
  blockName,
}: {
  i: number;
  uid: string;
  initialQuery: string;
  initialItems: StoryThumb[];
  onPin: (i: number, story: StoryThumb, e: MouseEvent) => void;
  blockName: string;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [items, setItems] = useState(initialItems);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);

  const search = async (q: string) => {
    const ticket = ++latest.current;
    if (q.trim().length < 2) {
      setItems([]);
      setMessage('');
      return;
    }
    try {
      const res = await fetch(`/api/newsroom/front-stories?q=${encodeURIComponent(q.trim())}`, {
        headers: { Accept: 'application/json' },
      });
      if (ticket !== latest.current) return;
      if (!res.ok) {
        setMessage(res.status === 401 ? 'Your session has ended: sign in again.' : 'The search did not answer.');
        return;
      }
      const found = ((await res.json()) as { items: StoryThumb[] }).items;
      setItems(found);
      setMessage(`${found.length} ${found.length === 1 ? 'story' : 'stories'} found.`);
    } catch {
      if (ticket === latest.current) setMessage('The search did not answer.');
    }
  };

  const onInput = (q: string) => {
    setQuery(q);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(q), 200);
  };

  const inputId = `${uid}-q`;
  return (
    <div className="front-picker flex flex-col gap-2" role="search" aria-label={`Find a story to pin in ${blockName}`}>
      <label htmlFor={inputId} className="text-sm font-semibold">
        Pin a story: search headlines
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          name={`c${i}.q`}
          type="search"
          value={query}
          onChange={(e) => onInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search(query);
            }
          }}
          autoComplete="off"
          maxLength={200}
          aria-describedby={`${inputId}-status`}
          className={`${INPUT_CLASS} min-w-0 flex-1`}
        />
        <button
          type="submit"
          name="op"
          value={`search:${i}`}
          onClick={(e) => {
            e.preventDefault();
            void search(query);
          }}
          className={SMALL_BUTTON}
        >
          Find
        </button>
      </div>
      <p id={`${inputId}-status`} aria-live="polite" className="text-sm text-muted-fg">
        {message}
      </p>
      {items.length ? (
        <ul className="front-picker-results flex flex-col gap-1">
          {items.map((story) => (
            <li key={story.id}>
              <button
                type="submit"
                name="op"
                value={`pin:${i}:${story.id}`}
                onClick={(e) => {
                  onPin(i, story, e);
                  setItems([]);
                  setQuery('');
                  setMessage(`Pinned “${story.title}”.`);
                }}
                className="flex min-h-11 w-full items-center gap-3 rounded border border-line p-2 text-left"
              >
                <Thumb story={story} />
                <span>
                  <span className="block font-semibold">{story.title}</span>
                  <span className="block text-sm text-muted-fg">
                    {story.section} ·{' '}
                    <time dateTime={story.publishedAt}>{story.publishedAt.slice(0, 16).replace('T', ' ')}</time>
                  </span>
                </span>
                <span className="sr-only"> — pin it here</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
