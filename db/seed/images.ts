/**
 * Locally generated pictures for the demo newsroom: one SVG scene per image (skylines,
 * ports, mountains, stadiums, …; no text, no fonts), rendered with sharp to WebP at
 * every variant width. Files already on disk are kept, so reseeding is fast.
 * The theme, time of day, alt text, caption and credit of image i depend only on i;
 * the seed varies the geometry.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { mixSeed, Random } from './random';
import type { SeedImage } from './types';

export const IMAGE_WIDTH = 1600;
export const IMAGE_HEIGHT = 900;
export const IMAGE_VARIANTS = [320, 480, 640, 960, 1280, 1600] as const;

const W = IMAGE_WIDTH;
const H = IMAGE_HEIGHT;

type TimeOfDay = 'dawn' | 'day' | 'dusk' | 'night' | 'overcast' | 'golden';

interface Palette {
  sky: [string, string, string];
  sun: string;
  glow: string;
  far: string;
  mid: string;
  near: string;
  water: string;
  accent: string;
}

const PALETTES: Record<TimeOfDay, Palette> = {
  dawn: {
    sky: ['#27345f', '#8a5a8c', '#f4a56a'],
    sun: '#ffe0b0',
    glow: '#ffb27a',
    far: '#6c5a86',
    mid: '#43395f',
    near: '#1d1830',
    water: '#5a5680',
    accent: '#ffcf8a',
  },
  day: {
    sky: ['#2f6fb8', '#6ea8de', '#d5ebff'],
    sun: '#fffbe6',
    glow: '#ffffff',
    far: '#8fa9bf',
    mid: '#5a7a8f',
    near: '#2c3e4c',
    water: '#3f7fb0',
    accent: '#f2c14e',
  },
  dusk: {
    sky: ['#2a1240', '#8c2f5a', '#ff8a4c'],
    sun: '#ffc27a',
    glow: '#ff7a45',
    far: '#7a3b62',
    mid: '#4a2147',
    near: '#180b1f',
    water: '#6b2e4f',
    accent: '#ffb347',
  },
  night: {
    sky: ['#05081a', '#0f1a3a', '#263a6b'],
    sun: '#f3f1e0',
    glow: '#7f96c9',
    far: '#1d2a4d',
    mid: '#121b36',
    near: '#060914',
    water: '#142347',
    accent: '#ffd36b',
  },
  overcast: {
    sky: ['#6d7a88', '#a3adb8', '#d2d8de'],
    sun: '#eef1f4',
    glow: '#e3e7eb',
    far: '#8c97a2',
    mid: '#65717d',
    near: '#343c45',
    water: '#6f7d8a',
    accent: '#d9a441',
  },
  golden: {
    sky: ['#4b3c7a', '#c8647a', '#ffd27a'],
    sun: '#fff0c2',
    glow: '#ffc861',
    far: '#a0707e',
    mid: '#6a4560',
    near: '#2a1a2a',
    water: '#8a6a7e',
    accent: '#ffe08a',
  },
};

const TOD_WORDS: Record<TimeOfDay, string> = {
  dawn: 'at dawn',
  day: 'on a clear day',
  dusk: 'at dusk',
  night: 'at night',
  overcast: 'under an overcast sky',
  golden: 'in the late-afternoon light',
};

interface Theme {
  key: string;
  times: TimeOfDay[];
  alt: (when: string) => string;
  caption: (when: string) => string;
  draw: (r: Random, p: Palette, tod: TimeOfDay) => string;
}

// ---------------------------------------------------------------------------------------------
// Drawing helpers

const f = (n: number) => (Math.round(n * 10) / 10).toString();

function skyDefs(p: Palette): string {
  return `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="${p.sky[0]}"/><stop offset="0.55" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[2]}"/>
</linearGradient>
<radialGradient id="glow"><stop offset="0" stop-color="${p.glow}" stop-opacity="0.85"/><stop offset="1" stop-color="${p.glow}" stop-opacity="0"/></radialGradient>
<linearGradient id="water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.water}"/><stop offset="1" stop-color="${p.near}"/></linearGradient>`;
}

function sky(): string {
  return `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
}

function sun(x: number, y: number, radius: number, p: Palette, tod: TimeOfDay): string {
  if (tod === 'overcast')
    return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius * 3)}" fill="url(#glow)" opacity="0.5"/>`;
  return `<circle cx="${f(x)}" cy="${f(y)}" r="${f(radius * 4)}" fill="url(#glow)"/><circle cx="${f(x)}" cy="${f(y)}" r="${f(radius)}" fill="${p.sun}"/>`;
}

function stars(r: Random, count: number, maxY: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${f(r.float(0, W))}" cy="${f(r.float(0, maxY))}" r="${f(r.float(0.6, 2.2))}" fill="#ffffff" opacity="${f(r.float(0.3, 0.95))}"/>`;
  }
  return out;
}

function clouds(r: Random, count: number, color: string, maxY: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const cx = r.float(-100, W + 100);
    const cy = r.float(60, maxY);
    const w = r.float(160, 420);
    out += `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(w)}" ry="${f(w * r.float(0.08, 0.16))}" fill="${color}" opacity="${f(r.float(0.12, 0.3))}"/>`;
  }
  return out;
}

/** A ridge line from x=0 to x=W around baseY, closed to the bottom. */
function ridge(r: Random, baseY: number, amplitude: number, segments: number, fill: string, opacity = 1): string {
  let d = `M0 ${H} L0 ${f(baseY + r.float(-amplitude, amplitude))}`;
  for (let i = 1; i <= segments; i++) {
    const x = (W / segments) * i;
    d += ` L${f(x)} ${f(baseY + r.float(-amplitude, amplitude))}`;
  }
  d += ` L${W} ${H} Z`;
  return `<path d="${d}" fill="${fill}" opacity="${f(opacity)}"/>`;
}

