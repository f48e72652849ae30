import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  forgetResponses,
  generation,
  invalidatedSince,
  isKeepable,
  keyOf,
  lookup,
  onRefresh,
  remember,
  responseKey,
  STALE_MS,
  TTL_MS,
  type KeptRequest,
} from '@/lib/response-cache';

const PUBLIC = 'public, s-maxage=60, stale-while-revalidate=604740, stale-if-error=604800';
const get = (url: string, headers: Record<string, string> = {}) => ({
  method: 'GET',
  url,
  headers: { host: 'news.example', ...headers },
});
const request: KeptRequest = { url: '/business/1-a', host: 'news.example', https: false };
const k = keyOf(request);
const page = (body = 'page', cacheControl = PUBLIC) => ({
  status: 200,
  headers: { 'cache-control': cacheControl, 'content-type': 'text/html' },
  body: Buffer.from(body),
});

describe('the server’s response cache: which requests it may answer', () => {
  it('an anonymous GET, keyed by scheme, host, URL and Accept-Encoding', () => {
    const plain = responseKey(get('/business/1-a'), false);
    assert.ok(plain);
    assert.notEqual(responseKey(get('/business/1-a'), true), plain);
    assert.notEqual(responseKey(get('/business/1-a', { host: 'other.example' }), false), plain);
    assert.notEqual(responseKey(get('/business/1-a?page=2'), false), plain);
    assert.notEqual(responseKey(get('/business/1-a', { 'accept-encoding': 'gzip' }), false), plain);
  });
  it('never a request with a cookie (readers, staff, previews), credentials, React’s own requests or another method', () => {
    assert.equal(responseKey(get('/', { cookie: 'meridian_reader=x' }), false), null);
    assert.equal(responseKey(get('/', { cookie: 'anything=1' }), false), null);
    assert.equal(responseKey(get('/', { authorization: 'Basic eDp5' }), false), null);
    assert.equal(responseKey(get('/', { rsc: '1' }), false), null);
    assert.equal(responseKey(get('/', { 'next-router-prefetch': '1' }), false), null);
    assert.equal(responseKey(get('/', { 'next-action': 'abc' }), false), null);
    assert.equal(responseKey(get('/?_rsc=abc'), false), null);
    assert.equal(responseKey({ ...get('/'), method: 'HEAD' }, false), null);
    assert.equal(responseKey({ ...get('/'), method: 'POST' }, false), null);
  });
});

describe('the server’s response cache: which answers it keeps', () => {
  it('a 200 that Next marks public with an s-maxage and served from its cache, without cookies, under 2 MB', () => {
    assert.equal(isKeepable(200, { 'cache-control': PUBLIC }, 1000), true);
    assert.equal(isKeepable(200, { 'cache-control': PUBLIC, 'x-nextjs-cache': 'HIT' }, 1000), true);
    assert.equal(
      isKeepable(200, { 'cache-control': PUBLIC, 'x-nextjs-cache': 'MISS' }, 1000),
      false,
      'just rendered: kept from the next answer on',
    );
    assert.equal(
      isKeepable(200, { 'cache-control': PUBLIC, 'x-nextjs-cache': 'STALE' }, 1000),
      false,
      'being rendered again',
    );
    assert.equal(isKeepable(200, { 'cache-control': 's-maxage=60, public' }, 1000), true);
    assert.equal(isKeepable(404, { 'cache-control': PUBLIC }, 1000), false);
    assert.equal(isKeepable(308, { 'cache-control': PUBLIC }, 0), false);
    assert.equal(
      isKeepable(200, { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' }, 1000),
      false,
    );
    assert.equal(isKeepable(200, { 'cache-control': 'public, max-age=31536000, immutable' }, 1000), false);
    assert.equal(isKeepable(200, {}, 1000), false);
    assert.equal(isKeepable(200, { 'cache-control': PUBLIC, 'set-cookie': ['a=b'] }, 1000), false);
    assert.equal(isKeepable(200, { 'cache-control': PUBLIC }, 3 * 1024 * 1024), false);
  });
});

describe('the server’s response cache: freshness', () => {
  it('the key of a kept request is the key of the request it answers', () => {
    assert.equal(responseKey(get('/business/1-a'), false), k);
  });
  it('an entry is fresh for one second, then served while one background refresh runs, for up to ten seconds', () => {
    const refreshed: KeptRequest[] = [];
    onRefresh((r) => refreshed.push(r));
    forgetResponses();
    const now = Date.now();
    assert.equal(remember(request, generation(), page('one'), now), true);
    assert.equal(lookup(k, now)?.body.toString(), 'one');
    assert.equal(lookup(k, now + TTL_MS - 1)?.body.toString(), 'one');
    assert.deepEqual(refreshed, [], 'no refresh while fresh');
    assert.equal(lookup(k, now + TTL_MS)?.body.toString(), 'one', 'stale, served');
    assert.equal(lookup(k, now + TTL_MS + 100)?.body.toString(), 'one');
    assert.deepEqual(refreshed, [request], 'one refresh for many stale lookups');
    assert.equal(remember(request, generation(), page('two'), now + TTL_MS + 5), true);
    assert.equal(lookup(k, now + TTL_MS + 10)?.body.toString(), 'two', 'the refresh’s answer replaces it');
    assert.equal(lookup(k, now + 2 * TTL_MS + 5 + STALE_MS), undefined, 'too stale: gone');
    assert.equal(lookup(k, now), undefined);
  });
  it('a refresh that never answers is tried again after five seconds', () => {
    const refreshed: KeptRequest[] = [];
    onRefresh((r) => refreshed.push(r));
    forgetResponses();
    const now = Date.now();
    remember(request, generation(), page('one'), now);
    lookup(k, now + TTL_MS);
    lookup(k, now + TTL_MS + 4999);
    assert.equal(refreshed.length, 1);
    lookup(k, now + TTL_MS + 5000);
    assert.equal(refreshed.length, 2);
  });
  it('an answer that may not be kept drops what was kept for the same request', () => {
    forgetResponses();
    remember(request, generation(), page('published'));
    assert.equal(remember(request, generation(), { ...page('gone'), status: 404 }), false);
    assert.equal(lookup(k), undefined);
  });
  it('every invalidation empties it', () => {
    const since = generation();
    remember(request, since, page('old'));
    forgetResponses();
    assert.equal(lookup(k), undefined);
    assert.equal(invalidatedSince(since), true);
  });
  it('an answer whose request began before an invalidation is not kept: it may show the old story', () => {
    forgetResponses();
    const since = generation();
    forgetResponses();
    assert.equal(remember(request, since, page('rendered from the old data')), false);
    assert.equal(lookup(k), undefined);
    assert.equal(remember(request, generation(), page('new')), true);
    assert.equal(lookup(k)?.body.toString(), 'new');
  });
  it('a private answer is never kept', () => {
    forgetResponses();
    assert.equal(remember(request, generation(), page('mine', 'private, no-store')), false);
    assert.equal(lookup(k), undefined);
  });
  it('the state is one per process, whichever copy of the module writes it', async () => {
    forgetResponses();
    remember(request, generation(), page('kept'));
    // Next's compiled server code loads its own copy of this file; a second instance of the
    // module (a query string makes the loader evaluate it again) must see and clear the same cache.
    const url = new URL('../../lib/response-cache.ts', import.meta.url).href;
    const other = (await import(`${url}?copy`)) as typeof import('@/lib/response-cache');
    assert.equal(other.lookup(k)?.body.toString(), 'kept');
    other.forgetResponses();
    assert.equal(lookup(k), undefined);
  });
});
