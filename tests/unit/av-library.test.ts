/**
 * The newsroom's handlers for video, audio and file items (lib/newsroom/av.ts) on a real
 * database and real files: text, poster, captions (written, replaced, refused, deleted), retry,
 * the library list, and deletion only when nothing uses the item, with its folder.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let staff: StaffByRole;
let mediaDir = '';
let av: typeof import('@/lib/newsroom/av');
let lib: typeof import('@/db/queries/av-library');

const form = (values: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
};
const vtt = (text: string) => new Blob([text], { type: 'text/vtt' });
const GOOD = 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n';

/** A video item as an accepted upload leaves it: a folder with its original, a row and a job. */
function video(uploadedBy: number): { id: number; key: string } {
  const key = Math.random().toString(16).slice(2).padEnd(32, '0').slice(0, 32);
  fs.mkdirSync(path.join(mediaDir, 'av', key), { recursive: true });
  fs.writeFileSync(path.join(mediaDir, 'av', key, 'original.mp4'), 'x');
  const id = lib.insertAvUpload(
    {
      kind: 'video',
      storageKey: key,
      mime: 'video/mp4',
      bytes: 1,
      durationMs: 3000,
      width: 640,
      height: 360,
      title: 'Harbour',
      originalName: 'harbour.mp4',
      probe: {},
      renditions: [],
    },
    { actorId: uploadedBy, ip: '' },
  );
  return { id, key };
}
const filesOf = (key: string) => fs.readdirSync(path.join(mediaDir, 'av', key)).sort();

before(async () => {
  t = await createTestDb('av-library-');
  mediaDir = path.join(t.dir, 'media');
  process.env.MEDIA_DIR = mediaDir;
  staff = await createStaffByRole();
  av = await import('@/lib/newsroom/av');
  lib = await import('@/db/queries/av-library');
});
after(() => t.cleanup());

describe('an item’s text and poster', () => {
  it('saves title, description, credit and download for its uploader and editors, not other authors', () => {
    const { id } = video(staff.author.id);
    const values = {
      id: String(id),
      title: '  Harbour at dawn ',
      description: 'Cranes',
      credit: 'Vera',
      transcript: '',
    };
    assert.equal(av.editAvText(staff.otherAuthor, form(values), ''), 'forbidden');
    assert.equal(av.editAvText(staff.author, form({ ...values, id: '999999' }), ''), 'missing');
    const blank = av.editAvText(staff.author, form({ ...values, title: ' ' }), '');
    assert.ok(
      typeof blank === 'object' && blank.status === 'invalid' && blank.fieldErrors.title === 'Give it a title.',
    );
    const saved = av.editAvText(staff.author, form({ ...values, allowDownload: 'on' }), '');
    assert.deepEqual(saved, { status: 'done', id, message: 'Saved.' });
    const row = t.db
      .select()
      .from(t.schema.media)
      .all()
      .find((m) => m.id === id)!;
    assert.equal(row.title, 'Harbour at dawn');
    assert.equal(row.allowDownload, true);
    assert.deepEqual(av.editAvText(staff.editor, form(values), ''), { status: 'done', id, message: 'Saved.' });
  });

  it('takes only a picture as poster, and clears it', () => {
    const { id } = video(staff.author.id);
    const picture = t.insertMedia({ file: 'poster-pic' });
    const other = video(staff.author.id);
    assert.deepEqual(av.setAvPoster(staff.author, form({ id: String(id), poster: String(other.id) }), ''), {
      ok: false,
      code: 'poster-not-picture',
    });
    assert.deepEqual(av.setAvPoster(staff.author, form({ id: String(id), poster: String(picture) }), ''), {
      ok: true,
      code: 'poster',
    });
    assert.equal(lib.avItemExtras(id)?.posterMediaId, picture);
    assert.deepEqual(av.setAvPoster(staff.author, form({ id: String(id), poster: '' }), ''), {
      ok: true,
      code: 'poster-cleared',
    });
    assert.equal(lib.avItemExtras(id)?.posterMediaId, null);
  });
});

