// The orders screen's channels: a search of every order the journal knows (in SQLite, a page at a
// time) and one order's page. The page adds, on demand, the shop's order (one GET at the shop) and
// the invoice as Moneybird holds it (one GET, through the token's rate limiter like every request);
// either may be missing with a message that says why, the journal's part always shows.
import type { MoneybirdInvoiceView, OrderDetail } from '../../../shared/contract';
import { ORDER_OVERVIEW_STATES } from '../../../shared/contract';
import { uiOrders } from '../../../shared/i18n/messages/ui-orders';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { ApiError, NotFoundError } from '../http/errors';
import { redactText } from '../http/redact';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import { abs, parseDecimal, toFixed, toPlain } from '../money/decimal';
import { administrationNames } from '../moneybird/administration-names';
import type { MoneybirdClient } from '../moneybird/client';
import { settingsSectionFor } from '../setup/settings-section';
import {
  type BookingStyle,
  bookedInAnotherAdministration,
  createOrderOverview,
  type JournalEntry,
  type Store,
} from '../store';
import {
  ADOPTED_CONTACT_CHANGED,
  invoiceElsewhere,
  invoiceToTakeOver,
  invoiceUnderReference,
} from '../sync/adoption';
import { customerOf } from '../sync/order-overview-facts';
import { entryAsOf } from '../sync/reason-as-of';
import { BEFORE_START_DATE, CANCELLED_IN_SHOP } from '../sync/set-aside-reasons';
import { bookkeepingMappingSetting } from '../sync/sync-settings';
import { afterBookingSteps, withStepsAfterBooking } from './after-booking-steps';
import type { Handlers } from './dispatch';
import {
  type InvoiceNames,
  invoiceNamesOf,
  invoiceView,
  journalStepViews,
  moneybirdLinks,
  NO_INVOICE_NAMES,
  ratePercentagesOf,
  shopOrderView,
  summaryOfEntry,
  summaryOfRow,
} from './order-views';
import { settingMadeSince } from './setting-made';

export type OrderChannel = 'orders.search' | 'orders.detail' | 'orders.invoices';
export type OrderHandlers = Pick<Handlers, OrderChannel>;

/** The connected services now; null for one that is not set up (the page says so). */
export interface OrderServices {
  mijnwebwinkel: MijnwebwinkelClient | null;
  moneybird: MoneybirdClient | null;
}

export const DEFAULT_ORDERS_PAGE_SIZE = 50;

/** The owner's words for a failed request: the error's own, else its text without secrets. */
export function problemText(error: unknown): LocalizedText {
  if (error instanceof ApiError) return error.userMessage;
  const text = redactText(error instanceof Error ? error.message : String(error));
  return { nl: text, en: text };
}

/** Skipped orders a retry would only skip again: called off in the shop, dated before the start date. */
const RETRY_SKIPS_AGAIN: ReadonlySet<string> = new Set([CANCELLED_IN_SHOP, BEFORE_START_DATE]);

const withReason = (key: 'orderCore.shop.failed' | 'orderCore.moneybird.failed', reason: LocalizedText) =>
  localize(uiOrders, key, {}, { reason });

async function shopPart(
  store: Store,
  entry: JournalEntry,
  client: MijnwebwinkelClient | null,
): Promise<OrderDetail['shop']> {
  if (!client) return null;
  try {
    const result = await client.order(entry.orderNumber);
    if (!result.ok) {
      const field = result.issues[0]?.field ?? '?';
      return { ok: false, problem: localize(uiOrders, 'orderCore.shop.unreadable', { field }) };
    }
    // An unpaid order the owner asks about is read again at the next run, however old it is.
    if (entry.state === 'discovered') store.journal.lookAgainAt(entry.orderNumber, null);
    // An order journalled before the journal kept who ordered learns it here, and is found by name.
    if (entry.customerName === null && entry.customerEmail === null) {
      const { customerName, customerEmail } = customerOf(result.order);
      store.journal.noteCustomer(entry.orderNumber, {
        name: customerName ?? null,
        email: customerEmail ?? null,
      });
    }
    return { ok: true, value: shopOrderView(result.order) };
  } catch (error) {
    return { ok: false, problem: withReason('orderCore.shop.failed', problemText(error)) };
  }
}

