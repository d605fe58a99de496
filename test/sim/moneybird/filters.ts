// Moneybird's list filters: `key:value` terms separated by commas (`state:draft|open,period:this_year`),
// periods as presets or YYYYMM..YYYYMM / YYYYMMDD..YYYYMMDD ranges.
import { symbolic } from './errors';

export function parseFilter(text: string | null): Map<string, string> {
  const terms = new Map<string, string>();
  if (!text) return terms;
  for (const term of text.split(',')) {
    const colon = term.indexOf(':');
    if (colon <= 0) continue; // Moneybird ignores what it cannot read as a term
    terms.set(term.slice(0, colon).trim(), term.slice(colon + 1).trim());
  }
  return terms;
}

export interface DateRange {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Resolves a period against `today` (YYYY-MM-DD); throws Moneybird's 400 for open-ended ranges. */
export function resolvePeriod(value: string, today: string): DateRange {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const month = (yy: number, mm: number): DateRange => {
    const date = new Date(Date.UTC(yy, mm - 1, 1));
    const ry = date.getUTCFullYear();
    const rm = date.getUTCMonth() + 1;
    return { from: ymd(ry, rm, 1), to: ymd(ry, rm, lastDay(ry, rm)) };
  };
  const quarter = (offset: number): DateRange => {
    const q = Math.floor((m - 1) / 3) + offset;
    const start = month(y, q * 3 + 1);
    const end = month(y, q * 3 + 3);
    return { from: start.from, to: end.to };
  };
  const week = (offset: number): DateRange => {
    const date = new Date(Date.UTC(y, m - 1, d));
    const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
    const monday = new Date(Date.UTC(y, m - 1, d - weekday + offset * 7));
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
  };
  switch (value) {
    case 'this_week':
      return week(0);
    case 'prev_week':
      return week(-1);
    case 'next_week':
      return week(1);
    case 'this_month':
      return month(y, m);
    case 'prev_month':
      return month(y, m - 1);
    case 'next_month':
      return month(y, m + 1);
    case 'this_quarter':
      return quarter(0);
    case 'prev_quarter':
      return quarter(-1);
    case 'next_quarter':
      return quarter(1);
    case 'this_year':
      return { from: ymd(y, 1, 1), to: ymd(y, 12, 31) };
    case 'prev_year':
      return { from: ymd(y - 1, 1, 1), to: ymd(y - 1, 12, 31) };
    case 'next_year':
      return { from: ymd(y + 1, 1, 1), to: ymd(y + 1, 12, 31) };
  }
  const range = /^(\d*)\.\.(\d*)$/.exec(value);
  if (!range) throw symbolic(400, 'Period is invalid', { period: 'invalid' });
  const [, start = '', end = ''] = range;
  if (!start || !end) throw symbolic(400, 'Period must have both a start and end date');
  const bound = (text: string, isEnd: boolean): string => {
    if (/^\d{6}$/.test(text)) {
      const yy = Number(text.slice(0, 4));
      const mm = Number(text.slice(4));
      if (mm < 1 || mm > 12) throw symbolic(400, 'Period is invalid', { period: 'invalid' });
      return isEnd ? ymd(yy, mm, lastDay(yy, mm)) : ymd(yy, mm, 1);
    }
    if (/^\d{8}$/.test(text)) {
      const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`;
      if (ymd(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6))) !== iso)
        throw symbolic(400, 'Period is invalid', { period: 'invalid' });
      return iso;
    }
    throw symbolic(400, 'Period is invalid', { period: 'invalid' });
  };
  return { from: bound(start, false), to: bound(end, true) };
}

export const inRange = (date: string, range: DateRange): boolean => date >= range.from && date <= range.to;

/** `created_after`/`updated_after` values: ISO 8601 or "2026-08-21 13:50:12 UTC". */
export function parseFilterTime(value: string): number {
  const normalized = value.replace(/ UTC$/, 'Z').replace(' ', 'T');
  const time = Date.parse(normalized);
  if (Number.isNaN(time))
    throw symbolic(400, `Filter value ${value} is not a valid time`, { filter: 'invalid' });
  return time;
}
