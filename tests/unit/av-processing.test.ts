import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, type TestDb } from '../helpers/db';
import {
  ffprobeJson,
  integratedLoudness,
  makeAudio,
  makeMp3WithCover,
  makeVideo,
  topLevelBoxes,
} from '../helpers/clips';

let t: TestDb;
let probe: typeof import('@/lib/av/probe');
let proc: typeof import('@/lib/av/process');
let ff: typeof import('@/lib/av/ffmpeg');
let storage: typeof import('@/lib/av/storage');
let clips = '';
let mediaDir = '';

before(async () => {
  t = await createTestDb('av-processing-');
  mediaDir = path.join(t.dir, 'media');
  process.env.MEDIA_DIR = mediaDir;
  clips = path.join(t.dir, 'clips');
  fs.mkdirSync(clips, { recursive: true });
  probe = await import('@/lib/av/probe');
  proc = await import('@/lib/av/process');
  ff = await import('@/lib/av/ffmpeg');
  storage = await import('@/lib/av/storage');
});
after(() => t.cleanup());

/** A new item folder holding `source` as its original. */
function item(source: string, ext = path.extname(source).slice(1)): string {
  const key = storage.newStorageKey();
  fs.mkdirSync(storage.avDir(key), { recursive: true });
  fs.copyFileSync(source, path.join(storage.avDir(key), `original.${ext}`));
  return key;
}

const listing = (key: string) => fs.readdirSync(storage.avDir(key), { recursive: true }).map(String).sort();