/**
 * Where the invoice of a booking made before the owner switched administration is: both
 * administrations by the names the owner gave them in Moneybird (one request), or in general words
 * when Moneybird does not tell them now.
 */
async function elsewhereText(
  client: MoneybirdClient,
  entry: JournalEntry,
): Promise<{ text: LocalizedText; administration: string | null }> {
  const names = await administrationNames(client, entry.administrationId, client.administrationId);
  // Unnamed, the general words say all the owner needs; the link opens the invoice all the same.
  return names
    ? {
        text: localize(uiOrders, 'orderCore.moneybird.otherAdministrationNamed', names),
        administration: names.administration,
      }
    : { text: localize(uiOrders, 'orderCore.moneybird.otherAdministration'), administration: null };
}

/**
 * The invoice the page shows: the order's booking, else an invoice under the order's reference that
 * was not taken as its booking (`underReference`), for the owner to judge it where the reason asks to.
 */
function shownInvoice(
  entry: JournalEntry,
): { invoiceId: string; contactId: string | null; style: BookingStyle; underReference: boolean } | null {
  if (entry.moneybird.invoiceId)
    return {
      invoiceId: entry.moneybird.invoiceId,
      contactId: entry.moneybird.contactId,
      style: entry.bookingStyle ?? 'sales_invoice',
      underReference: false,
    };
  const found = invoiceUnderReference(entry);
  if (!found) return null;
  const style = found.style === 'external' ? 'external_invoice' : 'sales_invoice';
  return { invoiceId: found.invoiceId, contactId: found.contactId, style, underReference: true };
}

/** Links to the invoice the page shows, in `administrationId`. */
function shownLinks(
  administrationId: string | undefined,
  shown: NonNullable<ReturnType<typeof shownInvoice>>,
) {
  return moneybirdLinks(administrationId, {
    bookingStyle: shown.style,
    moneybird: { invoiceId: shown.invoiceId, contactId: shown.contactId, paymentId: null },
  });
}

/** How long the names of the tax rates and ledger accounts are kept for the order pages. */
const NAMES_TTL_MS = 10 * 60 * 1000;

/**
 * The names of the administration's tax rates and ledger accounts, which the invoice's lines only
 * carry as ids: read once (two requests) and kept ten minutes, so the owner going through orders
 * costs one request per order, as before. Unreadable, the page shows the percentages without them.
 */
export function createInvoiceNames(
  now: () => number = Date.now,
): (client: MoneybirdClient) => Promise<InvoiceNames> {
  let kept: { administrationId: string | undefined; at: number; names: InvoiceNames } | undefined;
  let reading: { administrationId: string | undefined; names: Promise<InvoiceNames> } | undefined;
  return (client) => {
    const administrationId = client.administrationId;
    const fresh = kept;
    if (fresh && fresh.administrationId === administrationId && now() - fresh.at < NAMES_TTL_MS)
      return Promise.resolve(fresh.names);
    // Pages opened at once share one read.
    if (reading && reading.administrationId === administrationId) return reading.names;
    const names: Promise<InvoiceNames> = Promise.all([
      client.taxRates({ tax_rate_type: 'sales_invoice' }),
      client.ledgerAccounts(),
    ])
      .then(([taxRates, ledgerAccounts]) => {
        const read = invoiceNamesOf(taxRates, ledgerAccounts);
        kept = { administrationId, at: now(), names: read };
        return read;
      })
      // Not kept: the next page asks again.
      .catch(() => NO_INVOICE_NAMES)
      .finally(() => {
        if (reading?.names === names) reading = undefined;
      });
    reading = { administrationId, names };
    return names;
  };
}

/**
 * The invoice as Moneybird holds it now; `gone` when Moneybird answered that the booking is not
 * there; `bookedIn`: the name of the other administration a booking made before a switch is in.
 */
