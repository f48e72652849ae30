/**
 * Uploads of video, audio and files: the limits, the document type read from bytes, caption
 * validation, the acceptance of a finished upload (real ffprobe on clips made here with ffmpeg,
 * a real database) and the tus endpoint over HTTP with its checks.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { createTestDb, type TestDb } from '../helpers/db';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';

let t: TestDb;
let staff: StaffByRole;
let mediaDir = '';
let work = '';
let accept: typeof import('@/lib/av/accept');
let documents: typeof import('@/lib/av/documents');
let captions: typeof import('@/lib/av/captions');
let limits: typeof import('@/lib/av/limits');

/** A clip made by ffmpeg's generated sources (nothing committed). */
function clip(name: string, args: string[]): string {
  const out = path.join(work, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', ...args, out]);
  return out;
}
const video = (name = 'clip.mp4', seconds = 2) =>
  clip(name, [
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=320x240:rate=25:duration=${seconds}`,
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:duration=${seconds}`,
    '-c:v',
    'libx264',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-shortest',
  ]);
const audio = (name = 'tone.m4a', seconds = 2) =>
  clip(name, ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:a', 'aac']);

/** A copy of `file` in the work folder (acceptUpload consumes what it is given). */
function copy(file: string, name: string): string {
  const out = path.join(work, `${Date.now()}-${Math.random().toString(16).slice(2)}-${name}`);
  fs.copyFileSync(file, out);
  return out;
}
function write(name: string, data: string | Buffer): string {
  const out = path.join(work, name);
  fs.writeFileSync(out, data);
  return out;
}

/** A stored ZIP (no compression) of the given entries: enough for an OOXML document's signature. */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const docx = () =>
  zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    ['word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'],
  ]);

const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

const mediaRows = () => t.db.select().from(t.schema.media).all();
const jobRows = () => t.db.select().from(t.schema.mediaJobs).all();
const avFolders = () => (fs.existsSync(path.join(mediaDir, 'av')) ? fs.readdirSync(path.join(mediaDir, 'av')) : []);

before(async () => {
  t = await createTestDb('av-uploads-');
  mediaDir = path.join(t.dir, 'media');
  work = path.join(t.dir, 'work');
  fs.mkdirSync(work);
  process.env.MEDIA_DIR = mediaDir;
  staff = await createStaffByRole();
  accept = await import('@/lib/av/accept');
  documents = await import('@/lib/av/documents');
  captions = await import('@/lib/av/captions');
  limits = await import('@/lib/av/limits');
});

after(() => t.cleanup());

describe('limits', () => {
  it('has the defaults and takes positive whole overrides from the environment', () => {
    const saved = { ...process.env };
    try {
      delete process.env.MEDIA_MAX_VIDEO_BYTES;
      delete process.env.MEDIA_MAX_DURATION_SECONDS;
      process.env.MEDIA_MAX_AUDIO_BYTES = 'lots';
      process.env.MEDIA_MAX_FILE_BYTES = '1000';
      const l = limits.avLimits();
      assert.equal(l.bytes.video, 2 * 1024 ** 3);
      assert.equal(l.bytes.audio, 500 * 1024 ** 2, 'a value that is not a number keeps the default');
      assert.equal(l.bytes.file, 1000);
      assert.equal(l.durationSeconds, 4 * 3600);
      assert.equal(limits.maxUploadBytes(l), 2 * 1024 ** 3);
      assert.equal(limits.sizeRefusal('file', 1000, l), null);
      assert.match(limits.sizeRefusal('file', 1001, l) ?? '', /Files may be at most 1000 bytes/);
      assert.match(limits.sizeRefusal('video', 3 * 1024 ** 3, l) ?? '', /Videos may be at most 2 GB; this one is 3 GB/);
    } finally {
      process.env = saved;
    }
  });
});

