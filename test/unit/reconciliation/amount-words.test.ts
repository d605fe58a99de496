// How the month per VAT rate says its amounts, for every kind of order, in Dutch and English: each
// amount says what it is (turnover excl. VAT or VAT, as the table names them), no amount carries a
// minus sign (the direction is said in words), and one kind names the same amounts in its verdict
// line, its chip in the summary and the sentence of its order, on screen and in the CSV file.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reconciliationCsv } from '../../../src/main/core/reconciliation/reconciliation-csv';
import { kindAmountsText, verdictText } from '../../../src/renderer/components/reconciliation/verdict-text';
import { formatMoney, translator } from '../../../src/renderer/i18n/text';
import {
  EXPLANATION_KINDS,
  type ExplanationKind,
  type OrderExplanation,
  type ReconciliationView,
} from '../../../src/shared/contract';
import type { Locale } from '../../../src/shared/i18n/translate';
import { writtenMoney } from '../../../src/shared/i18n/written-money';
import { explanationText, figuresOf } from '../../../src/shared/reconciliation/explanation-text';
import { KIND_ORDER, kindGroup } from '../../../src/shared/reconciliation/standing';

const line = (rate: string, vatBox: string, exclTax: string, vat: string) => ({
  rate,
  vatBox,
  exclTax,
  vat,
  inclTax: (Math.round(Number(exclTax) * 100 + Number(vat) * 100) / 100).toFixed(2),
});

/**
 * One order of each kind, as the core would explain it, with a difference that makes Moneybird count
 * more or less. The amounts below are written as shop minus Moneybird (below zero: Moneybird counts
 * more); the view carries Moneybird minus the shop, so each is turned round (and back for `sign` -1).
 */
function orderOf(kind: ExplanationKind, sign: 1 | -1): OrderExplanation {
  const negated = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);
  const s = (amount: string) => (sign > 0 ? negated(amount) : amount);
  const differences: Record<ExplanationKind, OrderExplanation['differences']> = {
    parked: [line('21', 'NL/1a', s('68.11'), s('13.62')), line('0', 'OSS/FR', s('68.40'), '0.00')],
    skipped: [line('21', 'NL/1a', s('20.00'), s('4.20'))],
    waiting: [line('9', 'NL/1b', s('5.00'), s('0.45'))],
    not_yet_booked: [line('21', 'NL/1a', s('10.00'), s('2.10'))],
    not_recorded: [],
    rounding: [line('21', 'NL/1a', s('-0.01'), s('0.01'))],
    zero_rate: [line('0', 'NL/1e', s('-1.00'), s('1.00'))],
    booked_in_other_period: [
      line('21', 'NL/1a', s('306.93'), s('64.45')),
      line('0', 'NL/1e', s('9.14'), '0.00'),
    ],
    booked_from_other_period: [
      line('21', 'NL/1a', s('-306.93'), s('-64.45')),
      line('0', 'NL/1e', s('-9.14'), '0.00'),
    ],
    deleted_in_moneybird: [
      line('21', 'NL/1a', s('40.50'), s('8.50')),
      line('9', 'NL/1b', s('116.97'), s('10.53')),
    ],
    cancelled_in_shop: [],
    cancelled_settled: [],
    other: [line('21', 'NL/1a', s('-2.20'), s('2.20')), line('9', 'NL/1b', s('12.00'), s('1.08'))],
  };
  return {
    orderNumber: '1049',
    orderDate: kind === 'booked_from_other_period' ? '2026-09-28' : '2026-10-05',
    bookedDate:
      kind === 'booked_in_other_period'
        ? '2026-11-02'
        : kind === 'booked_from_other_period'
          ? '2026-10-01'
          : null,
    kind,
    credit: sign < 0 && kind !== 'booked_from_other_period' && kind !== 'rounding',
    reason: kind === 'parked' ? { nl: 'Geen tarief.', en: 'No rate.' } : null,
    differences: differences[kind],
    stillBooked:
      kind === 'cancelled_in_shop' || kind === 'cancelled_settled'
        ? [line('21', 'NL/1a', '20.00', '4.20')]
        : [],
    credited: kind === 'cancelled_in_shop' ? { inclTax: '0.00', exclTax: '0.00', vat: '0.00' } : null,
    creditedLater: [],
    toCredit: kind === 'cancelled_in_shop' ? line('21', 'NL/1a', '20.00', '4.20') : null,
  };
}

