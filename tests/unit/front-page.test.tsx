import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { FrontPage } from '@/components/fronts/FrontPage';
import { withIntl } from '../helpers/intl';
import type { ContainerStyle, FrontCard, FrontContainerView, FrontView, MediaItem } from '@/db/types';

const picture = (id: number): MediaItem => ({
  id,
  file: `picture-${id}`,
  mime: 'image/webp',
  width: 1600,
  height: 900,
  variants: [320, 640],
  alt: `Picture ${id}`,
  caption: '',
  credit: '',
});

const card = (id: number, opts: Partial<FrontCard> = {}): FrontCard => ({
  id,
  edition: 'en',
  slug: `story-${id}`,
  title: `Story ${id}`,
  lede: `Lede ${id}`,
  section: { id: 1, slug: 'business', name: 'Business' },
  publishedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: null,
  hero: picture(id),
  headline: `Headline ${id}`,
  standfirst: `Standfirst ${id}`,
  crop: null,
  byline: { name: `Writer ${id}`, slug: `writer-${id}`, avatar: null },
  format: 'text',
  ...opts,
});

const container = (id: string, style: ContainerStyle, cards: FrontCard[], title = id): FrontContainerView => ({
  id,
  style,
  title,
  href: style === 'row' || style === 'opinion' ? `/${id}` : '',
  cards,
});

const view: FrontView = {
  key: 'home',
  containers: [
    container('lead', 'lead', [card(1)]),
    container(
      'top-stories',
      'top',
      [2, 3, 4, 5, 6, 7, 8].map((id) => card(id)),
      'Top stories',
    ),
    container('op-ed', 'opinion', [
      card(9, { byline: { name: 'Ada Lovelace', slug: 'ada', avatar: picture(90) } }),
      card(10, { byline: { name: 'Sam Writer', slug: 'sam', avatar: null } }),
    ]),
    container('most-read', 'most-read', [card(3), card(11)], 'Most read'),
    container(
      'sport',
      'row',
      [12, 13, 14, 15].map((id) => card(id)),
    ),
  ],
};

const render = (v: FrontView) =>
  renderToStaticMarkup(withIntl(<FrontPage view={v} heading={null} latest={[card(20)]} />));
const images = (html: string) => [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);

describe('FrontPage', () => {
  it('loads only the lead picture eagerly, at high priority; every other picture lazily', () => {
    const imgs = images(render(view));
    const eager = imgs.filter((i) => /loading="eager"/.test(i));
    assert.equal(eager.length, 1);
    assert.match(eager[0], /alt="Picture 1"/);
    assert.match(eager[0], /fetchPriority="high"/i);
    assert.equal(imgs.filter((i) => /loading="lazy"/.test(i)).length, imgs.length - 1);
  });

  it('gives every container a section named by its heading, the lead’s hidden', () => {
    const html = render(view);
    for (const id of ['lead', 'top-stories', 'op-ed', 'sport'])
      assert.match(html, new RegExp(`<section aria-labelledby="front-${id}"`));
    assert.match(html, /<h2 id="front-lead" class="sr-only">/);
    assert.match(html, /<h1 class="sr-only">Latest news<\/h1>/);
    // A row's heading links to its section.
    assert.match(html, /<h2 id="front-sport" class="fcon__title"><a href="\/sport"/);
  });

  it('mixes card sizes in top stories: two large, four medium, then headline only', () => {
    const top = render(view).split('data-container="top"')[1].split('</section>')[0];
    const sizes = [...top.matchAll(/class="fc fc--(\w+)/g)].map((m) => m[1]);
    assert.deepEqual(sizes, ['large', 'large', 'medium', 'medium', 'medium', 'medium', 'text']);
  });

  it('draws columnists as round cut-outs: the portrait with an empty alt, or initials', () => {
    const opinion = render(view).split('data-container="opinion"')[1].split('</section>')[0];
    assert.match(opinion, /class="fc__columnist">Ada Lovelace</);
    assert.match(opinion, /<div class="fc__avatar"><img [^>]*alt=""/);
    assert.match(opinion, /fc__avatar--initials" aria-hidden="true">SW</);
    // The story's own picture is not drawn in the opinion band.
    assert.doesNotMatch(opinion, /alt="Picture 9"/);
  });

  it('puts the rail (Latest, Most read) where the layout puts most read, once', () => {
    const html = render(view);
    assert.equal(html.split('class="front-rail"').length, 2);
    assert.ok(html.indexOf('front-op-ed') < html.indexOf('class="front-rail"'));
    assert.ok(html.indexOf('class="front-rail"') < html.indexOf('front-sport'));
    assert.match(html, /most-read/);
    assert.match(html, /Story 11/);
  });

  it('leaves out empty containers and keeps the rail with no most read', () => {
    const html = render({ key: 'home', containers: [container('lead', 'lead', [card(1)]), container('x', 'row', [])] });
    assert.doesNotMatch(html, /front-x/);
    assert.equal(html.split('class="front-rail"').length, 2);
  });
});
