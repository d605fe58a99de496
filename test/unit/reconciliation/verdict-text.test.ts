// The verdict of the month per VAT rate as the owner reads it, from views the core computes out of a
// journal: "Klopt" only when shop and books are equal and nothing needs the owner, and then of "je
// boeken" (what Winkelbrug booked) until the period was compared with Moneybird, and of "Moneybird"
// once it was (saying when); a month that has not begun is never named as not compared;
// an order the shop cancelled after it was booked is not in order, though its figures agree, and one
// a credit order credits in part says how much is credited and what still counts; a difference that comes
// only from how bookkeeping works is calm and says so; which way a difference goes is said in words;
// and bookings held by another Moneybird administration are named.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../src/main/core/money/decimal';
import {
  monthPerVatRate,
  type ReconciliationView,
} from '../../../src/main/core/reconciliation/month-per-vat-rate';
import type { RateFigures } from '../../../src/main/core/reconciliation/order-figures';
import { type Period, periodRange } from '../../../src/main/core/reconciliation/period';
import { reconciliationCsv } from '../../../src/main/core/reconciliation/reconciliation-csv';
import type { Store } from '../../../src/main/core/store';
import { createPeriodFactsReader } from '../../../src/main/core/store/period-facts';
import {
  administrationHeading,
  checkedWhen,
  directionText,
  elsewhereText,
  verdictText,
} from '../../../src/renderer/components/reconciliation/verdict-text';
import { translator } from '../../../src/renderer/i18n/text';
import { EXPLANATION_KINDS } from '../../../src/shared/contract';
import { uiReconciliation } from '../../../src/shared/i18n/messages/ui-reconciliation';
import { kindGroup } from '../../../src/shared/reconciliation/standing';
import { freshStores } from '../../support/temp-dir';

const d = parseDecimal;
const stores = freshStores('winkelbrug-verdict-');

const OCTOBER: Period = { kind: 'month', year: 2026, index: 10 };
const BOXES: Record<string, string> = { '21': 'NL/1a', '9': 'NL/1b', '0': 'NL/1e' };
const at = (rate: string, incl: string, vat: string): RateFigures => ({
  rate,
  vatBox: BOXES[rate]!,
  inclTax: d(incl),
  exclTax: d(incl) - d(vat),
  vat: d(vat),
});

interface Sale {
  number: string;
  date: string;
  state?: 'done' | 'parked' | 'waiting_transient';
  shop: RateFigures[];
  booked?: RateFigures[];
  bookedOn?: string;
  administration?: string;
  /** A credit order: the order it credits. */
  credits?: string;
}

/** A journal holding these orders as the engine leaves them, with the figures it records. */
function journalOf(sales: Sale[]): Store {
  const store = stores.open();
  for (const sale of sales) {
    const state = sale.state ?? 'done';
    store.db
      .prepare(
        `INSERT INTO order_journal (order_number, state, progress, booking_style, order_date, currency,
           moneybird_administration_id, reason_code, reason_nl, reason_en, credited_order_number,
           created_at, updated_at)
         VALUES (?, ?, ?, 'sales_invoice', ?, 'EUR', ?, ?, ?, ?, ?, 0, 0)`,
      )
      .run(
        sale.number,
        state,
        state === 'done' ? 'done' : 'pending',
        sale.date,
        sale.administration ?? null,
        state === 'parked' ? 'unmapped_tax_rate' : null,
        state === 'parked' ? 'Geen tarief' : null,
        state === 'parked' ? 'No rate' : null,
        sale.credits ?? null,
      );
    store.vatFigures.recordShop(sale.number, sale.shop);
    if (state !== 'done') continue;
    const booked = sale.booked ?? sale.shop;
    store.vatFigures.recordBooked(sale.number, {
      total: booked.reduce((s, r) => s + r.inclTax, 0n),
      rates: booked.map((r) => ({ ...r, taxRateId: `id${r.rate}`, taxRateName: `${r.rate}% btw` })),
      date: sale.bookedOn ?? sale.date,
      version: 1,
    });
  }
  return store;
}

/** The view as the screen's channel computes it, compared with Moneybird at `checkedAt` if given. */
function viewOf(
  store: Store,
  connected: string | null = null,
  checkedAt: string | null = null,
): ReconciliationView {
  const { from, to } = periodRange(OCTOBER);
  const figures = store.vatFigures.period(from, to, connected);
  const creditNotes = createPeriodFactsReader(store.db).creditNotesOf(
    figures.cancelled.map((c) => c.orderNumber),
  );
  return monthPerVatRate(OCTOBER, figures, {}, { creditNotes, checkedAt }) as ReconciliationView;
}

