/**
 * `npm run bench:media [-- --duration 10 --rounds 3 --no-build --only range|transcode]`
 *
 * Two figures about video and audio, measured on the production build (.next-bench, as
 * `npm run bench` makes it) over the seeded bench database. A benchmark: it prints a table and
 * writes data/bench/media.json (or --json FILE); it never fails on a number.
 *
 * 1. Seeking: byte ranges of a 100 MB `720.mp4` (random bytes) in a storage folder of the bench
 *    media folder, each request one random `Range: bytes=a-b` of 1 MB (a seek) or of 64 KB (a
 *    player's small probes), 10 connections. Served (a) by Debian's nginx as a static file (twice:
 *    with and without tcp_nopush, the better for each size is the baseline), (b) by
 *    our server alone at /media/av/{key}/720.mp4 (lib/av/serve-file.ts streams it; no media row
 *    is needed for a rendition name), (c) by deploy/nginx.conf in front of our server (it streams
 *    /media/av/ through). Only a 206 counts as an answer; anything else is in "non-206".
 * 2. Readers while a transcode runs: the anonymous article page (`npm run bench`'s target),
 *    50 connections, with no transcode and while lib/av/process.ts processVideo (the worker's own
 *    code, its ffmpeg at nice 19) turns a 60 s 1080p25 clip (generated beforehand) into its
 *    renditions, in a child process that starts the job again whenever it ends. The transcode is
 *    started once and paused (SIGSTOP to its process group: node and its ffmpeg) for the idle
 *    measurements, resumed (SIGCONT) for the others, so every round has an idle and a busy run
 *    back to back, in alternating order (idle first in odd rounds, busy first in even ones) so
 *    neither side always gets the machine warmer. The median of each side and the ratio are
 *    reported, with the CPU the transcode really used in each run (cores, from /proc).
 *
 * Every run is preceded by one second of the same load, not counted. The machine's load average is
 * recorded with the figures (at the start, before anything of ours runs, and around each part,
 * where it includes our own processes): on a shared machine it says how far to trust them.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomFillSync, randomInt } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchTargets } from '@/db/tools/bench';
import { processTreeRssMb, startServer } from './faults/server';
import { buildInto, productionEnv, seedOnce, settle } from './measured-build';
import { NGINX, siteConfig, startNginx, staticConfig } from './nginx';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'string', default: 'data/bench/media.json' },
    'no-build': { type: 'boolean', default: false },
    only: { type: 'string' },
    // Internal: this file run as the transcode's child process, on the storage folder KEY.
    'transcode-child': { type: 'string' },
  },
});
const DURATION = Number(values.duration) || 10;
const ROUNDS = Math.max(1, Number(values.rounds) || 1);
const ONLY = values.only;
// bench.ts uses 3700–3702: another port range, so both can run at once.
const PORT = 3710;
const STATIC_PORT = 3711;
const PROXY_PORT = 3712;
const STATIC_UNCORKED_PORT = 3713;
const ARTICLES = 400;
const RANGE_CONNECTIONS = 10;
const PAGE_CONNECTIONS = 50;
const FILE_BYTES = 100 * 1024 * 1024;
const SPANS = [
  { label: '1 MB', bytes: 1024 * 1024 },
  { label: '64 KB', bytes: 64 * 1024 },
];
const CLIP_SECONDS = 60;
/** A fixed storage key: a crashed run's 100 MB file is overwritten by the next, not left beside it. */
const RANGE_KEY = 'bec4ed1a000000000000000000000000';
const TICKS_PER_SECOND = 100;

const root = process.cwd();
const benchDir = path.join(root, 'data', 'bench');
const seeded = path.join(benchDir, `site-${ARTICLES}.db`);
const media = path.join(benchDir, 'media');
const distDir = '.next-bench';

const loadavg = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// ---------------------------------------------------------------------------------------------
// 1. Byte ranges

interface RangeRow {
  name: string;
  span: string;
  reqPerSec: number;
  mbPerSec: number;
  p50: number;
  p99: number;
  non206: number;
  peakRssMb: number;
  ratioToNginx?: number;
}