describe('captions', () => {
  it('stores a valid file under a new name, replaces a language’s earlier file, and deletes it', async () => {
    const { id, key } = video(staff.author.id);
    const first = await av.addCaptions(staff.author, id, form({ lang: 'en', label: 'English', file: vtt(GOOD) }), '');
    assert.deepEqual(first, { ok: true, lang: 'en' });
    const [one] = lib.captionsOf(id);
    assert.match(one.file, /^captions-en-[0-9a-f]{6}\.vtt$/);
    assert.equal(fs.readFileSync(path.join(mediaDir, 'av', key, one.file), 'utf8'), GOOD);
    const srt = '1\n00:00:00,000 --> 00:00:01,000\nHello again.\n';
    assert.ok((await av.addCaptions(staff.author, id, form({ lang: 'en', label: 'English', file: vtt(srt) }), '')).ok);
    const [two] = lib.captionsOf(id);
    assert.notEqual(two.file, one.file, 'a replacement gets a new name (URLs are immutable)');
    assert.deepEqual(filesOf(key), [two.file, 'original.mp4'].sort(), 'the replaced file is gone');
    const removed = await av.removeCaptions(staff.author, form({ id: String(id), caption: String(two.id) }), '');
    assert.deepEqual(removed, { ok: true, code: 'caption-deleted' });
    assert.deepEqual(filesOf(key), ['original.mp4']);
    assert.deepEqual(lib.captionsOf(id), []);
  });

  it('refuses a corrupt file, a bad language or another author, storing nothing', async () => {
    const { id, key } = video(staff.author.id);
    const corrupt = await av.addCaptions(
      staff.author,
      id,
      form({ lang: 'en', label: 'English', file: vtt('WEBVTT\n\n00:00:09.000 --> 00:00:01.000\nNo\n') }),
      '',
    );
    assert.ok(!corrupt.ok && corrupt.status === 422 && /damaged \(line 3/.test(corrupt.message));
    const lang = await av.addCaptions(staff.author, id, form({ lang: 'English', label: 'x', file: vtt(GOOD) }), '');
    assert.ok(!lang.ok && lang.status === 400);
    const other = await av.addCaptions(staff.otherAuthor, id, form({ lang: 'en', label: 'x', file: vtt(GOOD) }), '');
    assert.ok(!other.ok && other.status === 403);
    assert.deepEqual(filesOf(key), ['original.mp4']);
    assert.deepEqual(lib.captionsOf(id), []);
  });
});

describe('retry, the list and deletion', () => {
  it('retries only a failed item, with a new queued job', () => {
    const { id } = video(staff.author.id);
    assert.deepEqual(av.retryAv(staff.author, form({ id: String(id) }), ''), { ok: false, code: 'not-failed' });
    t.db.$client.prepare(`UPDATE media SET status = 'failed', error = 'ffmpeg broke' WHERE id = ?`).run(id);
    assert.deepEqual(av.retryAv(staff.author, form({ id: String(id) }), ''), { ok: true, code: 'retry' });
    const jobs = t.db
      .select()
      .from(t.schema.mediaJobs)
      .all()
      .filter((j) => j.mediaId === id);
    assert.equal(jobs.length, 2);
    assert.equal(
      t.db
        .select()
        .from(t.schema.media)
        .all()
        .find((m) => m.id === id)!.status,
      'processing',
    );
  });

  it('lists every kind with counts, and filters by kind', () => {
    const all = lib.listLibraryEntries({ page: 1, perPage: 100 });
    assert.ok(all.counts.video > 0 && all.counts.image > 0);
    assert.equal(all.total, all.counts.video + all.counts.image + all.counts.audio + all.counts.file);
    const videos = lib.listLibraryEntries({ kind: 'video', page: 1, perPage: 100 });
    assert.ok(videos.items.length > 0 && videos.items.every((i) => i.kind === 'video'));
    assert.equal(videos.total, all.counts.video);
    assert.equal(lib.listLibraryEntries({ q: 'harbour.mp4', page: 1, perPage: 100 }).total, all.counts.video);
  });

  it('deletes an unused item with its folder, and refuses one a story uses', async () => {
    const used = video(staff.author.id);
    const section = t.insertSection({ slug: 'news' });
    t.insertArticle({ sectionId: section, title: 'Uses it', body: [{ type: 'video', mediaId: used.id }] });
    assert.deepEqual(await av.deleteAv(staff.author, form({ id: String(used.id) }), ''), { ok: false, code: 'in-use' });
    assert.ok(fs.existsSync(path.join(mediaDir, 'av', used.key)));
    assert.equal((await import('@/db/queries/media')).mediaUsage(used.id).articles[0].as, 'body');

    const unused = video(staff.author.id);
    assert.deepEqual(await av.deleteAv(staff.otherAuthor, form({ id: String(unused.id) }), ''), {
      ok: false,
      code: 'forbidden',
    });
    await av.addCaptions(staff.author, unused.id, form({ lang: 'en', label: 'English', file: vtt(GOOD) }), '');
    assert.deepEqual(await av.deleteAv(staff.author, form({ id: String(unused.id) }), ''), { ok: true });
    assert.equal(fs.existsSync(path.join(mediaDir, 'av', unused.key)), false);
    assert.equal(
      t.db
        .select()
        .from(t.schema.media)
        .all()
        .find((m) => m.id === unused.id),
      undefined,
    );
    assert.equal(
      t.db
        .select()
        .from(t.schema.mediaCaptions)
        .all()
        .filter((c) => c.mediaId === unused.id).length,
      0,
      'its captions went with it',
    );
  });
});
