#!/usr/bin/env node
// `npm run bench`: bundles the benchmarks (scripts/build-bench.mjs) and runs each in its own process,
// one after the other, so none measures another's memory or CPU.
//
//   npm run bench                                   all four, each with its defaults
//   npm run bench -- history-import --orders 10000  one of them, with its own options
//
// Each prints readable lines and, last, one JSON object whose `targets` say which targets hold
// (docs/benchmark.md). The exit code is non-zero only when a benchmark could not run.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCHMARKS = ['history-import', 'orders-query', 'month-view', 'idle'];

const [first, ...rest] = process.argv.slice(2);
const chosen = first !== undefined && BENCHMARKS.includes(first) ? [first] : BENCHMARKS;
const args = chosen.length === 1 ? rest : [];
if (chosen.length > 1 && first !== undefined) {
  console.error(`Options go with one benchmark: npm run bench -- <${BENCHMARKS.join('|')}> [options]`);
  process.exit(2);
}

const built = spawnSync(process.execPath, [join(root, 'scripts/build-bench.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
for (const name of chosen) {
  console.log(`\n== ${name} ==`);
  const run = spawnSync(process.execPath, [join(root, 'out/bench', `${name}.bench.mjs`), ...args], {
    stdio: 'inherit',
    cwd: root,
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
