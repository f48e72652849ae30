import type { Metadata } from 'next';
import { documentMetadata, documentViewport } from '@/app/document';
import { fontClasses } from '@/app/fonts';
import { EmptyState } from '@/components/ui/EmptyState';
import './globals.css';

// Addresses no route matches at all (three or more segments under a shared path, say): Next
// answers them with this page without rendering any layout. A reader's 404 inside an edition is
// that edition's own page (app/[edition]/(site)/_missing), in its language.
export const metadata: Metadata = { ...documentMetadata, title: 'Page not found' };
export const viewport = documentViewport;

export default function GlobalNotFound() {
  return (
    <html lang="en-GB" className={fontClasses}>
      <body>
        <main id="main" className="container-page py-8">
          <EmptyState mark="404" title="Page not found">
            <p>
              We could not find that page. Go to the <a href="/">home page</a>.
            </p>
          </EmptyState>
        </main>
      </body>
    </html>
  );
}
