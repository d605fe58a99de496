// The period "Eerdere bestellingen boeken" offers and books: before the sync's start date, from the
// start of a quarter so that quarter's VAT return adds up; never a day the sync books by itself.
import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  defaultImportSince,
  importUntil,
  localDay,
  quarterOf,
  quarterStart,
  sinceProblem,
} from '../../../src/renderer/components/history-import-period';

describe('the period of earlier orders', () => {
  it('offers the start of the quarter before the start date, not a date that ignores it', () => {
    // Started on 29 November: the rest of that quarter (October, November) is offered.
    expect(defaultImportSince('2026-11-29', '2026-12-05')).toBe('2026-10-01');
    // Started on the first day of a quarter: the whole quarter before it.
    expect(defaultImportSince('2026-10-01', '2026-12-05')).toBe('2026-07-01');
    expect(defaultImportSince('2026-01-01', '2026-02-10')).toBe('2025-10-01');
    // A start date long ago: still before it, however long ago "three months back from today" is.
    expect(defaultImportSince('2024-05-15', '2026-12-05')).toBe('2024-04-01');
    // No start date yet: the first run will take today.
    expect(defaultImportSince(null, '2026-12-05')).toBe('2026-10-01');
    expect(defaultImportSince(null, '2026-10-01')).toBe('2026-07-01');
  });

  it('books up to and including the day before the start date', () => {
    expect(importUntil('2026-11-29')).toBe('2026-11-28');
    expect(importUntil('2026-03-01')).toBe('2026-02-28');
    expect(importUntil('2024-03-01')).toBe('2024-02-29');
    expect(importUntil(null)).toBeNull();
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(quarterStart('2026-12-31')).toBe('2026-10-01');
  });

  it('names the quarter a day falls in, for the hint under the date offered', () => {
    expect(quarterOf('2026-07-01')).toEqual({ quarter: 3, year: 2026 });
    expect(quarterOf('2026-10-01')).toEqual({ quarter: 4, year: 2026 });
    expect(quarterOf('2025-01-01')).toEqual({ quarter: 1, year: 2025 });
    expect(quarterOf('2024-06-30')).toEqual({ quarter: 2, year: 2024 });
  });

  it('refuses a day the sync books by itself, a day to come, and no date', () => {
    expect(sinceProblem('2026-10-01', '2026-11-29', '2026-12-05')).toBeNull();
    expect(sinceProblem('2026-11-28', '2026-11-29', '2026-12-05')).toBeNull();
    expect(sinceProblem('2026-11-29', '2026-11-29', '2026-12-05')).toBe('notBefore');
    expect(sinceProblem('2026-12-06', null, '2026-12-05')).toBe('future');
    expect(sinceProblem('2026-12-05', null, '2026-12-05')).toBeNull();
    expect(sinceProblem('', '2026-11-29', '2026-12-05')).toBe('invalid');
  });

  it('takes today from the computer’s calendar, not from UTC', () => {
    // 00:30 on 1 December here is still 30 November in UTC for anyone east of Greenwich.
    expect(localDay(new Date(2026, 11, 1, 0, 30))).toBe('2026-12-01');
  });
});
