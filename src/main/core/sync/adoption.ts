// Adoption: a booking Moneybird already holds for an order the journal did not know is taken over
// instead of made again, from the step Moneybird's state shows it is at. Only a booking that is
// plainly this order's is taken: the same reference, the customer's contact, the same total and
// currency. Anything else with the order's reference is not adopted and not booked beside: the order
// is parked with what differs, for the owner to decide.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { BookingPlan } from '../bookkeeping';
import { parseDecimal, toFixed } from '../money/decimal';
import type { JournalEntry, JournalPatch, JournalReason, Progress } from '../store';
import { type FoundBooking, type Invoice, sameTotal } from './existing-bookings';
import { numbered } from './order-overview-facts';

/** Where an adopted booking continues: the step Moneybird's state shows it has reached. */
export type AdoptedStep = 'invoice_created' | 'sent' | 'done';

export type AdoptionVerdict =
  | { kind: 'absent' }
  | { kind: 'adopt'; invoice: Invoice; step: AdoptedStep }
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
  scheduled: { nl: 'ingepland om te versturen', en: 'scheduled to be sent' },
  uncollectible: { nl: 'als oninbaar gemarkeerd', en: 'marked uncollectible' },
};

/** How the owner knows an invoice: its number once it has one, else Moneybird's id. */
function invoiceLabel(invoice: Invoice): string {
  const number = 'invoice_id' in invoice ? invoice.invoice_id : null;
  return number ? `${number}, id ${invoice.id}` : `id ${invoice.id}`;
}

/** Whether the bookings found under the order's reference are its own, and from where it goes on. */
export function judgeBookings(
  plan: BookingPlan,
  entry: JournalEntry,
  found: readonly FoundBooking[],
): AdoptionVerdict {
  const order = plan.orderNumber;
  const reference = plan.reference;
  if (found.length === 0) return { kind: 'absent' };
  if (found.length > 1) {
    return {
      kind: 'park',
      reason: {
        code: 'booking_ambiguous',
        message: localize(syncMessages, 'sync.booking_ambiguous', {
          order,
          reference,
          count: found.length,
          invoices: found.map((f) => invoiceLabel(f.invoice)).join('; '),
        }),
        details: { reference, invoiceIds: found.map((f) => f.invoice.id) },
      },
    };
  }
  const [booking] = found as [FoundBooking];
  const { invoice } = booking;
  const differences: Array<'contact' | 'total'> = [];
  const knownContact = entry.moneybird.contactId;
  if (
    !booking.contactKeys.includes(plan.contact.match.key) ||
    (knownContact !== null && knownContact !== invoice.contact_id)
  )
    differences.push('contact');
  if (!sameTotal(invoice, plan.expected)) differences.push('total');
  if (differences.length > 0) {
    const params = {
      contact: booking.contactName,
      customer: plan.contact.match.value,
      invoiceTotal: `${invoice.currency} ${toFixed(parseDecimal(invoice.total_price_incl_tax), 2)}`,
      shopTotal: `${plan.expected.currency} ${plan.expected.totalInclTax}`,
    };
    const text = (language: 'nl' | 'en') =>
      differences
        .map(
          (d) =>
            localize(
              syncMessages,
              d === 'contact' ? 'sync.booking_mismatch_contact' : 'sync.booking_mismatch_total',
              params,
            )[language],
        )
        .join('; ');
    const base = { order, reference, invoice: invoiceLabel(invoice) };
    return {
      kind: 'park',
      reason: {
        code: 'booking_not_ours',
        message: {
          nl: localize(syncMessages, 'sync.booking_not_ours', { ...base, difference: text('nl') }).nl,
          en: localize(syncMessages, 'sync.booking_not_ours', { ...base, difference: text('en') }).en,
        },
        details: {
          reference,
          invoiceId: invoice.id,
          differences,
          invoiceContactId: invoice.contact_id,
          invoiceTotal: invoice.total_price_incl_tax,
          invoiceCurrency: invoice.currency,
          expectedTotal: plan.expected.totalInclTax,
          expectedCurrency: plan.expected.currency,
        },
      },
    };
  }
  const step = (plan.style === 'sales' ? SALES_STEPS : EXTERNAL_STEPS)[invoice.state];
  if (!step) {
    const name = STATE_NAMES[invoice.state] ?? { nl: invoice.state, en: invoice.state };
    const base = { order, invoice: invoiceLabel(invoice) };
    return {
      kind: 'park',
      reason: {
        code: 'booking_state',
        message: {
          nl: localize(syncMessages, 'sync.booking_state', { ...base, state: name.nl }).nl,
          en: localize(syncMessages, 'sync.booking_state', { ...base, state: name.en }).en,
        },
        details: { reference, invoiceId: invoice.id, state: invoice.state },
      },
    };
  }
  return { kind: 'adopt', invoice, step };
}

/**
 * The journal steps that take the order from where it is (pending, or contact_ok with the same
 * contact) to the step the adopted booking has reached, each with the ids Moneybird shows. Stored in
 * one transaction: they all rest on the invoice as Moneybird holds it now.
 */
export function adoptionSteps(
  plan: BookingPlan,
  entry: JournalEntry,
  invoice: Invoice,
  step: AdoptedStep,
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
    invoice_created: { invoiceId: invoice.id, ...(plan.style === 'sales' && numbered(invoice)) },
    paid: invoice.payments?.length ? { paymentId: invoice.payments.at(-1)!.id } : undefined,
  };
  const steps = flow.slice(from + 1, until + 1).map((to) => ({ to, patch: patches[to] }));
  // The mark goes with the first step: the order was adopted, not booked by this journal.
  steps[0] = { ...steps[0]!, patch: { ...steps[0]!.patch, adoption: 'adopted' } };
  return steps;
}
