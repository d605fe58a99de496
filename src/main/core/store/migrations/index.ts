// Every schema step, in order. Append new steps at the end; never edit or reorder released ones.
import { orderJournalMigration } from './001-order-journal';
import { contactsAndRunsMigration } from './002-contacts-and-runs';
import { logEntriesMigration } from './003-log-entries';
import { writeIntentMigration } from './004-write-intent';
import { adoptionMigration } from './005-adoption';
import { orderOverviewMigration } from './006-order-overview';
import { bookedTotalsMigration } from './007-booked-totals';
import { logFiltersMigration } from './008-log-filters';
import { contactFingerprintMigration } from './009-contact-fingerprint';
import { contactCreatesMigration } from './010-contact-creates';
import { leanJournalWritesMigration } from './011-lean-journal-writes';
import { sharedMatchKeysMigration } from './012-shared-match-keys';
import { bookedDateMigration } from './013-booked-date';
import { bookedInvoiceCheckMigration } from './014-booked-invoice-check';
import { deletedBookingsMigration } from './015-deleted-bookings';
import { archivedContactsMigration } from './016-archived-contacts';
import { searchLettersWrittenOutMigration } from './017-search-letters-written-out';
import { bookingAdministrationMigration } from './018-booking-administration';
import { vatReturnBoxesMigration } from './019-vat-return-boxes';
import { recordedFiguresPlacedMigration } from './020-recorded-figures-placed';
import { cancelledInShopMigration } from './021-cancelled-in-shop';
import { cancellationSettledByOwnerMigration } from './022-cancellation-settled-by-owner';
import { cancellationsAwaitingCreditMigration } from './023-cancellations-awaiting-credit';
import { cancellationsSettledIndexMigration } from './024-cancellations-settled-index';
import { deletedInvoiceOnStepMigration } from './025-deleted-invoice-on-step';
import { runCalledOffMigration } from './026-run-called-off';
import { historyImportUntilMigration } from './027-history-import-until';
import { contactUpdateOrderMigration } from './028-contact-update-order';
import { creditRefundsUsedMigration } from './029-credit-refunds-used';
import type { Migration } from './migration';

export { WINKELBRUG_APPLICATION_ID } from './001-order-journal';
export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  orderJournalMigration,
  contactsAndRunsMigration,
  logEntriesMigration,
  writeIntentMigration,
  adoptionMigration,
  orderOverviewMigration,
  bookedTotalsMigration,
  logFiltersMigration,
  contactFingerprintMigration,
  contactCreatesMigration,
  leanJournalWritesMigration,
  sharedMatchKeysMigration,
  bookedDateMigration,
  bookedInvoiceCheckMigration,
  deletedBookingsMigration,
  archivedContactsMigration,
  searchLettersWrittenOutMigration,
  bookingAdministrationMigration,
  vatReturnBoxesMigration,
  recordedFiguresPlacedMigration,
  cancelledInShopMigration,
  cancellationSettledByOwnerMigration,
  cancellationsAwaitingCreditMigration,
  cancellationsSettledIndexMigration,
  deletedInvoiceOnStepMigration,
  runCalledOffMigration,
  historyImportUntilMigration,
  contactUpdateOrderMigration,
  creditRefundsUsedMigration,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
