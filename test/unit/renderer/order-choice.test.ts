// The "which orders" form's draft and its live checks: before the first run any earlier day may be
// chosen; after it, not a day before the one the sync books from (runs then look only at status
// changes, so such a day would book nothing; "Eerdere bestellingen boeken" books those).
import { describe, expect, it } from 'vitest';
import { draftOf, sinceIssue } from '../../../src/renderer/components/setup/order-choice';
import type { OrderChoice } from '../../../src/shared/contract';

const choice = (startDate: string, earliest: string | null): OrderChoice => ({
  statuses: [],
  selected: [2, 3],
  startDate,
  today: '2026-11-29',
  earliest,
});

describe('the order choice draft', () => {
  it('offers the quarter’s first day for earlier orders, or the sync’s own start when that is later', () => {
    expect(draftOf(choice('2026-11-29', null))).toMatchObject({ mode: 'now', since: '2026-10-01' });
    // Synced from today on ("Vanaf nu"): an earlier day would book nothing, so today is offered.
    expect(draftOf(choice('2026-11-29', '2026-11-29'))).toMatchObject({ mode: 'now', since: '2026-11-29' });
    expect(draftOf(choice('2026-11-02', '2026-11-02'))).toMatchObject({
      mode: 'earlier',
      since: '2026-11-02',
    });
  });

  it('refuses, live, a day before the one the sync books from once it ran', () => {
    const draft = { statuses: [2], mode: 'earlier' as const, since: '2026-10-01' };
    expect(sinceIssue(draft, '2026-11-29', null)).toBeNull();
    expect(sinceIssue(draft, '2026-11-29', '2026-11-02')).toBe('orderChoice.since.beforeStart');
    expect(sinceIssue({ ...draft, since: '2026-11-02' }, '2026-11-29', '2026-11-02')).toBeNull();
    expect(sinceIssue({ ...draft, since: '2026-12-01' }, '2026-11-29', '2026-11-02')).toBe(
      'orderChoice.since.future',
    );
    // "From now on" is always later than the sync's start.
    expect(sinceIssue({ ...draft, mode: 'now' }, '2026-11-29', '2026-11-02')).toBeNull();
  });
});
