// What the owner chose for syncing, stored in the settings table (never secrets). The bookkeeping
// mapping is stored as the owner entered it and completed at run time with what Moneybird's
// reference data makes unambiguous (see auto-mapping.ts).
import { z } from 'zod';
import { defineSetting } from '../store/settings';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Order statuses (ids from /v1/orderstatuses) that count as completed and ready to book. */
export const completedStatusesSetting = defineSetting(
  'sync.completedStatuses',
  z.array(z.number().int().nonnegative()).max(50),
  [] as number[],
);

/**
 * The shop's statuses that mean an order was called off ("Geannuleerd"), with the shop's names: a
 * booked order that moves into one is brought to the owner (sync/shop-cancellations.ts). Stored when
 * the owner saves the statuses to book; null until then (a run reads them from the shop once).
 */
export const cancelledStatusesSetting = defineSetting(
  'sync.cancelledStatuses',
  z
    .array(z.strictObject({ id: z.number().int().nonnegative(), name: z.string().min(1).max(1000) }))
    .max(50)
    .nullable(),
  null as Array<{ id: number; name: string }> | null,
);

/** Orders dated before this are never booked; set on first use to that day unless chosen. */
export const startDateSetting = defineSetting('sync.startDate', isoDate.nullable(), null as string | null);

export const intervalMinutesSetting = defineSetting(
  'sync.intervalMinutes',
  z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  15,
);

/** How long log entries are kept. */
export const logRetentionDaysSetting = defineSetting(
  'sync.logRetentionDays',
  z.number().int().min(1).max(3650),
  90,
);

/**
 * The owner's bookkeeping mapping as entered: a partial of BookkeepingSettingsInput. It is parsed
 * by the bookkeeping schema only once completed, so a half-configured mapping can be stored.
 */
export const bookkeepingMappingSetting = defineSetting(
  'bookkeeping.mapping',
  z.record(z.string(), z.unknown()),
  {} as Record<string, unknown>,
);

/** Overlap when asking the shop for orders whose status changed since the last run. */
export const STATUS_CHANGE_OVERLAP_MS = 2 * 60 * 60 * 1000;

/**
 * Orders dated in the administration's locked period that the owner chose to book on the first open
 * day (the invoice names the real date). Others in a locked period are parked until the owner
 * chooses that or to skip them.
 */
export const lockedPeriodMovesSetting = defineSetting(
  'sync.lockedPeriodMoves',
  z.array(z.string().min(1).max(40)).max(100_000),
  [] as string[],
);

/**
 * Invoices the owner took over for an order (order number → Moneybird invoice id): an invoice with
 * the order's reference whose contact did not match the customer, which the owner checked and said
 * is the order's booking. Adoption takes that invoice as the order's only while its currency, total
 * and VAT per tax rate are the order's (judgeBookings).
 */
export const invoiceTakeOversSetting = defineSetting(
  'sync.invoiceTakeOvers',
  z.record(z.string().min(1).max(40), z.string().regex(/^\d{1,30}$/)),
  {} as Record<string, string>,
);
