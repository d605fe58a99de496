import { describe, expect, it } from 'vitest';
import {
  adoptionSummaryMatters,
  adoptionSummaryText,
  parkedReasonForLog,
  runFinishedText,
} from '../../../src/main/core/sync/run-log-text';

const run = (booked: number, parked: number, waiting: number, skipped: number) =>
  runFinishedText({ booked, parked, waiting, skipped });

describe('the line that sums up a run', () => {
  it('names only the counts that say something', () => {
    expect(run(4, 2, 0, 0)).toEqual({
      nl: 'Synchronisatie klaar: 4 geboekt, 2 wachten op jou.',
      en: 'Sync finished: 4 booked, 2 need you.',
    });
    expect(run(0, 0, 3, 1).nl).toBe(
      'Synchronisatie klaar: 3 worden later opnieuw geprobeerd, 1 niet geboekt.',
    );
  });

  it('says why orders were not booked, by the reason each was left with', () => {
    const counts = { booked: 9, parked: 1, waiting: 0, skipped: 5 };
    const codes = ['unpaid', 'test_order', 'unpaid', 'cancelled_in_shop', 'before_start_date'];
    expect(runFinishedText(counts, codes)).toEqual({
      nl: 'Synchronisatie klaar: 9 geboekt, 1 wacht op jou, 2 nog niet betaald, 1 testbestelling, 1 van vóór de startdatum, 1 geannuleerd in je winkel.',
      en: 'Sync finished: 9 booked, 1 needs you, 2 not paid yet, 1 test order, 1 from before the start date, 1 cancelled in your shop.',
    });
    expect(
      runFinishedText({ booked: 0, parked: 0, waiting: 0, skipped: 2 }, ['test_order', 'test_order']).nl,
    ).toBe('Synchronisatie klaar: 2 testbestellingen.');
    // A reason it has no words for is still counted, as not booked.
    expect(runFinishedText({ booked: 1, parked: 0, waiting: 0, skipped: 2 }, ['unpaid', null]).nl).toBe(
      'Synchronisatie klaar: 1 geboekt, 1 nog niet betaald, 1 niet geboekt.',
    );
  });

  it('says so when it found booked orders cancelled in the shop, not that there was nothing new', () => {
    const none = { booked: 0, parked: 0, waiting: 0, skipped: 0 };
    expect(runFinishedText(none, [], 1)).toEqual({
      nl: 'Synchronisatie klaar: 1 geboekte bestelling is in je winkel geannuleerd.',
      en: 'Sync finished: 1 booked order was cancelled in your shop.',
    });
    expect(runFinishedText({ ...none, booked: 3, parked: 1 }, [], 2)).toEqual({
      nl: 'Synchronisatie klaar: 3 geboekt, 1 wacht op jou, 2 geboekte bestellingen zijn in je winkel geannuleerd.',
      en: 'Sync finished: 3 booked, 1 needs you, 2 booked orders were cancelled in your shop.',
    });
    // Before the orders not booked, and apart from one called off before it was booked.
    expect(runFinishedText({ ...none, skipped: 2 }, ['cancelled_in_shop', 'unpaid'], 1).nl).toBe(
      'Synchronisatie klaar: 1 geboekte bestelling is in je winkel geannuleerd, 1 nog niet betaald, 1 geannuleerd in je winkel.',
    );
    expect(runFinishedText(none, [], 0).nl).toBe('Synchronisatie klaar: niets nieuws om te boeken.');
  });

  it('says one waits, not one wait, and says so when there was nothing to do', () => {
    expect(run(1, 0, 1, 0).nl).toBe('Synchronisatie klaar: 1 geboekt, 1 wordt later opnieuw geprobeerd.');
    expect(run(0, 0, 0, 0)).toEqual({
      nl: 'Synchronisatie klaar: niets nieuws om te boeken.',
      en: 'Sync finished: nothing new to book.',
    });
  });
});

describe('the line that sums up looking orders up in Moneybird first', () => {
  it('is put before the owner only when the look found something', () => {
    expect(adoptionSummaryMatters({ adopted: 0, parked: 0 })).toBe(false);
    expect(adoptionSummaryMatters({ adopted: 1, parked: 0 })).toBe(true);
    expect(adoptionSummaryMatters({ adopted: 0, parked: 2 })).toBe(true);
  });

  it('says none was there yet when nothing was found', () => {
    expect(adoptionSummaryText({ looked: 12, adopted: 0, parked: 0 })).toEqual({
      nl: 'Eerst in Moneybird nagekeken of bestellingen er al stonden, zodat niets dubbel wordt geboekt: 12 nagekeken, geen enkele stond er al.',
      en: 'First checked in Moneybird whether orders were there already, so that nothing is booked twice: 12 checked, none was there yet.',
    });
  });

  it('counts what was taken over and what was parked, singular for one', () => {
    expect(adoptionSummaryText({ looked: 12, adopted: 3, parked: 1 }).nl).toMatch(
      /: 12 nagekeken, 3 stonden er al en zijn overgenomen, 1 wacht op jou\.$/,
    );
    expect(adoptionSummaryText({ looked: 5, adopted: 0, parked: 2 })).toMatchObject({
      nl: expect.stringMatching(/: 5 nagekeken, 2 wachten op jou\.$/),
      en: expect.stringMatching(/: 5 checked, 2 need you\.$/),
    });
    expect(adoptionSummaryText({ looked: 1, adopted: 1, parked: 0 }).en).toMatch(
      /: 1 checked, 1 was there already and was taken over\.$/,
    );
  });
});

describe("a parked order's reason in the log", () => {
  it('says what happened and where the ways out are, for a reason written in lines', () => {
    const inLines = {
      nl: 'Bestelling 1 staat al in "Oud".\nWat je kunt doen:\nKies "Overslaan".',
      en: 'Order 1 is already in "Oud".\nWhat you can do:\nChoose "Skip".',
    };
    expect(parkedReasonForLog(inLines)).toEqual({
      nl: 'Bestelling 1 staat al in "Oud". Wat je kunt doen, staat bij de bestelling.',
      en: 'Order 1 is already in "Oud". What you can do is on the order’s page.',
    });
    // A reason of one line is said whole, its advice in it; so is one quoting an outside text in lines.
    const oneLine = { nl: 'Geen tarief voor 0%: kies er een bij Instellingen.', en: 'No rate for 0%.' };
    expect(parkedReasonForLog(oneLine)).toBe(oneLine);
    const quoted = {
      nl: 'Moneybird weigerde: Naam\nis te lang.',
      en: 'Moneybird refused: Name\nis too long.',
    };
    expect(parkedReasonForLog(quoted)).toBe(quoted);
  });
});
