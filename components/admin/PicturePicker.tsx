'use client';
// Runs in the browser because the picker is a modal dialog that searches, pages and uploads without leaving the editor, and its focal-point setter follows the pointer and the keyboard; without JavaScript the editor's media id field does the same job.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import type { FocalPoint } from '@/lib/focal';
import type { FocalState, PickerAnswer, PickerItem } from '@/lib/newsroom/media';
import { FocalPointSetter } from './FocalPointSetter';
import { BUTTON_CLASS, INPUT_CLASS } from './FormParts';

type Search = (form: FormData) => Promise<PickerAnswer>;
type SetFocal = (state: FocalState, form: FormData) => Promise<FocalState>;

/** The server actions the picker calls (app/admin/media/actions.ts), handed down by the editor's page. */
export interface PickerActions {
  search: Search;
  setFocal: SetFocal;
  canUpload: boolean;
}

const PRIMARY = 'min-h-11 rounded bg-brand px-5 font-semibold text-brand-fg';

/**
 * "Choose from the library": a dialog with a searchable, paged grid of the pictures (thumbnail and
 * alt text; Tab between them, Enter or a click chooses), an upload form that uses the library's own
 * upload route, and, once a picture is chosen, its focal point with the crops it gives. "Use this
 * picture" saves the point (when this person may move it) and hands the picture to the editor.
 */
export function PicturePicker({
  search,
  setFocal,
  currentId,
  canUpload,
  onChoose,
}: {
  search: Search;
  setFocal: SetFocal;
  /** The hero field's id as typed, so the dialog opens on that picture's focal point. */
  currentId: string;
  canUpload: boolean;
  onChoose: (item: PickerItem) => void;
}) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={`${BUTTON_CLASS} self-start`}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Choose from the library…
      </button>
      {open
        ? createPortal(
            <PickerDialog
              search={search}
              setFocal={setFocal}
              currentId={currentId}
              canUpload={canUpload}
              // After the dialog has closed (Close, Escape, or a picture chosen): while a modal dialog
              // is open the rest of the page is inert and cannot take the focus.
              onClose={() => {
                setOpen(false);
                trigger.current?.focus();
              }}
              onChoose={onChoose}
            />,
            document.body,
          )
        : null}
    </>
  );
}

