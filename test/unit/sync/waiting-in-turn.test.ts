// The orders seen unpaid that a run reads again: at most a run's share, by order number, going on
// where the previous run ended and round to the start, so that each gets its turn.
import { describe, expect, it } from 'vitest';
import type { JournalEntry, OrderJournal } from '../../../src/main/core/store';
import { waitingInTurn } from '../../../src/main/core/sync/order-discovery';

/** The journal's list of `discovered` orders, ordered by number as text, as the store does. */
function journalOf(numbers: string[]): OrderJournal['list'] {
  const sorted = [...numbers].sort();
  return ({ limit, afterOrderNumber }) =>
    sorted
      .filter((n) => afterOrderNumber === undefined || n > afterOrderNumber)
      .slice(0, limit)
      .map((orderNumber) => ({ orderNumber }) as JournalEntry);
}

const numbersOf = (entries: JournalEntry[]) => entries.map((e) => e.orderNumber);
const waiting = Array.from({ length: 7 }, (_, i) => String(1001 + i));

describe('waitingInTurn', () => {
  it('starts at the lowest number the first time', () => {
    expect(numbersOf(waitingInTurn(journalOf(waiting), undefined, 3))).toEqual(['1001', '1002', '1003']);
  });

  it('goes on after the order the previous run ended on, and round to the start', () => {
    const list = journalOf(waiting);
    expect(numbersOf(waitingInTurn(list, '1003', 3))).toEqual(['1004', '1005', '1006']);
    expect(numbersOf(waitingInTurn(list, '1006', 3))).toEqual(['1007', '1001', '1002']);
  });

  it('reads each once when they all fit, whatever the cursor', () => {
    expect(numbersOf(waitingInTurn(journalOf(waiting), '1004', 200))).toEqual([
      '1005',
      '1006',
      '1007',
      '1001',
      '1002',
      '1003',
      '1004',
    ]);
  });

  it('every order gets its turn within as many runs as it takes to read them all', () => {
    const list = journalOf(waiting);
    const read = new Set<string>();
    let cursor: string | undefined;
    for (let run = 0; run < Math.ceil(waiting.length / 3); run++) {
      const turn = waitingInTurn(list, cursor, 3);
      for (const entry of turn) read.add(entry.orderNumber);
      cursor = turn.at(-1)?.orderNumber;
    }
    expect([...read].sort()).toEqual(waiting);
  });

  it('a cursor whose order was booked since still places the next turn', () => {
    expect(numbersOf(waitingInTurn(journalOf(['1001', '1002', '1005']), '1003', 2))).toEqual([
      '1005',
      '1001',
    ]);
  });
});
