// What a period of the month per VAT rate means for the owner, beyond its figures. Each kind of
// explanation is in one of three groups: settled by how bookkeeping works or by the owner's own
// choice (rounding per line, a booking counted in the period of its invoice, an order the owner
// skipped, a cancellation the owner settled in Moneybird by hand: nothing to do), underway (Winkelbrug books it by itself: nothing to do but wait), or the
// owner's (parked, deleted in Moneybird, another difference, amounts not recorded, cancelled in the
// shop while Moneybird still counts it as revenue). The screen's verdict, its badges and the core's
// view share this.
import type { ExplanationKind, Standing } from '../contract/reconciliation';

export type KindGroup = 'settled' | 'underway' | 'owner';

const GROUPS: Record<ExplanationKind, KindGroup> = {
  rounding: 'settled',
  zero_rate: 'settled',
  booked_in_other_period: 'settled',
  booked_from_other_period: 'settled',
  skipped: 'settled',
  cancelled_settled: 'settled',
  waiting: 'underway',
  not_yet_booked: 'underway',
  parked: 'owner',
  not_recorded: 'owner',
  deleted_in_moneybird: 'owner',
  cancelled_in_shop: 'owner',
  other: 'owner',
};

export function kindGroup(kind: ExplanationKind): KindGroup {
  return GROUPS[kind];
}

/**
 * The kinds in the order the owner reads them, in the verdict, the kinds' summary and the list of
 * orders alike: what needs the owner first (parked, an invoice deleted in Moneybird, cancelled in
 * the shop, any other difference, amounts not recorded), then what Winkelbrug still books, then
 * what is settled (skipped on purpose, VAT on 0 %, rounding, booked in another period).
 */
export const KIND_ORDER: readonly ExplanationKind[] = [
  'parked',
  'deleted_in_moneybird',
  'cancelled_in_shop',
  'other',
  'not_recorded',
  'waiting',
  'not_yet_booked',
  'skipped',
  'cancelled_settled',
  'zero_rate',
  'rounding',
  'booked_in_other_period',
  'booked_from_other_period',
];

/** Where a kind stands in `KIND_ORDER`: lower comes first. */
export function kindRank(kind: ExplanationKind): number {
  return KIND_ORDER.indexOf(kind);
}

/**
 * The period's standing from the kinds of its explanations: the owner's part first, then what
 * Winkelbrug still books, then what is settled; equal when nothing is explained at all. `empty`
 * when the period holds no order and no figure.
 */
export function standingOf(view: {
  counts: { orders: number };
  rates: readonly unknown[];
  kinds: ReadonlyArray<{ kind: ExplanationKind }>;
}): Standing {
  if (view.counts.orders === 0 && view.rates.length === 0 && view.kinds.length === 0) return 'empty';
  const groups = new Set(view.kinds.map((k) => kindGroup(k.kind)));
  if (groups.has('owner')) return 'attention';
  if (groups.has('underway')) return 'underway';
  if (groups.has('settled')) return 'explained';
  return 'equal';
}
