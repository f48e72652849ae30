import { serializeJsonLd } from '@/lib/seo/jsonld';

/** Structured data for search engines; the JSON is escaped so page text can never end the script. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