/** 2 November 2026, 21:05 on this computer's clock, and a moment later that day and the next. */
const CHECKED_AT = new Date(2026, 10, 2, 21, 5).toISOString();
const SAME_EVENING = new Date(2026, 10, 2, 22, 30);
const NEXT_DAY = new Date(2026, 10, 3, 9, 0);

/** Intl writes "€ 29,65" with a no-break space; the tests read it as a space. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ') ?? null;
const nl = translator('nl');
const en = translator('en');
const verdictIn = (view: ReconciliationView, locale: 'nl' | 'en' = 'nl', now = SAME_EVENING) => {
  const v = verdictText(view, locale, locale === 'nl' ? nl : en, now);
  return {
    ...v,
    headline: plain(v.headline),
    direction: plain(v.direction),
    items: v.items.map((i) => ({ kind: i.kind, group: i.group, text: plain(i.text) })),
  };
};

/** 2 × Mok at 21 % and Thee at 9 %: 29.65, of which 4.65 VAT. */
const mugsAndTea = [at('21', '24.20', '4.20'), at('9', '5.45', '0.45')];

describe('the verdict', () => {
  it('says "Klopt" with a check mark only when shop and books are equal and nothing needs the owner', () => {
    const store = journalOf([{ number: '1', date: '2026-10-02', shop: mugsAndTea }]);
    // Not compared with Moneybird: equal to what Winkelbrug booked, which Moneybird may no longer hold.
    expect(verdictIn(viewOf(store))).toEqual({
      standing: 'equal',
      inOrder: true,
      headline:
        'Klopt: in je boeken staat hetzelfde als in je winkel. Is er sinds het boeken in Moneybird iets veranderd? Kies dan "Vergelijk met Moneybird".',
      direction: null,
      items: [],
    });
    expect(verdictIn(viewOf(store), 'en').headline).toBe(
      'Correct: your books hold the same as your shop. Was anything changed in Moneybird since booking? Then choose "Compare with Moneybird".',
    );
    // Compared: the books in Moneybird, as read then.
    const compared = viewOf(store, null, CHECKED_AT);
    expect(verdictIn(compared)).toMatchObject({
      inOrder: true,
      headline: 'Klopt: in Moneybird staat hetzelfde als in je winkel (nagelezen om 21:05).',
    });
    expect(verdictIn(compared, 'nl', NEXT_DAY).headline).toBe(
      'Klopt: in Moneybird staat hetzelfde als in je winkel (nagelezen op 2 november 2026 om 21:05).',
    );
    expect(verdictIn(compared, 'en').headline).toBe(
      'Correct: Moneybird holds the same as your shop (checked at 21:05).',
    );
  });

  it('is not "Klopt" while an order cancelled in the shop still counts as revenue in Moneybird', () => {
    const store = journalOf([
      { number: '1', date: '2026-10-02', shop: mugsAndTea },
      { number: '2', date: '2026-10-03', shop: [at('21', '12.10', '2.10')] },
    ]);
    store.cancelledInShop.mark('1', 'Geannuleerd', '2026-10-20 10:00:00');
    const view = viewOf(store);
    // The figures agree on every line: both sides count it until a credit note exists.
    expect(view.verdict).toBe('agrees');
    const verdict = verdictIn(view);
    expect(verdict).toMatchObject({
      standing: 'attention',
      inOrder: false,
      headline: 'Niet in orde: 1 bestelling vraagt iets van je.',
      direction: null,
    });
    expect(verdict.items).toEqual([
      {
        kind: 'cancelled_in_shop',
        group: 'owner',
        text: '1 bestelling is na het boeken in je winkel geannuleerd, zonder creditorder. Ze telt in je boeken nog mee: € 25,00 omzet excl. btw en € 4,65 btw. Daarom staat ze hierboven aan beide kanten nog als verkocht. Maak in je winkel een creditorder, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
      },
    ]);
    const english = verdictIn(view, 'en');
    expect(english.headline).toBe('Not in order: 1 order asks something of you.');
    expect(english.items[0]!.text).toContain(
      'It still counts in your books: €25.00 turnover excl. VAT and €4.65 VAT.',
    );
    expect(english.items[0]!.text).toContain('"Settled myself"');
    // Two of them: counted together.
    store.cancelledInShop.mark('2', 'Geannuleerd', '2026-10-21 10:00:00');
    const two = verdictIn(viewOf(store));
    expect(two.headline).toBe('Niet in orde: 2 bestellingen vragen iets van je.');
    expect(two.items[0]!.text).toContain(
      '2 bestellingen zijn na het boeken in je winkel geannuleerd, zonder creditorder. Ze tellen in je boeken nog mee: samen € 35,00 omzet excl. btw en € 6,75 btw.',
    );
  });

  it('says how much a credit order credits of a cancelled order already, and what still counts', () => {
    // The shop credits the tea of order 1 (a credit note in Moneybird), then calls the rest off.
    const store = journalOf([
      { number: '1', date: '2026-10-02', shop: mugsAndTea },
      { number: '2', date: '2026-10-03', shop: [at('21', '12.10', '2.10')] },
      { number: 'C1', date: '2026-10-10', credits: '1', shop: [at('9', '-5.45', '-0.45')] },
    ]);
    store.cancelledInShop.mark('1', 'Geannuleerd', '2026-10-20 10:00:00');
    const view = viewOf(store);
    expect(view.cancelledInShop).toMatchObject({
      orders: 1,
      partlyCredited: 1,
      credited: { exclTax: '5.00', vat: '0.45' },
      stillBooked: { exclTax: '20.00', vat: '4.20' },
    });
    const verdict = verdictIn(view);
    expect(verdict.headline).toBe('Niet in orde: 1 bestelling vraagt iets van je.');
    expect(verdict.items[0]!.text).toBe(
      '1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al € 5,00 omzet excl. btw en € 0,45 btw van gecrediteerd. De rest telt in je boeken nog mee: € 20,00 omzet excl. btw en € 4,20 btw. Daarom staat die hierboven aan beide kanten nog als verkocht. Maak in je winkel een creditorder voor de rest, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    );
    expect(verdict.items[0]!.text).not.toContain('zonder creditorder');
    expect(verdictIn(view, 'en').items[0]!.text).toContain(
      'is not fully credited yet: €5.00 turnover excl. VAT and €0.45 VAT of it is credited already. The rest still counts in your books: €20.00 turnover excl. VAT and €4.20 VAT.',
    );
    // With a second one, not credited at all: how many are credited in part, and both together.
    store.cancelledInShop.mark('2', 'Geannuleerd', '2026-10-21 10:00:00');
    const two = verdictIn(viewOf(store));
    expect(two.items[0]!.text).toContain(
      '2 bestellingen zijn na het boeken in je winkel geannuleerd en nog niet (helemaal) gecrediteerd. Van 1 ervan is al een deel gecrediteerd: samen € 5,00 omzet excl. btw en € 0,45 btw. Ze tellen in je boeken nog mee: samen € 30,00 omzet excl. btw en € 6,30 btw.',
    );
  });

  it('is calm when the whole difference comes from orders of a locked month booked on the first open day', () => {
    const view = viewOf(
      journalOf([
        { number: '1', date: '2026-10-05', shop: [at('9', '10.90', '0.90')] },
        { number: '2', date: '2026-09-28', bookedOn: '2026-10-01', shop: [at('21', '60.50', '10.50')] },
        { number: '3', date: '2026-09-29', bookedOn: '2026-10-01', shop: [at('21', '24.20', '4.20')] },
      ]),
    );
    expect(view.total.difference).toMatchObject({ exclTax: '70.00', vat: '14.70' });
    expect(verdictIn(view)).toEqual({
      standing: 'explained',
      inOrder: false,
      headline: 'Het verschil is helemaal verklaard. Niets te doen.',
      // Moneybird minus the shop is above zero: the books count more, said without a sign; not
      // compared with Moneybird, of what Winkelbrug booked: "in je boeken", as the column says.
      direction: 'In je boeken staat € 70,00 meer omzet excl. btw en € 14,70 meer btw dan in je winkel.',
      items: [
        {
          kind: 'booked_from_other_period',
          group: 'settled',
          text: '2 bestellingen uit een eerdere periode, die in Moneybird al was afgesloten, zijn op de eerste open dag geboekt, in deze periode (in je boeken € 70,00 meer omzet excl. btw en € 14,70 meer btw dan in je winkel). Moneybird telt ze hier mee, je winkel in de periode van de bestelling.',
        },
      ],
    });
    expect(verdictIn(view, 'en')).toMatchObject({
      headline: 'The difference is fully explained. Nothing to do.',
      direction: 'Your books hold €70.00 more turnover excl. VAT and €14.70 more VAT than your shop.',
    });
    // Compared with Moneybird: what Moneybird holds, plainly, by the column's other name.
    const store = journalOf([
      { number: '2', date: '2026-09-28', bookedOn: '2026-10-01', shop: [at('21', '60.50', '10.50')] },
    ]);
    const checked = verdictIn(viewOf(store, null, CHECKED_AT));
    expect(checked.direction).toBe(
      'In Moneybird staat € 50,00 meer omzet excl. btw en € 10,50 meer btw dan in je winkel.',
    );
    expect(checked.items[0]!.text).toContain(
      '(in Moneybird € 50,00 meer omzet excl. btw en € 10,50 meer btw dan in je winkel)',
    );
  });

  it('puts what needs the owner first when a difference is only partly explained by bookkeeping', () => {
    const view = viewOf(
      journalOf([
        {
          number: '1',
          date: '2026-10-05',
          shop: [at('21', '46.40', '8.06')],
          booked: [at('21', '46.40', '8.05')],
        },
        { number: '2', date: '2026-09-28', bookedOn: '2026-10-01', shop: [at('21', '60.50', '10.50')] },
        { number: '3', date: '2026-10-06', state: 'parked', shop: [at('9', '218.00', '18.00')] },
      ]),
    );
    const verdict = verdictIn(view);
    expect(verdict.standing).toBe('attention');
    expect(verdict.headline).toBe('Niet in orde: 1 bestelling vraagt iets van je.');
    // 200.00 parked in the shop, 50.00 more in Moneybird from September, a cent of rounding the
    // other way: 149.99 less in Moneybird.
    expect(verdict.direction).toBe(
      'In je boeken staat € 149,99 minder omzet excl. btw en € 7,51 minder btw dan in je winkel.',
    );
    expect(verdict.items.map((i) => [i.kind, i.group])).toEqual([
      ['parked', 'owner'],
      ['rounding', 'settled'],
      ['booked_from_other_period', 'settled'],
    ]);
    // Not compared with Moneybird: each kind says "in je boeken", as the direction and the column do.
    expect(verdict.items[0]!.text).toBe(
      '1 bestelling wacht op jou en is nog niet geboekt (in je boeken € 200,00 minder omzet excl. btw en € 18,00 minder btw dan in je winkel). Open haar hieronder: er staat wat haar tegenhoudt en wat je kunt doen.',
    );
    // Each kind says which way it goes, so that together they make the direction above: 200.00 less,
    // 50.00 more from September, a cent of rounding (turnover and VAT the other way round).
    expect(verdict.items[1]!.text).toContain(
      '(in je boeken € 0,01 meer omzet excl. btw en € 0,01 minder btw dan in je winkel)',
    );
    expect(verdict.items[2]!.text).toContain(
      '(in je boeken € 50,00 meer omzet excl. btw en € 10,50 meer btw dan in je winkel)',
    );
  });

  it('says that Winkelbrug still books an order waiting for another attempt', () => {
    const view = viewOf(
      journalOf([
        { number: '1', date: '2026-10-05', shop: mugsAndTea },
        { number: '2', date: '2026-10-06', state: 'waiting_transient', shop: [at('21', '12.10', '2.10')] },
      ]),
    );
    expect(verdictIn(view)).toMatchObject({
      standing: 'underway',
      headline: 'Nog niet alles is geboekt: Winkelbrug boekt nog 1 bestelling. Je hoeft niets te doen.',
      direction: 'In je boeken staat € 10,00 minder omzet excl. btw en € 2,10 minder btw dan in je winkel.',
    });
  });

  it('says which way each part goes when turnover and VAT differ in opposite directions', () => {
    // The view's difference is Moneybird minus the shop: above zero, Moneybird counts more.
    expect(plain(directionText({ exclTax: '0.01', vat: '-0.01' }, 'nl', nl, true))).toBe(
      'In Moneybird staat € 0,01 meer omzet excl. btw en € 0,01 minder btw dan in je winkel.',
    );
    expect(plain(directionText({ exclTax: '0.00', vat: '-0.02' }, 'nl', nl, true))).toBe(
      'In Moneybird staat € 0,02 minder btw dan in je winkel.',
    );
    expect(plain(directionText({ exclTax: '0.00', vat: '-0.02' }, 'nl', nl))).toBe(
      'In je boeken staat € 0,02 minder btw dan in je winkel.',
    );
    expect(directionText({ exclTax: '0.00', vat: '0.00' }, 'nl', nl)).toBeNull();
  });
});

describe('a quarter compared with Moneybird in part', () => {
  const Q4: Period = { kind: 'quarter', year: 2026, index: 4 };
  /** Q4 with each month compared at the moment given (null: not), seen on the shop's day `today`. */
  const quarterOf = (
    store: Store,
    months: Array<string | null>,
    today?: string,
    period: Period = Q4,
  ): ReconciliationView => {
    const { from, to } = periodRange(period);
    return monthPerVatRate(
      period,
      store.vatFigures.period(from, to, null),
      {},
      { monthsCheckedAt: months, today },
    ) as ReconciliationView;
  };
  const agreeing = () =>
    journalOf([
      { number: '1', date: '2026-10-02', shop: mugsAndTea },
      { number: '2', date: '2026-11-03', shop: mugsAndTea },
    ]);

  it('says "Klopt" of "je boeken", and which months were read, not "in Moneybird" as a whole', () => {
    const store = agreeing();
    // Seen in January: the whole quarter is past, and two of its months were not compared.
    const view = quarterOf(store, [CHECKED_AT, null, null], '2027-01-15');
    expect(view.checkedAt).toBeNull();
    expect(verdictIn(view)).toMatchObject({
      standing: 'equal',
      headline:
        'Klopt: in je boeken staat hetzelfde als in je winkel (oktober nagelezen om 21:05; november en december niet). Kies "Vergelijk met Moneybird" om ook november en december na te lezen.',
    });
    expect(verdictIn(view, 'en').headline).toBe(
      'Correct: your books hold the same as your shop (October checked at 21:05; November and December not). Choose "Compare with Moneybird" to check November and December too.',
    );
    // Every month read, at two moments: Moneybird's, as of the oldest, said per month.
    const december = new Date(2026, 11, 3, 9, 0).toISOString();
    const later = quarterOf(store, [CHECKED_AT, december, december], '2027-01-15');
    expect(later.checkedAt).toBe(CHECKED_AT);
    expect(verdictIn(later, 'nl', new Date(2026, 11, 3, 10, 0)).headline).toBe(
      'Klopt: in Moneybird staat hetzelfde als in je winkel (oktober nagelezen op 2 november 2026 om 21:05; november en december nagelezen om 09:00).',
    );
  });

  it('names no month that has not begun as not compared, nor asks to compare it', () => {
    const store = agreeing();
    // 30 November: December has not begun. October was compared, November (under way) not.
    const view = quarterOf(store, [CHECKED_AT, null, null], '2026-11-30');
    expect(view.checkedMonths.map((m) => m.month)).toEqual(['2026-10', '2026-11']);
    expect(checkedWhen(view, 'nl', SAME_EVENING)).toEqual({
      text: 'oktober nagelezen om 21:05; november niet',
      unread: 'november',
      when: null,
    });
    const headline = verdictIn(view).headline;
    expect(headline).toBe(
      'Klopt: in je boeken staat hetzelfde als in je winkel (oktober nagelezen om 21:05; november niet). Kies "Vergelijk met Moneybird" om ook november na te lezen.',
    );
    // The line under the button and the accountant's file say the same: December is not named.
    const months = checkedWhen(view, 'nl', SAME_EVENING)!;
    const status = nl('reconciliation.check.partly', { checked: months.text, unread: months.unread ?? '' });
    expect(status).toBe(
      'Nog niet alles is vergeleken met Moneybird: oktober nagelezen om 21:05; november niet. Voor november toont de kolom "In je boeken" wat Winkelbrug boekte. Kies "Vergelijk met Moneybird" om ook november na te lezen; in Moneybird verandert niets.',
    );
    const total = (
      parse(reconciliationCsv(view, view.explanations.items, 'nl'), {
        delimiter: ';',
        bom: true,
      }) as string[][]
    ).find((row) => row[0] === 'Totaal')!;
    expect(total[7]).toBe(
      'Kolommen In je boeken: oktober nagelezen in Moneybird op 2 november 2026 om 21:05; november zoals Winkelbrug boekte, niet nagelezen. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    );
    for (const text of [headline, status, total[7]]) expect(text).not.toMatch(/december/i);
    // October and November both read: the quarter so far is Moneybird's, as a whole.
    const both = quarterOf(store, [CHECKED_AT, NEXT_DAY.toISOString(), null], '2026-11-30');
    expect(both.checkedAt).toBe(CHECKED_AT);
    expect(verdictIn(both, 'nl', NEXT_DAY).headline).toBe(
      'Klopt: in Moneybird staat hetzelfde als in je winkel (oktober nagelezen op 2 november 2026 om 21:05; november nagelezen om 09:00).',
    );
    // The quarter compared as a whole on 2 November covers October and November; when December
    // has begun, that comparison read nothing of it.
    const wholeEarly = quarterOf(store, [CHECKED_AT, CHECKED_AT, CHECKED_AT], '2026-11-30');
    expect(checkedWhen(wholeEarly, 'nl', SAME_EVENING)?.text).toBe('nagelezen om 21:05');
    const inDecember = quarterOf(store, [CHECKED_AT, CHECKED_AT, CHECKED_AT], '2026-12-10');
    expect(inDecember.checkedMonths).toEqual([
      { month: '2026-10', checkedAt: CHECKED_AT },
      { month: '2026-11', checkedAt: CHECKED_AT },
      { month: '2026-12', checkedAt: null },
    ]);
    expect(checkedWhen(inDecember, 'nl', NEXT_DAY)?.text).toBe(
      'oktober en november nagelezen op 2 november 2026 om 21:05; december niet',
    );
  });

  it('may name a month under way as not compared, and has no months at all for a period not begun', () => {
    const store = agreeing();
    const november: Period = { kind: 'month', year: 2026, index: 11 };
    // November under way, not compared: what Winkelbrug booked, and the owner may compare it.
    const underWay = quarterOf(store, [null], '2026-11-30', november);
    expect(underWay.checkedMonths).toEqual([{ month: '2026-11', checkedAt: null }]);
    expect(verdictIn(underWay).headline).toBe(
      'Klopt: in je boeken staat hetzelfde als in je winkel. Is er sinds het boeken in Moneybird iets veranderd? Kies dan "Vergelijk met Moneybird".',
    );
    // December and the next quarter, on 30 November: nothing to compare, and nothing said of it.
    const december = quarterOf(store, [null], '2026-11-30', { kind: 'month', year: 2026, index: 12 });
    const nextQuarter = quarterOf(store, [null, null, null], '2026-11-30', {
      kind: 'quarter',
      year: 2027,
      index: 1,
    });
    for (const upcoming of [december, nextQuarter]) {
      expect(upcoming).toMatchObject({ checkedAt: null, checkedMonths: [], standing: 'empty' });
      expect(checkedWhen(upcoming, 'nl')).toBeNull();
    }
  });

  it('says a difference as "in je boeken", and a deleted booking of a month read as Moneybird’s', () => {
    const store = journalOf([
      { number: '1', date: '2026-10-02', shop: mugsAndTea },
      { number: '2', date: '2026-11-03', shop: mugsAndTea, booked: [at('21', '24.20', '4.20')] },
    ]);
    store.vatFigures.recordGone('1');
    const view = quarterOf(store, [CHECKED_AT, null, null]);
    const verdict = verdictIn(view);
    expect(verdict.direction).toBe(
      'In je boeken staat € 30,00 minder omzet excl. btw en € 5,10 minder btw dan in je winkel.',
    );
    expect(verdict.items.find((i) => i.kind === 'deleted_in_moneybird')?.text).toContain(
      '(in Moneybird € 25,00 minder omzet excl. btw en € 4,65 minder btw dan in je winkel)',
    );
    // November's order was not read: neither Winkelbrug's nor Moneybird's alone, but the books'.
    expect(verdict.items.find((i) => i.kind === 'other')?.text).toContain(
      '(in je boeken € 5,00 minder omzet excl. btw en € 0,45 minder btw dan in je winkel)',
    );
    for (const item of verdict.items) expect(item.text).not.toContain('Winkelbrug boekte');
  });
});

describe('bookings in another Moneybird administration', () => {
  const switched = () =>
    journalOf([
      { number: '1', date: '2026-10-02', shop: mugsAndTea, administration: 'A' },
      { number: '2', date: '2026-10-03', shop: mugsAndTea, administration: 'A' },
      { number: '3', date: '2026-10-04', shop: [at('9', '5.45', '0.45')], administration: 'A' },
      { number: '4', date: '2026-10-20', shop: mugsAndTea, administration: 'B' },
      { number: '5', date: '2026-10-21', shop: [at('21', '12.10', '2.10')], administration: 'B' },
    ]);

  it('is no plain "Klopt": it says the bookings are in two administrations, named, each with its own return', () => {
    const view = viewOf(switched(), 'B');
    expect(view.verdict).toBe('agrees');
    expect(verdictIn(view)).toMatchObject({
      standing: 'equal',
      inOrder: false,
      headline:
        'In je boeken staat hetzelfde als in je winkel, maar verdeeld over 2 Moneybird-administraties. Elke administratie doet haar eigen btw-aangifte: hieronder staat wat in welke hoort.',
    });
    const names = { A: 'Bakkerij Jansen', B: 'Bakkerij Jansen BV' };
    expect(elsewhereText(view, names, 'nl', nl)).toBe(
      '3 van de 5 geboekte bestellingen van deze periode staan in "Bakkerij Jansen", niet in de gekoppelde administratie "Bakkerij Jansen BV": ze zijn geboekt voordat je van administratie wisselde.',
    );
    expect(elsewhereText(view, names, 'en', en)).toBe(
      '3 of the 5 booked orders of this period are in "Bakkerij Jansen", not in the connected administration "Bakkerij Jansen BV": they were booked before you switched administration.',
    );
    // Moneybird did not tell the names: in general words.
    expect(elsewhereText(view, {}, 'nl', nl)).toBe(
      '3 van de 5 geboekte bestellingen van deze periode staan in een andere administratie, niet in de gekoppelde administratie: ze zijn geboekt voordat je van administratie wisselde.',
    );
    expect(view.administrations.map((a) => administrationHeading(a, { A: 'Bakkerij Jansen' }, nl))).toEqual([
      'Gekoppelde administratie',
      'Bakkerij Jansen',
    ]);
  });

  it('says so when every booking of the period is in the other administration', () => {
    const store = switched();
    const view = viewOf(store, 'C');
    expect(view.administrations.map((a) => [a.id, a.orders])).toEqual([
      ['C', 0],
      ['A', 3],
      ['B', 2],
    ]);
    expect(verdictIn(view).headline).toContain('2 Moneybird-administraties');
    const onlyA = viewOf(
      journalOf([{ number: '1', date: '2026-10-02', shop: mugsAndTea, administration: 'A' }]),
      'B',
    );
    expect(verdictIn(onlyA).headline).toBe(
      'In je boeken staat hetzelfde als in je winkel, maar in een andere Moneybird-administratie dan de gekoppelde. Het hoort in de btw-aangifte van die administratie: hieronder staat welke.',
    );
    expect(elsewhereText(onlyA, { A: 'Oud', B: 'Nieuw' }, 'nl', nl)).toBe(
      'De geboekte bestelling van deze periode staat in "Oud", niet in de gekoppelde administratie "Nieuw": ze is geboekt voordat je van administratie wisselde.',
    );
    expect(elsewhereText(viewOf(store, 'C'), { A: 'Oud', B: 'Nieuw' }, 'nl', nl)).toBe(
      'Alle 5 geboekte bestellingen van deze periode staan in "Oud" en "Nieuw", niet in de gekoppelde administratie: ze zijn geboekt voordat je van administratie wisselde.',
    );
    // With the connected administration alone, nothing of the kind is said.
    expect(elsewhereText(viewOf(store, null), {}, 'nl', nl)).toBeNull();
  });
});

describe('every kind of explanation', () => {
  it('has its name, its sentence per order and its verdict line, for one and for more, in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      const catalog = uiReconciliation[locale] as Record<string, string>;
      for (const kind of EXPLANATION_KINDS) {
        for (const key of [
          `reconciliation.kind.${kind}`,
          `reconciliation.explain.${kind}`,
          `reconciliation.verdict.kind.${kind}`,
          `reconciliation.verdict.kind.${kind}.one`,
        ])
          expect(catalog[key], `${locale} ${key}`).toBeTruthy();
        // The sentence for one order does not say "1 bestellingen".
        expect(catalog[`reconciliation.verdict.kind.${kind}.one`]).not.toContain('{count}');
        expect(['settled', 'underway', 'owner']).toContain(kindGroup(kind));
      }
    }
  });
});