/** When the owner compared the period with Moneybird. */
const COMPARED = '2026-11-02T20:05:00.000Z';

/**
 * The view of a period holding just this order (the parts a sentence needs), compared with Moneybird
 * (`checkedAt`), or not (null).
 */
function viewOf(item: OrderExplanation, checkedAt: string | null = COMPARED): ReconciliationView {
  const zero = { inclTax: '0.00', exclTax: '0.00', vat: '0.00' };
  const difference = { ...figuresOf(item.differences), inclTax: '0.00' };
  const still = { ...figuresOf(item.stillBooked), inclTax: '0.00' };
  return {
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
      inBooks: 1,
      parked: 0,
      skipped: 0,
      waiting: 0,
      shopNotRecorded: 0,
      bookedNotRecorded: 0,
      inOtherAdministration: 0,
      cancelledInShop: 0,
    },
    kinds: [{ kind: item.kind, orders: 1, difference }],
    cancelledInShop: {
      orders: item.kind === 'cancelled_in_shop' ? 1 : 0,
      stillBooked: still,
      partlyCredited: 0,
      credited: zero,
      creditedLater: [],
      toCredit: still,
    },
    cancelledSettled: { orders: item.kind === 'cancelled_settled' ? 1 : 0, stillBooked: still },
    foreignCurrencyOrders: [],
    bookedAcrossPeriods: {
      foreignCurrencyFromEarlier: 0,
      foreignCurrencyFromEarlierOrders: [],
      atZeroLater: 0,
      atZeroFromEarlier: 0,
    },
    checkedAt,
    checkedMonths: [{ month: '2026-10', checkedAt }],
    administrations: [],
    explanations: { items: [item], total: 1, offset: 0, limit: 50, folded: 0 },
  };
}

/** An amount of money as written, and the words after it. */
const MONEY: Record<Locale, RegExp> = {
  nl: /€\s?(-?[\d.]*\d,\d{2})(?:\s(meer |minder )?(omzet excl\. btw|btw)\b)?/g,
  en: /(?:-?€)(-?[\d,]*\d\.\d{2})(?:\s(more |less )?(turnover excl\. VAT|VAT)\b)?/g,
};

/** Every amount the text names, with what it is ("excl" or "vat") and which way, if said. */
function amountsIn(text: string, locale: Locale) {
  return [...text.replace(/\u00a0/g, ' ').matchAll(MONEY[locale])].map((m) => ({
    amount: m[1]!,
    direction: m[2]?.trim() ?? null,
    what: m[3] === undefined ? null : /^(btw|VAT)$/.test(m[3]) ? 'vat' : 'excl',
  }));
}

/** The amounts by what they are: { excl: '20,00', vat: '4,20' }. */
const named = (text: string, locale: Locale) =>
  Object.fromEntries(amountsIn(text, locale).map((a) => [a.what, a.amount]));

const LOCALES = ['nl', 'en'] as const;
const t = { nl: translator('nl'), en: translator('en') };
const money = (locale: Locale) => (amount: string) => formatMoney(amount, locale);

