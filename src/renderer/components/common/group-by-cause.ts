// Orders held back for one cause belong together: the dashboard's parked orders and the dry run's
// orders that would park each show a cause once, with the orders it holds.

/** What grouping reads of an order held back: its number, its reason's code, the setting that fixes it. */
export interface HeldForCause {
  orderNumber: string;
  reasonCode: string | null;
  settingsSection?: string | null;
}

/**
 * Orders by cause (reason code and the setting that fixes it), in the order they came. An order whose
 * reason has no code is its own cause. `settingOf` reads the setting where an order names it otherwise.
 */
export function groupByCause<T extends HeldForCause>(
  held: readonly T[],
  settingOf: (order: T) => string | null | undefined = (order) => order.settingsSection,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const order of held) {
    const key = order.reasonCode ? `${order.reasonCode}|${settingOf(order) ?? ''}` : `#${order.orderNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), order]);
  }
  return [...groups.values()];
}

/** Every stand-alone mention of an order number in a text, for comparing texts about other orders. */
function mentions(orderNumber: string): RegExp {
  const escaped = orderNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}/-])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
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
