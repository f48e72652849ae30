/**
 * The fronts' routes (home and section fronts' first pages, cached and signed-in alike): the
 * curated front (readFront), the rail's latest stories, and for a section its list continuing
 * below ("More from…", then the pagination to page 2, which stays the plain list).
 */
import { notFound } from 'next/navigation';
import { FrontPage } from '@/components/fronts/FrontPage';
import { BreakingBanner } from '@/components/layout/BreakingBanner';
import { MoreFrom } from '@/components/fronts/MoreFrom';
import { Pagination } from '@/components/lists/Pagination';
import type { CardActions } from '@/components/lists/StoryCard';
import { JsonLd } from '@/components/seo/JsonLd';
import { readBanners, readFront, type FrontView } from '@/lib/content/reader';
import { readFeed } from '@/lib/feeds';
import { homeJsonLd } from '@/lib/seo/jsonld';
import { listPagerLinks } from '@/lib/seo/metadata';
import { frontKey, HOME_KEY } from '@/lib/fronts/load';
import { homePath, listPath } from '@/lib/urls';
import { loadList } from './list-route';

/** How many of the newest stories the rail's "Latest" lists. */
const LATEST = 8;

type FrontActions = (ids: number[], returnTo: string) => Promise<CardActions | undefined>;

/** Every story a front shows in its curated containers (most read is a ranking, not a pick). */
function frontIds(view: FrontView): number[] {
  return view.containers.filter((c) => c.style !== 'most-read').flatMap((c) => c.cards.map((k) => k.id));
}

export async function renderHome(edition: string, actions?: FrontActions) {
  const [view, feed] = await Promise.all([readFront(frontKey(edition, HOME_KEY)), readFeed(edition, 'site', '')]);
  if (!view) notFound();
  const latest = (feed?.items ?? []).slice(0, LATEST);
  return (
    <>
      <JsonLd data={homeJsonLd(edition)} />
      <FrontPage
        view={view}
        heading={null}
        latest={latest}
        actions={actions ? await actions(frontIds(view), homePath(edition)) : undefined}
      />
    </>
  );
}

/** A section's first page: its front, then "More from {section}" and the pagination. */
export async function renderSectionFront(edition: string, slug: string, actions?: FrontActions) {
  const data = await loadList(edition, 'section', slug, 1);
  const view = await readFront(frontKey(edition, data.owner.slug));
  if (!view) notFound();
  // The section's own banners; the site-wide ones are in the reader shell already.
  const banners = (await readBanners(edition, data.owner.slug)).filter((b) => b.sectionSlug !== null);
  const shown = new Set(frontIds(view));
  const more = data.items.filter((s) => !shown.has(s.id));
  const { next } = listPagerLinks(data);
  const cardActions = actions
    ? await actions([...shown, ...more.map((s) => s.id)], listPath(edition, 'section', data.owner.slug))
    : undefined;
  return (
    <>
      {next ? <link rel="next" href={next} /> : null}
      <BreakingBanner banners={banners} />
      <FrontPage
        view={view}
        heading={{ name: data.owner.name, description: 'description' in data.owner ? data.owner.description : '' }}
        latest={data.items.slice(0, LATEST)}
        actions={cardActions}
      >
        <MoreFrom name={data.owner.name} items={more} actions={cardActions}>
          <Pagination
            page={1}
            pageCount={data.pageCount}
            hrefFor={(n) => listPath(edition, 'section', data.owner.slug, n)}
          />
        </MoreFrom>
      </FrontPage>
    </>
  );
}
