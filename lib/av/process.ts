/**
 * Turns an uploaded video or audio item (`original.{ext}` in its storage folder) into what
 * readers play: H.264/AAC MP4 renditions (360p/720p/1080p, never upscaled, faststart), an HLS
 * ladder remuxed from them, and a poster frame made into a library picture; or, for audio, an
 * AAC file with its loudness normalised (EBU R128). Everything is written in a work folder and
 * moved under its public name only when complete, so a crash never leaves a half file behind a
 * public URL; a failed attempt removes what it made. docs/media.md describes the layout.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { deletePosterImage, insertPosterImage } from '@/db/queries/media-jobs';
import type { Rendition } from '@/db/types';
import { FfmpegError, probeOutput, runFfmpeg, type OutputInfo, type StreamInfo } from '@/lib/av/ffmpeg';
import { avLimits } from '@/lib/av/limits';
import { formatDuration } from '@/lib/format';
import { probe, type ProbeResult } from '@/lib/av/probe';
import { avDir } from '@/lib/av/storage';
import { removeFiles, storeVariants } from '@/lib/newsroom/media';

/** A failure of processing; `permanent` ones (not media, too long, no original) are not retried. */
export class MediaJobError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MediaJobError';
  }
}

export interface ProcessOptions {
  storageKey: string;
  /** The item's title, for the poster's alt text. */
  title: string;
  uploadedBy: number | null;
  /** Video: make a poster picture (false when the item already has one). */
  makePoster?: boolean;
  signal?: AbortSignal;
  /** Progress over the whole item, 0–100, and the stage ("720p", "HLS", "poster", "audio"). */
  onProgress?: (percent: number, stage: string) => void;
}

export interface ProcessResult {
  renditions: Rendition[];
  durationMs: number;
  /** Display size of the largest rendition (0 for audio). */
  width: number;
  height: number;
  /** The poster picture made by this run, or null. */
  posterMediaId: number | null;
}

/** The longest source accepted (MEDIA_MAX_DURATION_SECONDS, default 4 h). */
export function maxDurationMs(): number {
  return avLimits().durationSeconds * 1000;
}

export interface PlannedRendition {
  /** The rung: the shorter side in pixels (the height of a landscape video); names the files. */
  label: number;
  width: number;
  height: number;
  maxrate: number;
  bufsize: number;
  profile: 'main' | 'high';
}

const LADDER = [
  { label: 360, maxrate: 1_000_000, bufsize: 2_000_000, profile: 'main' },
  { label: 720, maxrate: 3_000_000, bufsize: 6_000_000, profile: 'high' },
  { label: 1080, maxrate: 6_000_000, bufsize: 12_000_000, profile: 'high' },
] as const;

const even = (n: number) => Math.max(2, 2 * Math.floor(n / 2));

/**
 * The renditions of a source of this display size: each rung no larger than the source (never
 * upscaled), or a single one at the source's own (even) size when it is under 360p. The rung
 * is the shorter side, so a portrait phone video gets 1080×1920 rather than 608×1080.
 */
export function renditionPlan(width: number, height: number): PlannedRendition[] {
  const short = Math.min(width, height);
  const long = Math.max(width, height);
  const landscape = width >= height;
  const rungs: { label: number; maxrate: number; bufsize: number; profile: 'main' | 'high' }[] = LADDER.filter(
    (r) => r.label <= short,
  );
  if (!rungs.length) rungs.push({ label: even(short), maxrate: 800_000, bufsize: 1_600_000, profile: 'main' });
  return rungs.map((r) => {
    const along = even(Math.round((long * r.label) / short));
    return { ...r, width: landscape ? along : r.label, height: landscape ? r.label : along };
  });
}

const AUDIO_BITRATE = 128_000;
const AAC_CODECS = 'mp4a.40.2';
/** Forced keyframes every 2 s: HLS segments (4 s) are cut at keyframes, so they cut cleanly. */
const KEYFRAME_EVERY_S = 2;
const HLS_SEGMENT_S = 4;

/** An ffmpeg run may take this long: 2 min plus 6× the source's length (a hang guard, not a budget). */
function timeoutFor(durationMs: number): number {
  return 120_000 + durationMs * 6;
}

/** RFC 6381 string of an H.264 stream, e.g. avc1.64001f for High at level 3.1. */
export function avcCodecs(stream: StreamInfo | undefined): string {
  const profile = (stream?.profile ?? '').toLowerCase();
  const idc = profile.includes('high') ? '6400' : profile.includes('baseline') ? '42e0' : '4d40';
  const level = stream?.level && stream.level > 0 ? stream.level : 31;
  return `avc1.${idc}${level.toString(16).padStart(2, '0')}`;
}

