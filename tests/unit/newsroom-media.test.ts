import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { createTestDb, type TestDb } from '../helpers/db';
import { GPS_TAG, withGpsExif } from '../helpers/images';
import { createStaffByRole, type StaffByRole } from '../helpers/staff';
import type { StaffUser } from '@/db/queries/staff';

let t: TestDb;
let m: typeof import('@/lib/newsroom/media');
let dq: typeof import('@/db/queries/media');
let mediaDir = '';
let staff: StaffByRole;
const LIMIT = 400_000;

function form(file: Blob | null, values: Record<string, string> = {}): FormData {
  const f = new FormData();
  if (file) f.append('file', file, 'upload.png');
  for (const [k, v] of Object.entries({
    alt: 'Harbour cranes at dawn',
    caption: 'The port',
    credit: 'Staff',
    ...values,
  }))
    f.append(k, v);
  return f;
}

const blob = (data: Buffer, type = 'image/png') => new Blob([new Uint8Array(data)], { type });
const picture = (width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'avif' = 'png') =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    [format]()
    .toBuffer();

const files = () =>
  fs
    .readdirSync(mediaDir)
    .filter((f) => f.endsWith('.webp'))
    .sort();
const mediaRows = () => t.db.select().from(t.schema.media).all();

// A PNG whose header claims 20000 × 20000 pixels: a decompression bomb in 60 bytes.
function bombPng(): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const byte of b) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

before(async () => {
  t = await createTestDb('newsroom-media-');
  mediaDir = path.join(t.dir, 'media');
  process.env.MEDIA_DIR = mediaDir;
  process.env.MEDIA_MAX_BYTES = String(LIMIT);
  m = await import('@/lib/newsroom/media');
  dq = await import('@/db/queries/media');
  staff = await createStaffByRole();
});
after(() => t.cleanup());

describe('sniffImageType reads the type from the bytes, never the name', () => {
  it('knows JPEG, PNG, WebP and AVIF', async () => {
    assert.equal(m.sniffImageType(await picture(400, 300, 'jpeg')), 'image/jpeg');
    assert.equal(m.sniffImageType(await picture(400, 300, 'png')), 'image/png');
    assert.equal(m.sniffImageType(await picture(400, 300, 'webp')), 'image/webp');
    assert.equal(m.sniffImageType(await picture(400, 300, 'avif')), 'image/avif');
  });
  it('calls SVG by its name however it starts, and refuses everything else', () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '\uFEFF  <?xml version="1.0"?>\n<svg/>',
      '<!-- hi --><svg onload="alert(1)"/>',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ""><svg/>',
    ]) {
      assert.equal(m.sniffImageType(Buffer.from(svg)), 'svg', svg);
    }
    for (const other of ['GIF89a....', '<html><body>hi</body></html>', '%PDF-1.7', '', 'RIFF\0\0\0\0WAVEfmt ']) {
      assert.equal(m.sniffImageType(Buffer.from(other)), null, other);
    }
  });
});

