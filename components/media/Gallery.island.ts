// Runs in the browser: the lightbox is a modal <dialog> opened over the page, which only the browser can do; without JavaScript each thumbnail is a plain link to the full picture.
import type { Replay } from '@/components/media/media.island';

/**
 * The gallery's lightbox, on a native modal <dialog>: the browser traps focus in it, closes it on
 * Escape and gives focus back. Its markup (and so its words) comes from the page: the closed
 * <dialog> in the gallery. Each picture has its own address, `#img-N` (the id of its thumbnail's
 * link), kept in the location bar with replaceState so Back leaves the page as before.
 */
export function enhance(gallery: HTMLElement): Replay {
  const links = Array.from(gallery.querySelectorAll<HTMLAnchorElement>('a.gallery__link'));
  const dialog = gallery.querySelector<HTMLDialogElement>('dialog.lightbox')!;
  const $ = <T extends HTMLElement>(name: string) => dialog.querySelector<T>(`[data-lightbox="${name}"]`)!;
  // Not draggable (server-rendered so): the browser's own drag and drop would cancel a swipe.
  const image = $<HTMLImageElement>('image');
  const stage = $('stage');
  const counter = $('counter');
  const caption = $('caption');
  const credit = $('credit');
  const rtl = () => getComputedStyle(gallery).direction === 'rtl';
  let index = 0;

  const address = (hash: string) =>
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);

  const show = (i: number) => {
    index = (i + links.length) % links.length;
    const link = links[index];
    const thumb = link.querySelector('img');
    const { srcset, width, height } = link.dataset;
    // Cleared first, so the last picture is not shown at the new one's size while it loads.
    image.removeAttribute('src');
    image.srcset = srcset ?? '';
    image.width = Number(width) || 0;
    image.height = Number(height) || 0;
    image.src = link.href;
    image.loading = 'eager';
    image.alt = thumb?.alt ?? '';
    counter.textContent = `${index + 1} / ${links.length}`;
    caption.textContent = link.dataset.caption ?? '';
    credit.textContent = link.dataset.credit ?? '';
    address(`#${link.id}`);
    // The neighbours, so the next press shows its picture at once.
    for (const near of [links[(index + 1) % links.length], links[(index - 1 + links.length) % links.length]]) {
      const preload = new Image();
      preload.sizes = image.sizes;
      preload.srcset = near.dataset.srcset ?? '';
    }
  };
  const move = (by: number) => show(index + by);

  const open = (link: HTMLAnchorElement) => {
    const i = links.indexOf(link);
    if (i < 0) return;
    show(i);
    if (!dialog.open) dialog.showModal();
  };

  dialog.addEventListener('close', () => {
    address('');
    links[index]?.focus();
  });
  dialog.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const control = target.closest<HTMLElement>('[data-lightbox]')?.dataset.lightbox;
    if (swiped) return void (swiped = false);
    // Outside the picture and the controls (the dark around it) closes too.
    if (control === 'close' || target === dialog || target.matches('.lightbox__stage')) dialog.close();
    else if (control === 'previous') move(-1);
    else if (control === 'next') move(1);
  });
  // On the document, not the dialog: a lightbox opened by a deep link (`#img-N`) while the page
  // was still loading may not hold the focus yet, and the arrows must still turn its pages.
  document.addEventListener('keydown', (event) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (!dialog.open || !step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    move(rtl() ? -step : step);
  });

  // Swipe: a mostly horizontal drag of 50 px or more over the picture turns the page.
  let from: { x: number; y: number } | null = null;
  // The click that ends a swipe is not a click on the dark around the picture.
  let swiped = false;
  stage.addEventListener('pointerdown', (event) => (from = { x: event.clientX, y: event.clientY }));
  stage.addEventListener('pointercancel', () => (from = null));
  stage.addEventListener('pointerup', (event) => {
    if (!from) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    from = null;
    if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy)) return;
    swiped = true;
    move((dx < 0 ? 1 : -1) * (rtl() ? -1 : 1));
  });

  const onClick = (event: MouseEvent) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a.gallery__link');
    if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(link);
  };
  gallery.addEventListener('click', onClick);
  // `#img-N`: on arrival, and when the reader follows such a link on the page.
  const fromHash = () => {
    const link = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (link instanceof HTMLAnchorElement) open(link);
  };
  addEventListener('hashchange', fromHash);
  fromHash();
  return (event) => onClick(event as MouseEvent);
}
