import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';

export const metadata: Metadata = { title: 'Page not found' };

// Addresses no route matches at all (three or more segments, say): no reader chrome here,
// because this element is sent inside every page's RSC payload; reader pages use
// app/(site)/not-found.tsx, inside their own chrome.
export default function NotFound() {
  return (
    <main id="main" className="container-page py-8">
      <NotFoundNotice />
    </main>
  );
}
