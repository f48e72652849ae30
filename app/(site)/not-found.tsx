import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';
import { readSections } from '@/lib/content/reader';

// Every notFound() of a reader page lands here, inside the reader site's chrome.
// Next adds `<meta name="robots" content="noindex">` to every 404 itself.
export const metadata: Metadata = { title: 'Page not found' };

// The main sections as ways on (cached: the same read as the navigation's).
export default async function NotFound() {
  return <NotFoundNotice sections={await readSections()} />;
}
