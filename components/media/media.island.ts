// Runs in the browser: hands the players and galleries to their code, which is loaded from our own origin on the reader's first gesture, so a page pays for it only when used.

/** The chunks (scripts/islands.ts) by island; each exports `enhance(element)`, which gives back a replay function. */
const CHUNKS: Record<string, string> = { player: __PLAYER_CHUNK__, gallery: __GALLERY_CHUNK__ };

/** What a chunk's `enhance` gives back: handles a click or key press made before it was there, as if it had been. */
export type Replay = (event: Event) => void;

/**
 * A player's native controls give way to the outlet's bar at once (the bar is server-rendered, and
 * CSS keeps its room from the first paint, so nothing moves); a gallery's thumbnails stay links.
 * Their code comes on the first hover, focus or touch (or at once for a gallery's `#img-N`); a
 * click or key press that beats it is kept and replayed. Without the code (offline, or a deploy
 * removed it), the page goes back to what works without JavaScript.
 */
export function enhanceMedia(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-island="player"], [data-island="gallery"]')) {
    const player = element.dataset.island === 'player';
    const media = element.querySelector<HTMLMediaElement>('video, audio');
    const bar = element.querySelector<HTMLElement>('.player__bar');
    if (player) {
      if (!media || !bar) continue;
      media.controls = false;
      bar.hidden = false;
      // Focusable without its native controls, so the shortcuts work with focus on the picture.
      media.tabIndex = 0;
    }
    let replay: Replay | undefined;
    let loading: Promise<void> | undefined;
    const early: Event[] = [];
    const load = () =>
      (loading ??= import(CHUNKS[element.dataset.island!]).then(
        (chunk: { enhance(element: HTMLElement): Replay }) => {
          replay = chunk.enhance(element);
          early.splice(0).forEach(replay);
        },
        () => {
          if (media && bar) {
            media.controls = true;
            bar.hidden = true;
          }
          const link = early.map((e) => (e.target as HTMLElement).closest('a')).find(Boolean);
          if (link) location.assign(link.href);
        },
      ));
    const keep = (event: Event) => {
      const target = event.target as HTMLElement;
      const mouse = event as MouseEvent;
      if (event.type === 'click') {
        const modified = mouse.button || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.altKey;
        if (replay || modified || !target.closest(player ? '[data-action], video' : '.gallery__link')) return;
        // The link would leave the page meanwhile; a control's click does nothing without its code.
        event.preventDefault();
      } else if (replay) return;
      // Space on the video would scroll the page meanwhile.
      else if ((event as KeyboardEvent).key === ' ' && target === media) event.preventDefault();
      early.push(event);
      void load();
    };
    for (const type of ['pointerover', 'focusin', 'touchstart'])
      element.addEventListener(type, load, { once: true, passive: true });
    element.addEventListener('click', keep);
    if (player) element.addEventListener('keydown', keep);
    else {
      // A picture's address (`#img-3`) opens the lightbox there: the chunk reads the hash once loaded.
      const named = () =>
        document.getElementById(decodeURIComponent(location.hash.slice(1)))?.closest('[data-island]') === element;
      if (named()) void load();
      addEventListener('hashchange', () => named() && load());
    }
  }
}
