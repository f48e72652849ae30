/**
 * `npm run bench:transcode`: how long processing takes on this machine. Generates a 60 s
 * 1080p25 clip from ffmpeg's test sources (testsrc2 + sine; CLIP_SECONDS overrides the length), then
 * times each MP4 rendition (360p, 720p, 1080p), the HLS remux of each, and the poster frame,
 * with exactly the arguments lib/av/process.ts uses (and its lowest CPU priority). Then the
 * whole processVideo on a temporary database, as the worker runs it. Prints figures; not a test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const seconds = Number(process.env.CLIP_SECONDS ?? 60) || 60;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-transcode-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`;
process.env.MEDIA_DIR = path.join(dir, 'media');

const clock = async (fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  return (performance.now() - t0) / 1000;
};
const row = (label: string, s: number, extra = '') =>
  console.log(
    `${label.padEnd(26)} ${s.toFixed(1).padStart(6)} s  ${(seconds / s).toFixed(2).padStart(5)}× real time  ${extra}`,
  );
const mb = (file: string) => `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;

async function main() {
  const { runFfmpeg } = await import('@/lib/av/ffmpeg');
  const { hlsArgs, mp4Args, processVideo, renditionPlan } = await import('@/lib/av/process');
  const { avDir, newStorageKey } = await import('@/lib/av/storage');

  const version = execFileSync('ffmpeg', ['-hide_banner', '-version']).toString().split('\n')[0];
  console.log(`${new Date().toISOString()} · ${os.cpus()[0]?.model ?? 'cpu'} · ${os.cpus().length} cores · ${version}`);

  const source = path.join(dir, 'source.mp4');
  const made = await clock(async () =>
    execFileSync('ffmpeg', [
      ...['-nostdin', '-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=25'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
      ...['-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', source],
    ]),
  );
  console.log(`source: ${seconds} s 1920x1080 25 fps H.264/AAC, ${mb(source)} (generated in ${made.toFixed(1)} s)\n`);

  const durationMs = seconds * 1000;
  const timeoutMs = 3_600_000;
  for (const plan of renditionPlan(1920, 1080)) {
    const out = path.join(dir, `${plan.label}.mp4`);
    const s = await clock(() =>
      runFfmpeg({ input: source, outputArgs: mp4Args(plan, true, out), durationMs, timeoutMs }),
    );
    row(`${plan.label}p MP4 (${plan.width}x${plan.height})`, s, mb(out));
  }
  for (const plan of renditionPlan(1920, 1080)) {
    const folder = path.join(dir, 'hls', String(plan.label));
    fs.mkdirSync(folder, { recursive: true });
    const s = await clock(() =>
      runFfmpeg({ input: path.join(dir, `${plan.label}.mp4`), outputArgs: hlsArgs(folder), timeoutMs }),
    );
    row(`${plan.label}p HLS remux`, s, `${fs.readdirSync(folder).filter((f) => f.endsWith('.ts')).length} segments`);
  }

  // The whole job as the worker runs it: renditions, HLS, master playlist, poster picture.
  const key = newStorageKey();
  fs.mkdirSync(avDir(key), { recursive: true });
  fs.copyFileSync(source, path.join(avDir(key), 'original.mp4'));
  const total = await clock(() => processVideo({ storageKey: key, title: 'Bench', uploadedBy: null }));
  row('processVideo (whole job)', total);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
