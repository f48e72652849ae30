/**
 * What an uploaded file is, read from its content by ffprobe (never from its name): video or
 * audio with its duration, display size, rotation and codecs, or a reason it is neither.
 *
 * ffprobe runs with a fixed argument list on our own stored file, never through a shell. Only
 * the containers we accept may be opened (`-format_whitelist`) and only local files read
 * (`-protocol_whitelist file`): a text file shaped as an HLS or concat playlist could otherwise
 * make ffmpeg fetch URLs or read other files on this machine.
 */
import { execFile } from 'node:child_process';

/** Demuxers for MP4/MOV/M4A, WebM/MKV, MP3, WAV, OGG/Opus, FLAC and raw AAC. */
export const ACCEPTED_FORMATS = 'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,mp3,wav,ogg,flac,aac';

export interface ProbeResult {
  kind: 'video' | 'audio';
  durationMs: number;
  /** Display size, after rotation (0 for audio). */
  width: number;
  height: number;
  /** Degrees the player turns the picture (0, 90, 180, 270); ffmpeg applies it when transcoding. */
  rotation: number;
  videoCodec: string | null;
  audioCodec: string | null;
  /** ffprobe's container name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  format: string;
  /** Bits per second of the whole file, when known. */
  bitrate: number | null;
}

export type ProbeOutcome = { ok: true; result: ProbeResult } | { ok: false; reason: string };

interface FfStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  disposition?: { attached_pic?: number };
  tags?: { rotate?: string };
  side_data_list?: { rotation?: number | string }[];
}

interface FfProbe {
  streams?: FfStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string };
}

const NOT_MEDIA = 'This file is not a video or audio file we can read (MP4, MOV, WebM, MKV, MP3, M4A, WAV, OGG, FLAC).';

export const FFPROBE_ARGS = [
  '-v',
  'error',
  '-protocol_whitelist',
  'file',
  '-format_whitelist',
  ACCEPTED_FORMATS,
  '-print_format',
  'json',
  '-show_format',
  '-show_streams',
];

function rotationOf(stream: FfStream): number {
  const raw = stream.side_data_list?.find((d) => d.rotation !== undefined)?.rotation ?? stream.tags?.rotate ?? 0;
  const degrees = Math.round(Number(raw) || 0);
  return (((degrees % 360) + 360) % 360) as number;
}

/** Reads ffprobe's JSON into our shape, or says why the file is not usable media. */
export function interpretProbe(data: FfProbe): ProbeOutcome {
  const streams = data.streams ?? [];
  // Cover art in an MP3 or M4A is a one-picture "video" stream: the file is still audio.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  const format = data.format?.format_name ?? '';
  if (!format || (!video && !audio)) return { ok: false, reason: NOT_MEDIA };
  const duration = Number(data.format?.duration);
  if (!Number.isFinite(duration) || duration <= 0) return { ok: false, reason: `${NOT_MEDIA} It has no duration.` };
  const rotation = video ? rotationOf(video) : 0;
  const turned = rotation === 90 || rotation === 270;
  const w = video?.width ?? 0;
  const h = video?.height ?? 0;
  if (video && (!w || !h)) return { ok: false, reason: 'The video has no picture size: the file is damaged.' };
  const bitrate = Number(data.format?.bit_rate);
  return {
    ok: true,
    result: {
      kind: video ? 'video' : 'audio',
      durationMs: Math.round(duration * 1000),
      width: turned ? h : w,
      height: turned ? w : h,
      rotation,
      videoCodec: video?.codec_name ?? null,
      audioCodec: audio?.codec_name ?? null,
      format,
      bitrate: Number.isFinite(bitrate) && bitrate > 0 ? Math.round(bitrate) : null,
    },
  };
}

/** Probes a stored file (an absolute path we made). Gives up after `timeoutMs`. */
export function probe(file: string, timeoutMs = 30_000): Promise<ProbeOutcome> {
  return new Promise((resolve) => {
    execFile(
      'ffprobe',
      [...FFPROBE_ARGS, `file:${file}`],
      { timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, killSignal: 'SIGKILL' },
      (error, stdout) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          resolve({ ok: false, reason: 'ffprobe is not installed on the server (Debian package ffmpeg).' });
          return;
        }
        if (error) {
          resolve({ ok: false, reason: error.killed ? 'Reading the file took too long.' : NOT_MEDIA });
          return;
        }
        try {
          resolve(interpretProbe(JSON.parse(stdout) as FfProbe));
        } catch {
          resolve({ ok: false, reason: NOT_MEDIA });
        }
      },
    );
  });
}