/** autocannon with a fresh random range of `span` bytes in each request; counts what is not a 206. */
async function rangeLoad(url: string, size: number, span: number, duration: number) {
  let partial = 0;
  const result = await autocannon({
    url,
    connections: RANGE_CONNECTIONS,
    duration,
    requests: [
      {
        setupRequest: (request) => {
          const start = randomInt(0, size - span + 1);
          return { ...request, headers: { ...request.headers, Range: `bytes=${start}-${start + span - 1}` } };
        },
      },
    ],
    // The status of every answer (autocannon's own non2xx would take a whole-file 200 for a success).
    setupClient: (client) => client.on('response', (status: number) => void (status === 206 && partial++)),
  });
  return { result, non206: result.requests.total - partial + result.errors + result.timeouts };
}

async function measureRange(
  name: string,
  url: string,
  span: { label: string; bytes: number },
  serverPid: number | null,
): Promise<RangeRow> {
  await rangeLoad(url, FILE_BYTES, span.bytes, 1);
  let peak = serverPid ? processTreeRssMb(serverPid) : 0;
  const sampler = serverPid ? setInterval(() => (peak = Math.max(peak, processTreeRssMb(serverPid))), 500) : null;
  const { result, non206 } = await rangeLoad(url, FILE_BYTES, span.bytes, DURATION);
  if (sampler) clearInterval(sampler);
  const row: RangeRow = {
    name,
    span: span.label,
    reqPerSec: Math.round(result.requests.average),
    mbPerSec: round1(result.throughput.average / 1024 / 1024),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non206,
    peakRssMb: Math.round(peak),
  };
  console.log(
    `  ${`${name}, ${span.label}`.padEnd(34)} ${String(row.reqPerSec).padStart(6)} req/s ${String(row.mbPerSec).padStart(7)} MB/s  p50 ${row.p50} ms  p99 ${row.p99} ms  non-206 ${row.non206}`,
  );
  return row;
}

/** One range from `url` compared with the file's own bytes: a wrong answer makes the figures meaningless. */
async function checkRange(url: string, file: string): Promise<string | null> {
  const start = FILE_BYTES - 1000;
  const response = await fetch(url, { headers: { Range: `bytes=${start}-${start + 99}` } });
  const body = Buffer.from(await response.arrayBuffer());
  const expected = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, expected, 0, 100, start);
  fs.closeSync(fd);
  if (response.status !== 206) return `${url} answered ${response.status} to a Range request`;
  if (!body.equals(expected)) return `${url} answered other bytes than the file's`;
  return null;
}

function writeRandomFile(file: string) {
  if (fs.existsSync(file) && fs.statSync(file).size === FILE_BYTES) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const chunk = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(file, 'w');
  for (let written = 0; written < FILE_BYTES; written += chunk.length) fs.writeSync(fd, randomFillSync(chunk));
  // On disk before the first run: the kernel's writeback of 100 MB would otherwise fall on it.
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}

