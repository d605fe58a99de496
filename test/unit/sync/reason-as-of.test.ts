// A locked period's reason is written when the order parks; read after the first open day's VAT
// return fell due, it says that return was due, as a park on that day would have written it.
import { describe, expect, it } from 'vitest';
import { lockedPeriodRefusal } from '../../../src/main/core/bookkeeping';
import type { JournalEntry, JournalReason } from '../../../src/main/core/store';
import { entryAsOf, reasonAsOf } from '../../../src/main/core/sync/reason-as-of';

// Locked through 31 August 2026: the first open day, 1 September, is in the 3rd quarter, whose VAT
// return is due on 31 October 2026. The order of 20 July parked on 25 September.
const ORDER = { number: '4711', date: '2026-07-20' };
const LOCKED_UNTIL = '2026-08-31';

/** The reason as the sync stores it when the order parks on `parkedOn`. */
function parkedOn(parkedOn: string): JournalReason {
  const refusal = lockedPeriodRefusal(ORDER, LOCKED_UNTIL, parkedOn)!;
  return { code: refusal.code, message: refusal.message, details: refusal.details };
}

const DUE_SENTENCE_NL =
  'Die aangifte moest je al indienen: boek je haar op 1 sep 2026, vraag dan je boekhouder of je die aangifte moet corrigeren.';
const DUE_SENTENCE_EN =
  'That return was due already: if you book it on 1 Sept 2026, ask your accountant whether you need to correct that return.';

describe("a locked period's reason as it reads on a day", () => {
  const before = parkedOn('2026-09-25');

  it('is as it was stored while the return is not due yet', () => {
    expect(before.message.nl).not.toContain('moest je al indienen');
    expect(reasonAsOf(before, '2026-09-25')).toBe(before);
    expect(reasonAsOf(before, '2026-10-30')).toBe(before);
  });

  it('says the return was due once it is, as a park that day would have written it', () => {
    for (const today of ['2026-10-31', '2027-02-01']) {
      const read = reasonAsOf(before, today)!;
      expect(read.code).toBe('period_locked');
      expect(read.message).toEqual(parkedOn(today).message);
      expect(read.message.nl).toContain(
        `in plaats van juli 2026. ${DUE_SENTENCE_NL} Of sla haar over als je haar zelf al hebt verwerkt.`,
      );
      expect(read.message.en).toContain(`${DUE_SENTENCE_EN} Or skip it if you already handled it yourself.`);
      expect(read.details).toEqual({
        order: '4711',
        date: '2026-07-20',
        lockedUntil: LOCKED_UNTIL,
        firstOpenDate: '2026-09-01',
        firstOpenDateReturnDue: '2026-10-31',
      });
    }
    // The stored reason itself is left as it was.
    expect(before.message.nl).not.toContain('moest je al indienen');
    expect(before.details).not.toHaveProperty('firstOpenDateReturnDue');
  });

  it('is as it was stored when it said so already: the sentence once', () => {
    const fresh = parkedOn('2026-11-25');
    expect(reasonAsOf(fresh, '2027-01-10')).toBe(fresh);
    expect(fresh.message.nl.split('moest je al indienen')).toHaveLength(2);
  });

  it('leaves a reason that does not tell its first open day as it was stored', () => {
    // A reason without details, or whose details lack what it was written from.
    const bare: JournalReason = { code: 'period_locked', message: { nl: 'Afgesloten.', en: 'Locked.' } };
    expect(reasonAsOf(bare, '2027-01-10')).toBe(bare);
    const partial: JournalReason = { ...before, details: { firstOpenDate: '2026-09-01' } };
    expect(reasonAsOf(partial, '2027-01-10')).toBe(partial);
  });

  it('leaves every other reason as it was stored', () => {
    // Details like a locked period's, but another cause: nothing is written again.
    const other: JournalReason = {
      code: 'unmapped_tax_rate',
      message: { nl: 'Kies een btw-tarief voor 9 %.', en: 'Choose a VAT rate for 9 %.' },
      details: { ...before.details },
    };
    expect(reasonAsOf(other, '2027-01-10')).toBe(other);
    expect(reasonAsOf(null, '2027-01-10')).toBeNull();
  });

  it("is the held order's reason on its screens, the rest of the order as it was", () => {
    const entry = { orderNumber: '4711', state: 'parked', reason: before } as unknown as JournalEntry;
    expect(entryAsOf(entry, '2026-10-30')).toBe(entry);
    const read = entryAsOf(entry, '2026-10-31');
    expect(read).toEqual({ ...entry, reason: reasonAsOf(before, '2026-10-31') });
    expect(read.reason?.message.nl).toContain(DUE_SENTENCE_NL);
    expect(entry.reason).toBe(before);
  });
});
