import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { articleFreshness } from '@/lib/cache';

describe('articleFreshness: shared caches keep older stories longer', () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  const ago = (hours: number) => new Date(now - hours * 3600_000).toISOString();
  it('a minute while it is news, five minutes in its first week, an hour after', () => {
    assert.equal(articleFreshness(ago(0.1), now), 60);
    assert.equal(articleFreshness(ago(23.9), now), 60);
    assert.equal(articleFreshness(ago(24), now), 300);
    assert.equal(articleFreshness(ago(7 * 24 - 1), now), 300);
    assert.equal(articleFreshness(ago(7 * 24), now), 3600);
    assert.equal(articleFreshness(ago(24 * 365), now), 3600);
  });
  it('treats a future or unreadable date as news', () => {
    assert.equal(articleFreshness(ago(-5), now), 60);
    assert.equal(articleFreshness('not a date', now), 60);
  });
});
