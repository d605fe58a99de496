// The period "Eerdere bestellingen boeken" books: from the day the owner picks up to the day before
// the sync's start date (from the start date on the sync books by itself). Days are "YYYY-MM-DD".

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of a moment on this computer's calendar (not UTC's: there, just after midnight is yesterday). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The first day of the quarter a day falls in: 2026-11-28 → 2026-10-01. */
export function quarterStart(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return `${year}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`;
}

/** The quarter a day falls in, as the hint names it ("3e kwartaal 2026"): 2026-07-01 → 3, 2026. */
export function quarterOf(day: string): { quarter: number; year: number } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}

/**
 * The date offered at first: the start of the quarter before the sync's start date, so that quarter's
 * VAT return adds up (a start date on the 1st of a quarter offers the whole quarter before it).
 * Without a start date yet, the first run takes today as its start.
 */
export function defaultImportSince(startDate: string | null, today: string): string {
  const start = startDate !== null && startDate <= today ? startDate : today;
  return quarterStart(dayBefore(start));
}

/** The last day the import adds to the books; null when no start date bounds it. */
export function importUntil(startDate: string | null): string | null {
  return startDate === null ? null : dayBefore(startDate);
}

export type SinceProblem = 'invalid' | 'future' | 'notBefore';

/** Why this date cannot be booked from, or null when it can. */
export function sinceProblem(since: string, startDate: string | null, today: string): SinceProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(`${since}T00:00:00Z`))) return 'invalid';
  if (since > today) return 'future';
  if (startDate !== null && since >= startDate) return 'notBefore';
  return null;
}