async function moneybirdPart(
  store: Store,
  entry: JournalEntry,
  client: MoneybirdClient | null,
  namesOf: (client: MoneybirdClient) => Promise<InvoiceNames>,
): Promise<{ part: OrderDetail['moneybird']; gone: boolean; bookedIn?: string | null }> {
  const shown = shownInvoice(entry);
  if (!shown) return { part: null, gone: false };
  const { invoiceId, style, underReference } = shown;
  if (!client)
    return {
      part: { ok: false, problem: localize(uiOrders, 'orderCore.moneybird.unavailable') },
      gone: false,
    };
  // Booked before the owner switched administration: not in the one connected, nor deleted there.
  if (bookedInAnotherAdministration(entry, client.administrationId)) {
    const elsewhere = await elsewhereText(client, entry);
    return { part: { ok: false, problem: elsewhere.text }, gone: false, bookedIn: elsewhere.administration };
  }
  try {
    // The names are read beside the invoice, not after it; they never fail the page.
    const names = namesOf(client);
    const invoice =
      style === 'external_invoice'
        ? await client.getExternalSalesInvoice(invoiceId)
        : await client.getSalesInvoice(invoiceId);
    const view = invoiceView(
      style,
      invoice,
      ratePercentagesOf(store.settings.get(bookkeepingMappingSetting)),
      entry.creditedOrderNumber !== null,
      await names,
    );
    // An order booked before the journal kept numbers, or adopted, learns its number here once.
    if (!underReference && view.number && entry.invoiceNumber !== view.number) {
      store.journal.noteInvoiceNumber(entry.orderNumber, invoiceId, view.number);
    }
    return { part: { ok: true, value: view }, gone: false };
  } catch (error) {
    if (error instanceof NotFoundError && underReference)
      return {
        part: { ok: false, problem: localize(uiOrders, 'orderCore.moneybird.underReferenceGone') },
        gone: false,
      };
    if (error instanceof NotFoundError) {
      // A booked order is not retried: the owner may have it booked again (orders.bookAgain).
      const key = entry.state === 'done' ? 'orderCore.moneybird.goneBooked' : 'orderCore.moneybird.gone';
      return { part: { ok: false, problem: localize(uiOrders, key) }, gone: true };
    }
    return {
      part: { ok: false, problem: withReason('orderCore.moneybird.failed', problemText(error)) },
      gone: false,
    };
  }
}

/**
 * The contact and customer the log named when the booking was adopted on its total and lines while
 * its contact no longer matched (null when it matched, or the log line was pruned since).
 */
function adoptedContactChange(store: Store, orderNumber: string): OrderDetail['adoptedContactChanged'] {
  const line = store.log
    .recent({ orderNumber, minLevel: 'warn', limit: 50 })
    .find((l) => l.fields?.code === ADOPTED_CONTACT_CHANGED);
  const { contact, customer } = line?.fields ?? {};
  return typeof contact === 'string' && typeof customer === 'string' ? { contact, customer } : null;
}

/** Links to what the page shows of the order in the connected administration (none: none). */
function shownLinksOf(administrationId: string | undefined, entry: JournalEntry): OrderDetail['links'] {
  const shown = shownInvoice(entry);
  return shown ? shownLinks(administrationId, shown) : moneybirdLinks(administrationId, entry);
}

/**
 * The invoice in another administration the order was parked over, as Moneybird holds it there now:
 * that administration's name and the invoice's number and state (two requests, for this page only),
 * or that it is gone from there (the owner deleted it, as the reason may have asked). What Moneybird
 * does not answer is left unknown: the reason above says where the invoice was.
 */
async function elsewhereInvoicePart(
  entry: JournalEntry,
  client: MoneybirdClient | null,
): Promise<OrderDetail['elsewhereInvoice']> {
  const found = invoiceElsewhere(entry);
  if (!found || !client) return null;
  const [names, read] = await Promise.all([
    administrationNames(client, found.administrationId, client.administrationId),
    readElsewhere(client.forAdministration(found.administrationId), found),
  ]);
  return { administration: names?.administration ?? null, ...read };
}

