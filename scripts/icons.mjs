#!/usr/bin/env node
// Every icon the app ships, from one source: resources/icon-source.svg (1024 px) for the app icon,
// the same bridge drawn as a glyph for the tray. Run after changing either: node scripts/icons.mjs
//
//   build/icon.ico            Windows app icon (16–256 px, PNG-embedded ICO)
//   build/icon.icns           macOS app icon (ic07–ic14, PNG-embedded ICNS)
//   build/icons/NxN.png       Linux app icons (16–512 px)
//   resources/icon.png        the window's icon (512 px)
//   resources/tray/<s>Template.png, <s>Template@2x.png   macOS menu-bar template images (black + alpha)
//   resources/tray/<s>.ico    Windows notification-area icons (16–48 px)
//   resources/tray/<s>.png    Linux tray icons (32 px)
// for each tray state <s> in ok, syncing, attention, paused (src/main/electron/tray.ts).
// sharp renders and resizes; the ICO and ICNS containers are written here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (...parts) => join(root, ...parts);

export const APP_ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** ICNS types and their pixel sizes (PNG payloads; ic11–ic14 are the @2x variants). */
export const ICNS_TYPES = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
export const TRAY_STATES = ['ok', 'syncing', 'attention', 'paused'];
export const TRAY_ICO_SIZES = [16, 20, 24, 32, 40, 48];
export const TRAY_LINUX_SIZE = 32;

/** An ICO file holding PNG images (Windows Vista and later read them). */
export function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header[entry] = size >= 256 ? 0 : size; // 0 means 256
    header[entry + 1] = size >= 256 ? 0 : size;
    header[entry + 2] = 0; // no palette
    header[entry + 3] = 0;
    header.writeUInt16LE(1, entry + 4); // planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** An ICNS file holding PNG images under the given types. */
export function icns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const PNG_OPTIONS = { compressionLevel: 9, adaptiveFiltering: true };

async function render(svg, size) {
  return sharp(Buffer.from(svg), { density: 72 * (size / 16) })
    .resize(size, size)
    .ensureAlpha()
    .png(PNG_OPTIONS)
    .toBuffer();
}

// The tray glyph on a 16-unit grid: the bridge, with a badge top right for a state. `ink` is the
// glyph's colour; a template image uses black only and lets the alpha carry the shape.
const BADGE = { cx: 12.2, cy: 3.8, r: 3.6 };
function traySvg(state, { ink, badge }) {
  const bridge = `<g stroke="${ink}" fill="none" stroke-linecap="butt">
      <path stroke-width="1.8" d="M2 10.2 A6.5 6.5 0 0 1 14 10.2"/>
      <path stroke-width="1.8" d="M0.6 11 H15.4"/>
      <path stroke-width="1.1" d="M5.2 7 V11 M8 6.2 V11 M10.8 7 V11"/></g>`;
  if (state === 'ok') {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">${bridge}</svg>`;
  }
  const { cx, cy, r } = BADGE;
  const cut = {
    syncing: `<circle cx="${cx}" cy="${cy}" r="${r - 1.4}" fill="black"/>`,
    attention: `<rect x="${cx - 0.6}" y="${cy - 2.3}" width="1.2" height="2.8" fill="black"/><rect x="${cx - 0.6}" y="${cy + 1.1}" width="1.2" height="1.2" fill="black"/>`,
    paused: `<rect x="${cx - 1.5}" y="${cy - 1.8}" width="1.1" height="3.6" fill="black"/><rect x="${cx + 0.4}" y="${cy - 1.8}" width="1.1" height="3.6" fill="black"/>`,
  }[state];
  // The bridge gives way around the badge; the badge's mark is cut out of it.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
    <defs>
      <mask id="gap"><rect width="16" height="16" fill="white"/><circle cx="${cx}" cy="${cy}" r="${r + 1}" fill="black"/></mask>
      <mask id="mark"><rect width="16" height="16" fill="white"/>${cut}</mask>
    </defs>
    <g mask="url(#gap)">${bridge}</g>
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="${badge}" mask="url(#mark)"/>
  </svg>`;
}

const GREEN = '#1f6f5c';
const BADGES = { syncing: '#2563eb', attention: '#d97706', paused: '#6b7280' };

async function main() {
  const written = [];
  const write = (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    written.push(relative(root, path));
  };

  const source = readFileSync(out('resources/icon-source.svg'), 'utf8');
  // Rendered once at 1024 px, then scaled down (sharp's Lanczos) for every size.
  const master = await sharp(Buffer.from(source)).resize(1024, 1024).ensureAlpha().png().toBuffer();
  const pngs = new Map();
  const appPng = async (size) => {
    if (!pngs.has(size)) pngs.set(size, await sharp(master).resize(size, size).png(PNG_OPTIONS).toBuffer());
    return pngs.get(size);
  };

  write(
    out('build/icon.ico'),
    ico(await Promise.all(APP_ICO_SIZES.map(async (size) => ({ size, png: await appPng(size) })))),
  );
  write(
    out('build/icon.icns'),
    icns(await Promise.all(ICNS_TYPES.map(async ([type, size]) => ({ type, png: await appPng(size) })))),
  );
  for (const size of LINUX_SIZES) write(out(`build/icons/${size}x${size}.png`), await appPng(size));
  write(out('resources/icon.png'), await appPng(512));

  for (const state of TRAY_STATES) {
    const template = traySvg(state, { ink: 'black', badge: 'black' });
    write(out(`resources/tray/${state}Template.png`), await render(template, 16));
    write(out(`resources/tray/${state}Template@2x.png`), await render(template, 32));
    const colour = traySvg(state, { ink: GREEN, badge: BADGES[state] });
    write(
      out(`resources/tray/${state}.ico`),
      ico(await Promise.all(TRAY_ICO_SIZES.map(async (size) => ({ size, png: await render(colour, size) })))),
    );
    write(out(`resources/tray/${state}.png`), await render(colour, TRAY_LINUX_SIZE));
  }
  console.log(`wrote ${written.join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
