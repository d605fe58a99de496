// Log lines are written with the invoice's number now; lines written before this version (and a
// booking whose number was not known yet) name Moneybird's internal id ("factuur 480168124895530982").
// The activity list shows the number in its place once the journal knows it. Only that exact id is replaced, so nothing else in the text moves.
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { interpolate, type Locale } from '../../../shared/i18n/translate';

export function withInvoiceNumber(
  text: string,
  invoice: { invoiceId: string | null; invoiceNumber: string | null } | undefined,
): string {
  if (!invoice?.invoiceId || !invoice.invoiceNumber) return text;
  return text.split(invoice.invoiceId).join(invoice.invoiceNumber);
}

/**
 * A booked line written while the data folder held bookings in one administration ("Bestelling 971001
 * geboekt als factuur 2026-0001."), read once it holds them in more: each administration numbers its
 * invoices from 2026-0001, so the line names the administration the booking is in, as the lines
 * written since do. Only a line that is exactly the booked line of its order is rewritten; any other
 * is left as it is.
 */
export function withAdministration(
  text: string,
  orderNumber: string,
  invoice:
    | { invoiceNumber: string | null; creditedOrderNumber?: string | null; administration?: string | null }
    | undefined,
  locale: Locale,
): string {
  if (!invoice?.administration || !invoice.invoiceNumber) return text;
  const params = {
    order: orderNumber,
    invoice: invoice.invoiceNumber,
    original: invoice.creditedOrderNumber ?? '',
  };
  const key = invoice.creditedOrderNumber ? 'sync.credit_booked' : 'sync.order_booked';
  if (text !== interpolate(syncMessages[locale][key], params)) return text;
  return interpolate(syncMessages[locale][`${key}_in`], {
    ...params,
    administration: invoice.administration,
  });
}