describe('documents: the type from the bytes', () => {
  it('accepts a PDF and a DOCX whatever their names, and gives them the right download name', async () => {
    const p = await documents.detectDocument(write('a.pdf', pdf()), 'Budget 2026.pdf', pdf().length);
    assert.deepEqual(p.ok && p.type.ext, 'pdf');
    const d = await documents.detectDocument(write('b.bin', docx()), 'minutes.pdf', docx().length);
    assert.ok(d.ok, JSON.stringify(d));
    assert.equal(d.type.ext, 'docx');
    assert.equal(documents.downloadName('minutes.pdf', d.type), 'minutes.docx');
  });

  it('accepts UTF-8 text and CSV under text names', async () => {
    const csv = write('t.csv', 'city,people\nTallinn,450000\nTartu,97000\n');
    const r = await documents.detectDocument(csv, 'cities.csv', fs.statSync(csv).size);
    assert.ok(r.ok && r.type.ext === 'csv' && r.type.mime.startsWith('text/csv'));
    const txt = await documents.detectDocument(write('t.txt', 'Ünïcödé text\n'), 'notes', 10);
    assert.ok(txt.ok && txt.type.ext === 'txt');
  });

  it('refuses renamed text, executables, archives, pictures, binary junk and empty files', async () => {
    const renamed = await documents.detectDocument(write('r.pdf', 'just some words\n'), 'report.pdf', 16);
    assert.ok(!renamed.ok && /named \.pdf but holds plain text/.test(renamed.reason));
    const exe = Buffer.alloc(512);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    const e = await documents.detectDocument(write('setup.txt', exe), 'setup.txt', exe.length);
    assert.ok(!e.ok && /not accepted/.test(e.reason), JSON.stringify(e));
    const archive = zip([['a.txt', 'hello']]);
    const z = await documents.detectDocument(write('a.zip', archive), 'a.zip', archive.length);
    assert.ok(!z.ok && /not accepted/.test(z.reason), JSON.stringify(z));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const i = await documents.detectDocument(write('p.png', png), 'p.png', png.length);
    assert.ok(!i.ok && /picture form/.test(i.reason));
    const junk = Buffer.from([0x00, 0xff, 0x13, 0x37, 0xc3, 0x28]);
    const j = await documents.detectDocument(write('j.txt', junk), 'j.txt', junk.length);
    assert.ok(!j.ok && /not accepted/.test(j.reason));
    const empty = await documents.detectDocument(write('e.txt', ''), 'e.txt', 0);
    assert.ok(!empty.ok && /empty/.test(empty.reason));
  });
});

