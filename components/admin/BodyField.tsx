/**
 * The article editor's body field. Its Markdown textarea is the form's `body`: the whole field
 * without JavaScript, and the "Markdown" mode with it. Once JavaScript runs, the "Rich text" mode
 * (RichBodyEditor, loaded only here) shows over it and writes every change into it as Markdown, so
 * the save, the autosave and the counters read one field whichever mode is on. The mode last chosen
 * is remembered in this browser. A part of the editor's client component (ArticleEditor), so no
 * 'use client' of its own.
 */
import dynamic from 'next/dynamic';
import { useCallback, useState, useSyncExternalStore, type ReactNode } from 'react';
import { markdownToBlocks } from '@/lib/content/markdown/parse';
import { FieldError, TEXTAREA_CLASS } from './FormParts';

const RichBodyEditor = dynamic(() => import('./RichBodyEditor').then((m) => m.RichBodyEditor), { ssr: false });

type Mode = 'rich' | 'markdown';
/** localStorage key of the mode last chosen (rich text unless Markdown was chosen). */
export const BODY_MODE_KEY = 'newsroom.body-editor';

function storedMode(): string | null {
  try {
    return localStorage.getItem(BODY_MODE_KEY);
  } catch {
    return null;
  }
}
const onStorage = (changed: () => void) => {
  window.addEventListener('storage', changed);
  return () => window.removeEventListener('storage', changed);
};

const TOGGLE =
  'min-h-11 px-3 text-sm font-semibold first:rounded-s last:rounded-e aria-pressed:bg-fg aria-pressed:text-page';

export function BodyField({
  value,
  scripted,
  error,
  markdownHint,
  control,
}: {
  value: string;
  /** JavaScript runs (the server's render, and a browser without it, has only the textarea). */
  scripted: boolean;
  error: string | undefined;
  markdownHint: ReactNode;
  /** The textarea's id, name and aria attributes (FormParts controlsOf). */
  control: Record<string, unknown>;
}) {
  const stored = useSyncExternalStore(onStorage, storedMode, () => null);
  // Markdown with mistakes opens as Markdown: shown as rich text, what cannot be read would be lost.
  const [openedClean] = useState(() => markdownToBlocks(value).errors.length === 0);
  const [chosen, setChosen] = useState<Mode | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [area, setArea] = useState<HTMLTextAreaElement | null>(null);
  const mode: Mode = !scripted ? 'markdown' : (chosen ?? (stored === 'markdown' || !openedClean ? 'markdown' : 'rich'));
  const rich = mode === 'rich' && ready;

  const choose = (next: Mode) => {
    setRefusal(null);
    if (next === 'rich' && area) {
      const { errors } = markdownToBlocks(area.value);
      if (errors.length) {
        setRefusal(`Correct the Markdown first, then switch: ${errors.slice(0, 3).join(' ')}`);
        return;
      }
    }
    if (next === 'markdown') setReady(false);
    setChosen(next);
    try {
      localStorage.setItem(BODY_MODE_KEY, next);
    } catch {
      // Not remembered (storage off): the choice holds for this page.
    }
  };
  const onReady = useCallback(() => setReady(true), []);
  const onRefused = useCallback((errors: string[]) => {
    setReady(false);
    setChosen('markdown');
    setRefusal(`The Markdown has mistakes, so it opens as Markdown: ${errors.slice(0, 3).join(' ')}`);
  }, []);

  const describedBy = ['f-body-hint', 'f-body-count', error ? 'f-body-error' : ''].filter(Boolean).join(' ');
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label id="f-body-label" htmlFor="f-body" className="font-semibold">
          {rich ? 'Body' : 'Body (Markdown)'}
        </label>
        {scripted ? (
          <div role="group" aria-label="Body editor" className="flex rounded border border-line">
            <button type="button" aria-pressed={mode === 'rich'} onClick={() => choose('rich')} className={TOGGLE}>
              Rich text
            </button>
            <button
              type="button"
              aria-pressed={mode === 'markdown'}
              onClick={() => choose('markdown')}
              className={TOGGLE}
            >
              Markdown
            </button>
          </div>
        ) : null}
      </div>
      {refusal ? (
        <p role="alert" className="text-sm font-semibold text-link">
          {refusal}
        </p>
      ) : null}
      {mode === 'rich' && area ? (
        <RichBodyEditor source={area} describedBy={describedBy} onReady={onReady} onRefused={onRefused} />
      ) : null}
      <textarea
        {...control}
        ref={setArea}
        hidden={rich}
        defaultValue={value}
        rows={16}
        className={`${TEXTAREA_CLASS} font-mono text-sm`}
      />
      <p id="f-body-hint" className="text-sm text-muted-fg">
        {rich ? (
          <>
            Bold <kbd>Ctrl</kbd>+<kbd>B</kbd>, italic <kbd>Ctrl</kbd>+<kbd>I</kbd>, undo <kbd>Ctrl</kbd>+<kbd>Z</kbd>.
            Text pasted from Word or Google Docs keeps its bold, italic, links, lists and headings. Pictures, embeds and
            media show as cards: select one and press Delete to remove it; change its details in Markdown.
          </>
        ) : (
          markdownHint
        )}
      </p>
      <FieldError id="f-body-error" message={error} />
    </div>
  );
}