async function readElsewhere(
  client: MoneybirdClient,
  found: NonNullable<ReturnType<typeof invoiceElsewhere>>,
): Promise<{ number: string | null; state: string | null; gone: boolean }> {
  try {
    if (found.style === 'external') {
      const invoice = await client.getExternalSalesInvoice(found.invoiceId);
      return { number: invoice.reference?.trim() || null, state: invoice.state, gone: false };
    }
    const invoice = await client.getSalesInvoice(found.invoiceId);
    return { number: invoice.invoice_id?.trim() || null, state: invoice.state, gone: false };
  } catch (error) {
    return { number: null, state: null, gone: error instanceof NotFoundError };
  }
}

/** The invoice in another administration the order was parked over, opened where it is. */
function linksElsewhere(entry: JournalEntry): OrderDetail['links'] | null {
  const found = invoiceElsewhere(entry);
  if (!found) return null;
  return moneybirdLinks(found.administrationId, {
    bookingStyle: found.style === 'external' ? 'external_invoice' : 'sales_invoice',
    moneybird: { contactId: null, invoiceId: found.invoiceId, paymentId: null },
  });
}

/**
 * A booked order the shop called off: what its credit notes in the books credit already (the month
 * per VAT rate's definition, `store/period-facts.ts`: it counts each in the period of its own day),
 * by which credit orders, and what Moneybird still counts.
 */
function cancelledPart(
  store: Store,
  entry: JournalEntry,
  cancelled: { status: string; changed: string },
  invoice: MoneybirdInvoiceView | undefined,
): NonNullable<OrderDetail['cancelledInShop']> {
  const notes = store.periodFacts.creditNotesOf([entry.orderNumber]).get(entry.orderNumber) ?? [];
  const lines = notes.flatMap((note) => note.lines);
  const credited = abs(lines.reduce((s, line) => s + line.inclTax, 0n));
  const rest = entry.shopTotal === null ? null : abs(entry.shopTotal) - credited;
  const shownRest = rest === null || rest <= 0n ? null : rest;
  const split = shownRest === null ? null : restSplit(invoice, lines, shownRest);
  return {
    status: cancelled.status,
    changed: cancelled.changed,
    credited: toPlain(credited),
    credits: notes.map((note) => ({ orderNumber: note.orderNumber, invoiceNumber: note.invoiceNumber })),
    rest: shownRest === null ? null : toFixed(shownRest, 2),
    restExclVat: split && toFixed(split.exclVat, 2),
    restVat: split && toFixed(split.vat, 2),
  };
}

/**
 * What the books still hold of a cancelled order, apart: the turnover excl. VAT and the VAT of its
 * invoice as Moneybird holds it, less those its credit notes took off. Only when both add up to the
 * rest incl. VAT the page names (an invoice edited in Moneybird since may not): else null.
 */
function restSplit(
  invoice: MoneybirdInvoiceView | undefined,
  credited: ReadonlyArray<{ exclTax: bigint; vat: bigint }>,
  rest: bigint,
): { exclVat: bigint; vat: bigint } | null {
  if (!invoice) return null;
  const totalExcl = abs(parseDecimal(invoice.totalExclVat));
  const totalVat = abs(parseDecimal(invoice.totalInclVat)) - totalExcl;
  const exclVat = totalExcl - abs(credited.reduce((s, line) => s + line.exclTax, 0n));
  const vat = totalVat - abs(credited.reduce((s, line) => s + line.vat, 0n));
  return exclVat + vat === rest && exclVat >= 0n && vat >= 0n ? { exclVat, vat } : null;
}

/**
 * The journal's part of one order's page: what it knows without asking anyone. `invoiceGone`: the
 * page just found the invoice missing in Moneybird (a check may have recorded it before). The links
 * open the administration the booking is in, else the one connected (`administrationId`).
 */
