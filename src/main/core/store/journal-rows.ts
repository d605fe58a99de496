// The journal's table row and its entry: every read checked against the schema (a damaged or
// hand-edited file must not be booked from), and a write that serializes again only what changed.
import { CONTACT_ORIGINS, type ContactOrigin } from '../../../shared/contract/orders';
import { redact, redactText } from '../http/redact';
import { type Decimal, parseDecimal, toPlain } from '../money/decimal';
import type { JournalEntry, JournalReason, VatAmount } from './journal-entry';
import {
  ADOPTION_MARKS,
  BOOKING_STYLES,
  JOURNAL_STATES,
  PROGRESS_STEPS,
  WRITE_INTENTS,
} from './journal-states';
import { foldForSearch } from './search-fold';

// How the contact came (CONTACT_ORIGINS, the contract's) is kept in the `contact_ok` step's reason
// column, which a booking step leaves empty otherwise: the row is written anyway, so telling costs no
// page and no migration. Written `contact:found`, a form no reason code has (they are snake_case
// words, `contact_create_in_doubt` among them), so the column read raw is not taken for a reason.
const CONTACT_STEP_PREFIX = 'contact:';
export const contactStepCode = (origin: ContactOrigin | undefined): string | null =>
  origin ? `${CONTACT_STEP_PREFIX}${origin}` : null;
export const contactOriginOf = (state: string, code: string | null): ContactOrigin | undefined => {
  if (state !== 'contact_ok' || !code?.startsWith(CONTACT_STEP_PREFIX)) return undefined;
  const origin = code.slice(CONTACT_STEP_PREFIX.length);
  return (CONTACT_ORIGINS as readonly string[]).includes(origin) ? (origin as ContactOrigin) : undefined;
};

/** A journal row that does not match the schema (the file was edited or damaged). */
export class JournalRowError extends Error {
  constructor(
    readonly orderNumber: string,
    readonly field: string,
    problem: string,
  ) {
    super(`Journal row for order ${orderNumber} is invalid at ${field}: ${problem}`);
    this.name = 'JournalRowError';
  }
}

// Every read of a row is checked, since a damaged or hand-edited file must not be booked from. The
// checks are written out rather than declared with zod: a row is read on every step of every
// booking, and this is several times cheaper while saying the same.
export type Row = Record<string, unknown>;

class RowReader {
  constructor(private readonly row: Row) {}

  private fail(field: string, problem: string): never {
    const number = this.row.order_number;
    throw new JournalRowError(typeof number === 'string' ? number : '?', field, problem);
  }

  text(field: string): string {
    const value = this.row[field];
    if (typeof value !== 'string') this.fail(field, `expected text, got ${typeof value}`);
    return value;
  }

  optionalText(field: string): string | null {
    const value = this.row[field];
    return value === null ? null : this.text(field);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.text(field);
    if (!(allowed as readonly string[]).includes(value)) this.fail(field, `unknown value ${value}`);
    return value as T;
  }

  integer(field: string): number {
    const value = this.row[field];
    // SQLite hands back JavaScript numbers (no bigint mode on this statement).
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      this.fail(field, 'expected a whole number');
    return value;
  }

  optionalInteger(field: string): number | null {
    return this.row[field] === null ? null : this.integer(field);
  }

  decimal(field: string, text = this.text(field)): Decimal {
    try {
      return parseDecimal(text);
    } catch {
      return this.fail(field, `not a decimal: ${text}`);
    }
  }

  optionalDecimal(field: string): Decimal | null {
    return this.row[field] === null ? null : this.decimal(field);
  }

  optionalJson(field: string): unknown {
    const text = this.optionalText(field);
    if (text === null) return null;
    try {
      return JSON.parse(text);
    } catch {
      return this.fail(field, 'not JSON');
    }
  }

  vatAmounts(field: string): VatAmount[] | null {
    const value = this.optionalJson(field);
    if (value === null) return null;
    if (!Array.isArray(value)) return this.fail(field, 'expected a list');
    return value.map((item: unknown, index) => {
      const at = `${field}.${index}`;
      if (!item || typeof item !== 'object') return this.fail(at, 'expected an object');
      const { rate, amount } = item as Record<string, unknown>;
      if (typeof rate !== 'string') return this.fail(`${at}.rate`, 'expected text');
      if (typeof amount !== 'string') return this.fail(`${at}.amount`, 'expected text');
      return { rate: this.decimal(`${at}.rate`, rate), amount: this.decimal(`${at}.amount`, amount) };
    });
  }

  details(field: string): Record<string, unknown> | null {
    const value = this.optionalJson(field);
    if (value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) return this.fail(field, 'expected an object');
    return value as Record<string, unknown>;
  }
}

/** A reason as it is kept: text from the APIs that echoes a known secret (a token) is redacted. */
export function withoutSecrets(reason: JournalReason): JournalReason {
  return {
    ...reason,
    message: { nl: redactText(reason.message.nl), en: redactText(reason.message.en) },
    ...(reason.details && { details: redact(reason.details) as Record<string, unknown> }),
  };
}

/** The row as stored and as an entry; `write` compares against the stored row. */
export interface Loaded {
  entry: JournalEntry;
  row: Row;
}

