// A period the owner checks their books over: a calendar month, or a quarter (the Dutch VAT
// return's period), with its days and how it is named in a file.
export type PeriodKind = 'month' | 'quarter';

/** A calendar month (index 1–12) or quarter (index 1–4). */
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The months of a period: itself for a month, three for a quarter. */
export function monthsOf(period: Period): Period[] {
  if (period.kind === 'month') return [period];
  const first = (period.index - 1) * 3 + 1;
  return [0, 1, 2].map((i) => ({ kind: 'month' as const, year: period.year, index: first + i }));
}

/** The period's first day and the first day after it (dates are compared as YYYY-MM-DD text). */
export function periodRange(period: Period): { from: string; to: string } {
  const months = monthsOf(period);
  const first = months[0]!;
  const last = months.at(-1)!;
  const nextYear = last.index === 12 ? last.year + 1 : last.year;
  const nextMonth = last.index === 12 ? 1 : last.index + 1;
  return { from: `${first.year}-${pad(first.index)}-01`, to: `${nextYear}-${pad(nextMonth)}-01` };
}

/** The month before the one `today` (YYYY-MM-DD) falls in: what the owner checks by default. */
export function previousMonth(today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1
    ? { kind: 'month', year: year - 1, index: 12 }
    : { kind: 'month', year, index: month - 1 };
}

/** "2026-10" or "2026-K4": how a period is named in a file name. */
export function periodLabel(period: Period): string {
  return period.kind === 'month' ? `${period.year}-${pad(period.index)}` : `${period.year}-K${period.index}`;
}
