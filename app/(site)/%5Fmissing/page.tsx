import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';

// The reader's not-found page as a page of its own. Next answers notFound() in a page with a 404
// whose HTML body is empty (its content only in the RSC payload: vercel/next.js#62228), so the
// production server sends this page's markup with those 404s instead (lib/islands/respond.ts).
export const metadata: Metadata = { title: 'Page not found', robots: { index: false, follow: true } };

export default function MissingPage() {
  return <NotFoundNotice />;
}
