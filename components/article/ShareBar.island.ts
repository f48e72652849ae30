// Runs in the browser because copying to the clipboard and the native share sheet (Web Share API) exist only there; without JavaScript their buttons stay hidden and the plain links remain.

import type { IslandMessages } from '@/lib/islands/messages';

/** Offers copy-link and the native share sheet on every share bar, where the browser has them. */
export function enhanceShareBars(messages: IslandMessages, root: ParentNode = document): void {
  const canCopy = typeof navigator.clipboard?.writeText === 'function';
  const canShare = typeof navigator.share === 'function';
  for (const bar of root.querySelectorAll<HTMLElement>('[data-island="share"]')) {
    const url = bar.dataset.shareUrl ?? location.href;
    const title = bar.dataset.shareTitle ?? document.title;
    const copyOffer = bar.querySelector<HTMLElement>('[data-share-offer="copy"]');
    const shareOffer = bar.querySelector<HTMLElement>('[data-share-offer="native"]');
    if (copyOffer && canCopy) {
      const status = copyOffer.querySelector<HTMLElement>('[role="status"]');
      copyOffer.querySelector('button')?.addEventListener('click', () => {
        navigator.clipboard.writeText(url).then(
          () => status && (status.textContent = messages.linkCopied),
          () => status && (status.textContent = messages.linkNotCopied),
        );
      });
      copyOffer.hidden = false;
    }
    if (shareOffer && canShare) {
      shareOffer.querySelector('button')?.addEventListener('click', () => {
        // A closed share sheet rejects: nothing to report.
        navigator.share({ title, url }).catch(() => {});
      });
      shareOffer.hidden = false;
    }
  }
}
