#!/usr/bin/env node
// Draws the app and tray icons (a bridge arch over a deck) into PNGs without any image library:
// shapes as distance functions, 4x4 supersampling, written with zlib. Run: node resources/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1). Each returns true when the point is inside.
const roundedSquare = (x, y) => {
  const r = 0.18;
  const dx = Math.max(Math.abs(x - 0.5) - (0.47 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.47 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
function bridge(stroke) {
  return (x, y) => {
    // Arch: a circle segment from (0.18, 0.66) over to (0.82, 0.66).
    const cx = 0.5;
    const cy = 1.02;
    const radius = Math.hypot(0.32, 0.36);
    const onArch = Math.abs(Math.hypot(x - cx, y - cy) - radius) <= stroke / 2 && y <= 0.68;
    const deck = Math.abs(y - 0.72) <= stroke / 2 && x >= 0.1 && x <= 0.9;
    const pillar = (px) => Math.abs(x - px) <= stroke / 2 && y >= 0.62 && y <= 0.72;
    const hangers = [0.34, 0.5, 0.66].some(
      (px) => Math.abs(x - px) <= stroke / 4 && y <= 0.72 && Math.hypot(x - cx, y - cy) <= radius,
    );
    return onArch || deck || pillar(0.18) || pillar(0.82) || hangers;
  };
}

function draw(size, layers) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          let color = null;
          for (const [inside, c] of layers) if (inside(x, y)) color = c;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 255;
          }
        }
      }
      const i = (py * size + px) * 4;
      const hits = a / 255;
      rgba[i] = hits ? r / hits : 0;
      rgba[i + 1] = hits ? g / hits : 0;
      rgba[i + 2] = hits ? b / hits : 0;
      rgba[i + 3] = a / (n * n);
    }
  }
  return png(size, rgba);
}

const green = [31, 111, 92];
const white = [255, 255, 255];
writeFileSync(
  join(here, 'icon.png'),
  draw(512, [
    [roundedSquare, green],
    [bridge(0.07), white],
  ]),
);
// Tray: the glyph alone; a dark-on-transparent template works on light and dark menu bars.
for (const [name, size] of [
  ['tray.png', 16],
  ['tray@2x.png', 32],
]) {
  writeFileSync(join(here, name), draw(size, [[bridge(0.12), green]]));
}

// The browser tab of the headless shell.
writeFileSync(
  join(here, '../src/renderer/public/favicon.png'),
  draw(64, [
    [roundedSquare, green],
    [bridge(0.09), white],
  ]),
);
console.log('wrote icon.png, tray.png, tray@2x.png, src/renderer/public/favicon.png');
