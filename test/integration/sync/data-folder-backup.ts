// The owner's backup of the data folder, made and put back while the app is closed (the tests of a
// restored folder: new-computer-explores, restored-administration).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncWorld } from './support';

/** Copies the data folder aside while the app is closed (the owner's backup). */
export async function backUp(w: SyncWorld): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'winkelbrug-backup-'));
  await w.whileClosed((dir) => cpSync(dir, copy, { recursive: true }));
  return copy;
}

/** Puts the backup back in place of the data folder, as the owner restores it. */
export async function restore(w: SyncWorld, copy: string): Promise<void> {
  await w.whileClosed((dir) => {
    rmSync(dir, { recursive: true, force: true });
    cpSync(copy, dir, { recursive: true });
  });
}
