// The store's public surface: open it, then use its repositories.

export * from './cancelled-in-shop';
export * from './contact-cache';
export * from './credit-refunds-used';
export * from './cursors';
export * from './errors';
export * from './history-import';
export * from './journal-entry';
export * from './journal-lineage';
export { JournalRowError } from './journal-rows';
export * from './journal-states';
export * from './log-entries';
export { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';
export * from './open-database';
export * from './order-journal';
export * from './order-overview';
export * from './period-figures';
export * from './run-lock';
export * from './settings';
export * from './store';
export * from './sync-runs';
export * from './vat-figures';
