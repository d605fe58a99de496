// Orders held back for one cause belong together: the dashboard's parked orders and the dry run's
// orders that would park each show a cause once, with the orders it holds.
import type { LocalizedText } from '../../../shared/i18n/translate';

/**
 * What grouping reads of an order held back: its number, its reason (code and text), the setting that
 * fixes it.
 */
export interface HeldForCause {
  orderNumber: string;
  reasonCode: string | null;
  /** The reason as the owner reads it; absent where the caller has none to compare. */
  reason?: LocalizedText | null;
  settingsSection?: string | null;
}

/**
 * Reasons whose code and setting alone are the cause, whatever else their texts say of the order: a
 * locked period (one lock in Moneybird; each text names its own order's date, and one button books
 * them all on the first open day), a rounding difference without a rounding choice (one setting;
 * each text names its own order's difference), and a booking found elsewhere (below).
 */
const CAUSE_IS_THE_CODE: ReadonlySet<string> = new Set([
  'period_locked',
  'rounding_not_configured',
  // Booked in another administration, or under another contact: each text names its own order's
  // invoice there, and the ways out are the same for each (retry, or skip once it is settled there).
  'booked_elsewhere_unfinished',
  'booked_elsewhere_ambiguous',
  'booked_elsewhere_not_ours',
  'booking_not_ours',
]);

/** Every stand-alone mention of an order number in a text, for comparing texts about other orders. */
function mentions(orderNumber: string): RegExp {
  const escaped = orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}/-])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
}

/** A reason's text with its own order's number taken out: what it says of the cause. */
const causeText = (text: string, orderNumber: string) => text.replace(mentions(orderNumber), '\u0000');

/**
 * Orders by cause, in the order they came: the same reason code, the same setting that fixes it, and
 * the same reason text but for the order's own number, in both languages. A code's details are in its
 * text (the rate, the country, the VAT treatment, the payment method), so "no 0 % rate for France"
 * and "no 0 % rate for Belgium" are two causes: adding one rate does not book the other's orders. An
 * order whose reason has no code is its own cause. `settingOf` reads the setting where an order names
 * it otherwise.
 */
export function groupByCause<T extends HeldForCause>(
  held: readonly T[],
  settingOf: (order: T) => string | null | undefined = (order) => order.settingsSection,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const order of held) {
    const key = order.reasonCode
      ? causeKey(order, order.reasonCode, settingOf(order))
      : `#${order.orderNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), order]);
  }
  return [...groups.values()];
}

function causeKey(order: HeldForCause, code: string, setting: string | null | undefined): string {
  const base = JSON.stringify([code, setting ?? '']);
  if (CAUSE_IS_THE_CODE.has(code) || !order.reason) return base;
  const { nl, en } = order.reason;
  return JSON.stringify([
    code,
    setting ?? '',
    causeText(nl, order.orderNumber),
    causeText(en, order.orderNumber),
  ]);
}

/**
 * Whether an order's reason says what the group's example says, but for its own order number: then a
 * group's list need not say it again. ("Bestelling 3108 is van 31 oktober …" and "Bestelling 3105 is
 * van 31 oktober …" are the same; another date or rate is not.)
 */
export function sameReasonAs(
  text: string,
  orderNumber: string,
  exampleText: string,
  exampleNumber: string,
): boolean {
  return text.replace(mentions(orderNumber), exampleNumber) === exampleText;
}