export function journalPart(
  store: Store,
  entry: JournalEntry,
  administrationId: string | undefined,
  invoiceGone = false,
  invoice?: MoneybirdInvoiceView,
): Omit<OrderDetail, 'shop' | 'moneybird' | 'bookedElsewhereIn' | 'elsewhereInvoice'> {
  const steps = store.journal.steps(entry.orderNumber);
  const first = steps[0]?.state;
  const held = entry.state === 'parked' || entry.state === 'waiting_transient' || entry.state === 'skipped';
  const bookedGone = entry.state === 'done' && (invoiceGone || store.vatFigures.isGone(entry.orderNumber));
  const linkedIn = entry.administrationId ?? administrationId;
  // A booking gone from Moneybird has nothing left to credit: its page speaks of the deletion only.
  const cancelled = bookedGone ? undefined : store.cancelledInShop.get(entry.orderNumber);
  const settingsSection =
    entry.state === 'parked' ? settingsSectionFor(entry.reason?.code, entry.reason?.details) : null;
  return {
    summary: summaryOfEntry(entry, bookedGone, cancelled !== undefined),
    journalState: entry.state,
    bookingStyle: entry.bookingStyle,
    reference: entry.reference,
    reasonCode: entry.reason?.code ?? null,
    settingsSection,
    ...(settingsSection !== null &&
      settingMadeSince(
        entry.reason,
        store.settings.get(bookkeepingMappingSetting),
        entry.creditedOrderNumber !== null,
      ) && { settingMade: true }),
    invoiceToTakeOver: invoiceToTakeOver(entry),
    nextAttemptAt:
      entry.state === 'waiting_transient' && entry.nextAttemptAt !== null
        ? new Date(entry.nextAttemptAt).toISOString()
        : null,
    adopted: entry.adoption === 'adopted',
    adoptedContactChanged:
      entry.adoption === 'adopted' ? adoptedContactChange(store, entry.orderNumber) : null,
    steps: withStepsAfterBooking<OrderDetail['steps'][number]>(
      journalStepViews(steps),
      afterBookingSteps(store, entry),
    ),
    // Orders journalled before steps were kept start at the step they were at then.
    earlierStepsUnknown: first !== 'discovered' && first !== 'pending',
    // Set aside because the shop called it off before it was booked, marked it a test order, or it is
    // dated before the start date: a retry sets it aside again; its reason says what books it.
    canRetry: held && !(entry.state === 'skipped' && RETRY_SKIPS_AGAIN.has(entry.reason?.code ?? '')),
    canSkip: entry.state === 'parked' || entry.state === 'waiting_transient' || entry.state === 'discovered',
    canBookAgain: bookedGone && entry.moneybird.invoiceId !== null,
    bookedElsewhere: bookedInAnotherAdministration(entry, administrationId),
    cancelledInShop: cancelled ? cancelledPart(store, entry, cancelled, invoice) : null,
    // No link to an invoice that is gone: it would open Moneybird's "not found".
    links: bookedGone
      ? { ...moneybirdLinks(linkedIn, entry), invoice: null }
      : (linksElsewhere(entry) ?? shownLinksOf(linkedIn, entry)),
  };
}

