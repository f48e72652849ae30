import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';
import { readSections } from '@/lib/content/reader';

// The reader's not-found page as a page of its own. Next answers notFound() in a page with a 404
// whose HTML body is empty (its content only in the RSC payload: vercel/next.js#62228), so the
// production server sends this page's markup with those 404s instead (lib/islands/respond.ts).
export const metadata: Metadata = { title: 'Page not found', robots: { index: false, follow: true } };

// The main sections as ways on (cached: the same read as the navigation's).
export default async function MissingPage() {
  return <NotFoundNotice sections={await readSections()} />;
}