async function findOriginal(dir: string): Promise<string> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const name = names.find((n) => /^original\.[a-z0-9]{1,8}$/.test(n));
  if (!name) throw new MediaJobError('The uploaded file is missing from the server: upload it again.', true);
  return path.join(dir, name);
}

async function probeSource(file: string, kind: 'video' | 'audio'): Promise<ProbeResult> {
  const outcome = await probe(file);
  if (!outcome.ok) throw new MediaJobError(outcome.reason, !/not installed|too long/.test(outcome.reason));
  const p = outcome.result;
  if (kind === 'video' && p.kind !== 'video')
    throw new MediaJobError('This file has no picture: upload it as audio.', true);
  if (kind === 'audio' && !p.audioCodec) throw new MediaJobError('This file has no sound.', true);
  if (p.durationMs > maxDurationMs())
    throw new MediaJobError(
      `This file lasts ${formatDuration(p.durationMs)}; the most accepted is ${formatDuration(maxDurationMs())}.`,
      true,
    );
  return p;
}

/** A work folder inside the item's folder, and the public names moved into place so far. */
class Attempt {
  readonly work: string;
  readonly published: string[] = [];
  posterId: number | null = null;
  posterFiles: { name: string; widths: number[] } | null = null;

  constructor(readonly dir: string) {
    this.work = path.join(dir, `work-${randomBytes(6).toString('hex')}`);
  }

  async begin(): Promise<void> {
    // A crashed attempt's work folder is never public (no rendition names it); clear it now.
    const names = await fs.readdir(this.dir);
    await Promise.all(
      names.filter((n) => n.startsWith('work-')).map((n) => fs.rm(path.join(this.dir, n), { recursive: true })),
    );
    await fs.mkdir(this.work, { recursive: true });
  }

  /** Moves `name` (a file or folder) from the work folder under its public name. */
  async publish(name: string): Promise<void> {
    const target = path.join(this.dir, name);
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(path.join(this.work, name), target);
    this.published.push(target);
  }

  async done(): Promise<void> {
    await fs.rm(this.work, { recursive: true, force: true });
  }

  async undo(): Promise<void> {
    await fs.rm(this.work, { recursive: true, force: true });
    for (const p of this.published) await fs.rm(p, { recursive: true, force: true });
    if (this.posterId !== null) deletePosterImage(this.posterId);
    if (this.posterFiles) await removeFiles(this.posterFiles.name, this.posterFiles.widths);
  }
}

/** Runs `work` in an Attempt; on any failure, removes what it made and rethrows a MediaJobError. */
async function attempt<T>(key: string, work: (a: Attempt) => Promise<T>): Promise<T> {
  const dir = avDir(key);
  const a = new Attempt(dir);
  try {
    await fs.mkdir(dir, { recursive: true });
    await a.begin();
    const out = await work(a);
    await a.done();
    return out;
  } catch (error) {
    await a.undo().catch(() => undefined);
    if (error instanceof MediaJobError) throw error;
    if (error instanceof FfmpegError) throw new MediaJobError(error.message, false);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new MediaJobError('The server ran out of disk space while processing.', false);
    throw new MediaJobError(`Processing failed: ${(error as Error).message}`, false);
  }
}

/** Weighted stages reported as one percentage (never going back, 99 at most until the caller finishes). */
function progressOf(weights: Record<string, number>, report?: (percent: number, stage: string) => void) {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  const fractions: Record<string, number> = {};
  return (stage: string) => (fraction: number) => {
    if (!report) return;
    fractions[stage] = Math.max(fractions[stage] ?? 0, fraction);
    let sum = 0;
    for (const [s, f] of Object.entries(fractions)) sum += weights[s] * f;
    report(Math.min(99, (100 * sum) / total), stage);
  };
}

export function mp4Args(plan: PlannedRendition, hasAudio: boolean, out: string): string[] {
  return [
    '-map',
    '0:v:0',
    ...(hasAudio ? ['-map', '0:a:0'] : []),
    '-map_metadata',
    '-1',
    '-map_chapters',
    '-1',
    '-vf',
    `scale=${plan.width}:${plan.height}`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '23',
    '-maxrate',
    String(plan.maxrate),
    '-bufsize',
    String(plan.bufsize),
    '-profile:v',
    plan.profile,
    '-pix_fmt',
    'yuv420p',
    '-force_key_frames',
    `expr:gte(t,n_forced*${KEYFRAME_EVERY_S})`,
    '-sc_threshold',
    '0',
    ...(hasAudio ? ['-c:a', 'aac', '-b:a', String(AUDIO_BITRATE), '-ac', '2'] : ['-an']),
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    out,
  ];
}

