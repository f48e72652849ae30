/**
 * Captions and subtitles of a video or audio item: one WebVTT file per language. An SRT upload is
 * converted (its timestamps use a comma; WebVTT needs the signature line); either is then
 * validated by `webvtt-parser`, the W3C validator's parser, and any error refuses the file with
 * its line, so nothing a browser would half-read is stored.
 */
import { WebVTTParser } from 'webvtt-parser';

/** Caption files are text: a feature film's subtitles are about 100 KB. */
export const MAX_CAPTION_BYTES = 512 * 1024;

export type CaptionOutcome = { ok: true; vtt: string; cues: number } | { ok: false; reason: string };

const SRT_TIMING = /^(\d{1,2}:\d{2}:\d{2})[,.](\d{3})\s*-->\s*(\d{1,2}:\d{2}:\d{2})[,.](\d{3})(.*)$/;

/** SRT to WebVTT: the signature, dots in timestamps, hours padded; cue numbers stay as cue ids. */
export function srtToVtt(srt: string): string | null {
  const lines = srt.split('\n');
  let timings = 0;
  const out = lines.map((line) => {
    const m = SRT_TIMING.exec(line.trim());
    if (!m) return line;
    timings++;
    const pad = (t: string) => (t.length === 7 ? `0${t}` : t);
    return `${pad(m[1])}.${m[2]} --> ${pad(m[3])}.${m[4]}`;
  });
  return timings ? `WEBVTT\n\n${out.join('\n').trim()}\n` : null;
}

/** Reads an uploaded caption file (WebVTT or SRT) into validated WebVTT text. */
export function captionsFromUpload(data: Uint8Array): CaptionOutcome {
  if (data.byteLength === 0) return { ok: false, reason: 'The caption file is empty.' };
  if (data.byteLength > MAX_CAPTION_BYTES)
    return { ok: false, reason: `Caption files may be at most ${MAX_CAPTION_BYTES / 1024} KB.` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, reason: 'The caption file is not UTF-8 text: save it as UTF-8 and upload it again.' };
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '\uFFFD');
  if (!text.trim()) return { ok: false, reason: 'The caption file is empty.' };
  let vtt: string | null = text;
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    vtt = srtToVtt(text);
    if (!vtt) return { ok: false, reason: 'This is not a caption file: upload WebVTT (.vtt) or SubRip (.srt).' };
  }
  const tree = new WebVTTParser().parse(vtt, 'metadata');
  const error = tree.errors[0];
  if (error) return { ok: false, reason: `The caption file is damaged (line ${error.line}: ${error.message})` };
  if (!tree.cues.length) return { ok: false, reason: 'The caption file holds no captions.' };
  return { ok: true, vtt, cues: tree.cues.length };
}

/** A BCP 47 language tag ("en", "pt-BR", "zh-Hant"), canonical; null when it is not one. */
export function captionLanguage(raw: string): string | null {
  const tag = raw.trim();
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The caption file's name in the item's folder: new on every upload, so its URL never changes meaning. */
export function captionFileName(lang: string, random: string): string {
  return `captions-${lang.toLowerCase()}-${random}.vtt`;
}
