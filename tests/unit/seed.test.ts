import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateNewsroom } from '@/db/seed/content';
import { validateBody } from '@/lib/content/blocks';

const now = new Date('2026-11-26T09:00:00Z');
const take = (n: number, seed = 7) => {
  const newsroom = generateNewsroom({ seed, articles: n, now, imageCount: 40 });
  return { ...newsroom, articles: [...newsroom.articles] };
};

describe('demo newsroom generator', () => {
  it('is deterministic: the same seed and time give the same newsroom', () => {
    assert.deepEqual(take(60), take(60));
    const titles = (seed: number) => take(60, seed).articles.map((a) => a.title);
    assert.notDeepEqual(titles(7), titles(8), 'another seed gives another newsroom');
  });

  it('has the promised shape: 8+ sections, 40+ tags, 12 authors, N published plus drafts', () => {
    const { sections, tags, authors, articles } = take(400);
    assert.ok(sections.length >= 8);
    assert.ok(tags.length >= 40);
    assert.equal(authors.length, 12);
    assert.equal(articles.filter((a) => a.status === 'published').length, 400);
    assert.ok(articles.some((a) => a.status === 'draft'));
    for (const a of articles) {
      assert.ok(validateBody(a.body).ok, `body of "${a.title}" is valid`);
      if (a.status === 'published') {
        assert.ok(a.publishedAt! <= now && a.publishedAt! >= new Date(now.getTime() - 61 * 86400_000), a.title);
        const paragraphs = a.body.filter((b) => b.type === 'paragraph').length;
        assert.ok(paragraphs >= 3, `${a.title}: ${paragraphs} paragraphs`);
      }
      assert.match(a.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    assert.equal(new Set(articles.map((a) => a.title)).size, articles.length, 'no repeated headlines in the demo site');
  });
});
