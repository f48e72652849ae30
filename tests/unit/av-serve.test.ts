/**
 * The stored files of video, audio and documents (lib/av/serve-file.ts): Range answers (206, 416,
 * whole file), types, caching, the upload never served, and a document's download name, on real
 * files in a temporary MEDIA_DIR and a real database.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';

let t: TestDb;
let serve: typeof import('@/lib/av/serve-file');
const KEY = 'a'.repeat(32);
const DOC_KEY = 'b'.repeat(32);
/** 300 000 bytes whose value at offset i is i % 251, so any slice can be checked. */
const VIDEO = Buffer.from(Array.from({ length: 300_000 }, (_, i) => i % 251));

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => {
  const [, , , key, ...segments] = new URL(url, 'http://x').pathname.split('/');
  return serve.serveAvFile(new Request(`http://x${url}`, { method, headers }), key, segments);
};

before(async () => {
  t = await createTestDb('av-serve-');
  process.env.MEDIA_DIR = path.join(t.dir, 'media');
  const dir = path.join(process.env.MEDIA_DIR, 'av', KEY);
  fs.mkdirSync(path.join(dir, 'hls', '720'), { recursive: true });
  fs.writeFileSync(path.join(dir, '720.mp4'), VIDEO);
  fs.writeFileSync(path.join(dir, 'original.mov'), 'the upload');
  fs.writeFileSync(path.join(dir, 'audio.m4a'), 'm4a');
  fs.writeFileSync(path.join(dir, 'hls', 'master.m3u8'), '#EXTM3U\n');
  fs.writeFileSync(path.join(dir, 'hls', '720', 'seg-00001.ts'), 'ts');
  fs.writeFileSync(path.join(dir, 'captions-en-a1b2c3.vtt'), 'WEBVTT\n');
  fs.writeFileSync(path.join(dir, 'empty.mp4'), '');
  const docDir = path.join(process.env.MEDIA_DIR, 'av', DOC_KEY);
  fs.mkdirSync(docDir, { recursive: true });
  fs.writeFileSync(path.join(docDir, 'document.pdf'), '%PDF-1.4 test');
  fs.writeFileSync(path.join(docDir, 'document.html'), '<script>alert(1)</script>');
  t.db
    .insert(t.schema.media)
    .values({
      kind: 'file',
      storageKey: DOC_KEY,
      file: `av-${DOC_KEY}`,
      mime: 'application/pdf',
      width: 0,
      height: 0,
      alt: '',
      originalName: 'Отчёт "2025" 100%.pdf',
      renditions: [
        { file: 'document.pdf', role: 'file', mime: 'application/pdf', bytes: 13 },
        { file: 'document.html', role: 'file', mime: 'text/html', bytes: 25 },
      ],
    })
    .run();
  serve = await import('@/lib/av/serve-file');
});
after(() => t.cleanup());

describe('rangeFor', () => {
  it('answers one range with its bytes, clamped to the file', () => {
    assert.deepEqual(serve.rangeFor('bytes=0-99', 1000), { kind: 'partial', start: 0, end: 99 });
    assert.deepEqual(serve.rangeFor('bytes=500-', 1000), { kind: 'partial', start: 500, end: 999 });
    assert.deepEqual(serve.rangeFor('bytes=-100', 1000), { kind: 'partial', start: 900, end: 999 });
    assert.deepEqual(serve.rangeFor('bytes=900-5000', 1000), { kind: 'partial', start: 900, end: 999 });
    // Overlapping ranges are one range.
    assert.deepEqual(serve.rangeFor('bytes=0-10,5-20', 1000), { kind: 'partial', start: 0, end: 20 });
  });

  it('a range past the end is unsatisfiable', () => {
    assert.deepEqual(serve.rangeFor('bytes=1000-', 1000), { kind: 'unsatisfiable' });
    assert.deepEqual(serve.rangeFor('bytes=2000-3000', 1000), { kind: 'unsatisfiable' });
    assert.deepEqual(serve.rangeFor('bytes=0-', 0), { kind: 'unsatisfiable' });
    // Ranges that are no range at all, as range-parser (and so Express's `send`) reads them.
    assert.deepEqual(serve.rangeFor('bytes=5-1', 1000), { kind: 'unsatisfiable' });
    assert.deepEqual(serve.rangeFor('bytes=abc', 1000), { kind: 'unsatisfiable' });
  });

  it('no range, a malformed header, another unit or several ranges get the whole file', () => {
    for (const header of [null, undefined, '', 'items=0-5', 'bytes=0-1,10-20', 'bytes', 'bytes 0-5']) {
      assert.deepEqual(serve.rangeFor(header, 1000), { kind: 'whole' }, String(header));
    }
  });
});

