'use client';
// Replaces the root layout when it fails itself, so it brings its own <html> and <body> (and the
// site's stylesheet). It shows no internals: never the error's message or stack.
import { ErrorNotice } from '@/components/ui/ErrorNotice';
import { SITE } from '@/lib/site';
import './globals.css';

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={SITE.language}>
      <head>
        <title>Something went wrong</title>
        <meta name="robots" content="noindex" />
      </head>
      <body>
        <main id="main" className="container-page py-8">
          <ErrorNotice digest={error.digest} reset={reset} />
        </main>
      </body>
    </html>
  );
}
