#!/usr/bin/env node
// better-sqlite3 is a native module compiled for one ABI at a time: plain Node (tests, headless
// shell, CLI) or Electron (the desktop app). This switches it to the ABI the next command needs,
// and does nothing when it already matches.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const target = process.argv[2];
const marker = resolve('node_modules/.winkelbrug-native-abi');
const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : 'node';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function loadsInNode() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    stdio: 'pipe',
  });
  return probe.status === 0;
}

if (target === 'node') {
  if (current === 'node' && loadsInNode()) process.exit(0);
  console.log('Rebuilding better-sqlite3 for Node.js…');
  execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
  writeFileSync(marker, 'node\n');
} else if (target === 'electron') {
  if (current === 'electron') process.exit(0);
  console.log('Rebuilding native modules for Electron…');
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-builder', 'install-app-deps'], {
    stdio: 'inherit',
  });
  writeFileSync(marker, 'electron\n');
} else {
  console.error('usage: native-deps.mjs node|electron');
  process.exit(2);
}