/** A smooth rolling ridge (quadratic curves). */
function hills(r: Random, baseY: number, amplitude: number, humps: number, fill: string): string {
  const step = W / humps;
  let d = `M0 ${H} L0 ${f(baseY)}`;
  for (let i = 0; i < humps; i++) {
    const x0 = i * step;
    d += ` Q${f(x0 + step / 2)} ${f(baseY - r.float(0.2, 1) * amplitude)} ${f(x0 + step)} ${f(baseY + r.float(-amplitude / 4, amplitude / 4))}`;
  }
  d += ` L${W} ${H} Z`;
  return `<path d="${d}" fill="${fill}"/>`;
}

function water(y: number): string {
  return `<rect x="0" y="${f(y)}" width="${W}" height="${f(H - y)}" fill="url(#water)"/>`;
}

function reflection(r: Random, x: number, y: number, color: string): string {
  let out = '';
  for (let i = 0; i < 14; i++) {
    const yy = y + 8 + i * r.float(10, 18);
    if (yy > H) break;
    const w = r.float(40, 220) * (1 - i / 20);
    out += `<rect x="${f(x - w / 2 + r.float(-20, 20))}" y="${f(yy)}" width="${f(w)}" height="3" fill="${color}" opacity="${f(0.55 - i * 0.03)}"/>`;
  }
  return out;
}

function buildings(r: Random, baseY: number, minH: number, maxH: number, fill: string, windows: string | null): string {
  let out = '';
  let x = r.float(-40, 0);
  while (x < W) {
    const w = r.float(45, 120);
    const h = r.float(minH, maxH);
    out += `<rect x="${f(x)}" y="${f(baseY - h)}" width="${f(w)}" height="${f(h + 2)}" fill="${fill}"/>`;
    if (r.chance(0.2)) {
      out += `<rect x="${f(x + w / 2 - 2)}" y="${f(baseY - h - r.float(20, 60))}" width="4" height="${f(r.float(20, 60))}" fill="${fill}"/>`;
    }
    if (windows) {
      for (let wy = baseY - h + 12; wy < baseY - 10; wy += 18) {
        for (let wx = x + 8; wx < x + w - 10; wx += 14) {
          if (r.chance(0.28))
            out += `<rect x="${f(wx)}" y="${f(wy)}" width="6" height="8" fill="${windows}" opacity="${f(r.float(0.5, 0.95))}"/>`;
        }
      }
    }
    x += w + r.float(2, 14);
  }
  return out;
}