async function rangeBench(origin: string, serverPid: number, cleanups: (() => void)[]) {
  // What the server holds before any range: the peak during the runs is compared with it.
  const restRssMb = Math.round(processTreeRssMb(serverPid));
  const folder = path.join(media, 'av', RANGE_KEY);
  cleanups.unshift(() => fs.rmSync(folder, { recursive: true, force: true }));
  const file = path.join(folder, '720.mp4');
  writeRandomFile(file);
  const targets: [string, string, number | null][] = [];
  if (NGINX) {
    // Two baselines, the better one counts: TCP_CORK (tcp_nopush) is worth half as much again on
    // 1 MB answers, and costs a 40 ms delayed-ACK stall on 64 KB ones over loopback.
    for (const [name, port, nopush] of [
      ['nginx, static file', STATIC_PORT, true],
      ['nginx, static file, no tcp_nopush', STATIC_UNCORKED_PORT, false],
    ] as const) {
      const url = `http://127.0.0.1:${port}/av/${RANGE_KEY}/720.mp4`;
      const staticServer = await startNginx(() => staticConfig(port, media, nopush), url);
      cleanups.unshift(staticServer.stop);
      targets.push([name, url, null]);
    }
  } else console.log('nginx is not installed: no static baseline (apt-get install nginx-light)');
  targets.push(['our server', `${origin}/media/av/${RANGE_KEY}/720.mp4`, serverPid]);
  if (NGINX) {
    const proxy = await startNginx(
      (dir) => siteConfig(PROXY_PORT, PORT, path.join(dir, 'cache')),
      `http://127.0.0.1:${PROXY_PORT}/robots.txt`,
    );
    cleanups.unshift(proxy.stop);
    targets.push(['nginx → our server', `http://127.0.0.1:${PROXY_PORT}/media/av/${RANGE_KEY}/720.mp4`, serverPid]);
  }
  for (const [name, url] of targets) {
    const wrong = await checkRange(url, file);
    if (wrong) console.log(`WARNING (${name}): ${wrong}`);
  }

  const load = { before: loadavg(), after: '' };
  console.log(
    `\nbyte ranges of a ${FILE_BYTES / 1024 / 1024} MB file; autocannon -c ${RANGE_CONNECTIONS} -d ${DURATION}, ${ROUNDS} rounds; load ${load.before}`,
  );
  // Every target and size in each round, one after another, so the machine's drifts fall on all alike.
  const chosen = SPANS.flatMap((span) => targets.map(([name, url, pid]) => ({ name, url, pid, span })));
  const runs: RangeRow[][] = chosen.map(() => []);
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round} of ${ROUNDS}`);
    for (const [i, t] of chosen.entries()) runs[i].push(await measureRange(t.name, t.url, t.span, t.pid));
  }
  load.after = loadavg();
  // Each target's median round by req/s (with that round's latencies); the highest peak RSS.
  const rows = runs.map((r) => {
    const sorted = [...r].sort((a, b) => a.reqPerSec - b.reqPerSec);
    return { ...sorted[Math.floor((sorted.length - 1) / 2)], peakRssMb: Math.max(...r.map((x) => x.peakRssMb)) };
  });
  for (const row of rows) {
    const best = Math.max(
      0,
      ...rows.filter((r) => r.span === row.span && r.name.startsWith('nginx, static')).map((r) => r.reqPerSec),
    );
    if (best) row.ratioToNginx = Number((row.reqPerSec / best).toFixed(2));
  }
  console.log(`\n| served by | range | req/s | MB/s | p50 ms | p99 ms | non-206 | server peak RSS MB | × best nginx |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.span} | ${r.reqPerSec} | ${r.mbPerSec} | ${r.p50} | ${r.p99} | ${r.non206} | ${r.peakRssMb || '–'} | ${r.ratioToNginx ?? '–'} |`,
    );
  }
  console.log(`load average ${load.before} before, ${load.after} after; our server's RSS at rest ${restRssMb} MB`);
  return { fileBytes: FILE_BYTES, restRssMb, connections: RANGE_CONNECTIONS, loadavg: load, rows, runs };
}

// ---------------------------------------------------------------------------------------------
// 2. Readers while a transcode runs

/** The child process: processVideo on one folder, again and again, until it is killed. */
async function transcodeChild(key: string) {
  // Orphaned (the benchmark died without cleaning up): end this group, ffmpeg included.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && process.kill(-process.pid, 'SIGKILL'), 2000).unref();
  const { processVideo } = await import('@/lib/av/process');
  for (let job = 1; ; job++) {
    const started = Date.now();
    let stage = '';
    try {
      await processVideo({
        storageKey: key,
        title: 'Bench clip',
        uploadedBy: null,
        onProgress: (_, s) => {
          if (s !== stage) console.log(JSON.stringify({ job, stage: (stage = s) }));
        },
      });
      console.log(JSON.stringify({ job, done: (Date.now() - started) / 1000 }));
    } catch (error) {
      console.log(JSON.stringify({ job, failed: (error as Error).message }));
      await sleep(1000);
    }
  }
}

/** CPU ticks used by a process group: live members, plus what reaped children (finished ffmpeg runs) used. */
function groupTicks(pgid: number): number {
  let ticks = 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) !== pgid) continue;
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks;
}

/** Whether an ffmpeg is running in the group (the job is past its probe and encoding). */
function groupHasFfmpeg(pgid: number): boolean {
  return fs.readdirSync('/proc').some((name) => {
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      return stat.includes('(ffmpeg)') && Number(stat.split(') ')[1].split(' ')[2]) === pgid;
    } catch {
      return false;
    }
  });
}