describe('uploadFromForm', () => {
  it('stores WebP variants up to the picture width, with no metadata, and one row with its audit entry', async () => {
    const withExif = await withGpsExif(await picture(1000, 600, 'jpeg'), { Copyright: 'secret-camera-owner' });
    // The source carries a GPS directory.
    assert.ok((await sharp(withExif).metadata()).exif!.includes(GPS_TAG));
    // The browser calls it a PNG; the bytes say JPEG, and the bytes win.
    const result = await m.uploadFromForm(staff.author, form(blob(withExif, 'image/png')), '127.0.0.1');
    assert.equal(result.ok, true, JSON.stringify(result));
    const item = dq.getLibraryItem((result as { id: number }).id)!;
    assert.equal(item.mime, 'image/jpeg');
    assert.deepEqual(item.variants, [320, 480, 640, 960, 1000]);
    assert.deepEqual([item.width, item.height], [1000, 600]);
    assert.equal(item.uploadedBy, staff.author.id);
    assert.match(item.file, /^up-[0-9a-f]{16}$/);
    assert.deepEqual(files(), item.variants.map((w) => `${item.file}-${w}.webp`).sort());
    for (const w of item.variants) {
      const stored = fs.readFileSync(path.join(mediaDir, `${item.file}-${w}.webp`));
      const meta = await sharp(stored).metadata();
      assert.deepEqual(
        [meta.format, meta.exif, meta.xmp, meta.iptc],
        ['webp', undefined, undefined, undefined],
        `variant ${w}`,
      );
      assert.ok(!stored.includes('secret-camera-owner') && !stored.includes('Exif'), `variant ${w}`);
    }
    const audit = t.db
      .select()
      .from(t.schema.auditLog)
      .all()
      .filter((a) => a.action === 'media.upload');
    assert.equal(audit.length, 1);
  });

  it('turns a picture upright by its EXIF orientation', async () => {
    const rotated = await sharp(await picture(800, 400, 'jpeg'))
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const result = (await m.uploadFromForm(staff.editor, form(blob(rotated, 'image/jpeg')), '127.0.0.1')) as {
      ok: true;
      id: number;
    };
    const item = dq.getLibraryItem(result.id)!;
    assert.deepEqual([item.width, item.height], [400, 800]);
  });

  it('refuses, writing nothing, a missing alt text, a missing file, SVG, other types, tiny and oversized pictures and decompression bombs', async () => {
    const rowsBefore = mediaRows().length;
    const filesBefore = files().length;
    const cases: [string, StaffUser, FormData, number, string][] = [
      ['no alt', staff.author, form(blob(await picture(800, 500)), { alt: '   ' }), 400, 'alt'],
      ['no file', staff.author, form(null), 400, 'file'],
      ['empty file', staff.author, form(blob(Buffer.alloc(0))), 400, 'file'],
      [
        'svg',
        staff.author,
        form(blob(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/png')),
        415,
        'file',
      ],
      [
        'gif',
        staff.author,
        form(
          blob(
            await sharp({ create: { width: 400, height: 400, channels: 3, background: '#fff' } })
              .gif()
              .toBuffer(),
            'image/gif',
          ),
        ),
        415,
        'file',
      ],
      [
        'html',
        staff.author,
        form(blob(Buffer.from('<html><script>alert(1)</script></html>'), 'image/jpeg')),
        415,
        'file',
      ],
      [
        'truncated jpeg',
        staff.author,
        form(blob((await picture(800, 500, 'jpeg')).subarray(0, 300), 'image/jpeg')),
        415,
        'file',
      ],
      ['too narrow', staff.author, form(blob(await picture(200, 900))), 400, 'file'],
      ['bomb', staff.author, form(blob(bombPng())), 413, 'file'],
      [
        'oversized',
        staff.author,
        form(blob(Buffer.concat([await picture(800, 500), Buffer.alloc(LIMIT)]))),
        413,
        'file',
      ],
      ['contributor', staff.contributor, form(blob(await picture(800, 500))), 403, ''],
    ];
    for (const [name, who, f, status, field] of cases) {
      const result = await m.uploadFromForm(who, f, '127.0.0.1');
      assert.equal(result.ok, false, name);
      if (result.ok) continue;
      assert.equal(result.status, status, `${name}: ${result.message}`);
      if (field) assert.ok(result.fieldErrors[field as 'file'], `${name} has a message on ${field}`);
      assert.equal(result.values.caption, 'The port', `${name} keeps the typed text`);
    }
    assert.equal(mediaRows().length, rowsBefore);
    assert.equal(files().length, filesBefore);
  });
});

describe('editing and deleting pictures', () => {
  it('an author edits the text of an own upload only; an editor any; a bad alt text is refused', async () => {
    const own = (await m.uploadFromForm(staff.author, form(blob(await picture(640, 480))), '127.0.0.1')) as {
      id: number;
    };
    const edit = (alt: string) => form(null, { alt, caption: 'New caption', credit: 'New credit' });
    assert.equal(m.editMediaText(staff.otherAuthor, own.id, edit('Other'), '127.0.0.1').status, 'forbidden');
    assert.equal(m.editMediaText(staff.contributor, own.id, edit('Other'), '127.0.0.1').status, 'forbidden');
    const invalid = m.editMediaText(staff.author, own.id, edit(''), '127.0.0.1');
    assert.equal(invalid.status, 'invalid');
    assert.equal(dq.getLibraryItem(own.id)!.alt, 'Harbour cranes at dawn');
    assert.equal(m.editMediaText(staff.author, own.id, edit('Cranes'), '127.0.0.1').status, 'saved');
    assert.equal(m.editMediaText(staff.editor, own.id, edit('Cranes, edited'), '127.0.0.1').status, 'saved');
    const item = dq.getLibraryItem(own.id)!;
    assert.deepEqual([item.alt, item.caption, item.credit], ['Cranes, edited', 'New caption', 'New credit']);
  });

  it('a picture in use (hero, share picture or body) is not deleted; an unused one goes with its files', async () => {
    const section = t.insertSection({ slug: 'world', name: 'World' });
    const upload = async () =>
      ((await m.uploadFromForm(staff.editor, form(blob(await picture(640, 480))), '127.0.0.1')) as { id: number }).id;
    const [hero, social, inBody, unused] = [await upload(), await upload(), await upload(), await upload()];
    const draft = t.insertArticle({
      sectionId: section,
      status: 'draft',
      heroMediaId: hero,
      body: [{ type: 'image', mediaId: inBody }],
    });
    t.db.$client.prepare('UPDATE articles SET social_media_id = ? WHERE id = ?').run(social, draft);
    assert.deepEqual(
      dq.mediaUsage(hero).articles.map((a) => a.as),
      ['hero'],
    );
    assert.deepEqual(
      dq.mediaUsage(social).articles.map((a) => a.as),
      ['share image'],
    );
    assert.deepEqual(
      dq.mediaUsage(inBody).articles.map((a) => a.as),
      ['body'],
    );
    for (const id of [hero, social, inBody]) {
      assert.deepEqual(await m.deleteMedia(staff.editor, id, '127.0.0.1'), {
        ok: false,
        reason: 'in-use',
        message: 'The picture is still used: remove it from those articles and bylines first.',
      });
      assert.ok(dq.getLibraryItem(id));
    }
    const file = dq.getLibraryItem(unused)!.file;
    assert.deepEqual(await m.deleteMedia(staff.otherAuthor, unused, '127.0.0.1'), {
      ok: false,
      reason: 'forbidden',
      message: 'Your role may not delete this picture.',
    });
    assert.deepEqual(await m.deleteMedia(staff.editor, unused, '127.0.0.1'), { ok: true });
    assert.equal(dq.getLibraryItem(unused), null);
    assert.equal(files().filter((f) => f.startsWith(file)).length, 0);
  });

  it('a picture in a gallery, a hero gallery, a show artwork or a video poster is in use too', async () => {
    const section = t.insertSection({ slug: 'pictures', name: 'Pictures' });
    const upload = async () =>
      ((await m.uploadFromForm(staff.editor, form(blob(await picture(640, 480))), '127.0.0.1')) as { id: number }).id;
    const [inGallery, inHeroGallery, artwork, poster, other] = [
      await upload(),
      await upload(),
      await upload(),
      await upload(),
      await upload(),
    ];
    const story = t.insertArticle({
      sectionId: section,
      status: 'draft',
      body: [{ type: 'gallery', items: [{ mediaId: other }, { mediaId: inGallery }] }],
    });
    t.db.$client
      .prepare('UPDATE articles SET hero_gallery = ? WHERE id = ?')
      .run(JSON.stringify([{ mediaId: inHeroGallery }, { mediaId: other }]), story);
    t.db.$client.prepare("INSERT INTO shows (slug, name, artwork_media_id) VALUES ('s', 'Show', ?)").run(artwork);
    const video = Number(
      t.db.$client
        .prepare(
          "INSERT INTO media (file, mime, width, height, alt, kind, storage_key, poster_media_id) VALUES ('av-v', 'video/mp4', 0, 0, '', 'video', ?, ?)",
        )
        .run('c'.repeat(32), poster).lastInsertRowid,
    );
    t.insertArticle({ sectionId: section, status: 'draft', body: [{ type: 'video', mediaId: video }] });
    assert.deepEqual(
      dq.mediaUsage(inGallery).articles.map((a) => a.as),
      ['body'],
    );
    assert.deepEqual(
      dq.mediaUsage(inHeroGallery).articles.map((a) => a.as),
      ['hero gallery'],
    );
    assert.deepEqual(
      dq.mediaUsage(other).articles.map((a) => a.as),
      ['hero gallery', 'body'],
    );
    assert.deepEqual(
      dq.mediaUsage(artwork).shows.map((s) => s.name),
      ['Show'],
    );
    assert.deepEqual(
      dq.mediaUsage(poster).posterOf.map((v) => v.id),
      [video],
    );
    assert.deepEqual(
      dq.mediaUsage(video).articles.map((a) => a.as),
      ['body'],
    );
    for (const id of [inGallery, inHeroGallery, artwork, poster])
      assert.equal((await m.deleteMedia(staff.editor, id, '127.0.0.1')).ok, false);
  });
});

describe('the picture picker and focal points', () => {
  it('searches pictures by alt text, caption, credit, file name or #id, newest first, a page at a time', async () => {
    const upload = async (alt: string, caption = '') =>
      (
        (await m.uploadFromForm(
          staff.author,
          form(blob(await picture(640, 480)), { alt, caption, credit: 'Picker' }),
          '127.0.0.1',
        )) as { id: number }
      ).id;
    const lighthouse = await upload('A lighthouse 100% lit_up', 'Storm over the cape');
    const ferry = await upload('A ferry in the fog');
    const byAlt = m.pickerPage(staff.author, 'lighthouse', 1);
    assert.deepEqual(
      byAlt.items.map((i) => i.id),
      [lighthouse],
    );
    assert.equal(byAlt.items[0].editable, true);
    assert.match(byAlt.items[0].thumb, /^\/media\/up-[0-9a-f]{16}-320\.webp$/);
    assert.deepEqual(byAlt.items[0].focal, { x: 0.5, y: 0.5 });
    assert.deepEqual(
      m.pickerPage(staff.author, 'STORM', 1).items.map((i) => i.id),
      [lighthouse],
    );
    // LIKE wildcards match only themselves.
    assert.deepEqual(
      m.pickerPage(staff.author, '100%', 1).items.map((i) => i.id),
      [lighthouse],
    );
    assert.deepEqual(m.pickerPage(staff.author, 'lit_', 1).items.length, 1);
    assert.deepEqual(m.pickerPage(staff.author, 'lit%up', 1).items, []);
    assert.deepEqual(
      m.pickerPage(staff.author, `#${ferry}`, 1).items.map((i) => i.id),
      [ferry],
    );
    // Another author may choose it but not move its point.
    assert.equal(m.pickerPage(staff.otherAuthor, `#${ferry}`, 1).items[0].editable, false);
    const all = m.pickerPage(staff.editor, '', 1);
    assert.equal(all.items[0].id, ferry);
    assert.ok(all.items.length <= m.PICKER_PAGE_SIZE);
    assert.equal(m.pickerPage(staff.editor, '', 0).page, 1);
  });

  it('moves a focal point in percent, for the uploader or an editor; refuses bad numbers, keeping them', async () => {
    const own = (await m.uploadFromForm(staff.author, form(blob(await picture(640, 480))), '127.0.0.1')) as {
      id: number;
    };
    const point = (focalX: string, focalY: string) => {
      const f = new FormData();
      f.set('focalX', focalX);
      f.set('focalY', focalY);
      return f;
    };
    assert.equal(m.setFocalPoint(staff.otherAuthor, own.id, point('10', '10'), '127.0.0.1').status, 'forbidden');
    assert.equal(m.setFocalPoint(staff.author, 999_999, point('10', '10'), '127.0.0.1').status, 'missing');
    const bad = m.setFocalPoint(staff.author, own.id, point('101', 'x'), '127.0.0.1');
    assert.equal(bad.status, 'invalid');
    assert.ok(bad.status === 'invalid' && bad.fieldErrors.focalX && bad.fieldErrors.focalY);
    assert.deepEqual(bad.status === 'invalid' && bad.values, { focalX: '101', focalY: 'x' });
    const saved = m.setFocalPoint(staff.author, own.id, point('25', '62.5'), '127.0.0.1');
    assert.deepEqual(saved, { status: 'saved', message: 'Focal point saved.', focal: { x: 0.25, y: 0.625 } });
    const item = dq.getLibraryItem(own.id)!;
    assert.deepEqual([item.focalX, item.focalY], [0.25, 0.625]);
    assert.deepEqual(dq.focalByFile(item.file), { focalX: 0.25, focalY: 0.625 });
    assert.equal(m.setFocalPoint(staff.editor, own.id, point('0', '100'), '127.0.0.1').status, 'saved');
    const audit = t.db
      .select()
      .from(t.schema.auditLog)
      .all()
      .filter((a) => a.action === 'media.focal');
    assert.equal(audit.length, 2);
  });
});