function crane(x: number, baseY: number, h: number, reach: number, fill: string): string {
  const top = baseY - h;
  return (
    `<rect x="${f(x)}" y="${f(top)}" width="16" height="${f(h)}" fill="${fill}"/>` +
    `<rect x="${f(x + 60)}" y="${f(top)}" width="16" height="${f(h)}" fill="${fill}"/>` +
    `<rect x="${f(x - reach * 0.35)}" y="${f(top - 14)}" width="${f(reach)}" height="14" fill="${fill}"/>` +
    `<path d="M${f(x)} ${f(top + h * 0.5)} L${f(x + 76)} ${f(top + 10)} M${f(x + 76)} ${f(top + h * 0.5)} L${f(x)} ${f(top + 10)}" stroke="${fill}" stroke-width="5"/>` +
    `<rect x="${f(x + 20)}" y="${f(top - 60)}" width="36" height="48" fill="${fill}"/>`
  );
}

function pine(x: number, baseY: number, h: number, fill: string): string {
  const w = h * 0.36;
  return `<path d="M${f(x)} ${f(baseY - h)} L${f(x + w / 2)} ${f(baseY)} L${f(x - w / 2)} ${f(baseY)} Z" fill="${fill}"/><rect x="${f(x - 3)}" y="${f(baseY - 4)}" width="6" height="14" fill="${fill}"/>`;
}

function turbine(r: Random, x: number, baseY: number, h: number, fill: string): string {
  const hubY = baseY - h;
  const angle = r.float(0, 120);
  let blades = '';
  for (let k = 0; k < 3; k++) {
    const a = ((angle + k * 120) * Math.PI) / 180;
    const len = h * 0.45;
    const bx = x + Math.cos(a) * len;
    const by = hubY + Math.sin(a) * len;
    blades += `<line x1="${f(x)}" y1="${f(hubY)}" x2="${f(bx)}" y2="${f(by)}" stroke="${fill}" stroke-width="${f(h / 60 + 2)}" stroke-linecap="round"/>`;
  }
  return `<path d="M${f(x - 4)} ${f(baseY)} L${f(x - 1.5)} ${f(hubY)} L${f(x + 1.5)} ${f(hubY)} L${f(x + 4)} ${f(baseY)} Z" fill="${fill}"/>${blades}<circle cx="${f(x)}" cy="${f(hubY)}" r="${f(h / 50 + 3)}" fill="${fill}"/>`;
}

// ---------------------------------------------------------------------------------------------
// Themes