export function fromRow(row: unknown): JournalEntry {
  if (!row || typeof row !== 'object') throw new JournalRowError('?', '(row)', 'not a row');
  const r = new RowReader(row as Row);
  const orderNumber = r.text('order_number');
  if (orderNumber === '') throw new JournalRowError('?', 'order_number', 'empty');
  const reasonCode = r.optionalText('reason_code');
  const reasonNl = r.optionalText('reason_nl');
  const reasonEn = r.optionalText('reason_en');
  const reasonDetails = r.details('reason_details');
  const attempts = r.integer('attempts');
  if (attempts < 0) throw new JournalRowError(orderNumber, 'attempts', 'negative');
  return {
    orderNumber,
    state: r.oneOf('state', JOURNAL_STATES),
    progress: r.oneOf('progress', PROGRESS_STEPS),
    bookingStyle: r.optionalText('booking_style') === null ? null : r.oneOf('booking_style', BOOKING_STYLES),
    orderDate: r.optionalText('order_date'),
    creditedOrderNumber: r.optionalText('credited_order_number'),
    reference: r.optionalText('reference'),
    vatTreatment: r.optionalText('vat_treatment'),
    currency: r.optionalText('currency'),
    shopTotal: r.optionalDecimal('shop_total'),
    shopVat: r.vatAmounts('shop_vat'),
    moneybird: {
      contactId: r.optionalText('moneybird_contact_id'),
      invoiceId: r.optionalText('moneybird_invoice_id'),
      paymentId: r.optionalText('moneybird_payment_id'),
    },
    administrationId: r.optionalText('moneybird_administration_id'),
    reason:
      reasonCode === null
        ? null
        : { code: reasonCode, message: { nl: reasonNl ?? '', en: reasonEn ?? '' }, details: reasonDetails },
    writeIntent: r.optionalText('write_intent') === null ? null : r.oneOf('write_intent', WRITE_INTENTS),
    adoption: r.optionalText('adoption') === null ? null : r.oneOf('adoption', ADOPTION_MARKS),
    attempts,
    nextAttemptAt: r.optionalInteger('next_attempt_at'),
    createdAt: r.integer('created_at'),
    updatedAt: r.integer('updated_at'),
    bookedAt: r.optionalInteger('booked_at'),
    customerName: r.optionalText('customer_name'),
    customerEmail: r.optionalText('customer_email'),
    invoiceNumber: r.optionalText('invoice_number'),
  };
}

/**
 * The row for an entry. Given the row it was read from (and that row's entry), the columns derived
 * from parts the step left as they were (the shop's VAT, the reason's details, the search text) are
 * taken from the stored row instead of being serialized again: every step writes, few change them.
 */
export function toRow(entry: JournalEntry, stored?: Loaded): Record<string, string | number | null> {
  const kept = <T>(part: (e: JournalEntry) => T, column: string, derive: () => string | null) =>
    stored && part(stored.entry) === part(entry) ? (stored.row[column] as string | null) : derive();
  const sameCustomer =
    stored?.entry.customerName === entry.customerName && stored?.entry.customerEmail === entry.customerEmail;
  return {
    order_number: entry.orderNumber,
    state: entry.state,
    progress: entry.progress,
    booking_style: entry.bookingStyle,
    order_date: entry.orderDate,
    credited_order_number: entry.creditedOrderNumber,
    reference: entry.reference,
    vat_treatment: entry.vatTreatment,
    currency: entry.currency,
    shop_total: entry.shopTotal === null ? null : toPlain(entry.shopTotal),
    shop_vat: kept(
      (e) => e.shopVat,
      'shop_vat',
      () =>
        entry.shopVat === null
          ? null
          : JSON.stringify(entry.shopVat.map((v) => ({ rate: toPlain(v.rate), amount: toPlain(v.amount) }))),
    ),
    moneybird_contact_id: entry.moneybird.contactId,
    moneybird_invoice_id: entry.moneybird.invoiceId,
    moneybird_payment_id: entry.moneybird.paymentId,
    moneybird_administration_id: entry.administrationId,
    reason_code: entry.reason?.code ?? null,
    reason_nl: entry.reason?.message.nl ?? null,
    reason_en: entry.reason?.message.en ?? null,
    reason_details: kept(
      (e) => e.reason?.details,
      'reason_details',
      () => (entry.reason?.details ? JSON.stringify(entry.reason.details) : null),
    ),
    write_intent: entry.writeIntent,
    adoption: entry.adoption,
    attempts: entry.attempts,
    next_attempt_at: entry.nextAttemptAt,
    created_at: entry.createdAt,
    updated_at: entry.updatedAt,
    booked_at: entry.bookedAt,
    customer_name: entry.customerName,
    customer_email: entry.customerEmail,
    invoice_number: entry.invoiceNumber,
    search_text:
      stored && sameCustomer
        ? (stored.row.search_text as string | null)
        : foldForSearch(
            [entry.orderNumber, entry.customerName, entry.customerEmail].filter(Boolean).join(' '),
          ),
  };
}

export const COLUMNS = [
  'order_number',
  'state',
  'progress',
  'booking_style',
  'order_date',
  'credited_order_number',
  'reference',
  'vat_treatment',
  'currency',
  'shop_total',
  'shop_vat',
  'moneybird_contact_id',
  'moneybird_invoice_id',
  'moneybird_payment_id',
  'moneybird_administration_id',
  'reason_code',
  'reason_nl',
  'reason_en',
  'reason_details',
  'write_intent',
  'adoption',
  'attempts',
  'next_attempt_at',
  'created_at',
  'updated_at',
  'booked_at',
  'customer_name',
  'customer_email',
  'invoice_number',
  'search_text',
] as const;

/** What an update may change; the order number and the creation time never do. */
export const UPDATABLE_COLUMNS = COLUMNS.filter((c) => c !== 'order_number' && c !== 'created_at');
