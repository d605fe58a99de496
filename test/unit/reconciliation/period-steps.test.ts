// The period picker's steps: last month by default, previous and next across a year end, and the
// switch between a month and the quarter it is in.
import { describe, expect, it } from 'vitest';
import { lastMonth, shiftPeriod, withKind } from '../../../src/renderer/state/reconciliation-store';

describe('the period picker', () => {
  it('opens on last month, also in January', () => {
    expect(lastMonth(new Date(2026, 10, 28))).toEqual({ kind: 'month', year: 2026, index: 10 });
    expect(lastMonth(new Date(2027, 0, 2))).toEqual({ kind: 'month', year: 2026, index: 12 });
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
});
