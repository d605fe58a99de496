#!/usr/bin/env node
// `npm run screenshots`: refreshes the key screens the README shows (docs/screenshots/*.png). It
// runs the wizard's browser test (test/e2e/setup-wizard.test.ts: a fresh install against both
// simulators, in Chromium, through the wizard to the dashboard and Settings) and the log's
// (test/e2e/log.test.ts), the month per VAT rate's (test/e2e/reconciliation.test.ts) and the
// orders' (test/e2e/orders.test.ts) with
// WINKELBRUG_DOCS_SCREENSHOTS=1, which makes them write those screens
// there as well, at 1100×800 (the order page and the month taller, to show their point).
// Every browser test run saves every screen to test-results/screenshots/ regardless.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs/screenshots');
const started = Date.now();

const result = spawnSync(
  process.execPath,
  [
    join(root, 'scripts/run-tests.mjs'),
    'test/e2e/setup-wizard.test.ts',
    'test/e2e/log.test.ts',
    'test/e2e/reconciliation.test.ts',
    'test/e2e/orders.test.ts',
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WINKELBRUG_DOCS_SCREENSHOTS: '1' } },
);
if (result.status !== 0) {
  console.error(
    'A browser test failed; docs/screenshots/ may be partly refreshed. Fix the test and run again.',
  );
  process.exit(result.status ?? 1);
}

const written = readdirSync(docs)
  .filter((name) => name.endsWith('.png'))
  .map((name) => ({ name, stat: statSync(join(docs, name)) }));
const stale = written.filter(({ stat }) => stat.mtimeMs < started);
for (const { name, stat } of written) {
  console.log(
    `docs/screenshots/${name}  ${Math.round(stat.size / 1024)} KB${stat.mtimeMs < started ? '  (not refreshed)' : ''}`,
  );
}
if (stale.length > 0) {
  console.error(
    `${stale.length} picture(s) in docs/screenshots/ were not written by the test: remove them or take them again.`,
  );
  process.exit(1);
}
