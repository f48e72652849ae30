import type { Metadata } from 'next';
import { NotFoundNotice } from '@/components/layout/NotFoundNotice';

// Every notFound() of a reader page lands here, inside the reader site's chrome.
// Next adds `<meta name="robots" content="noindex">` to every 404 itself.
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return <NotFoundNotice />;
}
