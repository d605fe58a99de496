// Adoption: a booking Moneybird already holds for an order the journal did not know is taken over
// instead of made again, from the step Moneybird's state shows it is at. Only a booking that is
// plainly this order's is taken: the same reference, the customer's contact, the same total and
// currency. A contact's e-mail address or VAT number may change after booking (the owner's edit, or
// Winkelbrug keeping it current for a later order), and Moneybird keeps no copy of the contact on the
// invoice: so under a prefix of the shop's own, an invoice on another contact is still the order's
// when its total, currency and every line that carries money are the order's. Anything else with the
// order's reference is not adopted and not booked beside: the order is parked with what differs, for
// the owner to decide.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenAmounts } from '../../../shared/i18n/written-money';
import { type BookingPlan, type InvoiceDetail, sharesLegacyPrefix } from '../bookkeeping';
import { parseDecimal, toFixed } from '../money/decimal';
import type { JournalEntry, JournalPatch, JournalReason, Progress } from '../store';
import { type FoundBooking, type Invoice, moneyLines, sameTotal } from './existing-bookings';
import { numbered } from './order-overview-facts';
import type { BookingElsewhere } from './other-administrations';
import { compareTotals } from './totals-check';

/** Why an order booked, but not finished, in another administration is parked. */
export const BOOKED_ELSEWHERE_UNFINISHED = 'booked_elsewhere_unfinished';
/** Why an order booked in two other administrations is parked. */
export const BOOKED_ELSEWHERE_AMBIGUOUS = 'booked_elsewhere_ambiguous';
/** Why an order is parked over an invoice under its reference, not plainly its own, in another administration. */
export const BOOKED_ELSEWHERE_NOT_OURS = 'booked_elsewhere_not_ours';

/** The log code of an adoption whose contact no longer matched the customer (the order's page reads it). */
export const ADOPTED_CONTACT_CHANGED = 'adopted_contact_changed';

/** Where an adopted booking continues: the step Moneybird's state shows it has reached. */
export type AdoptedStep = 'invoice_created' | 'sent' | 'done';

export type AdoptionVerdict =
  | { kind: 'absent' }
  | {
      kind: 'adopt';
      invoice: Invoice;
      step: AdoptedStep;
      /** Set when the invoice's contact no longer matches the customer (taken on its lines). */
      contactChanged?: { contact: string; customer: string };
      /** Taken because the owner said this invoice is the order's (its contact did not match). */
      byOwner?: true;
    }
  | { kind: 'park'; reason: JournalReason };

/** Moneybird states, per kind of invoice, and the step a booking in that state has reached. */
const SALES_STEPS: Record<string, AdoptedStep> = {
  draft: 'invoice_created',
  open: 'sent',
  late: 'sent',
  reminded: 'sent',
  pending_payment: 'sent',
  paid: 'done',
};
const EXTERNAL_STEPS: Record<string, AdoptedStep> = {
  new: 'invoice_created',
  open: 'invoice_created',
  late: 'invoice_created',
  pending_payment: 'invoice_created',
  paid: 'done',
};

const STATE_NAMES: Record<string, LocalizedText> = {
  scheduled: localize(syncMessages, 'sync.invoice_state.scheduled'),
  uncollectible: localize(syncMessages, 'sync.invoice_state.uncollectible'),
};

/** What the owner is told of each way the invoice found differs from the order. */
const MISMATCH_MESSAGES = {
  contact: 'sync.booking_mismatch_contact',
  lines: 'sync.booking_mismatch_lines',
  total: 'sync.booking_mismatch_total',
} as const;

/**
 * How the owner finds an invoice in Moneybird: by its number once it has one; a draft has none, so by
 * being a draft and its amount (Moneybird's internal id means nothing on the owner's screen).
 */
function invoiceLabel(invoice: Invoice): LocalizedText {
  // An external invoice has no number of Moneybird's and is never a draft: the owner knows it by its reference.
  if (!('invoice_id' in invoice) && invoice.reference)
    return localize(syncMessages, 'sync.invoice_label_reference', { reference: invoice.reference });
  const number = 'invoice_id' in invoice ? invoice.invoice_id : null;
  if (typeof number === 'string' && number !== '')
    return localize(syncMessages, 'sync.invoice_label_numbered', { number });
  return localize(syncMessages, 'sync.invoice_label_unnumbered', {}, { total: invoiceTotal(invoice) });
}