describe('captions', () => {
  const vtt = 'WEBVTT\n\n00:00:00.500 --> 00:00:02.000\nHello.\n\n00:00:02.500 --> 00:00:04.000\n<i>Goodbye.</i>\n';

  it('accepts valid WebVTT as it is', () => {
    const r = captions.captionsFromUpload(new TextEncoder().encode(vtt));
    assert.deepEqual(r, { ok: true, vtt, cues: 2 });
  });

  it('converts SubRip (with a BOM and CRLF) to valid WebVTT', () => {
    const srt =
      '\uFEFF1\r\n00:00:00,500 --> 00:00:02,000\r\nHello.\r\n\r\n2\r\n0:00:02,500 --> 0:00:04,000\r\nGoodbye.\r\n';
    const r = captions.captionsFromUpload(new TextEncoder().encode(srt));
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.cues, 2);
    assert.match(
      r.vtt,
      /^WEBVTT\n\n1\n00:00:00\.500 --> 00:00:02\.000\nHello\.\n\n2\n00:00:02\.500 --> 00:00:04\.000\nGoodbye\.\n$/,
    );
  });

  it('refuses a corrupt, empty, cue-less or non-UTF-8 file with a reason', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const bad = captions.captionsFromUpload(enc('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards\n'));
    assert.ok(!bad.ok && /damaged \(line 3: End timestamp is not greater/.test(bad.reason), JSON.stringify(bad));
    const junk = captions.captionsFromUpload(enc('this is not a caption file\nat all\n'));
    assert.ok(!junk.ok && /not a caption file/.test(junk.reason));
    const empty = captions.captionsFromUpload(new Uint8Array());
    assert.ok(!empty.ok && /empty/.test(empty.reason));
    const blank = captions.captionsFromUpload(enc('  \n\n'));
    assert.ok(!blank.ok && /empty/.test(blank.reason));
    const none = captions.captionsFromUpload(enc('WEBVTT\n\nNOTE nothing here\n'));
    assert.ok(!none.ok && /no captions/.test(none.reason));
    const latin1 = captions.captionsFromUpload(Uint8Array.from([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xe9]));
    assert.ok(!latin1.ok && /not UTF-8/.test(latin1.reason));
    const big = captions.captionsFromUpload(new Uint8Array(captions.MAX_CAPTION_BYTES + 1));
    assert.ok(!big.ok && /at most/.test(big.reason));
  });

  it('checks language tags and names caption files by a pattern the media route serves', async () => {
    const { AV_SEGMENT_PATTERN } = await import('@/lib/av/storage');
    assert.equal(captions.captionLanguage('pt-br'), 'pt-BR');
    assert.equal(captions.captionLanguage('en'), 'en');
    assert.equal(captions.captionLanguage('english please'), null);
    assert.equal(captions.captionLanguage('../x'), null);
    assert.match(captions.captionFileName('pt-BR', 'a1b2c3'), AV_SEGMENT_PATTERN);
  });
});

