/**
 * Short media clips made at test time from ffmpeg's generated sources (testsrc2, sine): no
 * media is committed. Each runs ffmpeg with a fixed argument list and waits for it.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function ffmpeg(args: string[]): Promise<void> {
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args], { timeout: 120_000 });
}

/** An H.264/AAC MP4 (moov at the end, as ffmpeg writes by default) of `seconds` at `size`. */
export async function makeVideo(
  out: string,
  opts: { seconds: number; size?: string; audio?: boolean; rotate?: number; preset?: string },
): Promise<string> {
  const size = opts.size ?? '640x360';
  const target = opts.rotate ? `${out}.plain.mp4` : out;
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `testsrc2=size=${size}:rate=25`,
    ...(opts.audio === false ? [] : ['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000']),
    '-t',
    String(opts.seconds),
    '-c:v',
    'libx264',
    '-preset',
    opts.preset ?? 'ultrafast',
    '-pix_fmt',
    'yuv420p',
    ...(opts.audio === false ? [] : ['-c:a', 'aac']),
    target,
  ]);
  if (opts.rotate) {
    // ffmpeg 5.1 writes the display matrix from the `rotate` tag only when copying streams.
    await ffmpeg(['-i', target, '-c', 'copy', '-metadata:s:v:0', `rotate=${opts.rotate}`, out]);
    fs.rmSync(target);
  }
  return out;
}

/** A sine tone: WAV (default), or another container by the extension of `out`. */
export async function makeAudio(
  out: string,
  opts: { seconds: number; channels?: 1 | 2; volume?: number },
): Promise<string> {
  const filter = opts.volume === undefined ? [] : ['-af', `volume=${opts.volume}`];
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=440:sample_rate=48000`,
    '-t',
    String(opts.seconds),
    '-ac',
    String(opts.channels ?? 1),
    ...filter,
    out,
  ]);
  return out;
}

/** An MP3 with a cover picture (an attached_pic "video" stream): still audio. */
export async function makeMp3WithCover(dir: string): Promise<string> {
  const cover = path.join(dir, 'cover.png');
  await ffmpeg(['-f', 'lavfi', '-i', 'color=c=red:size=64x64', '-frames:v', '1', cover]);
  const out = path.join(dir, 'cover.mp3');
  await ffmpeg([
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:sample_rate=44100',
    '-i',
    cover,
    '-t',
    '2',
    '-map',
    '0:a',
    '-map',
    '1:v',
    '-c:a',
    'libmp3lame',
    '-c:v',
    'png',
    '-disposition:v',
    'attached_pic',
    '-id3v2_version',
    '3',
    out,
  ]);
  return out;
}

/** ffprobe's JSON of a file (streams and format). */
export async function ffprobeJson(file: string): Promise<{
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    channels?: number;
    profile?: string;
  }[];
  format: { duration: string; format_name: string };
}> {
  const { stdout } = await run('ffprobe', [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_streams',
    '-show_format',
    file,
  ]);
  return JSON.parse(stdout);
}

/** The top-level boxes of an MP4 in file order (to check `moov` comes before `mdat`: faststart). */
export function topLevelBoxes(file: string): string[] {
  const data = fs.readFileSync(file);
  const boxes: string[] = [];
  let at = 0;
  while (at + 8 <= data.length) {
    let size = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (size === 1) size = Number(data.readBigUInt64BE(at + 8));
    else if (size === 0) size = data.length - at;
    boxes.push(type);
    if (size < 8) break;
    at += size;
  }
  return boxes;
}

/** Integrated loudness (LUFS) of a file, by ffmpeg's ebur128 filter. */
export async function integratedLoudness(file: string): Promise<number> {
  const { stderr } = await run(
    'ffmpeg',
    ['-nostdin', '-hide_banner', '-nostats', '-i', file, '-af', 'ebur128', '-f', 'null', '-'],
    { timeout: 60_000 },
  );
  const m = /Integrated loudness:\s*\n\s*I:\s*(-?[\d.]+) LUFS/.exec(stderr);
  if (!m) throw new Error(`no loudness in ffmpeg's output: ${stderr.slice(-500)}`);
  return Number(m[1]);
}
