// The log lines that sum up a run, in the owner's words: only the counts that say something (no
// "0 waiting, 0 not to be booked"), singular where there is one.
import { type SyncMessageKey, syncMessages } from '../../../shared/i18n/messages/sync';
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

/** "Synchronisatie klaar: 4 geboekt, 2 geparkeerd." — or "niets nieuws om te boeken". */
export function runFinishedText(
  counts: Pick<RunCounts, 'booked' | 'parked' | 'waiting' | 'skipped'>,
): LocalizedText {
  const parts: Part[] = [];
  if (counts.booked > 0) parts.push({ key: 'sync.run_count.booked', n: counts.booked });
  if (counts.parked > 0) parts.push({ key: 'sync.run_count.parked', n: counts.parked });
  if (counts.waiting > 0)
    parts.push(counted(counts.waiting, 'sync.run_count.waiting.one', 'sync.run_count.waiting.other'));
  if (counts.skipped > 0) parts.push({ key: 'sync.run_count.skipped', n: counts.skipped });
  if (parts.length === 0) parts.push({ key: 'sync.run_count.nothing', n: 0 });
  return wrap('sync.run_finished', joined(parts));
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
  if (found.parked > 0) parts.push({ key: 'sync.adoption_count.parked', n: found.parked });
  if (found.adopted === 0 && found.parked === 0) parts.push({ key: 'sync.adoption_count.none', n: 0 });
  return wrap('sync.adoption_summary', joined(parts));
}

function wrap(key: SyncMessageKey, counts: LocalizedText): LocalizedText {
  return localize(syncMessages, key, {}, { counts });
}