describe('accepting a finished upload', () => {
  const who = () => ({ staffId: staff.author.id, ip: '203.0.113.9' });
  /** Accepts the file at `file` as the author's upload of a `declaredKind` named `filename`. */
  const acceptFile = (
    file: string,
    declaredKind: 'video' | 'audio' | 'file',
    filename: string,
    title = '',
    limitsNow?: ReturnType<typeof limits.avLimits>,
  ) =>
    accept.acceptUpload(
      { path: file, bytes: fs.statSync(file).size, declaredKind, filename, title, ...who() },
      ...(limitsNow ? [limitsNow] : []),
    );

  it('stores a video in a new folder and records it with a queued job and an audit entry', async () => {
    const src = copy(video(), 'holiday.mp4');
    const r = await acceptFile(src, 'video', 'C:\\Users\\me\\Harbour at dawn.mp4');
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.kind, 'video');
    assert.equal(fs.existsSync(src), false, 'the upload was moved');
    const folder = path.join(mediaDir, 'av', r.storageKey);
    assert.deepEqual(fs.readdirSync(folder), ['original.mp4']);
    const row = mediaRows().find((m) => m.id === r.id)!;
    assert.equal(row.kind, 'video');
    assert.equal(row.status, 'processing');
    assert.equal(row.file, `av-${r.storageKey}`);
    assert.equal(row.mime, 'video/mp4');
    assert.equal(row.width, 320);
    assert.equal(row.height, 240);
    assert.ok(Math.abs(row.durationMs - 2000) < 200, String(row.durationMs));
    assert.equal(row.title, 'Harbour at dawn');
    assert.equal(row.originalName, 'Harbour at dawn.mp4');
    assert.equal(row.uploadedBy, staff.author.id);
    assert.equal((row.probe as { original?: string }).original, 'original.mp4');
    const jobs = jobRows().filter((j) => j.mediaId === r.id);
    assert.equal(jobs.length, 1);
    assert.equal(jobs[0].state, 'queued');
    const audit = t.db.select().from(t.schema.auditLog).all();
    assert.ok(audit.some((a) => a.action === 'media.upload' && a.subjectId === String(r.id) && a.ip === '203.0.113.9'));
  });

  it('stores audio uploaded as video as audio, and says so', async () => {
    const src = copy(audio(), 'tone.m4a');
    const r = await acceptFile(src, 'video', 'tone.m4a', 'Morning tone');
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.kind, 'audio');
    assert.match(r.note, /stored as audio/);
    const row = mediaRows().find((m) => m.id === r.id)!;
    assert.equal(row.kind, 'audio');
    assert.equal(row.mime, 'audio/mp4');
    assert.equal(row.title, 'Morning tone');
    assert.equal(row.width, 0);
  });

  it('stores a document as ready, with its file as the one rendition and no job', async () => {
    const src = write('upload-doc', pdf());
    const r = await acceptFile(src, 'file', 'Annual report.pdf');
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(fs.readdirSync(path.join(mediaDir, 'av', r.storageKey)), ['document.pdf']);
    const row = mediaRows().find((m) => m.id === r.id)!;
    assert.equal(row.status, 'ready');
    assert.equal(row.mime, 'application/pdf');
    assert.deepEqual(row.renditions, [
      { file: 'document.pdf', role: 'file', mime: 'application/pdf', bytes: pdf().length },
    ]);
    assert.equal(jobRows().filter((j) => j.mediaId === r.id).length, 0);
  });

  it('refuses by content: renamed text, over the duration, over the size; nothing recorded, nothing left', async () => {
    const before = { rows: mediaRows().length, jobs: jobRows().length, folders: avFolders().length };
    const text = write('notes.mp4', 'this is not a video at all\n'.repeat(50));
    const r1 = await acceptFile(text, 'video', 'notes.mp4');
    assert.ok(!r1.ok && /not a video or audio file/.test(r1.reason), JSON.stringify(r1));
    assert.equal(fs.existsSync(text), false, 'the refused upload is deleted');

    const long = copy(video('long.mp4', 3), 'long.mp4');
    const strict = { ...limits.avLimits(), durationSeconds: 1 };
    const r2 = await acceptFile(long, 'video', 'long.mp4', '', strict);
    assert.ok(!r2.ok && /lasts 0:03; the most we accept is 0:01/.test(r2.reason), JSON.stringify(r2));
    assert.equal(fs.existsSync(long), false);

    const big = copy(video(), 'big.mp4');
    const small = { ...limits.avLimits(), bytes: { video: 1000, audio: 1000, file: 1000 } };
    const r3 = await acceptFile(big, 'video', 'big.mp4', '', small);
    assert.ok(!r3.ok && /Videos may be at most 1000 bytes/.test(r3.reason), JSON.stringify(r3));

    const exe = write('tool.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    const r4 = await acceptFile(exe, 'file', 'tool.pdf');
    assert.ok(!r4.ok, JSON.stringify(r4));
    assert.equal(fs.existsSync(exe), false);

    assert.deepEqual({ rows: mediaRows().length, jobs: jobRows().length, folders: avFolders().length }, before);
  });

  it('refuses pictures larger than 8192 pixels (a decompression bomb) without reading them', () => {
    const p = {
      kind: 'video' as const,
      durationMs: 1000,
      width: 20000,
      height: 100,
      rotation: 0,
      videoCodec: 'h264',
      audioCodec: null,
      format: 'mov,mp4,m4a,3gp,3g2,mj2',
      bitrate: null,
    };
    assert.match(accept.mediaRefusal(p, 10, limits.avLimits()) ?? '', /at most 8192 pixels/);
    assert.equal(accept.mediaRefusal({ ...p, width: 8192, height: 4320 }, 10, limits.avLimits()), null);
  });

  it('names stored originals by what ffprobe found', () => {
    const of = (format: string, kind: 'video' | 'audio', videoCodec: string | null, audioCodec: string | null) =>
      accept.storedTypeOf({ format, kind, videoCodec, audioCodec });
    assert.deepEqual(of('mov,mp4,m4a,3gp,3g2,mj2', 'video', 'h264', 'aac'), { ext: 'mp4', mime: 'video/mp4' });
    assert.deepEqual(of('matroska,webm', 'video', 'vp9', 'opus'), { ext: 'webm', mime: 'video/webm' });
    assert.deepEqual(of('matroska,webm', 'video', 'h264', 'aac'), { ext: 'mkv', mime: 'video/x-matroska' });
    assert.deepEqual(of('mp3', 'audio', null, 'mp3'), { ext: 'mp3', mime: 'audio/mpeg' });
    assert.deepEqual(of('ogg', 'audio', null, 'opus'), { ext: 'ogg', mime: 'audio/ogg' });
    assert.equal(accept.cleanFileName('../../etc/passwd'), 'passwd');
    assert.equal(accept.cleanFileName('a\u0000b<c>.txt'), 'abc.txt');
  });
});