const THEMES: Theme[] = [
  {
    key: 'skyline',
    times: ['dusk', 'night', 'dawn', 'overcast', 'golden'],
    alt: (w) => `City skyline silhouetted ${w}`,
    caption: (w) => `High-rise towers in the business district ${w}.`,
    draw(r, p, tod) {
      const base = H * 0.8;
      const lit = tod === 'night' || tod === 'dusk' ? p.accent : null;
      return (
        sky() +
        (tod === 'night' ? stars(r, 90, H * 0.5) : clouds(r, 5, '#ffffff', H * 0.4)) +
        sun(r.float(W * 0.15, W * 0.85), r.float(H * 0.35, H * 0.6), r.float(34, 60), p, tod) +
        buildings(r, base, 120, 340, p.far, null) +
        buildings(r, base + 20, 60, 260, p.mid, lit) +
        `<rect x="0" y="${f(base + 18)}" width="${W}" height="${f(H - base)}" fill="${p.near}"/>`
      );
    },
  },
  {
    key: 'port',
    times: ['dusk', 'dawn', 'golden', 'overcast'],
    alt: (w) => `Container cranes at a port ${w}`,
    caption: (w) => `Container cranes line the quay of a cargo terminal ${w}.`,
    draw(r, p, tod) {
      const sea = H * 0.74;
      let cranes = '';
      const n = r.int(3, 5);
      for (let i = 0; i < n; i++) {
        cranes += crane(120 + i * (W / n) + r.float(-40, 40), sea, r.float(220, 330), r.float(220, 300), p.near);
      }
      let boxes = '';
      const colours = ['#b3432f', '#2f6f9f', '#d9a441', '#4f7f4a', '#8a4f7d', '#c7c7c7'];
      for (let x = r.float(-40, 0); x < W; x += r.float(86, 130)) {
        const stack = r.int(1, 4);
        const w = r.float(70, 84);
        for (let row = 0; row < stack; row++) {
          boxes += `<rect x="${f(x)}" y="${f(sea - 34 - row * 28)}" width="${f(w)}" height="26" fill="${r.pick(colours)}" opacity="0.8"/>`;
        }
      }
      boxes += `<rect x="0" y="${f(sea - 8)}" width="${W}" height="10" fill="${p.near}"/>`;
      const sx = r.float(W * 0.2, W * 0.8);
      return (
        sky() +
        clouds(r, 4, '#ffffff', H * 0.35) +
        sun(sx, H * 0.58, r.float(40, 60), p, tod) +
        ridge(r, H * 0.66, 14, 12, p.far, 0.8) +
        boxes +
        cranes +
        water(sea) +
        reflection(r, sx, sea, p.sun)
      );
    },
  },
  {
    key: 'mountains',
    times: ['dawn', 'day', 'golden', 'overcast', 'dusk'],
    alt: (w) => `Mountain ridges fading into the haze ${w}`,
    caption: (w) => `Mountain ranges recede towards the horizon ${w}.`,
    draw(r, p, tod) {
      return (
        sky() +
        sun(r.float(W * 0.2, W * 0.8), r.float(H * 0.2, H * 0.45), r.float(30, 50), p, tod) +
        clouds(r, 3, '#ffffff', H * 0.3) +
        ridge(r, H * 0.45, 70, 9, p.far, 0.75) +
        ridge(r, H * 0.58, 60, 11, p.mid, 0.85) +
        ridge(r, H * 0.72, 50, 14, p.near, 0.9) +
        hills(r, H * 0.88, 60, 4, p.near)
      );
    },
  },
  {
    key: 'field',
    times: ['golden', 'day', 'dawn', 'overcast'],
    alt: (w) => `Wheat fields under a wide sky ${w}`,
    caption: (w) => `Farmland stretches to the horizon ${w}.`,
    draw(r, p, tod) {
      let rows = '';
      for (let i = 0; i < 9; i++) {
        const y = H * 0.66 + i * i * 4 + i * 10;
        rows += `<path d="M0 ${f(y)} Q${f(W / 2)} ${f(y - r.float(10, 30))} ${W} ${f(y)}" stroke="#b8860b" stroke-width="${f(2 + i)}" fill="none" opacity="0.35"/>`;
      }
      const tx = r.float(W * 0.15, W * 0.85);
      const ty = H * 0.66;
      return (
        sky() +
        clouds(r, 7, '#ffffff', H * 0.45) +
        sun(r.float(W * 0.1, W * 0.9), r.float(H * 0.25, H * 0.5), r.float(30, 50), p, tod) +
        hills(r, H * 0.64, 40, 3, p.far) +
        `<rect x="0" y="${f(H * 0.66)}" width="${W}" height="${f(H * 0.34)}" fill="#d4a03a"/>` +
        `<rect x="0" y="${f(H * 0.66)}" width="${W}" height="${f(H * 0.34)}" fill="${p.near}" opacity="0.25"/>` +
        rows +
        `<rect x="${f(tx - 5)}" y="${f(ty - 80)}" width="10" height="84" fill="${p.near}"/><ellipse cx="${f(tx)}" cy="${f(ty - 100)}" rx="60" ry="44" fill="${p.near}"/>`
      );
    },
  },
  {
    key: 'sea',
    times: ['dawn', 'dusk', 'day', 'golden', 'night'],
    alt: (w) => `Calm sea stretching to the horizon ${w}`,
    caption: (w) => `The sea off the coast ${w}.`,
    draw(r, p, tod) {
      const horizon = H * r.float(0.55, 0.65);
      const sx = r.float(W * 0.25, W * 0.75);
      return (
        sky() +
        (tod === 'night' ? stars(r, 120, horizon - 40) : clouds(r, 6, '#ffffff', horizon - 80)) +
        sun(sx, horizon - r.float(40, 160), r.float(36, 56), p, tod) +
        water(horizon) +
        reflection(r, sx, horizon, p.sun) +
        (r.chance(0.5)
          ? `<path d="M0 ${f(horizon)} L${f(r.float(200, 420))} ${f(horizon)} L${f(r.float(120, 240))} ${f(horizon - r.float(30, 70))} Z" fill="${p.near}"/>`
          : '')
      );
    },
  },
  {
    key: 'stadium',
    times: ['night', 'dusk'],
    alt: () => 'Floodlights over a football stadium in the evening',
    caption: () => 'Floodlights illuminate the pitch before kick-off.',
    draw(r, p, tod) {
      const towers = [W * 0.12, W * 0.38, W * 0.62, W * 0.88];
      let lights = '';
      for (const x of towers) {
        const y = H * r.float(0.18, 0.26);
        lights += `<rect x="${f(x - 4)}" y="${f(y)}" width="8" height="${f(H * 0.5 - y)}" fill="${p.near}"/>`;
        lights += `<circle cx="${f(x)}" cy="${f(y)}" r="120" fill="url(#glow)"/><rect x="${f(x - 30)}" y="${f(y - 14)}" width="60" height="22" fill="#fffbe0"/>`;
      }
      return (
        sky() +
        (tod === 'night' ? stars(r, 60, H * 0.3) : '') +
        lights +
        `<path d="M0 ${f(H * 0.48)} Q${f(W / 2)} ${f(H * 0.38)} ${W} ${f(H * 0.48)} L${W} ${H} L0 ${H} Z" fill="${p.mid}"/>` +
        `<path d="M${f(W * 0.1)} ${H} L${f(W * 0.28)} ${f(H * 0.6)} L${f(W * 0.72)} ${f(H * 0.6)} L${f(W * 0.9)} ${H} Z" fill="#2f7d3a"/>` +
        `<path d="M${f(W * 0.5)} ${f(H * 0.6)} L${f(W * 0.5)} ${H}" stroke="#e8f5e0" stroke-width="3" opacity="0.7"/>` +
        `<ellipse cx="${f(W * 0.5)}" cy="${f(H * 0.78)}" rx="90" ry="36" stroke="#e8f5e0" stroke-width="3" fill="none" opacity="0.7"/>`
      );
    },
  },
  {
    key: 'refinery',
    times: ['dusk', 'golden', 'night', 'overcast'],
    alt: (w) => `Refinery towers and chimneys silhouetted ${w}`,
    caption: (w) => `An oil refinery on the edge of an industrial zone ${w}.`,
    draw(r, p, tod) {
      const base = H * 0.78;
      let plant = '';
      let x = 60;
      while (x < W - 60) {
        const kind = r.int(0, 2);
        if (kind === 0) {
          const h = r.float(180, 360);
          plant += `<rect x="${f(x)}" y="${f(base - h)}" width="${f(r.float(14, 26))}" height="${f(h)}" fill="${p.near}"/>`;
          if (r.chance(0.4))
            plant += `<circle cx="${f(x + 10)}" cy="${f(base - h - 18)}" r="${f(r.float(10, 18))}" fill="${p.accent}" opacity="0.9"/>`;
          x += r.float(40, 90);
        } else if (kind === 1) {
          const w = r.float(90, 160);
          plant += `<rect x="${f(x)}" y="${f(base - w * 0.6)}" width="${f(w)}" height="${f(w * 0.6)}" rx="10" fill="${p.near}"/><ellipse cx="${f(x + w / 2)}" cy="${f(base - w * 0.6)}" rx="${f(w / 2)}" ry="12" fill="${p.near}"/>`;
          x += w + r.float(10, 40);
        } else {
          const h = r.float(80, 200);
          plant += `<rect x="${f(x)}" y="${f(base - h)}" width="${f(r.float(60, 130))}" height="${f(h)}" fill="${p.near}"/>`;
          x += r.float(70, 140);
        }
      }
      return (
        sky() +
        (tod === 'night' ? stars(r, 50, H * 0.4) : clouds(r, 4, '#ffffff', H * 0.4)) +
        sun(r.float(W * 0.2, W * 0.8), H * r.float(0.45, 0.6), r.float(40, 60), p, tod) +
        plant +
        `<rect x="0" y="${f(base - 1)}" width="${W}" height="${f(H - base + 1)}" fill="${p.near}"/>`
      );
    },
  },
  {
    key: 'abstract',
    times: ['night', 'day', 'dusk', 'dawn'],
    alt: () => 'Abstract pattern of overlapping coloured circles and lines',
    caption: () => 'An illustration of data flowing through a network.',
    draw(r, p) {
      let shapes = '';
      const colours = [p.accent, p.glow, p.sky[2], p.far, '#4fd1c5', '#9f7aea'];
      for (let i = 0; i < 26; i++) {
        shapes += `<circle cx="${f(r.float(0, W))}" cy="${f(r.float(0, H))}" r="${f(r.float(30, 260))}" fill="${r.pick(colours)}" opacity="${f(r.float(0.08, 0.35))}"/>`;
      }
      let lines = '';
      const nodes: Array<[number, number]> = [];
      for (let i = 0; i < 22; i++) nodes.push([r.float(0, W), r.float(0, H)]);
      for (let i = 1; i < nodes.length; i++) {
        const a = nodes[i];
        const b = nodes[r.int(0, i - 1)];
        lines += `<line x1="${f(a[0])}" y1="${f(a[1])}" x2="${f(b[0])}" y2="${f(b[1])}" stroke="#ffffff" stroke-width="2" opacity="0.35"/>`;
      }
      for (const [x, y] of nodes)
        lines += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r.float(4, 9))}" fill="#ffffff" opacity="0.8"/>`;
      return sky() + shapes + lines;
    },
  },
  {
    key: 'space',
    times: ['night'],
    alt: () => "Stars above a planet's curved horizon",
    caption: () => 'An artist’s impression of a planet seen from orbit.',
    draw(r, p) {
      const cx = r.float(W * 0.3, W * 0.7);
      const radius = r.float(1400, 2200);
      const cy = H * r.float(0.72, 0.9) + radius;
      const hue = r.pick(['#2a6f97', '#b5651d', '#3a7d44', '#6a4c93']);
      return (
        `<rect width="${W}" height="${H}" fill="#03040b"/>` +
        stars(r, 260, H) +
        `<circle cx="${f(r.float(0, W))}" cy="${f(r.float(0, H * 0.5))}" r="${f(r.float(150, 320))}" fill="url(#glow)" opacity="0.35"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius + 26)}" fill="${p.glow}" opacity="0.35"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius)}" fill="${hue}"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy + 60)}" r="${f(radius)}" fill="#000000" opacity="0.35"/>`
      );
    },
  },
  {
    key: 'dome',
    times: ['dusk', 'dawn', 'overcast', 'night', 'golden'],
    alt: (w) => `Domed government building ${w}`,
    caption: (w) => `The parliament building ${w}.`,
    draw(r, p, tod) {
      const cx = W * r.float(0.4, 0.6);
      const base = H * 0.8;
      const bw = r.float(700, 900);
      const dome = r.float(120, 170);
      let columns = '';
      for (let x = cx - bw / 2 + 30; x < cx + bw / 2 - 20; x += 44) {
        columns += `<rect x="${f(x)}" y="${f(base - 150)}" width="16" height="150" fill="${p.near}"/>`;
      }
      return (
        sky() +
        (tod === 'night' ? stars(r, 80, H * 0.5) : clouds(r, 5, '#ffffff', H * 0.4)) +
        sun(r.float(W * 0.1, W * 0.3), H * r.float(0.3, 0.5), 36, p, tod) +
        buildings(r, base, 40, 120, p.far, null) +
        `<rect x="${f(cx - bw / 2)}" y="${f(base - 190)}" width="${f(bw)}" height="40" fill="${p.near}"/>` +
        `<path d="M${f(cx - bw / 2 - 20)} ${f(base - 190)} L${f(cx)} ${f(base - 250)} L${f(cx + bw / 2 + 20)} ${f(base - 190)} Z" fill="${p.near}"/>` +
        `<rect x="${f(cx - dome * 0.9)}" y="${f(base - 300)}" width="${f(dome * 1.8)}" height="70" fill="${p.near}"/>` +
        `<path d="M${f(cx - dome)} ${f(base - 298)} A${f(dome)} ${f(dome)} 0 0 1 ${f(cx + dome)} ${f(base - 298)} Z" fill="${p.near}"/>` +
        `<rect x="${f(cx - 5)}" y="${f(base - 298 - dome - 50)}" width="10" height="55" fill="${p.near}"/>` +
        columns +
        `<rect x="0" y="${f(base)}" width="${W}" height="${f(H - base)}" fill="${p.near}"/>`
      );
    },
  },
  {
    key: 'forest',
    times: ['dawn', 'day', 'overcast', 'dusk'],
    alt: (w) => `Pine forest on the shore of a lake ${w}`,
    caption: (w) => `Forest and lakes in the northern region ${w}.`,
    draw(r, p, tod) {
      const shore = H * 0.62;
      let trees = '';
      for (let x = -20; x < W + 20; x += r.float(18, 40)) trees += pine(x, shore, r.float(80, 170), p.mid);
      let front = '';
      for (let x = -40; x < W + 40; x += r.float(60, 140)) front += pine(x, H + 10, r.float(260, 420), p.near);
      return (
        sky() +
        clouds(r, 5, '#ffffff', H * 0.35) +
        sun(r.float(W * 0.2, W * 0.8), H * r.float(0.25, 0.45), 40, p, tod) +
        ridge(r, H * 0.52, 30, 8, p.far, 0.7) +
        trees +
        water(shore) +
        front
      );
    },
  },
  {
    key: 'bridge',
    times: ['dusk', 'night', 'dawn', 'golden'],
    alt: (w) => `Suspension bridge spanning a river ${w}`,
    caption: (w) => `Traffic crosses the river on the suspension bridge ${w}.`,
    draw(r, p, tod) {
      const deck = H * 0.66;
      const t1 = W * r.float(0.2, 0.3);
      const t2 = W * r.float(0.7, 0.8);
      const top = deck - r.float(240, 320);
      let hangers = '';
      for (let x = t1 + 30; x < t2; x += 30) {
        const t = (x - t1) / (t2 - t1);
        const y = top + 20 + (deck - top - 30) * (1 - 4 * t * (1 - t));
        hangers += `<line x1="${f(x)}" y1="${f(y)}" x2="${f(x)}" y2="${f(deck)}" stroke="${p.near}" stroke-width="2"/>`;
      }
      return (
        sky() +
        (tod === 'night' ? stars(r, 80, H * 0.45) : clouds(r, 4, '#ffffff', H * 0.35)) +
        sun(r.float(W * 0.35, W * 0.65), H * r.float(0.35, 0.5), 44, p, tod) +
        buildings(r, deck + 10, 30, 140, p.far, tod === 'night' ? p.accent : null) +
        water(deck + 10) +
        `<rect x="${f(t1 - 14)}" y="${f(top)}" width="28" height="${f(H - top)}" fill="${p.near}"/>` +
        `<rect x="${f(t2 - 14)}" y="${f(top)}" width="28" height="${f(H - top)}" fill="${p.near}"/>` +
        `<path d="M0 ${f(deck - 60)} Q${f(t1 / 2)} ${f(deck - 20)} ${f(t1)} ${f(top + 10)} Q${f((t1 + t2) / 2)} ${f(deck + 40)} ${f(t2)} ${f(top + 10)} Q${f((t2 + W) / 2)} ${f(deck - 20)} ${W} ${f(deck - 60)}" stroke="${p.near}" stroke-width="6" fill="none"/>` +
        hangers +
        `<rect x="0" y="${f(deck)}" width="${W}" height="18" fill="${p.near}"/>`
      );
    },
  },
  {
    key: 'desert',
    times: ['golden', 'day', 'dusk', 'dawn'],
    alt: (w) => `Sand dunes ${w}`,
    caption: (w) => `Dunes on the edge of the desert ${w}.`,
    draw(r, p, tod) {
      return (
        sky() +
        sun(r.float(W * 0.15, W * 0.85), H * r.float(0.2, 0.45), r.float(40, 70), p, tod) +
        hills(r, H * 0.62, 80, 3, '#c98a4a') +
        hills(r, H * 0.72, 90, 2, '#a9683a') +
        hills(r, H * 0.85, 70, 3, '#7a4a2a') +
        `<rect width="${W}" height="${H}" fill="${p.sky[1]}" opacity="0.12"/>`
      );
    },
  },
  {
    key: 'windfarm',
    times: ['day', 'overcast', 'dawn', 'golden'],
    alt: (w) => `Wind turbines along a ridge ${w}`,
    caption: (w) => `Wind turbines on a ridge above farmland ${w}.`,
    draw(r, p, tod) {
      let turbines = '';
      const n = r.int(4, 7);
      for (let i = 0; i < n; i++) {
        const x = (W / n) * (i + 0.5) + r.float(-50, 50);
        const s = r.float(0.6, 1.1);
        turbines += turbine(r, x, H * 0.7 - s * 20, 320 * s, p.near === '#060914' ? '#dfe6ee' : '#f2f4f7');
      }
      return (
        sky() +
        clouds(r, 8, '#ffffff', H * 0.45) +
        sun(r.float(W * 0.1, W * 0.9), H * r.float(0.2, 0.4), 36, p, tod) +
        hills(r, H * 0.7, 60, 4, p.mid) +
        turbines +
        hills(r, H * 0.86, 50, 3, p.near)
      );
    },
  },
];

