// Runs in the browser: hands the players and galleries to their code, which is loaded from our own origin on the reader's first gesture, so a page pays for it only when used.

/** What the player chunk (Player.island.ts) gives back for a figure. */
export interface PlayerHandle {
  /** Handles a click or key press made before the chunk was there, as if it had been. */
  replay(event: Event): void;
}

/** What the lightbox chunk (Gallery.island.ts) gives back for a gallery. */
export interface GalleryHandle {
  /** Opens the lightbox at the picture whose link this is. */
  open(link: HTMLAnchorElement): void;
}

const intents = ['pointerover', 'focusin', 'touchstart'] as const;

/** Calls `load` once, on the first sign the reader is about to use `element`. */
function onIntent(element: HTMLElement, load: () => unknown): void {
  const go = () => {
    for (const type of intents) element.removeEventListener(type, go);
    load();
  };
  for (const type of intents) element.addEventListener(type, go, { passive: true });
}

/**
 * The native controls give way to the outlet's bar at once (the bar is server-rendered, and its
 * room is kept by CSS from the first paint, so nothing moves); the code behind the bar comes on the
 * first hover, focus or touch. A click or key press that beats it is kept and replayed.
 */
function preparePlayer(figure: HTMLElement): void {
  const media = figure.querySelector<HTMLMediaElement>('video, audio');
  const bar = figure.querySelector<HTMLElement>('.player__bar');
  if (!media || !bar) return;
  media.controls = false;
  bar.hidden = false;
  // Focusable without its native controls, so the shortcuts work with focus on the picture.
  if (media instanceof HTMLVideoElement) media.tabIndex = 0;
  let handle: PlayerHandle | undefined;
  let loading: Promise<void> | undefined;
  const early: Event[] = [];
  const load = () =>
    (loading ??= import(__PLAYER_CHUNK__).then(
      (chunk: { enhancePlayer(figure: HTMLElement): PlayerHandle }) => {
        handle = chunk.enhancePlayer(figure);
        for (const event of early.splice(0)) handle.replay(event);
      },
      () => {
        // Offline, or the file is gone: the native controls are still there to give back.
        media.controls = true;
        bar.hidden = true;
      },
    ));
  onIntent(figure, load);
  const keep = (event: Event) => {
    if (handle) return;
    const target = event.target as HTMLElement;
    if (event.type === 'click' && !target.closest('[data-action], video')) return;
    // Space on the video would scroll the page meanwhile.
    if (event.type === 'keydown' && (event as KeyboardEvent).key === ' ' && target === media) event.preventDefault();
    early.push(event);
    void load();
  };
  figure.addEventListener('click', keep);
  figure.addEventListener('keydown', keep);
}

const openers = new WeakMap<HTMLElement, (link: HTMLAnchorElement, follow: boolean) => void>();

/** The thumbnails stay links; with the lightbox chunk loaded, a plain click opens it instead. */
function prepareGallery(gallery: HTMLElement): void {
  let handle: GalleryHandle | undefined;
  let loading: Promise<GalleryHandle> | undefined;
  const load = () =>
    (loading ??= import(__GALLERY_CHUNK__).then((chunk: { enhanceGallery(gallery: HTMLElement): GalleryHandle }) => {
      handle = chunk.enhanceGallery(gallery);
      return handle;
    }));
  // Without the chunk (offline, a deploy removed it), a click still gets the picture, as without JavaScript.
  const open = (link: HTMLAnchorElement, follow: boolean) =>
    load().then(
      (g) => g.open(link),
      () => follow && location.assign(link.href),
    );
  openers.set(gallery, open);
  onIntent(gallery, load);
  gallery.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.gallery__link');
    if (handle || !link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link, true);
  });
}

/** `#img-3` names a gallery's picture: open it there, on arrival and when the hash changes. */
function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const link = id ? document.getElementById(id) : null;
  const gallery = link instanceof HTMLAnchorElement ? link.closest<HTMLElement>('[data-island="gallery"]') : null;
  if (gallery && link instanceof HTMLAnchorElement) openers.get(gallery)?.(link, false);
}

export function enhanceMedia(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('[data-island="player"]')) preparePlayer(figure);
  const galleries = root.querySelectorAll<HTMLElement>('[data-island="gallery"]');
  for (const gallery of galleries) prepareGallery(gallery);
  if (!galleries.length) return;
  openFromHash();
  addEventListener('hashchange', openFromHash);
}
