// The period filter's presets as order dates (YYYY-MM-DD, both ends included), on the shop's
// calendar, by which the orders are dated: "this month" is the month under way in Amsterdam.
import { shopCalendarDay } from '../../../shared/shop-calendar';

export type PeriodPreset = 'all' | 'thisMonth' | 'lastMonth' | 'thisYear';

const day = (year: number, month: number, date: number): string => {
  // Date.UTC rolls over (month 12 is next January, date 0 the month's last day before).
  const d = new Date(Date.UTC(year, month, date));
  return d.toISOString().slice(0, 10);
};

export function periodOf(preset: PeriodPreset, today: Date): { from: string | null; to: string | null } {
  const { year, month: monthNumber } = shopCalendarDay(today);
  // Counted from 0, as Date.UTC counts months.
  const month = monthNumber - 1;
  switch (preset) {
    case 'all':
      return { from: null, to: null };
    case 'thisMonth':
      return { from: day(year, month, 1), to: day(year, month + 1, 0) };
    case 'lastMonth':
      return { from: day(year, month - 1, 1), to: day(year, month, 0) };
    case 'thisYear':
      return { from: day(year, 0, 1), to: day(year, 11, 31) };
  }
}

const PRESETS: readonly PeriodPreset[] = ['all', 'thisMonth', 'lastMonth', 'thisYear'];

/** Which preset the dates are, or 'custom' for dates the owner picked. */
export function presetOf(from: string | null, to: string | null, today: Date): PeriodPreset | 'custom' {
  return (
    PRESETS.find((p) => {
      const period = periodOf(p, today);
      return period.from === from && period.to === to;
    }) ?? 'custom'
  );
}

/** Whether a period ends before it starts (both days yyyy-mm-dd): it holds no order. */
export function endsBeforeStart(from: string | null, to: string | null): boolean {
  return from !== null && to !== null && to < from;
}