const CREDITS = [
  'Northlight Photo',
  'Meridian Images',
  'Harbour Lane Pictures',
  'Blue Hour Collective',
  'Photo: Newsroom staff',
  'Open Horizon Photo Agency',
  'Fieldwork Imaging',
  'Graphic: Newsroom design desk',
];

interface Spec {
  theme: Theme;
  tod: TimeOfDay;
  image: SeedImage;
}

function specFor(index: number): Spec {
  const theme = THEMES[index % THEMES.length];
  const round = Math.floor(index / THEMES.length);
  const tod = theme.times[(round + index) % theme.times.length];
  const when = TOD_WORDS[tod];
  const file = `seed-${String(index + 1).padStart(3, '0')}`;
  const credit = theme.key === 'abstract' || theme.key === 'space' ? CREDITS[7] : CREDITS[(index * 5 + round) % 7];
  return {
    theme,
    tod,
    image: {
      file,
      mime: 'image/webp',
      width: W,
      height: H,
      variants: [...IMAGE_VARIANTS],
      alt: theme.alt(when),
      caption: theme.caption(when),
      credit,
    },
  };
}

/**
 * What image `index` shows, without drawing it: its theme (`skyline`, `stadium`, …) and the alt
 * text and caption that describe it. The article generator picks pictures by theme and captions
 * them with these words, so a caption never claims what the picture does not show.
 */
