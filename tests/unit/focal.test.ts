import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  cropRect,
  focalOf,
  focalToken,
  normaliseFocal,
  objectPosition,
  objectPositionFor,
  parseFocalToken,
} from '@/lib/focal';
import { shareImageVersion } from '@/lib/og/paths';

describe('focal point crops (lib/focal.ts)', () => {
  it('takes the largest rectangle of the ratio, centred by default', () => {
    assert.deepEqual(cropRect(1600, 900, 1), { left: 350, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropRect(1600, 900, 16 / 9), { left: 0, top: 0, width: 1600, height: 900 });
    assert.deepEqual(cropRect(1600, 900, 4 / 3), { left: 200, top: 0, width: 1200, height: 900 });
    assert.deepEqual(cropRect(900, 1600, 16 / 9), { left: 0, top: 547, width: 900, height: 506 });
    assert.deepEqual(cropRect(1600, 900, 1200 / 630), { left: 0, top: 30, width: 1600, height: 840 });
  });

  it('centres the crop on the focal point and clamps it to the picture', () => {
    assert.deepEqual(cropRect(1600, 900, 1, { x: 0.3, y: 0.5 }), { left: 30, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropRect(1600, 900, 1, { x: 0, y: 0 }), { left: 0, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropRect(1600, 900, 1, { x: 1, y: 1 }), { left: 700, top: 0, width: 900, height: 900 });
    assert.deepEqual(cropRect(900, 1600, 16 / 9, { x: 0.5, y: 0.1 }), { left: 0, top: 0, width: 900, height: 506 });
    assert.deepEqual(cropRect(900, 1600, 16 / 9, { x: 0.5, y: 0.75 }), { left: 0, top: 947, width: 900, height: 506 });
  });

  it('always keeps the focal point inside the crop and the crop inside the picture', () => {
    for (const [w, h] of [
      [1600, 900],
      [900, 1600],
      [321, 4000],
      [5000, 320],
      [1000, 1000],
    ])
      for (const ratio of [16 / 9, 4 / 3, 1, 1200 / 630])
        for (let i = 0; i <= 10; i++)
          for (let j = 0; j <= 10; j++) {
            const f = { x: i / 10, y: j / 10 };
            const r = cropRect(w, h, ratio, f);
            const label = `${w}x${h} ${ratio} ${i},${j}`;
            assert.ok(r.left >= 0 && r.top >= 0 && r.left + r.width <= w && r.top + r.height <= h, label);
            assert.ok(Math.abs(r.width / r.height - ratio) < 0.02 || r.width < 60 || r.height < 60, label);
            assert.ok(f.x * w >= r.left - 1 && f.x * w <= r.left + r.width + 1, label);
            assert.ok(f.y * h >= r.top - 1 && f.y * h <= r.top + r.height + 1, label);
          }
  });

  it('refuses sizes that are not positive', () => {
    assert.throws(() => cropRect(0, 900, 1), RangeError);
    assert.throws(() => cropRect(1600, 900, 0), RangeError);
  });

  it('gives the object-position that draws exactly that window', () => {
    assert.equal(objectPositionFor(1600, 900, 1, { x: 0.5, y: 0.5 }), '50% 50%');
    assert.equal(objectPositionFor(1600, 900, 1, { x: 0, y: 0.5 }), '0% 50%');
    assert.equal(objectPositionFor(1600, 900, 1, { x: 1, y: 0.5 }), '100% 50%');
    // 30 px of 700 px of room.
    assert.equal(objectPositionFor(1600, 900, 1, { x: 0.3, y: 0.5 }), '4.29% 50%');
    assert.equal(objectPosition({ x: 0.25, y: 0.755 }), '25% 75.5%');
  });

  it('normalises stored and typed values, and round-trips the token in names', () => {
    assert.equal(normaliseFocal(0.12345), 0.123);
    assert.equal(normaliseFocal(NaN), 0.5);
    assert.equal(normaliseFocal(-0.1), 0.5);
    assert.equal(normaliseFocal(1.5), 0.5);
    assert.equal(normaliseFocal('0.3'), 0.5);
    assert.deepEqual(focalOf({}), { x: 0.5, y: 0.5 });
    assert.deepEqual(focalOf({ focalX: 0.2, focalY: null }), { x: 0.2, y: 0.5 });
    assert.equal(focalToken({ x: 0, y: 1 }), 'f0x1000');
    assert.deepEqual(parseFocalToken('f0x1000'), { x: 0, y: 1 });
    assert.deepEqual(parseFocalToken(focalToken({ x: 0.333, y: 0.667 })), { x: 0.333, y: 0.667 });
    for (const junk of ['f1001x0', 'f01x5', 'fx5', 'f5x', 'F5x5', 'f5x5 ', 'f-1x5'])
      assert.equal(parseFocalToken(junk), null);
  });

  it('moves the share image URL when the hero focal point moves', () => {
    const article = { title: 'T', section: { name: 'S' }, hero: { file: 'p' } };
    const centre = shareImageVersion(article);
    assert.equal(shareImageVersion({ ...article, hero: { file: 'p', focalX: 0.5, focalY: 0.5 } }), centre);
    assert.notEqual(shareImageVersion({ ...article, hero: { file: 'p', focalX: 0.2, focalY: 0.5 } }), centre);
  });
});
