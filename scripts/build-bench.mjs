#!/usr/bin/env node
// Bundles the benchmark the way the app ships its core: one minified-free ESM file per process, the
// native modules left external. Measuring through tsx would count its compiler and caches as the
// engine's memory and CPU.
import { build } from 'esbuild';

await build({
  entryPoints: {
    'history-import.bench': 'test/bench/history-import.bench.ts',
    'orders-query.bench': 'test/bench/orders-query.bench.ts',
    'month-view.bench': 'test/bench/month-view.bench.ts',
    'idle.bench': 'test/bench/idle.bench.ts',
    'simulator-host': 'test/bench/simulator-host.ts',
    'transport-floor': 'test/bench/transport-floor.ts',
  },
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: ['better-sqlite3', '@napi-rs/keyring'],
  // Bundled CommonJS dependencies still call require().
  banner: {
    js: "import { createRequire as __winkelbrugRequire } from 'node:module'; const require = __winkelbrugRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
