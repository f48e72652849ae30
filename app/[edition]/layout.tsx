import type { Metadata } from 'next';
import { preload } from 'react-dom';
import { documentMetadata, documentViewport } from '@/app/document';
import '../globals.css';
import { fontClassesFor } from '@/app/fonts';
import { editionOf, editionParams, type EditionParams } from '@/app/[edition]/_shared/edition';
import { scriptFontFiles } from '@/lib/font-preloads';

// Every edition's pages are built ahead; any other first segment answers 404 (editionOf). Not
// `dynamicParams = false` here: it would hold for the routes below too, whose own pages render on
// first request (tags, authors, later list pages).
export const generateStaticParams = editionParams;
export const viewport = documentViewport;

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  const edition = await editionOf(params);
  return {
    ...documentMetadata,
    title: { default: `${edition.siteName} — ${edition.tagline}`, template: `%s | ${edition.siteName}` },
    description: edition.description,
  };
}

// The reader site's document, in the edition's language and writing direction.
export default async function EditionLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: EditionParams;
}) {
  const edition = await editionOf(params);
  // The edition's own script's files (lib/font-preloads.ts); the house pair's come with ReaderShell.
  for (const href of scriptFontFiles(edition.script)) preload(href, { as: 'font', type: 'font/woff2' });
  return (
    <html
      lang={edition.locale}
      dir={edition.dir}
      data-script={edition.script}
      className={fontClassesFor(edition.script)}
    >
      <body>{children}</body>
    </html>
  );
}
