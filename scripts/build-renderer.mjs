#!/usr/bin/env node
// Builds the renderer into out/renderer for the headless shell and the browser tests, and skips
// the build when nothing it depends on has changed since the last one (a content hash of the
// inputs is kept in out/renderer/.inputs-hash). Concurrent callers (two test workers) wait for one
// build through a lock directory instead of building twice into the same folder.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out/renderer');
const stampFile = join(outDir, '.inputs-hash');
const lockDir = join(root, 'out/.renderer-build.lock');
const INPUT_DIRS = ['src/renderer', 'src/shared'];
const INPUT_FILES = ['electron.vite.config.ts', 'package-lock.json', 'tsconfig.json'];

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

export function rendererInputsHash() {
  const hash = createHash('sha256');
  const files = [
    ...INPUT_DIRS.flatMap((dir) => listFiles(join(root, dir))),
    ...INPUT_FILES.map((file) => join(root, file)).filter((file) => existsSync(file)),
  ].sort();
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function rendererIsCurrent() {
  return (
    existsSync(join(outDir, 'index.html')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8').trim() === rendererInputsHash()
  );
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function withLock(fn) {
  mkdirSync(dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock left by a killed build is stale after two minutes.
      if (Date.now() - statSync(lockDir).mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
      else await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Builds out/renderer unless it is current. Returns true when it built. */
export async function ensureRendererBuilt({ quiet = false } = {}) {
  if (rendererIsCurrent()) return false;
  return withLock(async () => {
    if (rendererIsCurrent()) return false;
    const hash = rendererInputsHash();
    const { build } = await import('vite');
    const { resolveConfig } = await import('electron-vite');
    const resolved = await resolveConfig(
      { configFile: join(root, 'electron.vite.config.ts') },
      'build',
      'production',
    );
    const renderer = resolved.config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer section');
    await build({ ...renderer, mode: 'production', configFile: false, logLevel: quiet ? 'warn' : 'info' });
    writeFileSync(stampFile, `${hash}\n`);
    return true;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const built = await ensureRendererBuilt();
  if (!built) console.log('Renderer is up to date (out/renderer).');
}