describe('every amount the month per VAT rate says', () => {
  it('says what it is and carries no minus sign, in every sentence, verdict line and chip', () => {
    for (const locale of LOCALES)
      for (const kind of EXPLANATION_KINDS)
        for (const sign of [1, -1] as const) {
          const item = orderOf(kind, sign);
          const view = viewOf(item);
          const texts = [
            explanationText(item, locale, money(locale), true),
            explanationText(item, locale, money(locale), false),
            verdictText(view, locale, t[locale]).items[0]!.text,
            kindAmountsText(view.kinds[0]!, view, locale, t[locale]) ?? '',
          ];
          for (const text of texts) {
            const context = `${locale} ${kind} ${sign}: ${text}`;
            for (const found of amountsIn(text, locale)) {
              expect(found.what, context).not.toBeNull();
              expect(found.amount.startsWith('-'), context).toBe(false);
            }
            expect(text, context).not.toMatch(/-\s?€|€\s?-/);
            // No leftover parameter.
            expect(text, context).not.toMatch(/\{\w+\}/);
          }
        }
  });

  it('names the same amounts for a kind in its verdict line, its chip and its order’s sentence', () => {
    const expected: Partial<Record<ExplanationKind, Record<string, string>>> = {
      // The accountant's complaint: the sentence said € 176,50 (incl.), the chip € 157,47 (excl.).
      deleted_in_moneybird: { excl: '157,47', vat: '19,03' },
      booked_from_other_period: { excl: '316,07', vat: '64,45' },
      booked_in_other_period: { excl: '316,07', vat: '64,45' },
      // What Moneybird still counts: € 24,20 incl. VAT is € 20,00 turnover excl. VAT and € 4,20 VAT.
      cancelled_in_shop: { excl: '20,00', vat: '4,20' },
      // Settled by hand in Moneybird: what still counts as sold here, named the same everywhere.
      cancelled_settled: { excl: '20,00', vat: '4,20' },
      parked: { excl: '136,51', vat: '13,62' },
      other: { excl: '9,80', vat: '3,28' },
    };
    for (const [kind, amounts] of Object.entries(expected) as Array<
      [ExplanationKind, Record<string, string>]
    >) {
      const item = orderOf(kind, 1);
      const view = viewOf(item);
      const chip = kindAmountsText(view.kinds[0]!, view, 'nl', t.nl)!;
      const verdict = verdictText(view, 'nl', t.nl).items[0]!.text;
      expect(named(chip, 'nl'), `${kind} chip: ${chip}`).toEqual(amounts);
      expect(named(verdict, 'nl'), `${kind} verdict: ${verdict}`).toEqual(amounts);
      // The parked order's sentence gives its reason; the others name the amounts as well.
      if (kind !== 'parked') {
        const sentence = explanationText(item, 'nl', money('nl'), true);
        expect(named(sentence, 'nl'), `${kind} sentence: ${sentence}`).toEqual(amounts);
      }
    }
  });

  it('says which way a difference goes in words, the same way as the verdict’s direction', () => {
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    // Booked here from September: Moneybird counts more.
    const from = viewOf(orderOf('booked_from_other_period', 1));
    expect(plain(kindAmountsText(from.kinds[0]!, from, 'nl', t.nl)!)).toBe(
      'In Moneybird € 316,07 meer omzet excl. btw en € 64,45 meer btw dan in je winkel',
    );
    expect(plain(kindAmountsText(from.kinds[0]!, from, 'en', t.en)!)).toBe(
      'In Moneybird €316.07 more turnover excl. VAT and €64.45 more VAT than in your shop',
    );
    // Rounding: turnover one way, VAT the other.
    const rounding = viewOf(orderOf('rounding', 1));
    expect(plain(explanationText(rounding.explanations.items[0]!, 'nl', money('nl'), true))).toBe(
      'Verschil door afronding per regel (in Moneybird € 0,01 meer omzet excl. btw en € 0,01 minder btw dan in je winkel): je winkel rondt de btw per regel af, Moneybird per tarief. Het totaal van de bestelling klopt.',
    );
    // A deleted credit note: Moneybird counts more, though the credit's own figures are negative.
    const credit = viewOf(orderOf('deleted_in_moneybird', -1));
    expect(plain(verdictText(credit, 'nl', t.nl).items[0]!.text)).toContain(
      '(in Moneybird € 157,47 meer omzet excl. btw en € 19,03 meer btw dan in je winkel)',
    );
    // An order cancelled in the shop agrees on both sides: what Moneybird still counts of it.
    const cancelled = viewOf(orderOf('cancelled_in_shop', 1));
    expect(plain(kindAmountsText(cancelled.kinds[0]!, cancelled, 'nl', t.nl)!)).toBe(
      'Telt in Moneybird nog mee: € 20,00 omzet excl. btw en € 4,20 btw',
    );
  });

  it('says the same in the CSV file as on screen', () => {
    for (const locale of LOCALES)
      for (const kind of EXPLANATION_KINDS) {
        const item = orderOf(kind, -1);
        for (const checkedAt of [COMPARED, null]) {
          const rows = (
            parse(reconciliationCsv(viewOf(item, checkedAt), [item], locale), {
              delimiter: ';',
              bom: true,
            }) as string[][]
          ).filter((row) => row[5] === '1049');
          expect(rows.length).toBeGreaterThan(0);
          // A booking found deleted in Moneybird is said from Moneybird's side, compared or not.
          const read = checkedAt !== null || kind === 'deleted_in_moneybird';
          for (const row of rows)
            expect(row[7]).toBe(explanationText(item, locale, (a) => writtenMoney(a, locale), read));
          for (const found of amountsIn(rows[0]![7]!, locale)) expect(found.what).not.toBeNull();
        }
      }
  });

  it('says a difference is "in je boeken" (what Winkelbrug booked) until the period is compared with Moneybird', () => {
    const plain = (text: string) => text.replace(/\u00a0/g, ' ');
    const from = viewOf(orderOf('booked_from_other_period', 1), null);
    expect(plain(kindAmountsText(from.kinds[0]!, from, 'nl', t.nl)!)).toBe(
      'In je boeken € 316,07 meer omzet excl. btw en € 64,45 meer btw dan in je winkel',
    );
    expect(plain(kindAmountsText(from.kinds[0]!, from, 'en', t.en)!)).toBe(
      'In your books €316.07 more turnover excl. VAT and €64.45 more VAT than in your shop',
    );
    const rounding = orderOf('rounding', 1);
    expect(plain(explanationText(rounding, 'nl', money('nl'), false))).toBe(
      'Verschil door afronding per regel (in je boeken € 0,01 meer omzet excl. btw en € 0,01 minder btw dan in je winkel): je winkel rondt de btw per regel af, Moneybird per tarief. Het totaal van de bestelling klopt.',
    );
    // A booking deleted in Moneybird is what a comparison found there: said from Moneybird's side,
    // whatever the column is called (it never was "in je boeken … minder").
    const credit = viewOf(orderOf('deleted_in_moneybird', -1), null);
    expect(plain(verdictText(credit, 'nl', t.nl).items[0]!.text)).toContain(
      '(in Moneybird € 157,47 meer omzet excl. btw en € 19,03 meer btw dan in je winkel)',
    );
    const deleted = viewOf(orderOf('deleted_in_moneybird', 1), null);
    expect(plain(kindAmountsText(deleted.kinds[0]!, deleted, 'nl', t.nl)!)).toBe(
      'In Moneybird € 157,47 minder omzet excl. btw en € 19,03 minder btw dan in je winkel',
    );
    expect(plain(explanationText(deleted.explanations.items[0]!, 'nl', money('nl'), true))).toContain(
      'de factuur is daarna in Moneybird verwijderd: in Moneybird ontbreken nu € 157,47 omzet excl. btw en € 19,03 btw.',
    );
    // Another difference: the booking differs, said by the column's name: "in je boeken" until it
    // was compared, "in Moneybird" once it was.
    const other = orderOf('other', 1);
    expect(plain(explanationText(other, 'nl', money('nl'), false))).toMatch(
      /^De boeking wijkt af van je winkel \(in je boeken /,
    );
    expect(plain(explanationText(other, 'nl', money('nl'), true))).toMatch(
      /^De boeking wijkt af van je winkel \(in Moneybird /,
    );
    // Nothing before a comparison speaks of Moneybird's figures as they are now (but the booking a
    // comparison found deleted).
    for (const locale of LOCALES)
      for (const kind of EXPLANATION_KINDS.filter((k) => k !== 'deleted_in_moneybird')) {
        const item = orderOf(kind, 1);
        const view = viewOf(item, null);
        const texts = [
          explanationText(item, locale, money(locale), false),
          verdictText(view, locale, t[locale]).items[0]!.text,
          kindAmountsText(view.kinds[0]!, view, locale, t[locale]) ?? '',
        ];
        for (const text of texts) {
          expect(text, `${locale} ${kind}: ${text}`).not.toMatch(
            /\bin Moneybird €|In Moneybird (staat|has)|^Moneybird (wijkt|differs)/i,
          );
          // Nor by another name than the column's: "in je boeken" is what Winkelbrug booked.
          expect(text, `${locale} ${kind}: ${text}`).not.toMatch(
            /Winkelbrug boekte €|Winkelbrug booked €|Geboekt door Winkelbrug|Booked by Winkelbrug/,
          );
        }
      }
  });

  it('puts the kinds in one order: what needs the owner, what Winkelbrug still books, what is settled', () => {
    expect([...KIND_ORDER].sort()).toEqual([...EXPLANATION_KINDS].sort());
    const groups = KIND_ORDER.map(kindGroup);
    const rank = { owner: 0, underway: 1, settled: 2 };
    expect(groups.map((g) => rank[g])).toEqual(groups.map((g) => rank[g]).sort());
    expect(KIND_ORDER.slice(0, 4)).toEqual(['parked', 'deleted_in_moneybird', 'cancelled_in_shop', 'other']);
  });
});