function joinLabels(labels: readonly LocalizedText[]): LocalizedText {
  return { nl: labels.map((l) => l.nl).join('; '), en: labels.map((l) => l.en).join('; ') };
}

/** The invoice's total as the owner reads money ("€ 29,65"). */
function invoiceTotal(invoice: Invoice): LocalizedText {
  return writtenAmounts(toFixed(parseDecimal(invoice.total_price_incl_tax), 2), invoice.currency);
}

/** The two totals a mismatch names, as the owner reads money. */
function totalsWording(invoice: Invoice, plan: BookingPlan): Record<string, LocalizedText> {
  return {
    invoiceTotal: invoiceTotal(invoice),
    shopTotal: writtenAmounts(plan.expected.totalInclTax, plan.expected.currency),
  };
}

/** Whether the bookings found under the order's reference are its own, and from where it goes on. */
export function judgeBookings(
  plan: BookingPlan,
  entry: JournalEntry,
  found: readonly FoundBooking[],
  /** The invoice the owner took over for this order, if any (invoiceTakeOversSetting). */
  takenOver: string | null = null,
): AdoptionVerdict {
  const order = plan.orderNumber;
  const reference = plan.reference;
  if (found.length === 0) return { kind: 'absent' };
  if (found.length > 1) {
    return {
      kind: 'park',
      reason: {
        code: 'booking_ambiguous',
        message: localize(
          syncMessages,
          'sync.booking_ambiguous',
          { order, reference, count: found.length },
          { invoices: joinLabels(found.map((f) => invoiceLabel(f.invoice))) },
        ),
        details: { reference, invoiceIds: found.map((f) => f.invoice.id) },
      },
    };
  }
  const [booking] = found as [FoundBooking];
  const { invoice } = booking;
  const differences: Array<keyof typeof MISMATCH_MESSAGES> = [];
  const sameFigures = sameTotal(invoice, plan.expected);
  // The owner may vouch for an invoice only where the books then equal the shop's: the order's
  // currency, total and VAT per tax rate (the same check a new invoice passes before it is sent).
  const takeable = sameFigures && compareTotals(plan, invoice) === null;
  const byOwner = takeable && takenOver === invoice.id;
  const contact = byOwner ? 'ours' : judgeContact(plan, entry, booking, sameFigures);
  if (contact === 'other' || contact === 'other_lines') differences.push('contact');
  if (contact === 'other_lines') differences.push('lines');
  if (!sameFigures) differences.push('total');
  if (differences.length > 0) {
    const params = { contact: booking.contactName, customer: plan.contact.match.value };
    const totals = totalsWording(invoice, plan);
    const text = (language: 'nl' | 'en') =>
      differences
        .map((d) => localize(syncMessages, MISMATCH_MESSAGES[d], params, totals)[language])
        .join('; ');
    const key = takeable ? 'sync.booking_not_ours_takeable' : 'sync.booking_not_ours';
    return {
      kind: 'park',
      reason: {
        code: 'booking_not_ours',
        message: localize(
          syncMessages,
          key,
          { order, reference },
          { invoice: invoiceLabel(invoice), difference: { nl: text('nl'), en: text('en') } },
        ),
        details: {
          reference,
          invoiceId: invoice.id,
          /** Which kind of invoice it is, to open and show it (invoiceUnderReference). */
          invoiceStyle: 'invoice_id' in invoice ? 'sales' : 'external',
          differences,
          invoiceContactId: invoice.contact_id,
          invoiceTotal: invoice.total_price_incl_tax,
          invoiceCurrency: invoice.currency,
          expectedTotal: plan.expected.totalInclTax,
          expectedCurrency: plan.expected.currency,
          /** The owner may take it over (invoiceToTakeOver). */
          takeable,
        },
      },
    };
  }
  const step = stepIn(plan.style, invoice.state);
  if (!step) {
    const name = STATE_NAMES[invoice.state] ?? { nl: invoice.state, en: invoice.state };
    return {
      kind: 'park',
      reason: {
        code: 'booking_state',
        message: localize(
          syncMessages,
          'sync.booking_state',
          { order },
          { invoice: invoiceLabel(invoice), state: name },
        ),
        details: { reference, invoiceId: invoice.id, state: invoice.state },
      },
    };
  }
  return {
    kind: 'adopt',
    invoice,
    step,
    ...(contact === 'changed' && {
      contactChanged: { contact: booking.contactName, customer: plan.contact.match.value },
    }),
    ...(byOwner && { byOwner: true as const }),
  };
}

