// An invoice Moneybird made, checked against the order's plan (its totals, then the VAT-return box
// of its lines), and why a problem stops the booking, in the owner's words: a draft the owner can
// delete, a numbered invoice to correct in Moneybird, a line in a box the order's VAT treatment does
// not allow, or a booking in another administration than the one connected.

import { syncMessages } from '../../../shared/i18n/messages/sync';
import { interpolate, localize } from '../../../shared/i18n/translate';
import { writtenAmounts } from '../../../shared/i18n/written-money';
import {
  type BookingPlan,
  checkVatBoxes,
  type MoneybirdTaxRate,
  requiredBoxWording,
  treatmentWording,
  type VatBoxProblem,
  vatBoxesWording,
} from '../bookkeeping';
import type { JournalEntry, JournalReason } from '../store';
import type { Invoice } from './existing-bookings';
import { compareTotals, type TotalsProblem } from './totals-check';

/** Why the invoice Moneybird made cannot go on: its totals, or the VAT-return box of its lines. */
export type InvoiceProblem =
  | { kind: 'totals'; totals: TotalsProblem }
  | { kind: 'boxes'; boxes: VatBoxProblem[] };

/** The invoice's totals against the shop's, then its lines' boxes against the order's treatment. */
export function checkInvoice(plan: BookingPlan, invoice: Invoice): InvoiceProblem | null {
  const totals = compareTotals(plan, invoice);
  if (totals) return { kind: 'totals', totals };
  const boxes = checkVatBoxes(plan.vatTreatment, Object.values(plan.taxRateIds), invoice.details ?? []);
  return boxes.length > 0 ? { kind: 'boxes', boxes } : null;
}

/** Why the invoice's problem stops the booking; `taxRates` name the rates of lines in a wrong box. */
export function invoiceProblemReason(
  plan: BookingPlan,
  problem: InvoiceProblem,
  taxRates: readonly MoneybirdTaxRate[],
): JournalReason {
  return problem.kind === 'totals'
    ? totalsReason(plan, problem.totals)
    : vatBoxReason(plan, problem.boxes, taxRates);
}

/** The lines at a rate that landed in a VAT-return box the order's treatment does not allow. */
function vatBoxReason(
  plan: BookingPlan,
  boxes: VatBoxProblem[],
  taxRates: readonly MoneybirdTaxRate[],
): JournalReason {
  const derived = { treatment: plan.vatTreatment, country: plan.vatCountry };
  const treatment = treatmentWording(derived);
  const required = requiredBoxWording(plan.vatTreatment);
  const text = (lang: 'nl' | 'en') => {
    const lines = boxes
      .map((b) => {
        const name = taxRates.find((r) => r.id === b.taxRateId)?.name ?? b.taxRateId;
        // In the owner's words ("rubriek 1e"); `details.boxes` keeps Moneybird's ("NL/1e"), for support.
        return interpolate(syncMessages[lang]['sync.vat_box_line'], {
          name,
          boxes: vatBoxesWording(b.invoiceBoxes)[lang],
        });
      })
      .join('; ');
    return interpolate(syncMessages[lang]['sync.vat_box_wrong'], {
      order: plan.orderNumber,
      lines,
      treatment: treatment[lang],
      required: required[lang],
      reference: plan.reference,
    });
  };
  return {
    code: 'vat_box_wrong',
    message: { nl: text('nl'), en: text('en') },
    details: { treatment: plan.vatTreatment, country: plan.vatCountry, boxes },
  };
}

/**
 * Why the invoice's totals stop the booking. A sales invoice that differs before the send is a
 * draft the owner can delete; once sent (`sent` given) it is numbered and in the books, as an
 * external invoice is from the start: the owner corrects it in Moneybird (or credits it).
 */
export function totalsReason(plan: BookingPlan, problem: TotalsProblem, sent?: Invoice): JournalReason {
  const currency = plan.expected.currency;
  const vatDetail = problem.vat
    .map((v) =>
      localize(
        syncMessages,
        'sync.vat_detail',
        {},
        { invoiceVat: writtenAmounts(v.invoice, currency), shopVat: writtenAmounts(v.expected, currency) },
      ),
    )
    .reduce((a, b) => ({ nl: a.nl + b.nl, en: a.en + b.en }), { nl: '', en: '' });
  const params = {
    order: plan.orderNumber,
    reference: plan.reference,
    invoiceNumber: sent && 'invoice_id' in sent && sent.invoice_id ? String(sent.invoice_id) : '-',
  };
  const key = sent
    ? 'sync.totals_differ_sent'
    : plan.style === 'sales'
      ? 'sync.totals_differ'
      : 'sync.totals_differ_external';
  const message = localize(syncMessages, key, params, {
    invoiceTotal: writtenAmounts(problem.total.invoice, currency),
    shopTotal: writtenAmounts(problem.total.expected, currency),
    vatDetail,
  });
  return { code: 'totals_differ', message, details: { ...problem } };
}

/** The order's invoice is in another administration than the one connected now. */
export function otherAdministrationReason(entry: JournalEntry): JournalReason {
  const invoiceId = entry.moneybird.invoiceId!;
  return {
    code: 'booking_other_administration',
    message: localize(syncMessages, 'sync.booking_other_administration', {
      order: entry.orderNumber,
      invoice: entry.invoiceNumber ?? entry.reference ?? invoiceId,
    }),
    details: { invoiceId, administrationId: entry.administrationId },
  };
}
