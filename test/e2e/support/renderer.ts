// The browser tests need the built renderer: build it when missing or stale. The script itself
// skips an up-to-date build and serialises concurrent callers with a lock.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export function ensureRendererBuilt(): void {
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build-renderer.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Building the renderer failed:\n${result.stdout}\n${result.stderr}`);
  }
}