describe('the tus endpoint', () => {
  let server: http.Server;
  let origin = '';
  let cookie: Record<string, string>;
  let uploads: typeof import('@/lib/av/uploads');

  before(async () => {
    uploads = await import('@/lib/av/uploads');
    const session = await import('@/lib/auth/session');
    cookie = {};
    for (const role of ['author', 'contributor', 'otherAuthor'] as const)
      cookie[role] = `${session.STAFF_COOKIE}=${session.startSession(staff[role].id, '127.0.0.1', 'test').token}`;
    server = http.createServer((req, res) => void uploads.handleUpload(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  const meta = (m: Record<string, string>) =>
    Object.entries(m)
      .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
      .join(',');

  function create(length: number, m: Record<string, string>, headers: Record<string, string> = {}) {
    return fetch(`${origin}${uploads.UPLOADS_PATH}`, {
      method: 'POST',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Length': String(length),
        'Upload-Metadata': meta(m),
        Origin: origin,
        Cookie: cookie.author,
        ...headers,
      },
    });
  }
  function patch(location: string, offset: number, body: Buffer, headers: Record<string, string> = {}) {
    return fetch(`${origin}${location}`, {
      method: 'PATCH',
      headers: {
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        Origin: origin,
        Cookie: cookie.author,
        ...headers,
      },
      body: new Uint8Array(body),
    });
  }

  it('refuses without a session, from another site, or for a role without media.upload', async () => {
    const m = { filename: 'a.mp4', kind: 'video' };
    const anonymous = await create(10, m, { Cookie: '' });
    assert.equal(anonymous.status, 401);
    assert.match(await anonymous.text(), /Sign in/);
    const crossSite = await create(10, m, { Origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    const contributor = await create(10, m, { Cookie: cookie.contributor });
    assert.equal(contributor.status, 403);
    assert.match(await contributor.text(), /role may not upload/);
    const read = await fetch(`${origin}${uploads.UPLOADS_PATH}/abc`, { headers: { Cookie: cookie.author } });
    assert.equal(read.status, 405);
  });

  it('refuses at creation what is over its kind’s limit (413) or says nothing of its kind (400)', async () => {
    process.env.MEDIA_MAX_AUDIO_BYTES = '1000';
    try {
      const r = await create(1001, { filename: 'a.mp3', kind: 'audio' });
      assert.equal(r.status, 413);
      assert.match(await r.text(), /Audio files may be at most 1000 bytes/);
      const ok = await create(1000, { filename: 'a.mp3', kind: 'audio' });
      assert.equal(ok.status, 201);
    } finally {
      delete process.env.MEDIA_MAX_AUDIO_BYTES;
    }
    const kindless = await create(10, { filename: 'a.mp4' });
    assert.equal(kindless.status, 400);
    assert.match(await kindless.text(), /video, audio or file/);
  });

  it('takes a video in two chunks, resumes from the stored offset, and answers with the new item', async () => {
    const data = fs.readFileSync(video('tus.mp4'));
    const created = await create(data.length, {
      filename: 'tus.mp4',
      filetype: 'video/mp4',
      kind: 'video',
      title: 'By tus',
    });
    assert.equal(created.status, 201);
    const location = created.headers.get('location')!;
    assert.match(location, new RegExp(`^${uploads.UPLOADS_PATH}/[0-9a-f]{32}$`));
    const half = Math.floor(data.length / 2);
    const first = await patch(location, 0, data.subarray(0, half));
    assert.equal(first.status, 204);
    // Someone else cannot continue it; a stale offset is refused.
    const stranger = await patch(location, half, data.subarray(half), { Cookie: cookie.otherAuthor });
    assert.equal(stranger.status, 403);
    assert.equal((await patch(location, 0, data.subarray(0, 10))).status, 409);
    const head = await fetch(`${origin}${location}`, {
      method: 'HEAD',
      headers: { 'Tus-Resumable': '1.0.0', Cookie: cookie.author },
    });
    assert.equal(head.headers.get('upload-offset'), String(half));
    const last = await patch(location, half, data.subarray(half));
    assert.equal(last.status, 204);
    const id = Number(last.headers.get('media-id'));
    assert.ok(id > 0);
    assert.equal(last.headers.get('media-url'), `/admin/media/${id}`);
    const row = mediaRows().find((m) => m.id === id)!;
    assert.equal(row.title, 'By tus');
    assert.equal(row.bytes, data.length);
    assert.deepEqual(
      fs.readdirSync(uploads.uploadsDir()).filter((f) => f.startsWith(path.basename(location))),
      [],
    );
  });

  it('refuses a finished upload that is not what it claims with 422 and the reason; nothing is left', async () => {
    const before = { rows: mediaRows().length, folders: avFolders().length };
    const text = Buffer.from('a renamed text file\n'.repeat(20));
    const created = await create(text.length, { filename: 'movie.mp4', kind: 'video' });
    const location = created.headers.get('location')!;
    const done = await patch(location, 0, text);
    assert.equal(done.status, 422);
    assert.match(await done.text(), /not a video or audio file/);
    assert.deepEqual({ rows: mediaRows().length, folders: avFolders().length }, before);
    assert.deepEqual(
      fs.readdirSync(uploads.uploadsDir()).filter((f) => f.startsWith(path.basename(location))),
      [],
    );
  });

  it('deletes abandoned partial uploads once they expire', async () => {
    const created = await create(100, { filename: 'gone.txt', kind: 'file' });
    const id = path.basename(created.headers.get('location')!);
    const info = path.join(uploads.uploadsDir(), `${id}.json`);
    const record = JSON.parse(fs.readFileSync(info, 'utf8'));
    record.creation_date = new Date(Date.now() - uploads.UPLOAD_EXPIRY_MS - 1000).toISOString();
    fs.writeFileSync(info, JSON.stringify(record));
    assert.ok((await uploads.cleanUpExpiredUploads()) >= 1);
    assert.equal(fs.existsSync(info), false);
    assert.equal(fs.existsSync(path.join(uploads.uploadsDir(), id)), false);
  });
});

describe('a failure after the move', () => {
  it('removes the folder and writes no row (the job table is gone, so the transaction fails)', async () => {
    const before = { rows: mediaRows().length, folders: avFolders().length };
    t.db.$client.exec('ALTER TABLE media_jobs RENAME TO media_jobs_away');
    try {
      const src = copy(video(), 'doomed.mp4');
      await assert.rejects(
        accept.acceptUpload({
          path: src,
          bytes: fs.statSync(src).size,
          declaredKind: 'video',
          filename: 'doomed.mp4',
          title: '',
          staffId: staff.author.id,
          ip: '',
        }),
      );
      assert.equal(fs.existsSync(src), false);
    } finally {
      t.db.$client.exec('ALTER TABLE media_jobs_away RENAME TO media_jobs');
    }
    assert.deepEqual({ rows: mediaRows().length, folders: avFolders().length }, before);
  });
});
