// The generated icons (scripts/icons.mjs), read back from disk: every container parses, holds PNGs
// of the sizes each platform asks for, and the macOS menu-bar images are true template images.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { TRAY_ICONS } from '../../../src/main/electron/tray';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function icoSizes(file: Buffer): number[] {
  expect(file.readUInt16LE(0)).toBe(0);
  expect(file.readUInt16LE(2)).toBe(1);
  const count = file.readUInt16LE(4);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i;
    const declared = file[entry] || 256;
    expect(file[entry + 1] || 256).toBe(declared);
    const length = file.readUInt32LE(entry + 8);
    const offset = file.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(file.length);
    const { width, height } = pngSize(file.subarray(offset, offset + length));
    expect([width, height]).toEqual([declared, declared]);
    sizes.push(declared);
  }
  return sizes.sort((a, b) => a - b);
}

function icnsEntries(file: Buffer): Record<string, number> {
  expect(file.toString('ascii', 0, 4)).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const entries: Record<string, number> = {};
  for (let at = 8; at < file.length; ) {
    const type = file.toString('ascii', at, at + 4);
    const length = file.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    const { width, height } = pngSize(file.subarray(at + 8, at + length));
    expect(width).toBe(height);
    entries[type] = width;
    at += length;
  }
  return entries;
}

describe('app icons', () => {
  it('Windows: build/icon.ico holds 16 to 256 px', () => {
    expect(icoSizes(read('build/icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('macOS: build/icon.icns holds ic07–ic14 at their sizes', () => {
    expect(icnsEntries(read('build/icon.icns'))).toEqual({
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic11: 32,
      ic12: 64,
      ic13: 256,
      ic14: 512,
    });
  });

  it('Linux: build/icons/NxN.png for 16 to 512 px, and the window icon', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(read(`build/icons/${size}x${size}.png`)), `${size}`).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(read('resources/icon.png'))).toEqual({ width: 512, height: 512 });
  });

  it('stay small enough to commit', () => {
    const files = ['build/icon.ico', 'build/icon.icns', 'build/icons/512x512.png'];
    for (const file of files) expect(read(file).length, file).toBeLessThan(150_000);
  });
});

describe('tray icons', () => {
  it('exist for every tray state on every platform, at the sizes each needs', () => {
    for (const icon of TRAY_ICONS) {
      expect(pngSize(read(`resources/tray/${icon}Template.png`))).toEqual({ width: 16, height: 16 });
      expect(pngSize(read(`resources/tray/${icon}Template@2x.png`))).toEqual({ width: 32, height: 32 });
      expect(icoSizes(read(`resources/tray/${icon}.ico`))).toEqual([16, 20, 24, 32, 40, 48]);
      expect(pngSize(read(`resources/tray/${icon}.png`))).toEqual({ width: 32, height: 32 });
    }
    expect(existsSync(join(root, 'resources/tray.png'))).toBe(false);
  });

  it('on macOS are template images: black and alpha only, and not empty', async () => {
    for (const icon of TRAY_ICONS) {
      for (const file of [`resources/tray/${icon}Template.png`, `resources/tray/${icon}Template@2x.png`]) {
        const { data, info } = await sharp(read(file))
          .ensureAlpha()
          .raw()
          .toBuffer({ resolveWithObject: true });
        expect(info.channels).toBe(4);
        let opaque = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3] === 0) continue;
          opaque++;
          expect([data[i], data[i + 1], data[i + 2]], `${file} pixel ${i / 4}`).toEqual([0, 0, 0]);
        }
        expect(opaque, file).toBeGreaterThan(info.width * 2);
      }
    }
  });

  it('differ between the states', () => {
    const seen = new Set(TRAY_ICONS.map((icon) => read(`resources/tray/${icon}.png`).toString('base64')));
    expect(seen.size).toBe(TRAY_ICONS.length);
  });
});
