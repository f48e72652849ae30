/**
 * The article editor's autosave (lib/newsroom/autosave.ts): a few seconds after the typing stops,
 * and when a field is left, the form goes to the server as an autosave; with no answer (offline,
 * the server away) it keeps trying, further apart each time and at once when the browser is back
 * online. A hook of the editor's client component, so it has no 'use client' of its own.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export type AutosaveAnswer = { ok: true; at: string } | { ok: false; reason: string; message: string };

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string };

/** How long the typing must stop before an autosave. */
export const AUTOSAVE_QUIET_MS = 3000;
const RETRY_MS = [2000, 5000, 10_000, 30_000];

export function useAutosave(
  form: RefObject<HTMLFormElement | null>,
  send: (form: FormData) => Promise<AutosaveAnswer>,
  paused: boolean,
) {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  // Changes counted since the editor opened, and how many the last autosave (or save) covered.
  const edits = useRef(0);
  const covered = useRef(0);
  const busy = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pausedNow = useRef(paused);
  const run = useRef<() => Promise<void>>(async () => {});

  useEffect(() => {
    pausedNow.current = paused;
  }, [paused]);

  useEffect(() => {
    const later = (ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run.current(), ms);
    };
    run.current = async () => {
      clearTimeout(timer.current);
      const element = form.current;
      // A save in progress covers what is typed; nothing new, nothing to send.
      if (!element || busy.current || pausedNow.current || edits.current === covered.current) return;
      busy.current = true;
      const sending = edits.current;
      setStatus({ kind: 'saving' });
      try {
        const answer = await send(new FormData(element));
        failures.current = 0;
        if (answer.ok) {
          covered.current = Math.max(covered.current, sending);
          setStatus(edits.current === sending ? { kind: 'saved', at: answer.at } : { kind: 'idle' });
        } else setStatus({ kind: 'refused', message: answer.message });
      } catch {
        setStatus({ kind: 'offline' });
        later(RETRY_MS[Math.min(failures.current++, RETRY_MS.length - 1)]);
        return;
      } finally {
        busy.current = false;
      }
      // Typing went on while it was out: the next quiet moment sends the rest.
      if (edits.current !== covered.current) later(AUTOSAVE_QUIET_MS);
    };
    const online = () => void run.current();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, [form, send]);

  /** A change in the form: an autosave once the typing stops. */
  const changed = useCallback(() => {
    edits.current++;
    setStatus((s) => (s.kind === 'saved' || s.kind === 'refused' ? { kind: 'idle' } : s));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run.current(), AUTOSAVE_QUIET_MS);
  }, []);
  /** A field was left: send now what is new. */
  const flush = useCallback(() => void run.current(), []);
  /** The story was saved: what is typed is in it, no autosave is due. */
  const saved = useCallback(() => {
    covered.current = edits.current;
    clearTimeout(timer.current);
    setStatus({ kind: 'idle' });
  }, []);
  return { status, changed, flush, saved };
}
