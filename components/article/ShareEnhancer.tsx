'use client';
// Runs in the browser because copying to the clipboard and the native share sheet (Web Share API) exist only there; without JavaScript nothing renders and the plain links remain.
import { useState, useSyncExternalStore } from 'react';
import { LinkIcon, ShareIcon } from '@/components/icons/Icons';

const noSubscription = () => () => {};
function detectFeatures(): string {
  return [
    typeof navigator.share === 'function' ? 'share' : '',
    typeof navigator.clipboard?.writeText === 'function' ? 'copy' : '',
  ].join(' ');
}

export function ShareEnhancer({ url, title }: { url: string; title: string }) {
  // Feature detection needs the browser: the server snapshot is null, so nothing renders there.
  const features = useSyncExternalStore(noSubscription, detectFeatures, () => null);
  const [status, setStatus] = useState('');

  if (!features) return null;
  const ready = { canShare: features.includes('share'), canCopy: features.includes('copy') };

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied');
    } catch {
      setStatus('Could not copy the link');
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }

  return (
    <>
      {ready.canCopy ? (
        <li>
          <button type="button" className="share-link" onClick={copy} data-network="copy">
            <LinkIcon />
            <span className="sr-only">Copy link</span>
          </button>
          <span role="status" aria-live="polite" className="ml-2 text-sm text-muted-fg">
            {status}
          </span>
        </li>
      ) : null}
      {ready.canShare ? (
        <li>
          <button type="button" className="share-link" onClick={share} data-network="native">
            <ShareIcon />
            <span className="sr-only">More sharing options</span>
          </button>
        </li>
      ) : null}
    </>
  );
}
