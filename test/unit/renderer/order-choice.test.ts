// The "which orders" form's draft and its live checks: before the first run any earlier day may be
// chosen; after it, not a day before the one the sync books from (runs then look only at status
// changes, so such a day would book nothing; "Eerdere bestellingen boeken" books those).
import { describe, expect, it } from 'vitest';
import { draftOf, sinceIssue, unsavedChanges } from '../../../src/renderer/components/setup/order-choice';
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

  it('counts the changes Settings has not saved yet: a date typed and put back is none', () => {
    const stored = choice('2026-11-02', '2026-11-02');
    const draft = draftOf(stored);
    expect(unsavedChanges(stored, draft)).toBe(0);
    // The same statuses ticked in another order are the same choice.
    expect(unsavedChanges(stored, { ...draft, statuses: [3, 2] })).toBe(0);
    expect(unsavedChanges(stored, { ...draft, statuses: [3] })).toBe(1);
    expect(unsavedChanges(stored, { ...draft, since: '2026-11-20' })).toBe(1);
    expect(unsavedChanges(stored, { ...draft, statuses: [2, 3, 4], since: '2026-11-20' })).toBe(2);
    // A date half typed is a change too, until it is put back.
    expect(unsavedChanges(stored, { ...draft, since: '02-11-20' })).toBe(1);
    expect(unsavedChanges(stored, { ...draft, since: '2026-11-02' })).toBe(0);
    // "From now on" is today: a change from an earlier day, and none when today is stored.
    expect(unsavedChanges(stored, { ...draft, mode: 'now' })).toBe(1);
    const fromToday = choice('2026-11-29', null);
    expect(unsavedChanges(fromToday, draftOf(fromToday))).toBe(0);
    expect(unsavedChanges(fromToday, { ...draftOf(fromToday), mode: 'earlier' })).toBe(1);
  });
});
