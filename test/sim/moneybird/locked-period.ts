// The administration's locked period (`period_locked_until`, a date or null): once the owner (or the
// accountant) has locked the books up to a date, Moneybird refuses every write that would change
// them on or before it.
//
// The spec documents the field and, for sales invoices, that a delete "requires that the sales
// invoice ... is not in a locked bookkeeping period"; its one example of the refusal (deleting an
// asset) is a 422 with a plain sentence: {"error":"Asset cannot be deleted because there are journal
// entries in the locked period of the administration."}. What it leaves open, chosen here:
// - which writes are refused: creating a sales invoice with an invoice date, sending a draft whose
//   invoice date (given, kept or today) is in it, creating an external invoice with a date in it,
//   registering a payment dated in it, and deleting an invoice dated in it (a draft has no date yet
//   unless one was given, and so can always be deleted);
// - the answer: 422 in the example's shape, a sentence naming what was refused and the date, with
//   `symbolic` naming the field (`{"invoice_date":"locked_period"}`), which `symbolic_error` allows,
//   so a client can tell it from other 422s without reading the sentence.
import type { AdministrationBooks } from './books';
import { ApiError } from './errors';

export function lockedUntil(books: AdministrationBooks): string | null {
  const value = books.administration.period_locked_until;
  return typeof value === 'string' && value !== '' ? value : null;
}

export function lockPeriod(books: AdministrationBooks, until: string | null): void {
  if (until !== null && !/^\d{4}-\d{2}-\d{2}$/.test(until))
    throw new Error(`period_locked_until must be YYYY-MM-DD or null, not ${until}`);
  books.administration.period_locked_until = until;
}

/**
 * Refuses a write dated on or before the locked date. `what` starts the sentence ("Sales invoice
 * cannot be created"), `field` is the date field that lies in the locked period.
 */
export function refuseIfLocked(
  books: AdministrationBooks,
  date: string | null | undefined,
  what: string,
  field: string,
): void {
  const until = lockedUntil(books);
  if (until === null || !date || date.slice(0, 10) > until) return;
  throw new ApiError(422, {
    error: `${what} because its ${field.replace(/_/g, ' ')} ${date.slice(0, 10)} is in the locked period of the administration (locked until ${until}).`,
    symbolic: { [field]: 'locked_period' },
  });
}