export function hlsArgs(folder: string): string[] {
  return [
    '-map',
    '0',
    '-c',
    'copy',
    '-f',
    'hls',
    '-hls_time',
    String(HLS_SEGMENT_S),
    '-hls_playlist_type',
    'vod',
    '-hls_flags',
    'independent_segments',
    '-hls_segment_type',
    'mpegts',
    '-start_number',
    '1',
    '-hls_segment_filename',
    path.join(folder, 'seg-%05d.ts'),
    path.join(folder, 'index.m3u8'),
  ];
}

/** Peak and average bits per second of an HLS media playlist's segments (BANDWIDTH, AVERAGE-BANDWIDTH). */
async function playlistBandwidth(folder: string): Promise<{ peak: number; average: number }> {
  const lines = (await fs.readFile(path.join(folder, 'index.m3u8'), 'utf8')).split('\n');
  let peak = 0;
  let bits = 0;
  let seconds = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^#EXTINF:([\d.]+)/.exec(lines[i]);
    if (!m) continue;
    const duration = Number(m[1]);
    const { size } = await fs.stat(path.join(folder, lines[i + 1].trim()));
    bits += size * 8;
    seconds += duration;
    if (duration > 0) peak = Math.max(peak, (size * 8) / duration);
  }
  return { peak: Math.ceil(peak), average: Math.ceil(seconds ? bits / seconds : 0) };
}

interface MadeRendition {
  plan: PlannedRendition;
  file: string;
  info: OutputInfo;
  bytes: number;
  codecs: string;
}