interface PageRun {
  round: number;
  transcode: boolean;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Cores the transcode's processes used during the measured seconds. */
  transcodeCores: number;
  stage: string;
}

function makeClip(file: string, env: NodeJS.ProcessEnv) {
  const started = Date.now();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(
    'ffmpeg',
    [
      ...['-nostdin', '-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=25'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000'],
      ...['-t', String(CLIP_SECONDS), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', file],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env },
  );
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(0);
  console.log(
    `clip: ${CLIP_SECONDS} s 1920x1080 25 fps, ${mb} MB, made in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function transcodeBench(
  articleUrl: string,
  clipDir: string,
  key: string,
  env: NodeJS.ProcessEnv,
  cleanups: (() => void)[],
) {
  let stage = '';
  let jobsDone = 0;
  const jobTimes: number[] = [];
  // Its own process group (detached), so one signal pauses, resumes or ends node and its ffmpeg.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench-media.ts', '--transcode-child', key],
    { env: { ...env, MEDIA_DIR: clipDir }, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const pgid = child.pid!;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-pgid, s);
    } catch {
      // already gone
    }
  };
  cleanups.unshift(() => {
    signal('SIGCONT');
    signal('SIGKILL');
  });
  let buffered = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      try {
        const m = JSON.parse(line) as { stage?: string; done?: number; failed?: string };
        if (m.stage) stage = m.stage;
        if (m.done) {
          jobsDone++;
          jobTimes.push(m.done);
        }
        if (m.failed) console.log(`  (transcode failed: ${m.failed})`);
      } catch {
        // not ours
      }
    }
  });
  const deadline = Date.now() + 120_000;
  while (!groupHasFfmpeg(pgid) && Date.now() < deadline) await sleep(200);
  if (!groupHasFfmpeg(pgid)) throw new Error('the transcode did not start ffmpeg within 2 minutes');
  signal('SIGSTOP');

  const measure = async (round: number, busy: boolean): Promise<PageRun> => {
    signal(busy ? 'SIGCONT' : 'SIGSTOP');
    await autocannon({ url: articleUrl, connections: PAGE_CONNECTIONS, duration: 1 });
    const ticks = groupTicks(pgid);
    const started = Date.now();
    const result = await autocannon({ url: articleUrl, connections: PAGE_CONNECTIONS, duration: DURATION });
    const seconds = (Date.now() - started) / 1000;
    const run: PageRun = {
      round,
      transcode: busy,
      reqPerSec: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx + result.errors + result.timeouts,
      transcodeCores: Number(((groupTicks(pgid) - ticks) / TICKS_PER_SECOND / seconds).toFixed(2)),
      stage: busy ? stage : '',
    };
    console.log(
      `  ${(busy ? `during the transcode (${stage})` : 'idle').padEnd(34)} ${String(run.reqPerSec).padStart(6)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  non-2xx ${run.non2xx}  transcode ${run.transcodeCores} cores`,
    );
    return run;
  };

  const load = { before: loadavg(), after: '' };
  console.log(
    `\nthe anonymous article while a ${CLIP_SECONDS} s 1080p transcode runs; autocannon -c ${PAGE_CONNECTIONS} -d ${DURATION}, ${ROUNDS} rounds; load ${load.before}`,
  );
  const runs: PageRun[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`round ${round} of ${ROUNDS}`);
    const order = round % 2 === 1 ? [false, true] : [true, false];
    for (const busy of order) runs.push(await measure(round, busy));
  }
  load.after = loadavg();
  signal('SIGCONT');
  signal('SIGKILL');

  const side = (busy: boolean) => runs.filter((r) => r.transcode === busy);
  const summary = (busy: boolean) => {
    const rs = side(busy);
    return {
      reqPerSec: median(rs.map((r) => r.reqPerSec)),
      p50: median(rs.map((r) => r.p50)),
      p99: median(rs.map((r) => r.p99)),
      non2xx: rs.reduce((n, r) => n + r.non2xx, 0),
      transcodeCores: median(rs.map((r) => r.transcodeCores)),
    };
  };
  const idle = summary(false);
  const during = summary(true);
  const ratio = idle.reqPerSec ? Number((during.reqPerSec / idle.reqPerSec).toFixed(3)) : null;
  const roundRatios = Array.from({ length: ROUNDS }, (_, i) => {
    const [a, b] = [side(false)[i], side(true)[i]];
    return a.reqPerSec ? Number((b.reqPerSec / a.reqPerSec).toFixed(3)) : null;
  });
  console.log('\n| article, anonymous | req/s (median) | p50 ms | p99 ms | non-2xx | transcode CPU, cores |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| idle | ${idle.reqPerSec} | ${idle.p50} | ${idle.p99} | ${idle.non2xx} | ${idle.transcodeCores} |`);
  console.log(
    `| during a transcode | ${during.reqPerSec} | ${during.p50} | ${during.p99} | ${during.non2xx} | ${during.transcodeCores} |`,
  );
  console.log(
    `during/idle: ${ratio} (rounds: ${roundRatios.join(', ')}); jobs finished meanwhile: ${jobsDone}${jobTimes.length ? ` (${jobTimes.map((s) => `${s.toFixed(0)} s`).join(', ')}, paused time included)` : ''}`,
  );
  console.log(`load average ${load.before} before, ${load.after} after`);
  return {
    clipSeconds: CLIP_SECONDS,
    connections: PAGE_CONNECTIONS,
    url: articleUrl,
    loadavg: load,
    idle,
    during,
    ratio,
    roundRatios,
    jobsDone,
    runs,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  // Before anything of ours runs: what the rest of the machine is doing (later figures include us).
  const startLoad = loadavg();
  const parts = ONLY ? [ONLY] : ['range', 'transcode'];
  if (!parts.every((p) => p === 'range' || p === 'transcode')) throw new Error('--only takes range or transcode');
  fs.mkdirSync(benchDir, { recursive: true });
  const env = productionEnv(media);
  seedOnce(seeded, ARTICLES, env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-bench-media-'));
  const cleanups: (() => void)[] = [() => fs.rmSync(work, { recursive: true, force: true })];
  // Ctrl-C: the transcode is in a process group of its own, which the terminal's signal misses.
  process.once('SIGINT', () => {
    for (const cleanup of cleanups) cleanup();
    process.exit(130);
  });
  try {
    const db = path.join(work, 'news.db');
    fs.copyFileSync(seeded, db);
    const serverEnv: NodeJS.ProcessEnv = { ...env, DATABASE_URL: `file:${db}`, NEXT_DIST_DIR: distDir };
    buildInto(distDir, serverEnv, values['no-build']);

    // The clip is made before any server runs: its encoding must not fall on a measurement.
    const clipDir = path.join(work, 'media');
    const clipKey = 'c1190000000000000000000000000000';
    if (parts.includes('transcode')) {
      const clip = path.join(clipDir, 'av', clipKey, 'original.mp4');
      makeClip(clip, env);
      const fd = fs.openSync(clip, 'r+');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    }

    const server = await startServer({ port: PORT, database: db, distDir, mediaDir: media, keepLines: false });
    cleanups.unshift(() => server.child.kill('SIGTERM'));
    const { article } = benchTargets(db);
    const articleUrl = `${server.origin}/${article.section}/${article.id}-${article.slug}`;
    // The article once (rendered if the build did not prerender it), then a quiet server.
    await (await fetch(articleUrl)).arrayBuffer();
    console.log(`server idle after ${await settle(server.pid)} s`);

    const cpu = os.cpus()[0]?.model ?? 'cpu';
    console.log(
      `${new Date().toISOString()} · ${cpu} · ${os.cpus().length} cores · Node ${process.version} · load average at start ${startLoad}`,
    );
    const out: Record<string, unknown> = {
      date: new Date().toISOString(),
      node: process.version,
      cpu,
      cores: os.cpus().length,
      duration: DURATION,
      rounds: ROUNDS,
      loadavgAtStart: startLoad,
    };
    if (parts.includes('range')) out.range = await rangeBench(server.origin, server.pid, cleanups);
    // The job writes its poster row to the server's database, as the worker does.
    if (parts.includes('transcode'))
      out.transcode = await transcodeBench(articleUrl, clipDir, clipKey, serverEnv, cleanups);
    const file = path.resolve(values.json!);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`written to ${path.relative(root, file)}`);
  } finally {
    for (const cleanup of cleanups) cleanup();
  }
}

if (values['transcode-child']) void transcodeChild(values['transcode-child']);
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