export function imageTheme(index: number): { key: string; alt: string; caption: string } {
  const { theme, image } = specFor(index);
  return { key: theme.key, alt: image.alt, caption: image.caption };
}

/** Every theme's key, in the order pictures cycle through them (image i has theme i mod length). */
export const IMAGE_THEME_KEYS: readonly string[] = THEMES.map((t) => t.key);

/** The SVG source of image `index` (exported for tests and previews). */
export function sceneSvg(seed: number, index: number): string {
  const { theme, tod } = specFor(index);
  const p = PALETTES[tod];
  const r = new Random(mixSeed(seed, index, 0x1a6e));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${skyDefs(p)}</defs>${theme.draw(r, p, tod)}</svg>`;
}

function fileFor(dir: string, file: string, width: number): string {
  return path.join(dir, `${file}-${width}.webp`);
}

async function renderImage(dir: string, seed: number, index: number, image: SeedImage): Promise<void> {
  const missing = image.variants.filter((w) => !fs.existsSync(fileFor(dir, image.file, w)));
  if (missing.length === 0) return;
  const { data, info } = await sharp(Buffer.from(sceneSvg(seed, index)))
    .resize(W, H, { fit: 'cover' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (const width of missing) {
    const height = Math.round((width * H) / W);
    const target = fileFor(dir, image.file, width);
    const tmp = `${target}.${process.pid}.tmp`;
    let pipeline = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    if (width !== info.width) pipeline = pipeline.resize(width, height);
    await pipeline.webp({ quality: 78, effort: 2 }).toFile(tmp);
    fs.renameSync(tmp, target);
  }
}

/**
 * Writes `count` pictures into `dir` (as `${file}-${width}.webp`, skipping files that exist)
 * and returns their media-library metadata, in order.
 */
export async function generateImages(opts: { dir: string; seed: number; count: number }): Promise<SeedImage[]> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const specs = Array.from({ length: opts.count }, (_, i) => specFor(i));
  let next = 0;
  const worker = async () => {
    while (next < specs.length) {
      const index = next++;
      await renderImage(opts.dir, opts.seed, index, specs[index].image);
    }
  };
  const concurrency = Math.max(1, Math.min(4, specs.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return specs.map((s) => s.image);
}