/** The master playlist over each rendition's media playlist, smallest first. */
async function writeMaster(hlsDir: string, made: MadeRendition[]): Promise<void> {
  const lines = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-INDEPENDENT-SEGMENTS'];
  for (const r of made) {
    const bw = await playlistBandwidth(path.join(hlsDir, String(r.plan.label)));
    const video = r.info.streams.find((s) => s.codec_type === 'video');
    lines.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${bw.peak},AVERAGE-BANDWIDTH=${bw.average},` +
        `RESOLUTION=${video?.width ?? r.plan.width}x${video?.height ?? r.plan.height},CODECS="${r.codecs}"`,
      `${r.plan.label}/index.m3u8`,
    );
  }
  await fs.writeFile(path.join(hlsDir, 'master.m3u8'), `${lines.join('\n')}\n`);
}

/** Extracts one frame at ~10 % of the video (at most 5 s in) and stores it as a library picture. */
async function makePoster(a: Attempt, source: string, p: ProbeResult, opts: ProcessOptions): Promise<number> {
  const jpeg = path.join(a.work, 'poster.jpg');
  const at = Math.max(0, Math.min(5, p.durationMs / 10000));
  const grab = (seconds: number) =>
    runFfmpeg({
      input: source,
      inputArgs: ['-ss', seconds.toFixed(3)],
      outputArgs: ['-map', '0:v:0', '-frames:v', '1', '-q:v', '2', '-update', '1', '-f', 'image2', jpeg],
      timeoutMs: 120_000,
      signal: opts.signal,
    });
  await grab(at);
  // A seek past the last keyframe of a very short or damaged file can write nothing: take the first frame.
  if (
    !(await fs
      .stat(jpeg)
      .then((s) => s.size > 0)
      .catch(() => false))
  )
    await grab(0);
  const data = await fs.readFile(jpeg);
  const stored = await storeVariants(new Uint8Array(data), p.width);
  if (!stored) throw new MediaJobError('The poster frame could not be made.', false);
  a.posterFiles = stored;
  const largest = stored.widths[stored.widths.length - 1];
  a.posterId = insertPosterImage({
    file: stored.name,
    mime: 'image/jpeg',
    width: largest,
    height: Math.round((p.height * largest) / p.width),
    variants: stored.widths,
    alt: opts.title.trim() ? `Still from ${opts.title.trim()}` : 'Video still',
    caption: '',
    credit: '',
    uploadedBy: opts.uploadedBy,
  });
  return a.posterId;
}

/** Video: MP4 renditions, the HLS ladder and (unless `makePoster` is false) a poster picture. */
export async function processVideo(opts: ProcessOptions): Promise<ProcessResult> {
  return attempt(opts.storageKey, async (a) => {
    const source = await findOriginal(a.dir);
    const p = await probeSource(source, 'video');
    const plan = renditionPlan(p.width, p.height);
    const hasAudio = !!p.audioCodec;
    const poster = opts.makePoster !== false;
    const weights: Record<string, number> = {};
    for (const r of plan) weights[`${r.label}p`] = (r.width * r.height) / (640 * 360);
    weights.HLS = plan.length * 0.1;
    if (poster) weights.poster = 0.2;
    const step = progressOf(weights, opts.onProgress);
    const timeoutMs = timeoutFor(p.durationMs);

    const made: MadeRendition[] = [];
    for (const r of plan) {
      const file = `${r.label}.mp4`;
      const out = path.join(a.work, file);
      await runFfmpeg({
        input: source,
        outputArgs: mp4Args(r, hasAudio, out),
        durationMs: p.durationMs,
        onProgress: step(`${r.label}p`),
        timeoutMs,
        signal: opts.signal,
      });
      const info = await probeOutput(out);
      const video = info.streams.find((s) => s.codec_type === 'video');
      made.push({
        plan: r,
        file,
        info,
        bytes: (await fs.stat(out)).size,
        codecs: hasAudio ? `${avcCodecs(video)},${AAC_CODECS}` : avcCodecs(video),
      });
    }

    const hlsDir = path.join(a.work, 'hls');
    const hlsStep = step('HLS');
    for (const [i, r] of made.entries()) {
      const folder = path.join(hlsDir, String(r.plan.label));
      await fs.mkdir(folder, { recursive: true });
      await runFfmpeg({
        input: path.join(a.work, r.file),
        outputArgs: hlsArgs(folder),
        timeoutMs,
        signal: opts.signal,
      });
      hlsStep((i + 1) / made.length);
    }
    await writeMaster(hlsDir, made);

    const posterMediaId = poster ? await makePoster(a, source, p, opts) : null;
    if (poster) step('poster')(1);

    for (const r of made) await a.publish(r.file);
    await a.publish('hls');

    const renditions: Rendition[] = made.map((r) => {
      const video = r.info.streams.find((s) => s.codec_type === 'video');
      const durationS = (r.info.durationMs || p.durationMs) / 1000;
      return {
        file: r.file,
        role: 'mp4',
        mime: 'video/mp4',
        bytes: r.bytes,
        width: video?.width ?? r.plan.width,
        height: video?.height ?? r.plan.height,
        bitrate: Math.round((r.bytes * 8) / Math.max(durationS, 0.001)),
        codecs: r.codecs,
      };
    });
    const masterBytes = (await fs.stat(path.join(a.dir, 'hls', 'master.m3u8'))).size;
    renditions.push({
      file: 'hls/master.m3u8',
      role: 'hls',
      mime: 'application/vnd.apple.mpegurl',
      bytes: masterBytes,
    });
    const largest = renditions[made.length - 1];
    return {
      renditions,
      durationMs: made[0].info.durationMs || p.durationMs,
      width: largest.width ?? p.width,
      height: largest.height ?? p.height,
      posterMediaId,
    };
  });
}

/** Audio: `audio.m4a`, AAC 128 kb/s, mono or stereo as the source, loudness normalised to −16 LUFS. */
export async function processAudio(opts: ProcessOptions): Promise<ProcessResult> {
  return attempt(opts.storageKey, async (a) => {
    const source = await findOriginal(a.dir);
    const p = await probeSource(source, 'audio');
    const file = 'audio.m4a';
    const out = path.join(a.work, file);
    const step = progressOf({ audio: 1 }, opts.onProgress);
    const channels = (await probeOutput(source)).streams.find((st) => st.codec_type === 'audio')?.channels ?? 2;
    await runFfmpeg({
      input: source,
      outputArgs: [
        '-map',
        '0:a:0',
        '-vn',
        '-map_metadata',
        '-1',
        '-map_chapters',
        '-1',
        // loudnorm resamples to 192 kHz internally, hence the resample back to 48 kHz. `-ac` (not
        // aformat) keeps mono mono and folds wider sources to stereo, even with no channel layout
        // (a plain WAV often has none).
        '-af',
        'loudnorm=I=-16:TP=-1.5:LRA=11,aresample=48000',
        '-ac',
        String(Math.min(2, Math.max(1, channels))),
        '-c:a',
        'aac',
        '-b:a',
        String(AUDIO_BITRATE),
        '-movflags',
        '+faststart',
        '-f',
        'mp4',
        out,
      ],
      durationMs: p.durationMs,
      onProgress: step('audio'),
      timeoutMs: timeoutFor(p.durationMs),
      signal: opts.signal,
    });
    const info = await probeOutput(out);
    const bytes = (await fs.stat(out)).size;
    const durationMs = info.durationMs || p.durationMs;
    await a.publish(file);
    return {
      renditions: [
        {
          file,
          role: 'audio',
          mime: 'audio/mp4',
          bytes,
          bitrate: Math.round((bytes * 8) / Math.max(durationMs / 1000, 0.001)),
          codecs: AAC_CODECS,
        },
      ],
      durationMs,
      width: 0,
      height: 0,
      posterMediaId: null,
    };
  });
}
