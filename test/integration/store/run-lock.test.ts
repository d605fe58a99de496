// One sync at a time per data folder, across processes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_LOCK_FILE_NAME, runLockIn } from '../../../src/main/core/store';
import { freshTempDirs } from '../../support/temp-dir';

const tempDir = freshTempDirs();

/** A process id that is certainly not running: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the run lock', () => {
  it('is held by one run at a time and released after it', () => {
    const dir = tempDir();
    const first = runLockIn(dir).tryAcquire();
    expect(first.ok).toBe(true);
    expect(readFileSync(join(dir, RUN_LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.pid));
    if (!first.ok) return;
    first.release();
    first.release();
    expect(existsSync(join(dir, RUN_LOCK_FILE_NAME))).toBe(false);
    const again = runLockIn(dir).tryAcquire();
    expect(again.ok).toBe(true);
    if (again.ok) again.release();
  });

  it('refuses while another live process holds it, naming that process', () => {
    const dir = tempDir();
    // The parent of this process is alive for as long as the test runs.
    writeFileSync(join(dir, RUN_LOCK_FILE_NAME), `${process.ppid}\n`);
    expect(runLockIn(dir).tryAcquire()).toEqual({ ok: false, holderPid: process.ppid });
    expect(readFileSync(join(dir, RUN_LOCK_FILE_NAME), 'utf8').trim()).toBe(String(process.ppid));
  });

  it('takes over a lock left by a process that died, or an unreadable one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, RUN_LOCK_FILE_NAME), `${deadPid()}\n`);
    const taken = runLockIn(dir).tryAcquire();
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.release();
    writeFileSync(join(dir, RUN_LOCK_FILE_NAME), 'garbage');
    const again = runLockIn(dir).tryAcquire();
    expect(again.ok).toBe(true);
    if (again.ok) again.release();
  });
});
