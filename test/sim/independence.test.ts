// The simulators are the tests' independent oracle: their arithmetic, decimals and rules are written
// apart from the product's, so a mistake in the product cannot hide by being made twice. This test
// follows every relative import of every simulator module (transitively, so a helper in test/support
// counts too) and fails if any of them reaches into src/. The demo runner (demo.ts and its test) is
// the one exception: it starts the product itself against the simulators, and no simulator module
// may import it (that would be caught, since its imports are followed like any other).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const simDir = dirname(fileURLToPath(import.meta.url));
const root = resolve(simDir, '../..');
const srcDir = join(root, 'src');
const DEMO_RUNNER = new Set(['demo.ts', 'demo.test.ts'].map((f) => join(simDir, f)));
/** This file only holds import statements as sample text. */
const THIS_TEST = fileURLToPath(import.meta.url);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Import chains from `start` that end in src/, as "a -> b -> src/x" lines. */
function chainsIntoSrc(start: string): string[] {
  const chains: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of specifiersOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue; // packages and node: built-ins
      const target = resolveRelative(file, specifier) ?? resolve(dirname(file), specifier);
      const chain = [...path, relative(root, target)];
      if (target === srcDir || target.startsWith(srcDir + sep)) chains.push(chain.join(' -> '));
      else if (target.endsWith('.ts')) visit(target, chain);
    }
  };
  visit(start, [relative(root, start)]);
  return chains;
}

describe('the simulators import nothing from the product', () => {
  it('finds import and export specifiers of every form', () => {
    const source = [
      "import { a } from '../../src/x';",
      "import type { B } from './b';",
      "export * from '../c';",
      "import './side-effect';",
      "const m = await import('../../src/lazy');",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(
      expect.arrayContaining(['../../src/x', './b', '../c', './side-effect', '../../src/lazy']),
    );
  });

  it('no simulator module reaches src/, directly or through another file', () => {
    const modules = filesUnder(simDir).filter((f) => !DEMO_RUNNER.has(f) && f !== THIS_TEST);
    // Guard against the walk silently checking nothing (a moved folder, a changed extension).
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.map((f) => relative(simDir, f))).toContain(join('moneybird', 'arithmetic.ts'));
    const offenders = modules.flatMap(chainsIntoSrc);
    expect(offenders).toEqual([]);
  });

  it('the demo runner is the exception because it starts the product (and is found as such)', () => {
    // If the demo stops importing the product, the exception above is no longer needed: drop it.
    expect(chainsIntoSrc(join(simDir, 'demo.ts')).length).toBeGreaterThan(0);
  });
});