/**
 * The invoice the owner may take over for a parked order: one found under the order's reference with
 * the order's total and VAT per tax rate, parked only because its contact (and perhaps its lines'
 * wording) are not the order's. The owner, who can see the invoice in Moneybird, may say it is the
 * order's booking after all; an invoice with other figures is never taken over (the books would no
 * longer equal the shop's).
 */
export function invoiceToTakeOver(entry: Pick<JournalEntry, 'state' | 'reason'>): string | null {
  if (entry.state !== 'parked' || entry.reason?.code !== 'booking_not_ours') return null;
  const { takeable, invoiceId } = entry.reason.details ?? {};
  return takeable === true && typeof invoiceId === 'string' && /^\d+$/.test(invoiceId) ? invoiceId : null;
}

/**
 * The invoice in the connected administration that holds the order's reference but was not taken
 * as its booking (parked as not the order's): for the order's page to show and open it, so the owner
 * can judge it there. Null for any other order.
 */
export function invoiceUnderReference(
  entry: Pick<JournalEntry, 'state' | 'reason' | 'bookingStyle'>,
): { invoiceId: string; contactId: string | null; style: BookingPlan['style'] } | null {
  if (entry.state !== 'parked' || entry.reason?.code !== 'booking_not_ours') return null;
  const { invoiceId, invoiceContactId, invoiceStyle } = entry.reason.details ?? {};
  if (typeof invoiceId !== 'string' || !/^\d+$/.test(invoiceId)) return null;
  // Parked before the kind was kept: the kind the order is booked as, which is what was looked for.
  const style =
    invoiceStyle === 'external' || invoiceStyle === 'sales'
      ? invoiceStyle
      : entry.bookingStyle === 'external_invoice'
        ? 'external'
        : 'sales';
  return { invoiceId, contactId: typeof invoiceContactId === 'string' ? invoiceContactId : null, style };
}

/**
 * Whose the invoice's contact is: the one the journal chose for the order (when it chose one, no
 * other will do), else one the customer's key matches. When neither, the invoice's lines can still
 * show it was made from this order, its contact aside ('changed'): only under a prefix of the shop's
 * own (two installs on the shared legacy prefix may sell the same goods under the same order number)
 * and with the order's total. 'other_lines': the lines were compared, and they are not the order's.
 */
function judgeContact(
  plan: BookingPlan,
  entry: JournalEntry,
  booking: FoundBooking,
  sameFigures: boolean,
): 'ours' | 'changed' | 'other' | 'other_lines' {
  const known = entry.moneybird.contactId;
  if (known !== null) return known === booking.invoice.contact_id ? 'ours' : 'other';
  if (booking.contactKeys.includes(plan.contact.match.key)) return 'ours';
  if (!sameFigures || sharesLegacyPrefix(plan.reference)) return 'other';
  return sameLines(plan, booking) ? 'changed' : 'other_lines';
}

/** Whether every line of the invoice that carries money is the order's: VAT rate, quantity, price, description. */
function sameLines(plan: BookingPlan, booking: FoundBooking): boolean {
  if (booking.lines === null) return false;
  const planned = moneyLines(planDetails(plan));
  if (planned === null || planned.length === 0 || planned.length !== booking.lines.length) return false;
  return planned.every((line, i) => line === booking.lines![i]);
}

/** `sameLines` without the lines' tax rates: those of another administration have ids of their own. */
function sameLinesAtAnyRate(plan: BookingPlan, booking: FoundBooking): boolean {
  const withoutRate = (lines: readonly string[]) => lines.map((l) => l.slice(l.indexOf('|') + 1)).sort();
  const planned = moneyLines(planDetails(plan));
  if (booking.lines === null || planned === null || planned.length === 0) return false;
  if (planned.length !== booking.lines.length) return false;
  const theirs = withoutRate(booking.lines);
  return withoutRate(planned).every((line, i) => line === theirs[i]);
}

