#!/usr/bin/env node
// Runs the whole suite. The keychain tests need a Secret Service on a D-Bus session bus; on Linux
// without one, this starts a private bus and an unlocked gnome-keyring for the run (as CI does).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const vitest = ['npx', 'vitest', 'run', ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

let result;
if (
  process.platform === 'linux' &&
  !process.env.DBUS_SESSION_BUS_ADDRESS &&
  has('dbus-run-session') &&
  has('gnome-keyring-daemon')
) {
  const script = `printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec ${vitest}`;
  result = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], { stdio: 'inherit' });
} else {
  result = spawnSync('sh', ['-c', `exec ${vitest}`], { stdio: 'inherit' });
}
process.exit(result.status ?? 1);
