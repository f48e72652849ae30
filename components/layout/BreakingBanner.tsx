import type { BannerView } from '@/lib/content/reader';

/**
 * The breaking-news band under the header: the label in bold capitals, the text as the link.
 * Rendered on the server into cached pages; nothing when no banner is live. Pages pass the
 * site-wide banners (the reader shell) or a section's own (section fronts and articles), never
 * the same banner twice.
 */
export function BreakingBanner({ banners }: { banners: BannerView[] }) {
  if (!banners.length) return null;
  return (
    <section className="breaking-banner" aria-label="Breaking news">
      <ul className="breaking-banner__list container-page" role="list">
        {banners.map((b) => (
          <li key={b.id} className="breaking-banner__item" data-banner-id={b.id}>
            <span className="breaking-banner__label">{b.label}</span>{' '}
            <a className="breaking-banner__link" href={b.url}>
              {b.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
