/**
 * The demo newsroom's media stories, made at seed time (issue 18): a story with a video hero
 * and captions, one with a video, a gallery and a PDF in its body, a gallery-hero story, and a
 * show with three audio episodes. The clips come from ffmpeg's generated sources (`testsrc2`,
 * `sine`), so nothing is downloaded or committed; they go through the same processing as an
 * upload (lib/av/process.ts), synchronously. Without ffmpeg the caller skips this and says
 * what to install.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { DB } from '@/db/client';
import {
  insertDemoAv,
  insertDemoCaption,
  insertDemoPicture,
  insertDemoShow,
  insertDemoStory,
  newestPublishedAt,
  setDemoPoster,
  seededPictureId,
  type DemoAv,
} from '@/db/seed/media';
import type { Block } from '@/lib/content/blocks';
import { captionFileName } from '@/lib/av/captions';
import { avDir, newStorageKey } from '@/lib/av/storage';
import { processMediaNow } from '@/lib/av/worker';
import { storeVariants } from '@/lib/newsroom/media';

const run = promisify(execFile);

/** Generates a clip from ffmpeg's test sources (fixed arguments, our own output path). */
async function makeClip(out: string, opts: { seconds: number; size?: string; frequency: number }): Promise<void> {
  const video = opts.size ? ['-f', 'lavfi', '-i', `testsrc2=size=${opts.size}:rate=25`] : [];
  const codecs = opts.size ? ['-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'] : [];
  await run(
    'ffmpeg',
    [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-y',
      ...video,
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=${opts.frequency}:sample_rate=48000`,
      '-t',
      String(opts.seconds),
      ...codecs,
      '-c:a',
      opts.size ? 'aac' : 'pcm_s16le',
      '-shortest',
      out,
    ],
    { timeout: 120_000 },
  );
}

/** A one-page PDF with a title and a line of text, written by hand (PDF 1.4, Helvetica). */
export function demoPdf(title: string, line: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, '\\$&');
  const content = `BT /F1 24 Tf 72 720 Td (${esc(title)}) Tj ET\nBT /F1 12 Tf 72 690 Td (${esc(line)}) Tj ET\n`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const vttTime = (s: number) => `00:00:${String(s).padStart(2, '0')}.000`;

function demoVtt(lines: string[], every: number): string {
  return `WEBVTT\n\n${lines.map((l, i) => `${vttTime(i * every)} --> ${vttTime((i + 1) * every)}\n${l}\n`).join('\n')}`;
}

/** Square artwork for the demo show, drawn as SVG and stored like an uploaded picture. */
async function showArtwork(db: DB, name: string): Promise<number | null> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1600" viewBox="0 0 1600 1600">
    <rect width="1600" height="1600" fill="#b3122b"/>
    <rect x="640" y="220" width="320" height="560" rx="160" fill="#fff"/>
    <path d="M520 620 v40 a280 280 0 0 0 560 0 v-40" fill="none" stroke="#fff" stroke-width="48" stroke-linecap="round"/>
    <path d="M800 940 v120 M640 1060 h320" stroke="#fff" stroke-width="48" stroke-linecap="round"/>
    <text x="800" y="1380" font-family="DejaVu Sans, sans-serif" font-size="120" font-weight="700" fill="#fff" text-anchor="middle">${name}</text></svg>`;
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  const stored = await storeVariants(png, 1600);
  if (!stored) return null;
  return insertDemoPicture(db, {
    file: stored.name,
    mime: 'image/png',
    width: 1600,
    height: 1600,
    variants: stored.widths,
    alt: `${name} artwork: a white microphone on red`,
    caption: '',
    credit: 'Meridian',
  });
}

/** Writes `source` into a new storage folder as the item's original and records the item (processing). */
async function addAv(db: DB, source: string, ext: string, v: Omit<DemoAv, 'storageKey' | 'bytes' | 'status'>) {
  const storageKey = newStorageKey();
  const dir = avDir(storageKey);
  await fs.mkdir(dir, { recursive: true });
  const target = path.join(dir, v.kind === 'file' ? `document.${ext}` : `original.${ext}`);
  await fs.copyFile(source, target);
  const bytes = (await fs.stat(target)).size;
  const ready = v.kind === 'file';
  const renditions = ready ? [{ file: path.basename(target), role: 'file' as const, mime: v.mime, bytes }] : [];
  const id = insertDemoAv(db, { ...v, storageKey, bytes, status: ready ? 'ready' : 'processing', renditions });
  return { id, storageKey, dir };
}

async function addCaptions(db: DB, item: { id: number; dir: string }, lang: string, label: string, lines: string[]) {
  const file = captionFileName(lang, randomBytes(3).toString('hex'));
  await fs.writeFile(path.join(item.dir, file), demoVtt(lines, 2));
  insertDemoCaption(db, item.id, lang, label, file);
}

const text = (s: string): Block => ({ type: 'paragraph', content: [{ text: s }] });

/** Makes and records the demo media and their stories; returns how many stories were written. */
export async function seedDemoMedia(db: DB, opts: { now: Date; log?: (m: string) => void }): Promise<number> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  const tmp = await fs.mkdtemp(path.join(process.env.TMPDIR || '/tmp', 'demo-media-'));
  try {
    const clips = {
      hero: path.join(tmp, 'hero.mp4'),
      body: path.join(tmp, 'body.mp4'),
      episodes: [0, 1, 2].map((i) => path.join(tmp, `episode-${i}.wav`)),
    };
    await makeClip(clips.hero, { seconds: 16, size: '1280x720', frequency: 440 });
    await makeClip(clips.body, { seconds: 6, size: '640x360', frequency: 330 });
    for (const [i, out] of clips.episodes.entries()) await makeClip(out, { seconds: 10, frequency: 220 + 110 * i });
    const pdf = path.join(tmp, 'report.pdf');
    await fs.writeFile(pdf, demoPdf('Annual report 2026', 'A demonstration document of the Meridian demo newsroom.'));

    const hero = await addAv(db, clips.hero, 'mp4', {
      kind: 'video',
      mime: 'video/mp4',
      title: 'How broadcasters check a picture before it goes on air',
      description: 'A test pattern and tone, the first thing an engineer looks at before a live broadcast.',
      credit: 'Meridian video',
      originalName: 'test-pattern.mp4',
      allowDownload: true,
      width: 1280,
      height: 720,
    });
    await addCaptions(db, hero, 'en', 'English', [
      'Before any live broadcast, engineers check the picture.',
      'Colour bars show whether every channel is balanced.',
      'The moving pattern reveals dropped frames.',
      'A steady tone at 440 hertz checks the sound.',
      'Engineers watch the levels for a few seconds.',
      'Then the studio is told it is ready.',
      'When all of it looks right, the programme can start.',
      'That is the last check before going on air.',
    ]);
    await addCaptions(db, hero, 'ru', 'Русский', [
      'Перед прямым эфиром инженеры проверяют картинку.',
      'Цветные полосы показывают баланс каналов.',
      'Движущийся узор выдаёт пропущенные кадры.',
      'Ровный тон 440 герц проверяет звук.',
      'Инженеры несколько секунд следят за уровнями.',
      'Затем студии сообщают, что всё готово.',
      'Когда всё в порядке, программа может начаться.',
      'Это последняя проверка перед эфиром.',
    ]);
    const body = await addAv(db, clips.body, 'mp4', {
      kind: 'video',
      mime: 'video/mp4',
      title: 'The governor presents the annual report',
      description: 'A demo clip: a test pattern and tone stand in for six seconds of the press conference.',
      credit: 'Meridian video',
      originalName: 'press-conference.mp4',
      width: 640,
      height: 360,
    });
    await addCaptions(db, body, 'en', 'English', [
      'Good morning, and thank you for coming.',
      'Inflation has slowed for a third quarter.',
      'The full report is published today.',
    ]);
    const file = await addAv(db, pdf, 'pdf', {
      kind: 'file',
      mime: 'application/pdf',
      title: 'Annual report 2026',
      description: '',
      credit: '',
      originalName: 'annual-report-2026.pdf',
    });
    const episodeTitles = [
      'The Meridian Briefing: ceasefire talks resume',
      'The Meridian Briefing: the week in markets',
      'The Meridian Briefing: a new space station module',
    ];
    const episodes = [];
    for (const [i, clip] of clips.episodes.entries()) {
      episodes.push(
        await addAv(db, clip, 'wav', {
          kind: 'audio',
          mime: 'audio/wav',
          title: episodeTitles[i],
          description: 'Ten seconds of the day’s news.',
          credit: 'Meridian audio',
          transcript: `This is the Meridian Briefing. ${episodeTitles[i].split(': ')[1]}. Our correspondents report from where the news is happening.`,
          originalName: `briefing-${i + 1}.wav`,
          allowDownload: true,
        }),
      );
    }
    for (const item of [hero, body, ...episodes]) await processMediaNow(item.id);
    log(`demo video and audio processed (${Date.now() - started} ms)`);

    const artwork = await showArtwork(db, 'The Meridian Briefing');
    const showId = insertDemoShow(db, {
      slug: 'the-meridian-briefing',
      name: 'The Meridian Briefing',
      description: 'The day’s news in ten seconds, every weekday morning.',
      host: 'Elena Vasquez',
      artworkMediaId: artwork,
    });
    // Podcast apps and the audio bar show the show's artwork with each episode.
    if (artwork) for (const item of episodes) setDemoPoster(db, item.id, artwork);
    const pictures = [1, 2, 3, 4, 5, 6].map((n) => seededPictureId(db, n)).filter((id): id is number => id !== null);
    // Just older than the newest generated story, which stays the site's newest (the tests take
    // it as the story with every kind of text block), and all within the last two days.
    const newest = Math.min(opts.now.getTime(), newestPublishedAt(db)?.getTime() ?? opts.now.getTime());
    const minutes = (n: number) => new Date(newest - n * 60_000);
    insertDemoStory(db, {
      sectionSlug: 'science',
      slug: 'how-broadcasters-check-a-picture-before-it-goes-on-air',
      title: 'Watch: how broadcasters check a picture before it goes on air',
      lede: 'Colour bars, a moving pattern and a steady tone: the last checks in a control room before a live programme starts.',
      heroMediaId: hero.id,
      body: [
        text(
          'Every live programme starts the same way, long before viewers see it: an engineer looks at a test pattern.',
        ),
        text('The video above shows what they check. Captions are available in English and Russian.'),
      ],
      tagSlugs: ['media', 'technology'],
      authorSlugs: ['li-wei'],
      featured: 1,
      publishedAt: minutes(1),
    });
    insertDemoStory(db, {
      sectionSlug: 'business',
      slug: 'central-bank-publishes-its-annual-report',
      title: 'Central bank publishes its annual report',
      lede: 'Inflation slowed for a third quarter, the governor said as the bank released its report. Read the full document below.',
      heroMediaId: pictures[0] ?? null,
      body: [
        text('The governor presented the report at a press conference on Monday morning.'),
        // The clip is ffmpeg's test pattern: the caption says so rather than promise the governor.
        {
          type: 'video',
          mediaId: body.id,
          caption: 'A test pattern stands in for the governor’s opening statement (demo clip).',
        },
        text('The report runs to one page in this demonstration. Download it here:'),
        { type: 'file', mediaId: file.id, title: 'Annual report 2026 (PDF)' },
        ...(pictures.length >= 4
          ? [
              {
                type: 'gallery' as const,
                // Landscapes from the picture library (each captioned with what it shows), not the press conference.
                title: 'The economy in pictures: a port, mountains and farmland',
                items: pictures.slice(1, 4).map((mediaId) => ({ mediaId })),
              },
            ]
          : []),
      ],
      tagSlugs: ['central-banks', 'inflation'],
      authorSlugs: ['sarah-whitfield'],
      publishedAt: minutes(2),
    });
    if (pictures.length >= 4)
      insertDemoStory(db, {
        sectionSlug: 'world-news',
        slug: 'in-pictures-the-week-around-the-world',
        title: 'In pictures: the week around the world',
        lede: 'Six photographs from our correspondents this week.',
        heroMediaId: pictures[0],
        heroGallery: pictures.map((mediaId) => ({ mediaId })),
        body: [text('Select a picture to see it full size; use the arrow keys or swipe to move between them.')],
        tagSlugs: ['diplomacy', 'history'],
        authorSlugs: ['marco-bellini'],
        publishedAt: minutes(3),
      });
    episodes.forEach((item, i) =>
      insertDemoStory(db, {
        sectionSlug: 'world-news',
        slug: episodeTitles[i].toLowerCase().replace(/[^a-z0-9]+/g, '-'),
        title: episodeTitles[i],
        lede: 'Ten seconds of the day’s news from our correspondents.',
        showId,
        body: [{ type: 'audio', mediaId: item.id }, text('Subscribe to the Meridian Briefing in your podcast app.')],
        tagSlugs: ['media', ['diplomacy', 'markets', 'space'][i]],
        authorSlugs: ['elena-vasquez'],
        publishedAt: minutes(60 * (3 + 16 * i)),
      }),
    );
    log(`demo media stories written (${Date.now() - started} ms)`);
    return 3 + episodes.length;
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}
