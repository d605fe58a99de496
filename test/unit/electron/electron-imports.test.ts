// The core and the renderer must run without Electron: only the desktop shell may import it (and
// the preload, which is part of that shell and cannot work without it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const allowed = [/^src\/main\/index\.ts$/, /^src\/main\/electron\//, /^src\/preload\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('electron imports', () => {
  it('appear only in src/main/index.ts, src/main/electron and src/preload', () => {
    const importsElectron =
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]electron(?:\/[^'"]*)?['"]/;
    const offenders = sources(join(root, 'src'))
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => importsElectron.test(readFileSync(join(root, file), 'utf8')))
      .filter((file) => !allowed.some((pattern) => pattern.test(file)));
    expect(offenders).toEqual([]);
  });
});