function planDetails(plan: BookingPlan): InvoiceDetail[] {
  return 'sales_invoice' in plan.invoice
    ? plan.invoice.sales_invoice.details_attributes
    : plan.invoice.external_sales_invoice.details_attributes;
}

export type ElsewhereVerdict =
  | { kind: 'absent' }
  | {
      kind: 'adopt';
      found: BookingElsewhere;
      /** Set when the invoice's contact no longer matches the customer (taken on its lines). */
      contactChanged?: { contact: string; customer: string };
    }
  | { kind: 'park'; reason: JournalReason };

/**
 * Whether a booking found in another administration of the owner's is this order's. One that is
 * plainly the order's has its total and currency, and the customer's contact or every line that
 * carries money (the contact's details may have changed since; the lines' tax rates are that
 * administration's own and are left out). Paid there, it is adopted; not paid, the order is parked:
 * it is neither finished from here nor made again. Found in two administrations, it is parked too.
 *
 * A booking under the order's reference that is not plainly its own parks the order, as in the
 * connected administration: it may be the order's booking, changed there. Only under the legacy
 * prefix, which other shops share, is one on another contact with other figures taken for another
 * shop's, and the order booked in the connected administration.
 */
export function judgeBookingElsewhere(
  plan: BookingPlan,
  found: readonly BookingElsewhere[],
  /** The connected administration's name, when Moneybird gave it. */
  connectedName: string | undefined,
): ElsewhereVerdict {
  const current = connectedAdministrationText(connectedName);
  const judged = found.map((f) => ({ f, differences: differencesElsewhere(plan, f) }));
  const ours = judged.filter(({ differences }) => differences.length === 0).map(({ f }) => f);
  if (ours.length > 1) {
    const places = ours.map((o) => ({
      nl: `"${o.administration.name}" (${invoiceLabel(o.booking.invoice).nl})`,
      en: `"${o.administration.name}" (${invoiceLabel(o.booking.invoice).en})`,
    }));
    return {
      kind: 'park',
      reason: {
        code: BOOKED_ELSEWHERE_AMBIGUOUS,
        message: localize(
          syncMessages,
          'sync.booking_elsewhere_ambiguous',
          { order: plan.orderNumber },
          { places: joinLabels(places), current },
        ),
        details: {
          invoices: ours.map((o) => ({
            administrationId: o.administration.id,
            invoiceId: o.booking.invoice.id,
          })),
        },
      },
    };
  }
  const [mine] = ours;
  if (mine) {
    if (stepIn(mine.style, mine.booking.invoice.state) === 'done') {
      const changed = !mine.booking.contactKeys.includes(plan.contact.match.key);
      return {
        kind: 'adopt',
        found: mine,
        ...(changed && {
          contactChanged: { contact: mine.booking.contactName, customer: plan.contact.match.value },
        }),
      };
    }
    const { invoice } = mine.booking;
    // A numbered sales invoice is not simply deleted (a gap in that administration's numbers): the
    // text says so. A draft, or an external invoice (no number of Moneybird's), may go.
    const numbered =
      'invoice_id' in invoice && typeof invoice.invoice_id === 'string' && invoice.invoice_id !== '';
    return {
      kind: 'park',
      reason: {
        code: BOOKED_ELSEWHERE_UNFINISHED,
        message: localize(
          syncMessages,
          numbered ? 'sync.booking_elsewhere_unfinished_numbered' : 'sync.booking_elsewhere_unfinished',
          { order: plan.orderNumber, administration: mine.administration.name },
          { invoice: invoiceLabel(invoice), current },
        ),
        details: {
          reference: mine.reference,
          style: mine.style,
          invoiceId: invoice.id,
          invoiceState: invoice.state,
          administrationId: mine.administration.id,
        },
      },
    };
  }
  const suspect = judged.find(
    ({ f, differences }) => !sharesLegacyPrefix(f.reference) || !differences.includes('contact'),
  );
  if (!suspect) return { kind: 'absent' };
  const { f, differences } = suspect;
  const { invoice } = f.booking;
  const params = { contact: f.booking.contactName, customer: plan.contact.match.value };
  const totals = totalsWording(invoice, plan);
  const text = (language: 'nl' | 'en') =>
    differences.map((d) => localize(syncMessages, MISMATCH_MESSAGES[d], params, totals)[language]).join('; ');
  return {
    kind: 'park',
    reason: {
      code: BOOKED_ELSEWHERE_NOT_OURS,
      message: localize(
        syncMessages,
        'sync.booking_elsewhere_not_ours',
        { order: plan.orderNumber, reference: f.reference, administration: f.administration.name },
        { invoice: invoiceLabel(invoice), difference: { nl: text('nl'), en: text('en') }, current },
      ),
      details: {
        reference: f.reference,
        style: f.style,
        invoiceId: invoice.id,
        administrationId: f.administration.id,
        differences,
      },
    },
  };
}

