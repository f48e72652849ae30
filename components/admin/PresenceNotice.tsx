'use client';
// Runs in the browser because the heartbeat needs timers, the page's visibility and its pagehide; without JavaScript the server's list of who has the story open is still shown.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Colleague, PresenceResult } from '@/lib/newsroom/presence';

type Answer = PresenceResult | { ok: false; reason: string; message: string };

/** "A (since 10:40 UTC), B (since 10:42 UTC) and C (since 10:43 UTC)" */
function listed(others: Colleague[]) {
  return others.map((c, i) => (
    <Fragment key={`${i} ${c.name}`}>
      {i === 0 ? '' : i === others.length - 1 ? ' and ' : ', '}
      <strong>{c.name}</strong> (since <time dateTime={c.since}>{c.sinceText}</time>)
    </Fragment>
  ));
}

/**
 * Who else has this story open (lib/newsroom/presence.ts), kept current by a heartbeat: one when
 * the page opens, one every `beatMs` while the tab is visible and one when it becomes visible
 * again. A hidden tab stops beating, so after the presence window the others no longer see it.
 */
export function PresenceNotice({
  articleId,
  initial,
  beatMs,
  mayEdit,
  heartbeat,
  leave,
}: {
  articleId: number;
  /** Who the server saw when it rendered the page. */
  initial: Colleague[];
  beatMs: number;
  /** Whether the reader of this line may save the story too (the warning about both saving). */
  mayEdit: boolean;
  heartbeat: (form: FormData) => Promise<Answer>;
  leave: (form: FormData) => Promise<unknown>;
}) {
  const [others, setOthers] = useState(initial);
  // The actions arrive anew with every render of the page (a save refreshes it): read them
  // through a ref, or each save would stop the heartbeat, leave and come back.
  const actions = useRef({ heartbeat, leave });
  useEffect(() => {
    actions.current = { heartbeat, leave };
  }, [heartbeat, leave]);

  useEffect(() => {
    const sent = () => {
      const form = new FormData();
      form.set('id', String(articleId));
      return form;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // Only the latest beat's answer counts: an older one may arrive after it.
    let sequence = 0;
    const beat = async () => {
      clearTimeout(timer);
      const mine = ++sequence;
      try {
        const answer = await actions.current.heartbeat(sent());
        if (!stopped && mine === sequence && answer.ok) setOthers(answer.others);
      } catch {
        // Offline or the server away: the line stays as it was and the next beat tries again.
      }
      if (!stopped && mine === sequence && document.visibilityState === 'visible') timer = setTimeout(beat, beatMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void beat();
      else clearTimeout(timer);
    };
    // Back from the browser's back-forward cache: the page is open again.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) void beat();
    };
    // The tab closes or the browser leaves for another site. A server action is a fetch without
    // `keepalive` (sendBeacon cannot call one), so this may never arrive; the row then expires
    // with the presence window. A navigation inside the newsroom unmounts instead, below, and
    // that one does arrive: the document is still there.
    const onHide = () => {
      clearTimeout(timer);
      void actions.current.leave(sent()).catch(() => undefined);
    };
    void beat();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pageshow', onShow);
    window.addEventListener('pagehide', onHide);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pageshow', onShow);
      window.removeEventListener('pagehide', onHide);
      void actions.current.leave(sent()).catch(() => undefined);
    };
  }, [articleId, beatMs]);

  return (
    // A polite live region, always there (an element that appears is not announced) and empty
    // when alone. Not role="status": the page's "Saved." is the status its readers look for.
    <div id="presence" aria-live="polite">
      {others.length > 0 ? (
        <p className="mt-3 rounded border border-line bg-surface p-3">
          Also open by {listed(others)}.
          {mayEdit
            ? others.length === 1
              ? ' If you both save, the second save will show both versions.'
              : ' If more than one of you saves, each later save will show both versions.'
            : ''}
        </p>
      ) : null}
    </div>
  );
}
