// The log lines that sum up a run, in the owner's words: only the counts that say something (no
// "0 waiting, 0 not to be booked"), singular where there is one.
import { type SyncMessageKey, syncMessages } from '../../../shared/i18n/messages/sync';
import { reasonLead, reasonParts } from '../../../shared/i18n/reason-parts';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import type { RunCounts } from '../store';

type Part = { key: SyncMessageKey; n: number };

function joined(parts: readonly Part[]): LocalizedText {
  const texts = parts.map(({ key, n }) => localize(syncMessages, key, { n }));
  return { nl: texts.map((t) => t.nl).join(', '), en: texts.map((t) => t.en).join(', ') };
}

const counted = (n: number, one: SyncMessageKey, other: SyncMessageKey): Part => ({
  key: n === 1 ? one : other,
  n,
});

/**
 * Why orders of a run were not booked, by the reason code of each (order-admission.ts and
 * shop-cancellations.ts give them): not paid yet, a test order, dated before the start date, called
 * off in the shop, or unreadable (its warning says which). In that order; any other is "not booked".
 */
const SKIPPED_BECAUSE: ReadonlyArray<readonly [code: string, one: SyncMessageKey, other: SyncMessageKey]> = [
  ['unpaid', 'sync.run_count.unpaid', 'sync.run_count.unpaid'],
  ['test_order', 'sync.run_count.test_order.one', 'sync.run_count.test_order.other'],
  ['before_start_date', 'sync.run_count.before_start_date', 'sync.run_count.before_start_date'],
  ['cancelled_in_shop', 'sync.run_count.cancelled_in_shop', 'sync.run_count.cancelled_in_shop'],
  ['order_unreadable', 'sync.run_count.unreadable', 'sync.run_count.unreadable'],
];

/**
 * "Synchronisatie klaar: 4 geboekt, 2 wachten op jou, 1 nog niet betaald." — or "niets nieuws om te
 * boeken". `skippedCodes`: the reason code of each order not booked, so the line says why.
 * `calledOff`: booked orders the run found called off in the shop since (shop-cancellations.ts),
 * which wait for the owner now: "1 geboekte bestelling is in je winkel geannuleerd".
 */
export function runFinishedText(
  counts: Pick<RunCounts, 'booked' | 'parked' | 'waiting' | 'skipped'>,
  skippedCodes: readonly (string | null)[] = [],
  calledOff = 0,
): LocalizedText {
  const parts: Part[] = [];
  if (counts.booked > 0) parts.push({ key: 'sync.run_count.booked', n: counts.booked });
  if (counts.parked > 0)
    parts.push(counted(counts.parked, 'sync.run_count.parked.one', 'sync.run_count.parked.other'));
  if (counts.waiting > 0)
    parts.push(counted(counts.waiting, 'sync.run_count.waiting.one', 'sync.run_count.waiting.other'));
  if (calledOff > 0)
    parts.push(counted(calledOff, 'sync.run_count.called_off.one', 'sync.run_count.called_off.other'));
  let explained = 0;
  for (const [code, one, other] of SKIPPED_BECAUSE) {
    const n = skippedCodes.filter((c) => c === code).length;
    if (n === 0) continue;
    parts.push(counted(n, one, other));
    explained += n;
  }
  const rest = counts.skipped - explained;
  if (rest > 0) parts.push({ key: 'sync.run_count.skipped', n: rest });
  if (parts.length === 0) parts.push({ key: 'sync.run_count.nothing', n: 0 });
  return wrap('sync.run_finished', joined(parts));
}

/** Looking orders up in Moneybird is worth the owner's attention only when it found something. */
export function adoptionSummaryMatters(found: { adopted: number; parked: number }): boolean {
  return found.adopted > 0 || found.parked > 0;
}

/** What looking up orders in Moneybird before booking them found: checked, taken over, parked. */
export function adoptionSummaryText(found: {
  looked: number;
  adopted: number;
  parked: number;
}): LocalizedText {
  const parts: Part[] = [{ key: 'sync.adoption_count.looked', n: found.looked }];
  if (found.adopted > 0)
    parts.push(
      counted(found.adopted, 'sync.adoption_count.adopted.one', 'sync.adoption_count.adopted.other'),
    );
  if (found.parked > 0)
    parts.push(counted(found.parked, 'sync.adoption_count.parked.one', 'sync.adoption_count.parked.other'));
  if (found.adopted === 0 && found.parked === 0) parts.push({ key: 'sync.adoption_count.none', n: 0 });
  return wrap('sync.adoption_summary', joined(parts));
}

function wrap(key: SyncMessageKey, counts: LocalizedText): LocalizedText {
  return localize(syncMessages, key, {}, { counts });
}

/**
 * A parked order's reason as the log says it: what happened only, and where the ways out are. The
 * log lists every order of a run one under another; each way out, with its button, is on the order's
 * page and the dashboard, which list them. A reason without ways out (one line, or an outside text
 * with line breaks) is said whole.
 */
export function parkedReasonForLog(message: LocalizedText): LocalizedText {
  if (reasonParts(message.nl).todo === null && reasonParts(message.en).todo === null) return message;
  const more = localize(syncMessages, 'sync.ways_out_on_page');
  return { nl: `${reasonLead(message.nl)} ${more.nl}`, en: `${reasonLead(message.en)} ${more.en}` };
}
