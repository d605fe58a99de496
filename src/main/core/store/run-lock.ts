// One sync at a time per data folder, across processes. The engine already never runs twice in one
// process; this keeps the desktop app, the headless shell and a CLI command that share a data folder
// from booking the same order at once (two creates announced by the same journal intent would both be
// sent). The lock is a file holding the owner's process id, linked into place atomically; one left
// behind by a process that died is taken over.
import { linkSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RUN_LOCK_FILE_NAME = 'sync.lock';

export type RunLockResult = { ok: true; release: () => void } | { ok: false; holderPid: number | null };

export interface RunLock {
  tryAcquire(): RunLockResult;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function runLockIn(dataDir: string): RunLock {
  const path = join(dataDir, RUN_LOCK_FILE_NAME);
  const create = (): RunLockResult | undefined => {
    // Written aside and linked into place: the lock appears with its process id in it, or not at all.
    const aside = `${path}.${process.pid}`;
    writeFileSync(aside, `${process.pid}\n`);
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
      throw error;
    } finally {
      rmSync(aside, { force: true });
    }
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        // Released in a run's `finally`: a lock someone removed meanwhile must not mask the run's result.
        if (holder(path) === process.pid) rmSync(path, { force: true });
      },
    };
  };
  return {
    tryAcquire: () => {
      const first = create();
      if (first) return first;
      const pid = holder(path);
      // A lock whose process is gone (killed, crashed), or an unreadable one, is taken over.
      if (pid !== null && pid !== process.pid && isAlive(pid)) return { ok: false, holderPid: pid };
      try {
        unlinkSync(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      return create() ?? { ok: false, holderPid: holder(path) };
    },
  };
}
