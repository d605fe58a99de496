// A fresh temporary folder per test, and a store opened in one, removed (and closed) after the test:
// tests use real database files, and none leaves one behind or open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type OpenStoreOptions, openStoreIn, type Store } from '../../src/main/core/store';

/** A function that makes a new temporary folder each call; every one is removed after each test. */
export function freshTempDirs(prefix = 'winkelbrug-store-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

export interface FreshStores {
  /** A store in a new temporary folder. */
  open(options?: OpenStoreOptions): Store;
  /** A new temporary folder, for a test that prepares the database file before the store opens it. */
  folder(): string;
  /** A store in a folder from `folder()`. */
  openIn(dir: string, options?: OpenStoreOptions): Store;
}

/** Stores in temporary folders: after each test every one is closed, then every folder removed. */
export function freshStores(prefix = 'winkelbrug-store-'): FreshStores {
  const stores: Store[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const openIn = (dir: string, options?: OpenStoreOptions) => {
    const store = openStoreIn(dir, options);
    stores.push(store);
    return store;
  };
  return { open: (options) => openIn(folder(), options), folder, openIn };
}
