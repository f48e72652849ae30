import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { ListPage } from '@/components/lists/ListPage';
import type { ListPage as ListPageData } from '@/lib/content/reader';
import type { ArticleCard, MediaItem } from '@/db/types';
import { withIntl } from '../helpers/intl';

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

const story = (id: number, withPicture: boolean): ArticleCard => ({
  id,
  edition: 'en',
  slug: `story-${id}`,
  title: `Story ${id}`,
  lede: '',
  section: { id: 1, slug: 'business', name: 'Business' },
  publishedAt: '2026-11-20T10:00:00.000Z',
  updatedAt: null,
  hero: withPicture ? picture(id) : null,
});

function page(pictures: boolean[], pageNumber = 1): ListPageData {
  return {
    edition: 'en',
    kind: 'section',
    owner: { id: 1, slug: 'business', name: 'Business', description: '', position: 0, edition: 'en' },
    items: pictures.map((p, i) => story(i + 1, p)),
    page: pageNumber,
    perPage: 20,
    total: 40,
    pageCount: 2,
  } as ListPageData;
}

/** The alt text of every picture loaded eagerly at high priority, and of the lazy ones. */
function loading(html: string) {
  const images = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
  const alt = (img: string) => /alt="([^"]*)"/.exec(img)![1];
  return {
    eager: images.filter((img) => /loading="eager"/.test(img) && /fetchPriority="high"/i.test(img)).map(alt),
    lazy: images.filter((img) => /loading="lazy"/.test(img)).map(alt),
  };
}

describe('a list page loads its likely largest picture first', () => {
  it('the first story has a picture: that one', () => {
    assert.deepEqual(loading(renderToStaticMarkup(withIntl(<ListPage data={page([true, true, true])} />))), {
      eager: ['Picture 1'],
      lazy: ['Picture 2', 'Picture 3'],
    });
  });

  it('the first story has none: the next picture on the first screen', () => {
    assert.deepEqual(loading(renderToStaticMarkup(withIntl(<ListPage data={page([false, true, true])} />))), {
      eager: ['Picture 2'],
      lazy: ['Picture 3'],
    });
  });

  it('no picture among the first three, or a later page: every picture waits', () => {
    assert.deepEqual(
      loading(renderToStaticMarkup(withIntl(<ListPage data={page([false, false, false, true])} />))).eager,
      [],
    );
    assert.deepEqual(loading(renderToStaticMarkup(withIntl(<ListPage data={page([true, true], 2)} />))).eager, []);
  });
});
