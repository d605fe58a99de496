// The orders seen unpaid that a run reads again: those whose next look has come, at most a run's
// share, by order number, going on where the previous run ended and round to the start, so that
// each gets its turn. Orders not due, and those the run read already, do not use up the share.
import { describe, expect, it } from 'vitest';
import type { JournalEntry, OrderJournal } from '../../../src/main/core/store';
import { waitingInTurn } from '../../../src/main/core/sync/order-discovery';

const NOW = Date.parse('2026-11-29T12:00:00Z');

/**
 * The journal's list of `discovered` orders, ordered by number as text, as the store does; `nextLook`
 * gives an order's next look (absent: none set, due at once). Counts the orders it hands out.
 */
function journalOf(numbers: string[], nextLook: Record<string, number> = {}) {
  const sorted = [...numbers].sort();
  const handedOut = { count: 0 };
  const list: OrderJournal['list'] = ({ limit, afterOrderNumber, dueBy }) => {
    const page = sorted
      .filter((n) => afterOrderNumber === undefined || n > afterOrderNumber)
      .filter((n) => dueBy === undefined || nextLook[n] === undefined || nextLook[n]! <= dueBy)
      .slice(0, limit)
      .map((orderNumber) => ({ orderNumber }) as JournalEntry);
    handedOut.count += page.length;
    return page;
  };
  return Object.assign(list, { handedOut });
}

const numbersOf = (entries: JournalEntry[]) => entries.map((e) => e.orderNumber);
const waiting = Array.from({ length: 7 }, (_, i) => String(1001 + i));
const turn = (after: string | undefined, passOver?: Set<string>) => ({ after, dueBy: NOW, passOver });

describe('waitingInTurn', () => {
  it('starts at the lowest number the first time', () => {
    expect(numbersOf(waitingInTurn(journalOf(waiting), turn(undefined), 3))).toEqual([
      '1001',
      '1002',
      '1003',
    ]);
  });

  it('goes on after the order the previous run ended on, and round to the start', () => {
    const list = journalOf(waiting);
    expect(numbersOf(waitingInTurn(list, turn('1003'), 3))).toEqual(['1004', '1005', '1006']);
    expect(numbersOf(waitingInTurn(list, turn('1006'), 3))).toEqual(['1007', '1001', '1002']);
  });

  it('reads each once when they all fit, whatever the cursor', () => {
    expect(numbersOf(waitingInTurn(journalOf(waiting), turn('1004'), 200))).toEqual([
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
      const taken = waitingInTurn(list, turn(cursor), 3);
      for (const entry of taken) read.add(entry.orderNumber);
      cursor = taken.at(-1)?.orderNumber;
    }
    expect([...read].sort()).toEqual(waiting);
  });

  it('a cursor whose order was booked since still places the next turn', () => {
    expect(numbersOf(waitingInTurn(journalOf(['1001', '1002', '1005']), turn('1003'), 2))).toEqual([
      '1005',
      '1001',
    ]);
  });

  it('takes only the orders whose next look has come; the others leave their places to due ones', () => {
    // 1002, 1003 and 1005 are looked at again later; 1004's look is due this very moment.
    const later = NOW + 60_000;
    const list = journalOf(waiting, { '1002': later, '1003': later, '1004': NOW, '1005': later });
    expect(numbersOf(waitingInTurn(list, turn(undefined), 3))).toEqual(['1001', '1004', '1006']);
    expect(numbersOf(waitingInTurn(list, turn('1006'), 3))).toEqual(['1007', '1001', '1004']);
    // Round to the start, not past the cursor: each due order once.
    expect(numbersOf(waitingInTurn(list, turn('1004'), 200))).toEqual(['1006', '1007', '1001', '1004']);
  });

  it('every due order gets its turn while many others are not due', () => {
    const many = Array.from({ length: 60 }, (_, i) => String(2000 + i));
    // Every fourth is due; the rest are looked at again tomorrow.
    const due = many.filter((_, i) => i % 4 === 0);
    const nextLook = Object.fromEntries(
      many.filter((n) => !due.includes(n)).map((n) => [n, NOW + 86_400_000]),
    );
    const list = journalOf(many, nextLook);
    const read: string[] = [];
    let cursor: string | undefined;
    // 15 due, 4 a run: four runs reach every one, and nothing not due is taken.
    for (let run = 0; run < 4; run++) {
      const taken = waitingInTurn(list, turn(cursor), 4);
      expect(taken.length).toBeLessThanOrEqual(4);
      read.push(...numbersOf(taken));
      cursor = taken.at(-1)?.orderNumber;
    }
    expect([...new Set(read)].sort()).toEqual(due);
  });

  it('passes over the orders this run has read already, without counting them', () => {
    const list = journalOf(waiting);
    const readInListing = new Set(['1001', '1002', '1004']);
    expect(numbersOf(waitingInTurn(list, turn(undefined, readInListing), 3))).toEqual([
      '1003',
      '1005',
      '1006',
    ]);
    expect(numbersOf(waitingInTurn(list, turn('1005', readInListing), 3))).toEqual(['1006', '1007', '1003']);
  });

  it('asks the journal for no more than it takes when nothing is passed over', () => {
    const list = journalOf(Array.from({ length: 500 }, (_, i) => String(10_000 + i)));
    expect(waitingInTurn(list, turn('10100'), 200)).toHaveLength(200);
    expect(list.handedOut.count).toBe(200);
  });
});
