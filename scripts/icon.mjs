// Draws the extension's icon (images/icon.png, 128×128): three rising bars, a plan's targets, and a check
// mark over them, white on red, in a rounded square. Drawn here, with node's zlib writing the PNG, so that
// the icon needs no image tool and `node scripts/icon.mjs` redraws it byte for byte.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // samples per pixel side, for smooth edges
const RED = [200, 16, 46];
const WHITE = [255, 255, 255];

/** Whether point (x, y), in 0..128 units, is inside the rounded square. */
function inSquare(x, y) {
  const r = 22,
    lo = 4,
    hi = SIZE - 4;
  if (x < lo || x > hi || y < lo || y > hi) return false;
  const cx = Math.min(Math.max(x, lo + r), hi - r),
    cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const BARS = [
  [26, 74, 44, 104],
  [50, 58, 68, 104],
  [74, 40, 92, 104],
];
const inBar = (x, y) => BARS.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
/** Distance from point p to segment ab. */
function dist(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay));
}
const CHECK = [
  [22, 36],
  [38, 50],
  [104, 16],
];
const inCheck = (x, y) => dist(x, y, CHECK[0], CHECK[1]) <= 6 || dist(x, y, CHECK[1], CHECK[2]) <= 6;
/** The check mark is outlined in red where it crosses a bar, so both read. */
const nearCheck = (x, y) => dist(x, y, CHECK[0], CHECK[1]) <= 10 || dist(x, y, CHECK[1], CHECK[2]) <= 10;

function pixel(px, py) {
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let i = 0; i < SS; i++)
    for (let j = 0; j < SS; j++) {
      const x = px + (i + 0.5) / SS,
        y = py + (j + 0.5) / SS;
      if (!inSquare(x, y)) continue;
      const white = inCheck(x, y) || (inBar(x, y) && !nearCheck(x, y));
      const c = white ? WHITE : RED;
      r += c[0];
      g += c[1];
      b += c[2];
      a += 255;
    }
  const n = SS * SS,
    k = a ? 255 / a : 0;
  return [Math.round(r * k), Math.round(g * k), Math.round(b * k), Math.round(a / n)];
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** The icon as PNG bytes: 8-bit RGBA, no filter. */
export function iconPng() {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
  }
  const head = Buffer.alloc(13);
  head.writeUInt32BE(SIZE, 0);
  head.writeUInt32BE(SIZE, 4);
  head.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(fileURLToPath(import.meta.url), '../../images/icon.png'), iconPng());
}