/** `now`: the clock the order's page reads a held order's reason by (`reasonAsOf`), the sync's own. */
export function createOrderChannels(
  store: Store,
  services: () => OrderServices,
  now: () => number = Date.now,
): OrderHandlers {
  const overview = createOrderOverview(store.db);
  const namesOf = createInvoiceNames();
  const administrationsOf = createAdministrationsOf();
  return {
    'orders.search': ({ query, states, from, to, page = 1, pageSize = DEFAULT_ORDERS_PAGE_SIZE, asOf }) => {
      const found = overview.search({ text: query, states, from, to, page, pageSize, asOf });
      return {
        orders: found.rows.map(summaryOfRow),
        total: found.total,
        page,
        pageSize,
        asOf: found.asOf,
        // What the search finds in the period, per state, as of the moment this page shows.
        stateCounts: overview.stateCounts({ from, to, text: query, asOf: found.asOf }),
      };
    },
    'orders.detail': async ({ orderNumber }) => {
      const entry = store.journal.get(orderNumber);
      if (!entry) return { order: null };
      const { mijnwebwinkel, moneybird } = services();
      const [shop, { part: invoice, gone, bookedIn = null }, elsewhereInvoice] = await Promise.all([
        shopPart(store, entry, mijnwebwinkel),
        moneybirdPart(store, entry, moneybird, namesOf),
        elsewhereInvoicePart(entry, moneybird),
      ]);
      // Read again: the invoice's number may just have been noted. Its reason as it reads today.
      const current = entryAsOf(store.journal.get(orderNumber) ?? entry, shopLocalDate(now()));
      const journal = journalPart(
        store,
        current,
        moneybird?.administrationId,
        gone,
        invoice?.ok ? invoice.value : undefined,
      );
      // The contact link opens the invoice's contact as Moneybird holds it (an invoice the owner took
      // over is on another contact than the one Winkelbrug matched the customer to).
      const shown = shownInvoice(current);
      // No link to an invoice gone from the other administration: it would open Moneybird's "not found".
      const links =
        invoice?.ok && shown
          ? shownLinks(current.administrationId ?? moneybird?.administrationId, {
              ...shown,
              contactId: invoice.value.contactId,
            })
          : elsewhereInvoice?.gone
            ? { ...journal.links, invoice: null }
            : journal.links;
      // The administration's name only where the booking is in another than the one connected.
      const bookedElsewhereIn = journal.bookedElsewhere ? bookedIn : null;
      return {
        order: { ...journal, bookedElsewhereIn, elsewhereInvoice, links, shop, moneybird: invoice },
      };
    },
    'orders.invoices': async ({ orderNumbers }) => {
      const entries = [...new Set(orderNumbers)].flatMap((orderNumber) => {
        const entry = store.journal.get(orderNumber);
        return entry ? [entry] : [];
      });
      const { moneybird } = services();
      const nameOf = await bookingAdministrationNames(store, moneybird, administrationsOf);
      return {
        invoices: entries.map((entry) => ({
          orderNumber: entry.orderNumber,
          invoiceId: entry.moneybird.invoiceId,
          invoiceNumber: entry.invoiceNumber,
          creditedOrderNumber: entry.creditedOrderNumber,
          administration:
            entry.moneybird.invoiceId === null
              ? null
              : nameOf(entry.administrationId ?? moneybird?.administrationId),
        })),
      };
    },
  };
}

/** What the administrations the login reaches are called: by id, read once and kept ten minutes. */
type AdministrationsOf = (client: MoneybirdClient) => Promise<ReadonlyMap<string, string>>;

export function createAdministrationsOf(now: () => number = Date.now): AdministrationsOf {
  // Kept per connected administration: a switch may come with another login.
  let kept: { connected: string | undefined; at: number; names: ReadonlyMap<string, string> } | undefined;
  return async (client) => {
    const connected = client.administrationId;
    if (kept && kept.connected === connected && now() - kept.at < NAMES_TTL_MS) return kept.names;
    try {
      const administrations = await client.administrations();
      const names = new Map(
        administrations.flatMap((a) => (a.name.trim() === '' ? [] : [[a.id, a.name.trim()] as const])),
      );
      kept = { connected, at: now(), names };
      return names;
    } catch {
      // Not kept: the next look-up asks again; meanwhile the lines name no administration.
      return new Map();
    }
  };
}

/**
 * The name of the administration a booking is in, by its id, for the lines that name a booked
 * invoice: only once the data folder holds bookings in more than one administration (each numbers
 * its invoices from 2026-0001); else, and when Moneybird does not tell the name, none.
 */
async function bookingAdministrationNames(
  store: Store,
  moneybird: MoneybirdClient | null,
  administrationsOf: AdministrationsOf,
): Promise<(administrationId: string | null | undefined) => string | null> {
  const connected = moneybird?.administrationId;
  if (!moneybird || connected === undefined || !store.journal.holdsBookingsOutside(connected))
    return () => null;
  const names = await administrationsOf(moneybird);
  return (id) => (id ? (names.get(id) ?? null) : null);
}

/** A core without a data folder knows no orders. */
export function noOrderChannels(): OrderHandlers {
  const none = Object.fromEntries(ORDER_OVERVIEW_STATES.map((s) => [s, 0])) as Record<
    (typeof ORDER_OVERVIEW_STATES)[number],
    number
  >;
  return {
    'orders.search': ({ page = 1, pageSize = DEFAULT_ORDERS_PAGE_SIZE }) => ({
      orders: [],
      total: 0,
      page,
      pageSize,
      asOf: 0,
      stateCounts: none,
    }),
    'orders.detail': () => ({ order: null }),
    'orders.invoices': () => ({ invoices: [] }),
  };
}
