// A reason written in lines (what happened, "Wat je kunt doen:", one line per way out) where lines
// are not kept: a cell of the log's CSV and of the month's CSV is one line, so Excel shows every row
// at its usual height; the lines read on as sentences, as they do on the log screen.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { logCsv } from '../../../src/main/core/app-service/log-csv';
import { reconciliationCsv } from '../../../src/main/core/reconciliation/reconciliation-csv';
import type { LogLine, OrderExplanation, ReconciliationView } from '../../../src/shared/contract';
import { inOneLine } from '../../../src/shared/i18n/one-line';

const REASON = {
  nl: 'Bestelling 973001 staat al in de administratie "A" (factuur 2026-0001).\nWat je kunt doen:\nHoort ze in "A": kies "Overslaan".\r\nHoort ze in "B": kies "Opnieuw proberen".',
  en: 'Order 973001 is in "A".\nWhat you can do:\nIf it belongs in "A": choose "Skip".\nIf not: choose "Retry".',
};
const JOINED_NL =
  'Bestelling 973001 staat al in de administratie "A" (factuur 2026-0001). Wat je kunt doen: Hoort ze in "A": kies "Overslaan". Hoort ze in "B": kies "Opnieuw proberen".';

const rowsOf = (csv: string) => parse(csv, { delimiter: ';', bom: true }) as string[][];

describe('a reason in lines in a CSV cell', () => {
  it('joins the lines with a space, and leaves a text of one line as it is', () => {
    expect(inOneLine(REASON.nl)).toBe(JOINED_NL);
    expect(inOneLine('  Eén regel, zoals altijd.  ')).toBe('  Eén regel, zoals altijd.  ');
    expect(inOneLine('Regel één.\n\n  Regel twee.\n')).toBe('Regel één. Regel twee.');
  });

  it('is one line in the log’s CSV', () => {
    const line: LogLine = {
      seq: 1,
      at: '2026-11-29T12:00:00.000Z',
      level: 'warn',
      message: REASON,
      orderNumber: '973001',
    };
    const csv = logCsv([line], 'nl');
    const [, row] = rowsOf(csv);
    expect(row![3]).toBe(JOINED_NL);
    // No line break inside a field: every line of the file is a row.
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(2);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(rowsOf(logCsv([line], 'en'))[1]![3]).toBe(
      'Order 973001 is in "A". What you can do: If it belongs in "A": choose "Skip". If not: choose "Retry".',
    );
  });

  it('is one line in the month’s CSV, for an order that waits for the owner', () => {
    const zero = { inclTax: '0.00', exclTax: '0.00', vat: '0.00' };
    const item: OrderExplanation = {
      orderNumber: '973001',
      orderDate: '2026-10-05',
      bookedDate: null,
      kind: 'parked',
      credit: false,
      reason: REASON,
      differences: [{ rate: '21', vatBox: 'NL/1a', exclTax: '-10.00', vat: '-2.10', inclTax: '-12.10' }],
      stillBooked: [],
      credited: null,
      creditedLater: [],
      toCredit: null,
    };
    const difference = { inclTax: '-12.10', exclTax: '-10.00', vat: '-2.10' };
    const view: ReconciliationView = {
      period: { kind: 'month', year: 2026, index: 10 },
      from: '2026-10-01',
      to: '2026-11-01',
      rates: [],
      total: { shop: zero, booked: zero, difference },
      verdict: 'explained',
      standing: 'attention',
      counts: {
        orders: 1,
        foreignCurrency: 0,
        inBooks: 0,
        parked: 1,
        skipped: 0,
        waiting: 0,
        shopNotRecorded: 0,
        bookedNotRecorded: 0,
        inOtherAdministration: 0,
        cancelledInShop: 0,
      },
      kinds: [{ kind: 'parked', orders: 1, difference }],
      cancelledInShop: {
        orders: 0,
        stillBooked: zero,
        partlyCredited: 0,
        credited: zero,
        creditedLater: [],
        toCredit: zero,
      },
      cancelledSettled: { orders: 0, stillBooked: zero },
      foreignCurrencyOrders: [],
      bookedAcrossPeriods: {
        foreignCurrencyFromEarlier: 0,
        foreignCurrencyFromEarlierOrders: [],
        atZeroLater: 0,
        atZeroFromEarlier: 0,
      },
      checkedAt: null,
      checkedMonths: [{ month: '2026-10', checkedAt: null }],
      administrations: [],
      explanations: { items: [item], total: 1, offset: 0, limit: 50, folded: 0 },
    };
    const csv = reconciliationCsv(view, [item], 'nl');
    const row = rowsOf(csv).find((r) => r[5] === '973001')!;
    expect(row[7]).toBe(`Wacht op jou, dus nog niet in Moneybird: ${JOINED_NL}`);
    expect(csv).not.toMatch(/[^\r]\n/);
  });
});
