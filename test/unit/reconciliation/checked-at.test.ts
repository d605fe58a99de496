// When a period was compared with Moneybird, as the owner reads it, and whose figures the booked side
// then is: a month or a quarter read at one moment says that moment; a quarter whose months were
// compared apart says it per month, and one compared in part names the months still as Winkelbrug
// booked them ("oktober nagelezen om 01:22; november en december niet"). A booking deleted in
// Moneybird was found by a comparison: its figures are always Moneybird's.
import { describe, expect, it } from 'vitest';
import type { ReconciliationView } from '../../../src/shared/contract';
import {
  checkedAtText,
  checkedMonthsText,
  orderReadInMoneybird,
  readingOf,
} from '../../../src/shared/reconciliation/checked-at';

/** 2 November 2026 at 21:05 and 3 November at 09:00, on this computer's clock. */
const EVENING = new Date(2026, 10, 2, 21, 5).toISOString();
const MORNING = new Date(2026, 10, 3, 9, 0).toISOString();
const NOW = new Date(2026, 10, 3, 10, 0);
const when = (locale: 'nl' | 'en') => (iso: string) => checkedAtText(iso, locale, NOW);

type Checks = Pick<ReconciliationView, 'checkedAt' | 'checkedMonths' | 'administrations'>;
function quarter(october: string | null, november: string | null, december: string | null): Checks {
  const months = [october, november, december];
  const all = months.every((m) => m !== null) ? months.sort()[0]! : null;
  return {
    checkedAt: all,
    checkedMonths: [
      { month: '2026-10', checkedAt: october },
      { month: '2026-11', checkedAt: november },
      { month: '2026-12', checkedAt: december },
    ],
    administrations: [],
  };
}

describe('when a period was compared with Moneybird', () => {
  it('says one moment when every month was read at once', () => {
    const view = quarter(EVENING, EVENING, EVENING);
    expect(readingOf(view)).toBe('moneybird');
    expect(checkedMonthsText(view, 'nl', when('nl'))).toEqual({
      text: 'nagelezen op 2 november 2026 om 21:05',
      unread: null,
      when: 'op 2 november 2026 om 21:05',
    });
    expect(checkedMonthsText(view, 'en', when('en'))?.text).toBe('checked on 2 November 2026 at 21:05');
  });

  it('names the months read and those not, in their order, when only some were compared', () => {
    const view = quarter(MORNING, null, null);
    expect(readingOf(view)).toBe('mixed');
    expect(checkedMonthsText(view, 'nl', when('nl'))).toEqual({
      text: 'oktober nagelezen om 09:00; november en december niet',
      unread: 'november en december',
      when: null,
    });
    expect(checkedMonthsText(view, 'en', when('en'))?.text).toBe(
      'October checked at 09:00; November and December not',
    );
    expect(checkedMonthsText(quarter(null, MORNING, null), 'nl', when('nl'))?.text).toBe(
      'november nagelezen om 09:00; oktober en december niet',
    );
  });

  it('says per month when each was read, when every month was but not at once', () => {
    const view = quarter(EVENING, MORNING, EVENING);
    // Moneybird's figures throughout, as of the oldest reading.
    expect(readingOf(view)).toBe('moneybird');
    expect(view.checkedAt).toBe(EVENING);
    expect(checkedMonthsText(view, 'nl', when('nl'))).toEqual({
      text: 'oktober en december nagelezen op 2 november 2026 om 21:05; november nagelezen om 09:00',
      unread: null,
      when: null,
    });
  });

  it('says nothing of a period not compared, and keeps a period in two administrations as booked', () => {
    expect(checkedMonthsText(quarter(null, null, null), 'nl', when('nl'))).toBeNull();
    expect(readingOf(quarter(null, null, null))).toBe('booked');
    // A comparison reads only the connected administration: the column adds both up, as booked.
    const split = {
      ...quarter(EVENING, EVENING, EVENING),
      administrations: [
        { id: 'A', connected: true, orders: 1, booked: zero, rates: [] },
        { id: 'B', connected: false, orders: 1, booked: zero, rates: [] },
      ],
    };
    expect(readingOf(split)).toBe('booked');
  });

  it('takes an order’s figures as Moneybird’s when its month was read, and a deleted booking’s always', () => {
    const view = quarter(EVENING, null, null);
    const order = (kind: 'other' | 'deleted_in_moneybird', orderDate: string, bookedDate: string | null) =>
      orderReadInMoneybird({ kind, orderDate, bookedDate }, view);
    expect(order('other', '2026-10-12', null)).toBe(true);
    expect(order('other', '2026-11-12', null)).toBe(false);
    // Booked on another day (out of a locked period): read with the month it counts in.
    expect(order('other', '2026-09-28', '2026-10-01')).toBe(true);
    expect(order('other', '2026-10-30', '2026-11-02')).toBe(false);
    // Found deleted by a comparison: Moneybird's, in a month not compared or a period never compared.
    expect(order('deleted_in_moneybird', '2026-11-12', null)).toBe(true);
    expect(
      orderReadInMoneybird(
        { kind: 'deleted_in_moneybird', orderDate: '2026-10-12', bookedDate: null },
        quarter(null, null, null),
      ),
    ).toBe(true);
  });
});

const zero = { inclTax: '0.00', exclTax: '0.00', vat: '0.00' };
