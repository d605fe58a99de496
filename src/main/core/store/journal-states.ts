// The order journal's state machine, as pure data and functions. An order's `state` is where it is
// now; its `progress` is the last booking step Moneybird confirmed. While an order is parked or
// waiting after a transient failure, progress keeps that step, so the booking resumes from there and
// never repeats a confirmed Moneybird write.

export const BOOKING_STYLES = ['sales_invoice', 'external_invoice'] as const;
export type BookingStyle = (typeof BOOKING_STYLES)[number];

/** The journal's booking style for the settings' (and adoption's) 'sales' or 'external', and back. */
export const bookingStyleOf = (kind: 'sales' | 'external'): BookingStyle =>
  kind === 'external' ? 'external_invoice' : 'sales_invoice';
export const bookingKindOf = (style: BookingStyle): 'sales' | 'external' =>
  style === 'external_invoice' ? 'external' : 'sales';

/** Confirmed steps, in the order they happen (not every style uses every step). */
export const PROGRESS_STEPS = [
  'discovered',
  'pending',
  'contact_ok',
  'invoice_created',
  'totals_ok',
  'sent',
  'paid',
  'done',
] as const;
export type Progress = (typeof PROGRESS_STEPS)[number];

export const HOLD_STATES = ['parked', 'skipped', 'waiting_transient'] as const;
export type HoldState = (typeof HOLD_STATES)[number];

export const JOURNAL_STATES = [...PROGRESS_STEPS, ...HOLD_STATES] as const;
export type JournalState = (typeof JOURNAL_STATES)[number];

/**
 * The booking steps per style. A sales invoice is created as a draft, checked against the shop's
 * totals, then sent with delivery method Manual (which numbers it) before the payment. An external
 * invoice carries its own number, so it has no send step; its totals are checked on the create reply.
 */
export const BOOKING_FLOWS: Record<BookingStyle, readonly Progress[]> = {
  sales_invoice: ['pending', 'contact_ok', 'invoice_created', 'totals_ok', 'sent', 'paid', 'done'],
  external_invoice: ['pending', 'contact_ok', 'invoice_created', 'paid', 'done'],
};

/**
 * Steps a style may pass over. An external invoice may go straight from pending to invoice_created
 * when the engine books it without a contact step of its own.
 */
const OPTIONAL_STEPS: Record<BookingStyle, ReadonlySet<Progress>> = {
  sales_invoice: new Set(),
  external_invoice: new Set(['contact_ok']),
};

/**
 * Which Moneybird id must be known once an order has reached a step. Paid needs none: a zero-total
 * order is paid by being sent, without a payment of its own.
 */
export const REQUIRED_IDS: Partial<Record<Progress, 'contactId' | 'invoiceId' | 'paymentId'>> = {
  contact_ok: 'contactId',
  invoice_created: 'invoiceId',
};

/** The Moneybird write an order is about to make (recorded before it, cleared once confirmed). */
export const WRITE_INTENTS = ['contact', 'invoice', 'send', 'payment'] as const;
export type WriteIntent = (typeof WRITE_INTENTS)[number];

/**
 * How the journal came to know a booking it did not make itself. `look_up`: before the order's first
 * write, look for a booking of it in Moneybird (the journal cannot vouch that none exists: it is new,
 * restored, or importing history). `adopted`: the booking was found there and taken over.
 */
export const ADOPTION_MARKS = ['look_up', 'adopted'] as const;
export type AdoptionMark = (typeof ADOPTION_MARKS)[number];

export const isProgress = (state: string): state is Progress =>
  (PROGRESS_STEPS as readonly string[]).includes(state);
export const isHold = (state: string): state is HoldState =>
  (HOLD_STATES as readonly string[]).includes(state);

/** Whether Moneybird may hold something of this order: past pending, a write may have happened. */
export const hasMoneybirdWrites = (progress: Progress): boolean =>
  PROGRESS_STEPS.indexOf(progress) > PROGRESS_STEPS.indexOf('pending');

export interface TransitionSubject {
  state: JournalState;
  progress: Progress;
  bookingStyle: BookingStyle | null;
}

/**
 * Why `to` is not allowed from the subject's state, or null when it is. Illegal moves are refused
 * rather than corrected: a wrong move in the engine must surface, not book twice.
 */
export function transitionProblem(subject: TransitionSubject, to: JournalState): string | null {
  const { state, progress, bookingStyle } = subject;
  if (state === 'done') return 'the order is booked; a booked order does not change';
  if (to === state) return 'the order is already in that state';

  if (to === 'parked') return state === 'skipped' ? 'a skipped order is resumed first, then parked' : null;
  if (to === 'skipped') return null;
  if (to === 'waiting_transient') {
    return isProgress(state) ? null : 'only an order being booked can wait for a retry';
  }

  // From a hold, the only way on is back to the step it held.
  if (isHold(state)) {
    return to === progress ? null : `a ${state} order resumes at its last confirmed step "${progress}"`;
  }

  if (state === 'discovered') {
    if (to !== 'pending') return 'a discovered order becomes pending (eligible) first';
    return bookingStyle ? null : 'the booking style must be chosen when an order becomes pending';
  }
  if (to === 'discovered') {
    return state === 'pending' ? null : 'Moneybird may already hold part of this booking';
  }
  if (!bookingStyle) return 'the order has no booking style';

  const flow = BOOKING_FLOWS[bookingStyle];
  const from = flow.indexOf(state);
  const target = flow.indexOf(to);
  if (from < 0 || target < 0) return `"${to}" is not a step of a ${bookingStyle} booking`;
  if (target <= from) return 'a confirmed step is never undone';
  for (let i = from + 1; i < target; i++) {
    const between = flow[i]!;
    if (!OPTIONAL_STEPS[bookingStyle].has(between)) return `step "${between}" comes first`;
  }
  return null;
}

/** The state an order in a hold goes back to when it is resumed. */
export function resumeTarget(subject: TransitionSubject): Progress | null {
  return isHold(subject.state) ? subject.progress : null;
}

/** States the engine acts on in a run (waiting_transient only once its retry time has come). */
export const ACTIONABLE_STATES: readonly Progress[] = [
  'pending',
  'contact_ok',
  'invoice_created',
  'totals_ok',
  'sent',
  'paid',
];
