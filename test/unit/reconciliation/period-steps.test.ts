// The period picker's steps: last month by default, previous and next across a year end, and the
// switch between a month and the quarter it is in; never on to a period that has not begun.
import { describe, expect, it } from 'vitest';
import {
  isLatest,
  periodAs,
  periodUnderWay,
} from '../../../src/renderer/components/reconciliation/PeriodPicker';
import { lastMonth, shiftPeriod, withKind } from '../../../src/renderer/state/reconciliation-store';

describe('the period picker', () => {
  it('opens on last month, also in January', () => {
    expect(lastMonth(new Date('2026-11-28T12:00:00Z'))).toEqual({ kind: 'month', year: 2026, index: 10 });
    expect(lastMonth(new Date('2027-01-02T12:00:00Z'))).toEqual({ kind: 'month', year: 2026, index: 12 });
  });

  it('counts the months on the shop’s calendar, as the core does, whatever zone the computer is in', () => {
    // 23:30 UTC on 31 December: the new year, and its first quarter, have begun in Amsterdam.
    const newYear = new Date('2026-12-31T23:30:00Z');
    expect(lastMonth(newYear)).toEqual({ kind: 'month', year: 2026, index: 12 });
    expect(periodUnderWay(newYear, 'quarter')).toEqual({ kind: 'quarter', year: 2027, index: 1 });
    expect(isLatest({ kind: 'month', year: 2027, index: 1 }, newYear)).toBe(true);
    expect(isLatest({ kind: 'month', year: 2026, index: 12 }, newYear)).toBe(false);
  });

  it('steps months and quarters across a year end', () => {
    expect(shiftPeriod({ kind: 'month', year: 2026, index: 12 }, 1)).toEqual({
      kind: 'month',
      year: 2027,
      index: 1,
    });
    expect(shiftPeriod({ kind: 'month', year: 2026, index: 1 }, -1)).toEqual({
      kind: 'month',
      year: 2025,
      index: 12,
    });
    expect(shiftPeriod({ kind: 'quarter', year: 2026, index: 1 }, -1)).toEqual({
      kind: 'quarter',
      year: 2025,
      index: 4,
    });
    expect(shiftPeriod({ kind: 'quarter', year: 2026, index: 4 }, -12)).toEqual({
      kind: 'quarter',
      year: 2023,
      index: 4,
    });
  });

  it('turns a month into the quarter it is in, and a quarter into its last month', () => {
    expect(withKind({ kind: 'month', year: 2026, index: 10 }, 'quarter')).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 4,
    });
    expect(withKind({ kind: 'month', year: 2026, index: 3 }, 'quarter')).toEqual({
      kind: 'quarter',
      year: 2026,
      index: 1,
    });
    expect(withKind({ kind: 'quarter', year: 2026, index: 2 }, 'month')).toEqual({
      kind: 'month',
      year: 2026,
      index: 6,
    });
  });

  it('turns the quarter under way into the month under way, not into a month that has not begun', () => {
    const q4 = { kind: 'quarter', year: 2026, index: 4 } as const;
    // 30 November 2026: December has not begun, so the quarter is seen as November.
    const lastDayOfNovember = new Date('2026-11-30T04:52:00+01:00');
    expect(periodAs(q4, 'month', lastDayOfNovember)).toEqual({ kind: 'month', year: 2026, index: 11 });
    // Once December has begun, and for a quarter wholly past, its last month.
    expect(periodAs(q4, 'month', new Date('2026-12-01T00:30:00+01:00'))).toEqual({
      kind: 'month',
      year: 2026,
      index: 12,
    });
    expect(periodAs(q4, 'month', new Date('2027-01-15T12:00:00+01:00'))).toEqual({
      kind: 'month',
      year: 2026,
      index: 12,
    });
    // A month is seen as its quarter, whatever the day.
    expect(periodAs({ kind: 'month', year: 2026, index: 11 }, 'quarter', lastDayOfNovember)).toEqual(q4);
  });

  it('offers no next period once the one under way is shown', () => {
    const lastDayOfNovember = new Date('2026-11-30T04:52:00+01:00');
    expect(isLatest({ kind: 'month', year: 2026, index: 10 }, lastDayOfNovember)).toBe(false);
    expect(isLatest({ kind: 'month', year: 2026, index: 11 }, lastDayOfNovember)).toBe(true);
    expect(isLatest({ kind: 'month', year: 2026, index: 12 }, lastDayOfNovember)).toBe(true);
    expect(isLatest({ kind: 'quarter', year: 2026, index: 3 }, lastDayOfNovember)).toBe(false);
    expect(isLatest({ kind: 'quarter', year: 2026, index: 4 }, lastDayOfNovember)).toBe(true);
    expect(isLatest({ kind: 'quarter', year: 2027, index: 1 }, lastDayOfNovember)).toBe(true);
  });
});