describe('probe (ffprobe on generated clips)', () => {
  it('reads a video with a rotation: display size turned, rotation, codecs, duration', async () => {
    const file = await makeVideo(path.join(clips, 'rotated.mp4'), { seconds: 2, rotate: 90 });
    const out = await probe.probe(file);
    assert.ok(out.ok, out.ok ? '' : out.reason);
    assert.equal(out.result.kind, 'video');
    assert.equal(out.result.rotation % 180, 90);
    assert.deepEqual([out.result.width, out.result.height], [360, 640]);
    assert.equal(out.result.videoCodec, 'h264');
    assert.equal(out.result.audioCodec, 'aac');
    assert.ok(Math.abs(out.result.durationMs - 2000) < 150, String(out.result.durationMs));
  });

  it('reads audio-only files, and an MP3 with cover art is audio, not video', async () => {
    const wav = await probe.probe(await makeAudio(path.join(clips, 'tone.wav'), { seconds: 2 }));
    assert.ok(wav.ok);
    assert.equal(wav.result.kind, 'audio');
    assert.deepEqual([wav.result.width, wav.result.height, wav.result.videoCodec], [0, 0, null]);
    const mp3 = await probe.probe(await makeMp3WithCover(clips));
    assert.ok(mp3.ok, mp3.ok ? '' : mp3.reason);
    assert.equal(mp3.result.kind, 'audio');
    assert.equal(mp3.result.audioCodec, 'mp3');
  });

  it('refuses by content: a renamed text file, a truncated MP4, a PNG named .mp4, playlists', async () => {
    const text = path.join(clips, 'notes.mp4');
    fs.writeFileSync(text, 'Meeting notes: nothing to see here.\n'.repeat(50));
    const whole = await makeVideo(path.join(clips, 'whole.mp4'), { seconds: 2 });
    const truncated = path.join(clips, 'truncated.mp4');
    const bytes = fs.readFileSync(whole);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const png = path.join(clips, 'picture.mp4');
    await (
      await import('../helpers/clips')
    ).ffmpeg(['-f', 'lavfi', '-i', 'color=c=blue:size=64x64', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', png]);
    // Playlists that would make ffmpeg read another file on this machine (or fetch a URL).
    const hls = path.join(clips, 'playlist.mp4');
    fs.writeFileSync(hls, `#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\nfile:${whole}\n#EXT-X-ENDLIST\n`);
    const concat = path.join(clips, 'concat.mp4');
    fs.writeFileSync(concat, `ffconcat version 1.0\nfile '${whole}'\n`);
    for (const file of [text, truncated, png, hls, concat]) {
      const out = await probe.probe(file);
      assert.equal(out.ok, false, `${path.basename(file)} was accepted`);
      if (!out.ok) assert.match(out.reason, /not a video or audio file/);
    }
  });

  it('interpretProbe: cover art alone is audio; no streams, no duration or no size are refused', () => {
    const audio = { codec_type: 'audio', codec_name: 'mp3' };
    const cover = { codec_type: 'video', codec_name: 'png', width: 64, height: 64, disposition: { attached_pic: 1 } };
    const ok = probe.interpretProbe({ streams: [audio, cover], format: { format_name: 'mp3', duration: '2.0' } });
    assert.ok(ok.ok);
    assert.equal(ok.result.kind, 'audio');
    assert.equal(probe.interpretProbe({ streams: [cover], format: { format_name: 'mp3', duration: '2' } }).ok, false);
    assert.equal(probe.interpretProbe({ streams: [audio], format: { format_name: 'mp3', duration: 'N/A' } }).ok, false);
    const sizeless = { codec_type: 'video', codec_name: 'h264' };
    assert.equal(
      probe.interpretProbe({ streams: [sizeless], format: { format_name: 'mov', duration: '2' } }).ok,
      false,
    );
    const turned = probe.interpretProbe({
      streams: [
        { codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080, side_data_list: [{ rotation: -90 }] },
      ],
      format: { format_name: 'mov', duration: '1' },
    });
    assert.ok(turned.ok);
    assert.deepEqual([turned.result.width, turned.result.height, turned.result.rotation], [1080, 1920, 270]);
  });
});

describe('rendition plan', () => {
  const sizes = (w: number, h: number) => proc.renditionPlan(w, h).map((r) => `${r.label}:${r.width}x${r.height}`);

  it('never upscales: rungs up to the source, 1080p at most', () => {
    assert.deepEqual(sizes(1920, 1080), ['360:640x360', '720:1280x720', '1080:1920x1080']);
    assert.deepEqual(sizes(1280, 720), ['360:640x360', '720:1280x720']);
    assert.deepEqual(sizes(3840, 2160), ['360:640x360', '720:1280x720', '1080:1920x1080']);
    assert.deepEqual(sizes(1000, 700), ['360:514x360']);
  });

  it('a portrait video is ranked by its shorter side, keeping its aspect', () => {
    assert.deepEqual(sizes(1080, 1920), ['360:360x640', '720:720x1280', '1080:1080x1920']);
  });

  it('a source under 360p gets one rendition at its own even size', () => {
    assert.deepEqual(sizes(320, 240), ['240:320x240']);
    const [odd] = proc.renditionPlan(427, 241);
    assert.ok(odd.width % 2 === 0 && odd.height % 2 === 0 && odd.width <= 427 && odd.height <= 241);
    assert.equal(proc.renditionPlan(427, 241).length, 1);
  });

  it('codecs strings follow the H.264 profile and level', () => {
    assert.equal(proc.avcCodecs({ profile: 'High', level: 31 }), 'avc1.64001f');
    assert.equal(proc.avcCodecs({ profile: 'Main', level: 30 }), 'avc1.4d401e');
  });
});

describe('ffmpeg runner', () => {
  it('says clearly when ffmpeg is missing', async () => {
    // ffmpeg is looked up on the PATH at each run: an empty PATH is a server without it.
    const saved = process.env.PATH;
    process.env.PATH = path.join(t.dir, 'empty-bin');
    try {
      await assert.rejects(
        ff.runFfmpeg({ input: path.join(clips, 'whole.mp4'), outputArgs: ['-f', 'null', '-'], timeoutMs: 10_000 }),
        (e: InstanceType<typeof ff.FfmpegError>) => e.reason === 'missing' && /not installed/.test(e.message),
      );
    } finally {
      process.env.PATH = saved;
    }
  });

  it('kills a run at its timeout, and on abort; a failure carries ffmpeg’s own message', async () => {
    const input = path.join(clips, 'whole.mp4');
    const slow = ['-vf', 'scale=3840:2160', '-c:v', 'libx264', '-preset', 'veryslow', '-f', 'null', '-'];
    await assert.rejects(ff.runFfmpeg({ input, outputArgs: slow, timeoutMs: 50 }), { reason: 'timeout' });
    const controller = new AbortController();
    const aborted = ff.runFfmpeg({ input, outputArgs: slow, timeoutMs: 60_000, signal: controller.signal });
    setImmediate(() => controller.abort());
    await assert.rejects(aborted, { reason: 'aborted' });
    await assert.rejects(
      ff.runFfmpeg({ input, outputArgs: ['-c:v', 'no-such-encoder', '-f', 'null', '-'], timeoutMs: 10_000 }),
      (e: InstanceType<typeof ff.FfmpegError>) =>
        e.reason === 'failed' && /no-such-encoder|Unknown encoder/.test(e.message),
    );
  });
});

describe('processing', () => {
  it('processVideo: a faststart MP4, an HLS ladder with segments, and a poster picture; nothing else left', async () => {
    const key = item(await makeVideo(path.join(clips, 'clip.mp4'), { seconds: 4 }));
    const stages: string[] = [];
    let last = -1;
    const out = await proc.processVideo({
      storageKey: key,
      title: 'Harbour at dawn',
      uploadedBy: null,
      onProgress: (p, stage) => {
        assert.ok(p >= last, `progress went back from ${last} to ${p}`);
        last = p;
        if (!stages.includes(stage)) stages.push(stage);
      },
    });
    assert.deepEqual(stages, ['360p', 'HLS', 'poster']);
    assert.deepEqual(
      out.renditions.map((r) => [r.file, r.role, r.mime]),
      [
        ['360.mp4', 'mp4', 'video/mp4'],
        ['hls/master.m3u8', 'hls', 'application/vnd.apple.mpegurl'],
      ],
    );
    const [mp4, hls] = out.renditions;
    assert.deepEqual([mp4.width, mp4.height, out.width, out.height], [640, 360, 640, 360]);
    assert.match(mp4.codecs ?? '', /^avc1\.4d40[0-9a-f]{2},mp4a\.40\.2$/);
    assert.ok(Math.abs(out.durationMs - 4000) < 150, String(out.durationMs));
    const dir = storage.avDir(key);
    assert.equal(mp4.bytes, fs.statSync(path.join(dir, '360.mp4')).size);
    assert.equal(hls.bytes, fs.statSync(path.join(dir, 'hls/master.m3u8')).size);

    // faststart: the index (moov) comes before the media data, so playback starts before the download ends.
    const boxes = topLevelBoxes(path.join(dir, '360.mp4'));
    assert.ok(boxes.indexOf('moov') >= 0 && boxes.indexOf('moov') < boxes.indexOf('mdat'), boxes.join(','));
    const probed = await ffprobeJson(path.join(dir, '360.mp4'));
    assert.deepEqual(
      probed.streams.map((s) => s.codec_name),
      ['h264', 'aac'],
    );

    const master = fs.readFileSync(path.join(dir, 'hls/master.m3u8'), 'utf8');
    assert.match(master, /^#EXTM3U\n/);
    assert.match(
      master,
      /#EXT-X-STREAM-INF:BANDWIDTH=\d+,AVERAGE-BANDWIDTH=\d+,RESOLUTION=640x360,CODECS="avc1\.[0-9a-f]{6},mp4a\.40\.2"\n360\/index\.m3u8/,
    );
    const media = fs.readFileSync(path.join(dir, 'hls/360/index.m3u8'), 'utf8');
    assert.match(media, /#EXT-X-PLAYLIST-TYPE:VOD/);
    const segments = media.split('\n').filter((l) => l.endsWith('.ts'));
    assert.ok(segments.length >= 1);
    for (const s of segments) {
      assert.match(s, /^seg-\d{5}\.ts$/);
      assert.ok(fs.statSync(path.join(dir, 'hls/360', s)).size > 0);
      assert.ok(storage.avPath(key, ['hls', '360', s]), 'segment names are servable names');
    }

    // Only the original and what the renditions name are in the folder: no work files.
    assert.deepEqual(
      listing(key).filter((f) => !f.startsWith('hls')),
      ['360.mp4', 'original.mp4'],
    );

    // The poster is a library picture made by the image pipeline (WebP variants up to its width).
    assert.ok(out.posterMediaId);
    const poster = t.db
      .select()
      .from(t.schema.media)
      .all()
      .find((m) => m.id === out.posterMediaId)!;
    assert.equal(poster.kind, 'image');
    assert.equal(poster.alt, 'Still from Harbour at dawn');
    assert.deepEqual([poster.width, poster.height], [640, 360]);
    for (const w of poster.variants.split(','))
      assert.ok(fs.existsSync(path.join(mediaDir, `${poster.file}-${w}.webp`)));
  });

  it('processVideo turns a rotated video upright, keeps a silent one silent, and makes no poster when told', async () => {
    const key = item(await makeVideo(path.join(clips, 'phone.mp4'), { seconds: 2, rotate: 90, audio: false }));
    const out = await proc.processVideo({ storageKey: key, title: '', uploadedBy: null, makePoster: false });
    assert.equal(out.posterMediaId, null);
    const probed = await ffprobeJson(path.join(storage.avDir(key), '360.mp4'));
    assert.deepEqual(
      probed.streams.map((s) => [s.codec_name, s.width, s.height]),
      [['h264', 360, 640]],
    );
    assert.deepEqual([out.width, out.height], [360, 640]);
    assert.match(out.renditions[0].codecs ?? '', /^avc1\.[0-9a-f]{6}$/);
    assert.match(
      fs.readFileSync(path.join(storage.avDir(key), 'hls/master.m3u8'), 'utf8'),
      /RESOLUTION=360x640,CODECS="avc1\.[0-9a-f]{6}"/,
    );
  });

  it('processAudio: loudness-normalised AAC in audio.m4a, mono kept mono, with its duration', async () => {
    const key = item(await makeAudio(path.join(clips, 'quiet.wav'), { seconds: 6, volume: 0.05 }));
    const out = await proc.processAudio({ storageKey: key, title: 'Briefing', uploadedBy: null });
    assert.deepEqual(
      out.renditions.map((r) => [r.file, r.role, r.mime, r.codecs]),
      [['audio.m4a', 'audio', 'audio/mp4', 'mp4a.40.2']],
    );
    assert.ok(Math.abs(out.durationMs - 6000) < 150, String(out.durationMs));
    const file = path.join(storage.avDir(key), 'audio.m4a');
    const probed = await ffprobeJson(file);
    assert.deepEqual(
      probed.streams.map((s) => [s.codec_name, s.channels]),
      [['aac', 1]],
    );
    const boxes = topLevelBoxes(file);
    assert.ok(boxes.indexOf('moov') < boxes.indexOf('mdat'), boxes.join(','));
    // The source was about −40 LUFS; the target is −16.
    const loudness = await integratedLoudness(file);
    assert.ok(Math.abs(loudness + 16) <= 2, `integrated loudness ${loudness} LUFS`);
    assert.deepEqual(listing(key), ['audio.m4a', 'original.wav']);
  });

  it('refuses for good what cannot be processed, leaving nothing behind', async () => {
    const notes = path.join(clips, 'notes.mp4');
    const notMedia = item(notes);
    await assert.rejects(proc.processVideo({ storageKey: notMedia, title: '', uploadedBy: null }), {
      permanent: true,
      message: /not a video or audio file/,
    });
    assert.deepEqual(listing(notMedia), ['original.mp4']);

    const missing = storage.newStorageKey();
    await assert.rejects(proc.processAudio({ storageKey: missing, title: '', uploadedBy: null }), {
      permanent: true,
      message: /missing/,
    });

    const audioOnly = item(path.join(clips, 'tone.wav'));
    await assert.rejects(proc.processVideo({ storageKey: audioOnly, title: '', uploadedBy: null }), {
      permanent: true,
      message: /no picture/,
    });

    process.env.MEDIA_MAX_DURATION_SECONDS = '1';
    try {
      const long = item(path.join(clips, 'whole.mp4'));
      await assert.rejects(proc.processVideo({ storageKey: long, title: '', uploadedBy: null }), {
        permanent: true,
        message: /lasts 0:02; the most accepted is 0:01/,
      });
      assert.deepEqual(listing(long), ['original.mp4']);
    } finally {
      delete process.env.MEDIA_MAX_DURATION_SECONDS;
    }
  });

  it('an aborted run removes its work', async () => {
    const key = item(path.join(clips, 'clip.mp4'));
    const before = t.db.select().from(t.schema.media).all().length;
    const controller = new AbortController();
    await assert.rejects(
      proc.processVideo({
        storageKey: key,
        title: 'x',
        uploadedBy: null,
        signal: controller.signal,
        onProgress: (_p, stage) => {
          if (stage === 'HLS') controller.abort();
        },
      }),
      { permanent: false, message: /stopped/ },
    );
    assert.deepEqual(listing(key), ['original.mp4']);
    assert.equal(t.db.select().from(t.schema.media).all().length, before);
  });
});