function PickerDialog({
  search,
  setFocal,
  currentId,
  canUpload,
  onClose,
  onChoose,
}: {
  search: Search;
  setFocal: SetFocal;
  currentId: string;
  canUpload: boolean;
  onClose: () => void;
  onChoose: (item: PickerItem) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<{ query: string; page: number; items: PickerItem[]; hasMore: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState<PickerItem | null>(null);

  const load = useCallback(
    async (q: string, n: number): Promise<PickerItem[] | null> => {
      setLoading(true);
      setMessage(null);
      const form = new FormData();
      form.set('q', q);
      form.set('page', String(n));
      try {
        const answer = await search(form);
        if (!answer.ok) {
          setMessage(answer.message);
          return null;
        }
        setPage(answer);
        return answer.items;
      } catch {
        setMessage('The pictures could not be loaded: check the connection and search again.');
        return null;
      } finally {
        setLoading(false);
      }
    },
    [search],
  );

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    // Opens on the grid, or on the focal point of the picture the field already names.
    const id = /^[1-9][0-9]{0,14}$/.exec(currentId.trim());
    void (async () => {
      if (id) {
        const found = await load(`#${id[0]}`, 1);
        const item = found?.find((p) => String(p.id) === id[0]);
        if (item) {
          setChosen(item);
          return;
        }
      }
      await load('', 1);
    })();
  }, [currentId, load]);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChosen(null);
    void load(query, 1);
  };

  return (
    // The dialog sits outside the editor's <form> in the page (a portal) but inside it in React's
    // tree: its typing and submits must not reach the editor (its "unsaved changes" and autosave).
    <dialog
      ref={dialog}
      className="picker-dialog"
      aria-labelledby="picker-title"
      onClose={onClose}
      onChange={(e) => e.stopPropagation()}
      onInput={(e) => e.stopPropagation()}
      onSubmit={(e) => e.stopPropagation()}
    >
      <div className="picker-head">
        <h2 id="picker-title" className="text-xl font-bold">
          {chosen ? 'Focal point' : 'Choose a picture'}
        </h2>
        <button type="button" className={BUTTON_CLASS} onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {chosen ? (
        <FocalStep
          item={chosen}
          setFocal={setFocal}
          onBack={() => {
            setChosen(null);
            if (!page || page.query.startsWith('#')) void load(query, 1);
          }}
          onUse={(item) => {
            onChoose(item);
            dialog.current?.close();
          }}
        />
      ) : (
        <>
          <form role="search" className="picker-search" onSubmit={onSearch}>
            <label htmlFor="picker-q" className="font-semibold">
              Search by alt text, caption, credit, file name or #id
            </label>
            <div className="flex gap-2">
              <input
                id="picker-q"
                type="search"
                name="q"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                className={`${INPUT_CLASS} min-w-0 flex-1`}
                autoComplete="off"
              />
              <button type="submit" className={PRIMARY}>
                Search
              </button>
            </div>
          </form>
          <p role="status" className="mt-2 min-h-6 text-sm text-muted-fg">
            {message ??
              (loading
                ? 'Loading…'
                : page
                  ? page.items.length
                    ? `Page ${page.page}${page.query ? ` for “${page.query}”` : ''}: choose a picture.`
                    : page.query
                      ? `No picture matches “${page.query}”.`
                      : 'The library has no pictures yet.'
                  : '')}
          </p>
          {page?.items.length ? (
            <ul className="picker-grid" aria-label="Pictures">
              {page.items.map((item) => (
                <li key={item.id}>
                  <button type="button" className="picker-option" onClick={() => setChosen(item)}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- our own small variant */}
                    <img
                      src={item.thumb}
                      alt=""
                      width={item.width}
                      height={item.height}
                      loading="lazy"
                      className="picker-thumb"
                    />
                    <span className="picker-alt">
                      <span className="font-semibold">#{item.id}</span> {item.alt}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {page && (page.page > 1 || page.hasMore) ? (
            <nav aria-label="Pages of pictures" className="mt-3 flex gap-2">
              <button
                type="button"
                className={BUTTON_CLASS}
                disabled={page.page <= 1 || loading}
                onClick={() => void load(page.query, page.page - 1)}
              >
                Previous page
              </button>
              <button
                type="button"
                className={BUTTON_CLASS}
                disabled={!page.hasMore || loading}
                onClick={() => void load(page.query, page.page + 1)}
              >
                Next page
              </button>
            </nav>
          ) : null}
          {canUpload ? (
            <Upload
              onUploaded={async (id) => {
                const found = await load(`#${id}`, 1);
                const item = found?.find((p) => p.id === id);
                if (item) setChosen(item);
              }}
            />
          ) : null}
        </>
      )}
    </dialog>
  );
}

/** The chosen picture: its focal point, then "Use this picture". */
function FocalStep({
  item,
  setFocal,
  onBack,
  onUse,
}: {
  item: PickerItem;
  setFocal: SetFocal;
  onBack: () => void;
  onUse: (item: PickerItem) => void;
}) {
  const [focal, setFocalPoint] = useState<FocalPoint>(item.focal);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const moved = focal.x !== item.focal.x || focal.y !== item.focal.y;
  const use = async () => {
    if (!moved) return onUse(item);
    setSaving(true);
    setMessage(null);
    const form = new FormData();
    form.set('id', String(item.id));
    form.set('focalX', String(Math.round(focal.x * 1000) / 10));
    form.set('focalY', String(Math.round(focal.y * 1000) / 10));
    try {
      const state = await setFocal({ status: 'idle' }, form);
      if (state.status === 'saved') onUse({ ...item, focal: state.focal });
      else setMessage('message' in state ? state.message : 'The focal point was not saved.');
    } catch {
      setMessage('The focal point was not saved: check the connection and try again.');
    } finally {
      setSaving(false);
    }
  };
  return (
    <div className="mt-3">
      <p className="mb-2">
        <span className="font-semibold">#{item.id}</span> {item.alt}
      </p>
      {item.editable ? (
        <FocalPointSetter
          idPrefix="picker-focal"
          src={item.large}
          alt={item.alt}
          width={item.width}
          height={item.height}
          value={focal}
          onChange={setFocalPoint}
        />
      ) : (
        <>
          {/* eslint-disable-next-line @next/next/no-img-element -- our own variant */}
          <img src={item.large} alt={item.alt} width={item.width} height={item.height} className="h-auto w-full" />
          <p className="mt-2 text-sm text-muted-fg">
            Someone else uploaded this picture: an editor can move its focal point.
          </p>
        </>
      )}
      {message ? (
        <p role="alert" className="mt-2 rounded border border-line p-3 font-semibold">
          {message}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className={PRIMARY} disabled={saving} onClick={() => void use()}>
          {saving ? 'Saving…' : moved ? 'Save the focal point and use this picture' : 'Use this picture'}
        </button>
        <button type="button" className={BUTTON_CLASS} onClick={onBack}>
          Back to the pictures
        </button>
      </div>
    </div>
  );
}

/** Uploads through the library's route (POST /admin/media/upload, JSON answers), then opens the new picture. */
function Upload({ onUploaded }: { onUploaded: (id: number) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setMessage(null);
    setErrors({});
    try {
      const response = await fetch('/admin/media/upload', {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
      });
      const answer = (await response.json()) as {
        ok: boolean;
        id?: number;
        message?: string;
        fieldErrors?: Record<string, string>;
      };
      if (answer.ok && answer.id) {
        form.reset();
        await onUploaded(answer.id);
      } else {
        setMessage(answer.message ?? 'The picture was not uploaded.');
        setErrors(answer.fieldErrors ?? {});
      }
    } catch {
      setMessage('The picture was not uploaded: check the connection and try again.');
    } finally {
      setBusy(false);
    }
  };
  const described = (name: string) => (errors[name] ? `picker-${name}-error` : undefined);
  return (
    <details className="picker-upload mt-4">
      <summary className="cursor-pointer font-semibold">Upload a new picture</summary>
      <form className="mt-3 flex flex-col gap-3" onSubmit={(e) => void submit(e)} encType="multipart/form-data">
        {message ? (
          <p role="alert" className="rounded border border-line p-3 font-semibold">
            {message}
          </p>
        ) : null}
        {(
          [
            ['file', 'Picture (JPEG, PNG, WebP or AVIF)'],
            ['alt', 'Alt text (required)'],
            ['caption', 'Caption'],
            ['credit', 'Credit'],
          ] as const
        ).map(([name, label]) => (
          <div key={name} className="flex flex-col gap-1">
            <label htmlFor={`picker-${name}`} className="font-semibold">
              {label}
            </label>
            <input
              id={`picker-${name}`}
              name={name}
              type={name === 'file' ? 'file' : 'text'}
              accept={name === 'file' ? 'image/jpeg,image/png,image/webp,image/avif' : undefined}
              required={name === 'file' || name === 'alt'}
              maxLength={name === 'alt' ? 300 : name === 'caption' ? 500 : name === 'credit' ? 200 : undefined}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={described(name)}
              className={name === 'file' ? '' : INPUT_CLASS}
            />
            {errors[name] ? (
              <p id={`picker-${name}-error`} className="text-sm font-semibold text-link">
                {errors[name]}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className={`${PRIMARY} self-start`} disabled={busy}>
          {busy ? 'Uploading…' : 'Upload and choose'}
        </button>
      </form>
    </details>
  );
}