/**
 * What differs between the order and a booking of another administration: nothing when it is plainly
 * the order's (its total, and its contact or lines); else what the owner is told of.
 */
function differencesElsewhere(
  plan: BookingPlan,
  { booking }: BookingElsewhere,
): Array<keyof typeof MISMATCH_MESSAGES> {
  const total = sameTotal(booking.invoice, plan.expected);
  const contact = booking.contactKeys.includes(plan.contact.match.key);
  const lines = sameLinesAtAnyRate(plan, booking);
  if (total && (contact || lines)) return [];
  return [
    ...(contact ? [] : (['contact'] as const)),
    ...(lines ? [] : (['lines'] as const)),
    ...(total ? [] : (['total'] as const)),
  ];
}

/**
 * The invoice in another administration an order was parked over (unfinished there, or not plainly
 * its own), for the order's page to open it where it is; null for any other order.
 */
export function invoiceElsewhere(
  entry: Pick<JournalEntry, 'state' | 'reason'>,
): { administrationId: string; invoiceId: string; style: BookingPlan['style'] } | null {
  const code = entry.reason?.code;
  if (
    entry.state !== 'parked' ||
    (code !== BOOKED_ELSEWHERE_UNFINISHED && code !== BOOKED_ELSEWHERE_NOT_OURS)
  )
    return null;
  const { administrationId, invoiceId, style } = entry.reason?.details ?? {};
  if (typeof administrationId !== 'string' || typeof invoiceId !== 'string') return null;
  return { administrationId, invoiceId, style: style === 'external' ? 'external' : 'sales' };
}

/** The connected administration in a text: its name in quotes, else in general words. */
export function connectedAdministrationText(name: string | undefined): LocalizedText {
  return name
    ? { nl: `"${name}"`, en: `"${name}"` }
    : localize(syncMessages, 'sync.connected_administration');
}

function stepIn(style: BookingPlan['style'], state: string): AdoptedStep | undefined {
  return (style === 'sales' ? SALES_STEPS : EXTERNAL_STEPS)[state];
}

/**
 * The journal steps that take the order from where it is (pending, or contact_ok with the same
 * contact) to the step the adopted booking has reached, each with the ids Moneybird shows and the
 * administration it was found in (`administrationId`, the one connected). Stored in one transaction:
 * they all rest on the invoice as Moneybird holds it now.
 */
export function adoptionSteps(
  plan: BookingPlan,
  entry: JournalEntry,
  invoice: Invoice,
  step: AdoptedStep,
  administrationId: string | undefined,
): Array<{ to: Progress; patch?: JournalPatch }> {
  const flow: Progress[] =
    plan.style === 'sales'
      ? ['contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid', 'done']
      : ['contact_ok', 'invoice_created', 'paid', 'done'];
  const from = flow.indexOf(entry.progress);
  const until = flow.indexOf(step);
  const patches: Partial<Record<Progress, JournalPatch>> = {
    contact_ok: { contactId: invoice.contact_id, vatTreatment: plan.vatTreatment },
    // order overview (#12): an adopted sales invoice brings its number along.
    invoice_created: {
      invoiceId: invoice.id,
      administrationId,
      ...(plan.style === 'sales' && numbered(invoice)),
    },
    paid: invoice.payments?.length ? { paymentId: invoice.payments.at(-1)!.id } : undefined,
  };
  const steps = flow.slice(from + 1, until + 1).map((to) => ({ to, patch: patches[to] }));
  // The mark goes with the first step: the order was adopted, not booked by this journal.
  steps[0] = { ...steps[0]!, patch: { ...steps[0]!.patch, adoption: 'adopted' } };
  return steps;
}
