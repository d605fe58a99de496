#!/usr/bin/env node
// Runs the whole suite. The keychain tests need a Secret Service on a D-Bus session bus; on Linux
// without one, this starts a private bus and an unlocked gnome-keyring for the run (as CI does).
// That keyring lives in a throwaway folder: a login keyring already in the home folder (the
// developer's own, or one left by another run) has a password other than the one given here, and
// every keychain call would then end in an unlock prompt that nobody can answer.
// Elsewhere (Windows, macOS, or Linux with a bus) vitest runs directly under this Node: no `sh`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

let result;
if (
  process.platform === 'linux' &&
  !process.env.DBUS_SESSION_BUS_ADDRESS &&
  has('dbus-run-session') &&
  has('gnome-keyring-daemon')
) {
  const vitest = ['npx', 'vitest', 'run', ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ${vitest}`;
  // gnome-keyring keeps its keyrings under $XDG_DATA_HOME/keyrings; nothing else in the run reads it.
  const keyrings = mkdtempSync(join(tmpdir(), 'winkelbrug-test-keyrings-'));
  try {
    result = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], {
      stdio: 'inherit',
      env: { ...process.env, XDG_DATA_HOME: keyrings },
    });
  } finally {
    rmSync(keyrings, { recursive: true, force: true });
  }
} else {
  // vitest's own bin (package.json "bin"), run by this Node: no shell, no quoting, the same on Windows.
  const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
  result = spawnSync(process.execPath, [vitestBin, 'run', ...args], { stdio: 'inherit' });
}
if (result.error) console.error(result.error.message);
process.exit(result.status ?? 1);
