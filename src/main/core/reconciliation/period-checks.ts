// When each period was last compared with Moneybird, kept in the data folder so the month per VAT
// rate can still say after a restart that its booked side is what Moneybird held at that moment. A
// comparison covers the periods inside it (a quarter its months), and only in the administration it
// read: after a switch, the other administration's comparisons say nothing about this one.
import { z } from 'zod';
import { defineSetting, type SettingsRepository } from '../store/settings';

const check = z.object({
  from: z.string(),
  to: z.string(),
  /** ISO moment of the comparison. */
  at: z.string(),
  administrationId: z.string().nullable(),
});
type PeriodCheck = z.infer<typeof check>;

/** The latest comparisons, one per period and administration, newest last. */
const periodChecksSetting = defineSetting('reconciliation.checks', z.array(check), [] as PeriodCheck[]);

/** As many as a busy owner compares in a few years' months and quarters; older ones fall off. */
const KEPT = 120;

export interface PeriodChecks {
  /** When the period was last compared in that administration (by itself or within a larger one). */
  checkedAt(range: { from: string; to: string }, administrationId: string | null): string | null;
  record(range: { from: string; to: string }, administrationId: string | null, at: string): void;
}

export function periodChecks(settings: SettingsRepository): PeriodChecks {
  const read = (): PeriodCheck[] => settings.get(periodChecksSetting);
  return {
    checkedAt({ from, to }, administrationId) {
      let latest: string | null = null;
      for (const c of read())
        if (c.administrationId === administrationId && c.from <= from && to <= c.to)
          if (latest === null || c.at > latest) latest = c.at;
      return latest;
    },
    record({ from, to }, administrationId, at) {
      const others = read().filter(
        (c) => !(c.from === from && c.to === to && c.administrationId === administrationId),
      );
      settings.set(periodChecksSetting, [...others, { from, to, at, administrationId }].slice(-KEPT));
    },
  };
}
