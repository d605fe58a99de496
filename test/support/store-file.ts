// Opens the store on a database file (one a test migrated from an older version, say), does the
// work and closes it again, so the next look at the file sees what a restart would.
import { openStore, type Store } from '../../src/main/core/store';

export function withStore<T>(file: string, work: (store: Store) => T): T {
  const store = openStore(file, { now: () => 1000 });
  try {
    return work(store);
  } finally {
    store.close();
  }
}
