// The display facts the journal keeps for the orders screen (issue #12): who ordered, and the number
// Moneybird gave the invoice. They are never used to decide a booking.
import type { Order } from '../mijnwebwinkel/order-schema';
import type { JournalPatch } from '../store';

/** The customer as the shop names them: the invoice address's name, else its company, else the debtor's. */
export function customerOf(order: Order): Pick<JournalPatch, 'customerName' | 'customerEmail'> {
  const { debtor } = order;
  const address = debtor.invoiceAddress;
  const pick = (...names: Array<string | undefined>) => names.map((n) => n?.trim()).find(Boolean) ?? null;
  const person = pick(address?.name, debtor.name);
  const company = pick(address?.company, debtor.company);
  const name = person && company && person !== company ? `${person} (${company})` : (person ?? company);
  return { customerName: name, customerEmail: pick(debtor.email) };
}

/** The invoice's number, for a patch, once Moneybird numbered it (a sent sales invoice). */
export function numbered(invoice: object): Pick<JournalPatch, 'invoiceNumber'> {
  const number = 'invoice_id' in invoice ? invoice.invoice_id : null;
  return typeof number === 'string' && number !== '' ? { invoiceNumber: number } : {};
}
