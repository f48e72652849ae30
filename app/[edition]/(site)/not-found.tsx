import type { Metadata } from 'next';
import { EmptyState } from '@/components/ui/EmptyState';

// Every notFound() of a reader page lands here, inside the reader site's chrome. Next puts this
// element in every page's render (its RSC payload) but sends a reader's 404 with an empty body:
// scripts/serve.ts answers with the edition's own not-found page instead (app/[edition]/(site)/
// _missing, in the edition's language). So nothing here may ask next-intl for the locale: rendered
// before a page has set it (setRequestLocale), it would fix the whole render's locale to the
// default edition's. Next adds `<meta name="robots" content="noindex">` to every 404 itself.
export const metadata: Metadata = { title: '404' };

export default function NotFound() {
  return (
    <EmptyState mark="404" title="404">
      <p>
        <a href="/">Meridian</a>
      </p>
    </EmptyState>
  );
}