describe('serveAvFile', () => {
  it('serves a whole rendition with its type, length, Accept-Ranges and a year of caching', async () => {
    const res = await get(`/media/av/${KEY}/720.mp4`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'video/mp4');
    assert.equal(res.headers.get('content-length'), String(VIDEO.length));
    assert.equal(res.headers.get('accept-ranges'), 'bytes');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(VIDEO));
  });

  it('answers a Range with 206, Content-Range and exactly those bytes', async () => {
    const res = await get(`/media/av/${KEY}/720.mp4`, { range: 'bytes=100000-100999' });
    assert.equal(res.status, 206);
    assert.equal(res.headers.get('content-range'), `bytes 100000-100999/${VIDEO.length}`);
    assert.equal(res.headers.get('content-length'), '1000');
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(VIDEO.subarray(100000, 101000)));
    const tail = await get(`/media/av/${KEY}/720.mp4`, { range: 'bytes=-10' });
    assert.equal(tail.status, 206);
    assert.ok(Buffer.from(await tail.arrayBuffer()).equals(VIDEO.subarray(VIDEO.length - 10)));
  });

  it('answers an unsatisfiable Range with 416 and the size; several ranges or If-Range with the whole file', async () => {
    const res = await get(`/media/av/${KEY}/720.mp4`, { range: `bytes=${VIDEO.length}-` });
    assert.equal(res.status, 416);
    assert.equal(res.headers.get('content-range'), `bytes */${VIDEO.length}`);
    const several = await get(`/media/av/${KEY}/720.mp4`, { range: 'bytes=0-9,1000-1009' });
    assert.equal(several.status, 200);
    assert.equal((await several.arrayBuffer()).byteLength, VIDEO.length);
    const ifRange = await get(`/media/av/${KEY}/720.mp4`, { range: 'bytes=0-9', 'if-range': '"x"' });
    assert.equal(ifRange.status, 200);
    await ifRange.body?.cancel();
  });

  it('HEAD gives the headers without a body', async () => {
    const res = await get(`/media/av/${KEY}/720.mp4`, { range: 'bytes=0-9' }, 'HEAD');
    assert.equal(res.status, 206);
    assert.equal(res.headers.get('content-length'), '10');
    assert.equal(res.body, null);
  });

  it('types playlists, segments, audio and captions', async () => {
    const types: [string, string][] = [
      ['hls/master.m3u8', 'application/vnd.apple.mpegurl'],
      ['hls/720/seg-00001.ts', 'video/mp2t'],
      ['audio.m4a', 'audio/mp4'],
      ['captions-en-a1b2c3.vtt', 'text/vtt; charset=utf-8'],
    ];
    for (const [name, type] of types) {
      const res = await get(`/media/av/${KEY}/${name}`);
      assert.equal(res.status, 200, name);
      assert.equal(res.headers.get('content-type'), type, name);
      await res.arrayBuffer();
    }
    const empty = await get(`/media/av/${KEY}/empty.mp4`);
    assert.equal(empty.status, 200);
    assert.equal(empty.headers.get('content-length'), '0');
  });

  it('never serves the upload, unknown types, missing files, bad keys or paths out of the folder', async () => {
    for (const url of [
      `/media/av/${KEY}/original.mov`,
      `/media/av/${KEY}/nothing.mp4`,
      `/media/av/${KEY}/hls`,
      `/media/av/${KEY}/notes.txt`,
      `/media/av/${'c'.repeat(32)}/720.mp4`,
      `/media/av/not-a-key/720.mp4`,
      `/media/av/${KEY}/..%2F..%2Fsecret.mp4`,
      `/media/av/${KEY}/.hidden.mp4`,
      `/media/av/${KEY}/document.pdf`,
      `/media/av/${KEY}/a/b/c/d.ts`,
    ]) {
      const res = await get(url);
      assert.equal(res.status, 404, url);
    }
    assert.equal((await serve.serveAvFile(new Request('http://x/'), KEY, ['..', '720.mp4'])).status, 404);
  });

  it('serves a document as an attachment under its uploader’s name, with its stored type', async () => {
    const res = await get(`/media/av/${DOC_KEY}/document.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(
      res.headers.get('content-disposition'),
      `attachment; filename="Otchet _2025_ 100_.pdf"; filename*=UTF-8''${encodeURIComponent('Отчёт "2025" 100%.pdf')}`.replace(
        'Otchet',
        '_____',
      ),
    );
    assert.equal(await res.text(), '%PDF-1.4 test');
    // A type a browser would run is sent as plain bytes.
    const html = await get(`/media/av/${DOC_KEY}/document.html`);
    assert.equal(html.headers.get('content-type'), 'application/octet-stream');
    await html.arrayBuffer();
    assert.equal((await get(`/media/av/${DOC_KEY}/document.doc`)).status, 404);
  });

  it('attachmentDisposition keeps the exact name in filename* and a safe ASCII fallback', () => {
    assert.equal(
      serve.attachmentDisposition('café menu (v2).pdf', 'document.pdf'),
      `attachment; filename="cafe menu (v2).pdf"; filename*=UTF-8''caf%C3%A9%20menu%20%28v2%29.pdf`,
    );
    assert.equal(
      serve.attachmentDisposition('', 'document.pdf'),
      `attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`,
    );
    assert.doesNotMatch(serve.attachmentDisposition('a\r\nb"\\c.pdf', 'd.pdf'), /[\r\n\\]|b"/);
  });
});

describe("the production server's path (Node streams, no Next in between)", () => {
  it('answers the same ranges, whole files and HEADs, and leaves unknown names to Next', async () => {
    const http = await import('node:http');
    const server = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      serve.sendAvFile(req, res, path).then((sent) => {
        if (!sent) res.writeHead(599).end('to Next');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const at = (p: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${p}`, init);
    try {
      const part = await at(`/media/av/${KEY}/720.mp4`, { headers: { Range: 'bytes=1000-1999' } });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range'), `bytes 1000-1999/${VIDEO.length}`);
      assert.deepEqual(Buffer.from(await part.arrayBuffer()), VIDEO.subarray(1000, 2000));
      const whole = await at(`/media/av/${KEY}/720.mp4`);
      assert.equal(whole.status, 200);
      assert.equal(whole.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.deepEqual(Buffer.from(await whole.arrayBuffer()), VIDEO);
      const head = await at(`/media/av/${KEY}/720.mp4`, { method: 'HEAD' });
      assert.equal(head.headers.get('content-length'), String(VIDEO.length));
      assert.equal((await at(`/media/av/${KEY}/720.mp4`, { headers: { Range: 'bytes=999999-' } })).status, 416);
      assert.equal((await at(`/media/av/${KEY}/original.mov`)).status, 599);
      assert.equal((await at(`/media/av/${KEY}/missing.mp4`)).status, 599);
      assert.equal((await at(`/media/av/${KEY}/720.mp4`, { method: 'POST' })).status, 599);
    } finally {
      server.close();
    }
  });
});
