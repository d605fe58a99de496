// The store: one SQLite file in the app's data directory and the repositories on it. Opening it
// closes sync runs a previous process left running, so the history shows them as interrupted.
import type { Database } from 'better-sqlite3';
import { type CancelledInShopRepository, createCancelledInShopRepository } from './cancelled-in-shop';
import { type ContactCache, createContactCache } from './contact-cache';
import { type CreditRefundsUsedRepository, createCreditRefundsUsedRepository } from './credit-refunds-used';
import { type CursorRepository, createCursorRepository } from './cursors';
import { createHistoryImportRepository, type HistoryImportRepository } from './history-import';
import { createJournalLineage, type JournalLineage } from './journal-lineage';
import { createLogRepository, type LogRepository } from './log-entries';
import { databaseFileIn, type OpenDatabaseOptions, openDatabase } from './open-database';
import { createOrderJournal, type OrderJournal } from './order-journal';
import { createPeriodFactsReader, type PeriodFactsReader } from './period-facts';
import { createSettingsRepository, type SettingsRepository } from './settings';
import { createSyncRunRepository, type SyncRunRepository } from './sync-runs';
import { createVatFigureRepository, type VatFigureRepository } from './vat-figures';
import { writeTransaction } from './write-transaction';

export interface Store {
  readonly file: string;
  readonly db: Database;
  readonly settings: SettingsRepository;
  readonly journal: OrderJournal;
  readonly contacts: ContactCache;
  readonly runs: SyncRunRepository;
  readonly log: LogRepository;
  readonly cursors: CursorRepository;
  readonly historyImport: HistoryImportRepository;
  /** Each order's figures per VAT rate, shop and booked (the month per VAT rate). */
  readonly vatFigures: VatFigureRepository;
  /** When the journal was born, and whether its file was put back from an older copy. */
  readonly lineage: JournalLineage;
  /** Orders the shop cancelled while Moneybird holds their booking and no credit covers them. */
  readonly cancelledInShop: CancelledInShopRepository;
  /** The shop's refund records each paid credit note was paid with. */
  readonly creditRefundsUsed: CreditRefundsUsedRepository;
  /** Facts the month per VAT rate and an order's page name beyond the sums (read only). */
  readonly periodFacts: PeriodFactsReader;
  /**
   * Runs `work` in one write transaction across repositories; it commits or nothing does. Inside
   * another transaction it is part of that one.
   */
  transaction<T>(work: () => T): T;
  close(): void;
}

export interface OpenStoreOptions extends OpenDatabaseOptions {
  /** The clock the repositories stamp rows with (ms since the epoch). */
  now?: () => number;
}

/** Opens (creating if needed) the database file; throws StoreOpenError when it cannot. */
export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const db = openDatabase(file, options);
  const runs = createSyncRunRepository(db, now);
  runs.closeInterrupted();
  // One transaction function for every caller's work: better-sqlite3 builds a wrapper per
  // db.transaction() call, and a booking opens several transactions per order.
  const inTransaction = writeTransaction(db, <T>(work: () => T): T => work());
  return {
    file: db.name,
    db,
    settings: createSettingsRepository(db, now),
    journal: createOrderJournal(db, now),
    contacts: createContactCache(db, now),
    runs,
    log: createLogRepository(db),
    cursors: createCursorRepository(db, now),
    historyImport: createHistoryImportRepository(db, now),
    vatFigures: createVatFigureRepository(db, now),
    lineage: createJournalLineage(db, now),
    cancelledInShop: createCancelledInShopRepository(db, now),
    creditRefundsUsed: createCreditRefundsUsedRepository(db),
    periodFacts: createPeriodFactsReader(db),
    transaction: <T>(work: () => T): T => inTransaction(work) as T,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** Opens the store in the app's data directory. */
export function openStoreIn(dataDir: string, options: OpenStoreOptions = {}): Store {
  return openStore(databaseFileIn(dataDir), options);
}
