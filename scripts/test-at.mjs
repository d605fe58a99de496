#!/usr/bin/env node
// Runs the suite (or the test paths and vitest options given after the moment) with the clock set to
// another moment, running on from there, in every process the tests start: Chromium's, the
// simulators' and the engine's. The calendar's hard hours can then be tried on any day. At 23:30 UTC
// on 31 December it is already the new year, a new quarter and a new month in Amsterdam, where the
// shop and the app count their days; a test that dates "today" by UTC, or "last month" by a few
// days ago, fails there and nowhere else.
//
// Through libfaketime (Debian's `faketime`), which moves every clock by one fixed offset, so that the
// processes agree with each other. A process that starts a child with an environment of its own (the
// chaos test's CLI) runs that child on the real clock: a computer a month off Moneybird's, which
// the engine must weather as well.
//
//   node scripts/test-at.mjs 2026-12-31T23:30:00Z [test paths, vitest options]
//   node scripts/test-at.mjs new-year [...]   23:30 UTC on this year's 31 December
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [moment, ...args] = process.argv.slice(2);
const usage =
  'Usage: node scripts/test-at.mjs <moment> [test paths, vitest options]\n' +
  '  <moment>: an ISO moment with its zone (2026-12-31T23:30:00Z), or new-year (23:30 UTC on 31 December)';

const at =
  moment === 'new-year' ? Date.UTC(new Date().getUTCFullYear(), 11, 31, 23, 30) : Date.parse(moment ?? '');
if (Number.isNaN(at) || (moment !== 'new-year' && !/(Z|[+-]\d\d:\d\d)$/.test(moment ?? ''))) {
  console.error(usage);
  process.exit(2);
}
if (spawnSync('sh', ['-c', 'command -v faketime'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    'libfaketime is not installed: on Debian or Ubuntu, `apt-get install -y faketime` (as root) installs it.',
  );
  process.exit(2);
}

const offsetSeconds = Math.round((at - Date.now()) / 1000);
console.log(`Tests with the clock at ${new Date(at).toISOString()} (${offsetSeconds} s from now).`);
const runTests = fileURLToPath(new URL('./run-tests.mjs', import.meta.url));
const result = spawnSync(
  'faketime',
  ['-f', `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}s`, process.execPath, runTests, ...args],
  { stdio: 'inherit' },
);
if (result.error) throw result.error;
process.exit(result.status ?? 1);
