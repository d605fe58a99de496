// The dashboard's parked orders and activity as the owner reads them: orders parked for one cause
// show once, with the orders by number and one button for all of them, each order still there to
// skip or retry alone; the activity shows what happened lately and folds the rest away.
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { ActivityList } from '../../../src/renderer/components/ActivityList';
import { sameReasonAs } from '../../../src/renderer/components/common/group-by-cause';
import { groupByCause, HeldOrders } from '../../../src/renderer/components/HeldOrders';
import type { AppState, AppStore } from '../../../src/renderer/state/app-store';
import {
  type OrderInvoice,
  type OrdersStore,
  OrdersStoreContext,
} from '../../../src/renderer/state/orders-store';
import { StoreContext } from '../../../src/renderer/state/store-context';
import type { HeldOrder, LogLine } from '../../../src/shared/contract';

const parkedFor = (orderNumber: string, code: string | null, section: HeldOrder['settingsSection'] = null) =>
  ({
    orderNumber,
    orderDate: '2026-11-20',
    creditedOrderNumber: null as string | null,
    reason: code
      ? {
          nl: `Bestelling ${orderNumber} bevat producten of kosten met 0% btw (${code}).`,
          en: `Order ${orderNumber} (${code}).`,
        }
      : null,
    reasonCode: code,
    settingsSection: section,
    invoiceToTakeOver: null,
    nextAttemptAt: null,
    attempts: 0,
    heldSince: '2026-11-20T12:00:00.000Z',
  }) satisfies HeldOrder;

function render(
  node: React.ReactNode,
  patch: Partial<AppState>,
  invoices: Record<string, OrderInvoice> = {},
): string {
  const app = createStore<AppState>()(
    () =>
      ({
        connection: 'open',
        status: null,
        log: [],
        locale: 'nl',
        notice: null,
        orders: null,
        busyOrder: null,
        adjustedSections: [],
        ...patch,
      }) as unknown as AppState,
  ) as AppStore;
  // The activity names invoices by number; these lines name no order, so nothing is looked up.
  const orders = createStore()(() => ({
    invoices,
    lookUpInvoices: async () => {},
  })) as unknown as OrdersStore;
  return renderToStaticMarkup(
    <MemoryRouter>
      <StoreContext.Provider value={app}>
        <OrdersStoreContext.Provider value={orders}>{node}</OrdersStoreContext.Provider>
      </StoreContext.Provider>
    </MemoryRouter>,
  );
}

const count = (html: string, testId: string) => html.split(`data-testid="${testId}"`).length - 1;

describe('parked orders on the dashboard', () => {
  it('groups by cause: the reason code, the setting that fixes it and the reason but for the number; an order without a code stands alone', () => {
    const groups = groupByCause([
      parkedFor('1', 'unmapped_tax_rate', 'taxRates'),
      parkedFor('2', 'lines_do_not_add_up'),
      parkedFor('3', 'unmapped_tax_rate', 'taxRates'),
      parkedFor('4', null),
      parkedFor('5', null),
      parkedFor('6', 'unmapped_tax_rate', 'payments'),
      parkedFor('7', 'period_locked'),
      parkedFor('8', 'period_locked'),
    ]);
    expect(groups.map((g) => g.map((o) => o.orderNumber))).toEqual([
      ['1', '3'],
      ['2'],
      ['4'],
      ['5'],
      ['6'],
      ['7', '8'],
    ]);
  });

  it('shows three or more orders of one cause once, with all their numbers and one retry for all', () => {
    const same = ['1101', '1102', '1103', '1104'].map((n) => parkedFor(n, 'unmapped_tax_rate', 'taxRates'));
    const alone = parkedFor('1200', 'lines_do_not_add_up');
    const html = render(<HeldOrders />, {
      orders: { parked: [...same, alone], waiting: [], parkedTotal: 5, waitingTotal: 0 },
    });
    expect(count(html, 'parked-group')).toBe(1);
    expect(html).toContain('4 bestellingen om dezelfde reden');
    // The first order's reason, as an example, names its order once.
    expect(html).toContain('Bijvoorbeeld: </span>Bestelling 1101 bevat producten of kosten met 0% btw');
    const reason = html.match(/data-testid="parked-group-reason">(.*?)<\/p>/)![1]!;
    expect(reason.match(/1101/g)).toHaveLength(1);
    for (const n of ['1101', '1102', '1103', '1104']) expect(html).toContain(`href="/orders/${n}"`);
    expect(html).toMatch(/data-testid="retry-group"[^>]*>Alle 4 opnieuw proberen</);
    // The one setting that fixes them all, once above the fold …
    const group = html.slice(html.indexOf('data-testid="parked-group"'), html.indexOf('<details'));
    expect(count(group, 'fix-setting')).toBe(1);
    // … and each order is still there, folded, to skip or retry alone; the other cause stands alone.
    expect(count(html, 'parked-order')).toBe(5);
    expect(html).toMatch(/<details class="group-each">/);
    expect(html).toContain('data-order="1200"');
    // In the fold, a reason that says what the example says, but for its own number, is not said again.
    const fold = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
    expect(fold.match(/Om dezelfde reden als hierboven\./g)).toHaveLength(4);
    expect(fold).not.toContain('bevat producten');
    expect(count(fold, 'fix-setting')).toBe(0);
  });

  it('groups orders whose reasons share a code but name another country, rate or treatment apart', () => {
    // As the core words it (bookkeeping.ts refusal.tax_rate_absent): the country is the cause's detail.
    const absent = (orderNumber: string, country: { nl: string; en: string }) => ({
      ...parkedFor(orderNumber, 'tax_rate_absent'),
      reason: {
        nl: `Bestelling ${orderNumber} bevat producten of kosten met 0% btw (OSS-verkoop op afstand naar ${country.nl}), maar je Moneybird-administratie heeft geen actief verkooptarief van 0% voor ${country.nl}. Voeg dat tarief toe in Moneybird (Instellingen → Btw-tarieven) en probeer het daarna opnieuw; Winkelbrug kiest het dan zelf.`,
        en: `Order ${orderNumber} has products or costs at 0% VAT (OSS distance sale to ${country.en}), but your Moneybird administration has no active 0% sales rate for ${country.en}. Add that rate in Moneybird (Settings → Tax rates), then try again; Winkelbrug then chooses it by itself.`,
      },
    });
    const france = { nl: 'Frankrijk', en: 'France' };
    const belgium = { nl: 'België', en: 'Belgium' };
    const numbers = (groups: HeldOrder[][]) => groups.map((g) => g.map((o) => o.orderNumber));
    // France and Belgium: two causes, each with its own rate to add in Moneybird.
    expect(numbers(groupByCause([absent('2101', france), absent('2102', belgium)]))).toEqual([
      ['2101'],
      ['2102'],
    ]);
    // Three French ones: one cause, whatever their numbers.
    const french = ['2101', '2103', '2105'].map((n) => absent(n, france));
    expect(numbers(groupByCause([...french, absent('2102', belgium), absent('2104', belgium)]))).toEqual([
      ['2101', '2103', '2105'],
      ['2102', '2104'],
    ]);
    // Another rate or VAT treatment is another cause too, in either language.
    const nine = { ...absent('2106', france), reason: { ...absent('2106', france).reason } };
    nine.reason.nl = nine.reason.nl.replaceAll('0%', '9%');
    expect(numbers(groupByCause([...french, nine]))).toEqual([['2101', '2103', '2105'], ['2106']]);
    const enOnly = { ...absent('2107', france), reason: { ...absent('2107', france).reason, en: 'Other.' } };
    expect(numbers(groupByCause([...french, enOnly]))).toEqual([['2101', '2103', '2105'], ['2107']]);

    // On the dashboard: the three French ones as one group whose example names France, the two
    // Belgian ones each alone, so adding the French rate and retrying the group books all it holds.
    const html = render(<HeldOrders />, {
      orders: {
        parked: [...french, absent('2102', belgium), absent('2104', belgium)],
        waiting: [],
        parkedTotal: 5,
        waitingTotal: 0,
      },
    });
    expect(count(html, 'parked-group')).toBe(1);
    expect(html).toContain('3 bestellingen om dezelfde reden');
    const group = html.slice(html.indexOf('data-testid="parked-group"'), html.indexOf('</details>'));
    expect(group).toContain('verkooptarief van 0% voor Frankrijk');
    expect(group).not.toContain('België');
    expect(group).toMatch(/data-testid="retry-group"[^>]*>Alle 3 opnieuw proberen</);
    const alone = html.slice(html.indexOf('</details>'));
    expect(alone).toContain('data-order="2102"');
    expect(alone).toContain('data-order="2104"');
    expect(alone.match(/verkooptarief van 0% voor België/g)).toHaveLength(2);
  });

  it("keeps a group member's own reason where it says more than its number differently", () => {
    // One missing setting (a rounding choice) is one cause, though each order names its own difference.
    const rounding = (orderNumber: string, difference: string) => ({
      ...parkedFor(orderNumber, 'rounding_not_configured', 'rounding'),
      reason: {
        nl: `Bestelling ${orderNumber} heeft een afrondingsverschil van ${difference}, maar er is geen grootboekrekening of 0%-tarief voor afronding gekozen. Kies ze bij Afronding.`,
        en: `Order ${orderNumber} has a rounding difference of ${difference}.`,
      },
    });
    const same = ['1101', '1102', '1103'].map((n) => rounding(n, '€ 0,01'));
    const other = rounding('1104', '€ 0,02');
    const html = render(<HeldOrders />, {
      orders: { parked: [...same, other], waiting: [], parkedTotal: 4, waitingTotal: 0 },
    });
    expect(count(html, 'parked-group')).toBe(1);
    const fold = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
    expect(fold.match(/Om dezelfde reden als hierboven\./g)).toHaveLength(3);
    expect(fold).toContain('Bestelling 1104 heeft een afrondingsverschil van € 0,02');
    // A number inside a longer one, or a reference's end, is no mention of the order.
    expect(sameReasonAs('Zie 11010 en MWW-1101.', '1101', 'Zie 11010 en MWW-1101.', '1102')).toBe(true);
    expect(sameReasonAs('Bestelling 1101: 1101 stuks.', '1101', 'Bestelling 1102: 1102 stuks.', '1102')).toBe(
      true,
    );
    expect(sameReasonAs('Bestelling 1101 van 1 okt.', '1101', 'Bestelling 1102 van 2 okt.', '1102')).toBe(
      false,
    );
  });

  it('groups two orders of a locked period, with the one button that books them on the first open day', () => {
    // One lock in Moneybird, though each reason names its own order's date.
    const locked = (orderNumber: string, date: string) => ({
      ...parkedFor(orderNumber, 'period_locked'),
      reason: {
        nl: `Bestelling ${orderNumber} is van ${date}, maar je boekhouding in Moneybird is afgesloten tot en met 31 oktober 2026.`,
        en: `Order ${orderNumber} is of ${date}, but your books in Moneybird are closed up to 31 October 2026.`,
      },
    });
    const html = render(<HeldOrders />, {
      orders: {
        parked: [locked('1', '30 oktober 2026'), locked('2', '31 oktober 2026')],
        waiting: [],
        parkedTotal: 2,
        waitingTotal: 0,
      },
    });
    expect(count(html, 'parked-group')).toBe(1);
    expect(html).toContain('2 bestellingen uit een periode die in Moneybird is afgesloten');
    expect(html).toMatch(
      /data-testid="book-all-in-open-period"[^>]*>Boek de 2 bestellingen uit de afgesloten periode op de eerste open dag</,
    );
    // Retrying them as they are would only park them again: no retry for the group, nor for each.
    expect(count(html, 'retry-group')).toBe(0);
    expect(count(html, 'book-in-open-period')).toBe(2);
    expect(count(html, 'retry-order')).toBe(0);
    expect(count(html, 'skip-order')).toBe(2);
    // Not a second primary button beside "Nu synchroniseren".
    expect(html).toMatch(/<button type="button" data-testid="book-all-in-open-period"/);
    expect(html).not.toMatch(/class="primary"[^>]*data-testid="book-all-in-open-period"/);
  });

  it('offers a locked-period order alone its first open day and Skip, another order Retry too', () => {
    const html = render(<HeldOrders />, {
      orders: {
        parked: [parkedFor('1', 'period_locked'), parkedFor('2', 'lines_do_not_add_up')],
        waiting: [],
        parkedTotal: 2,
        waitingTotal: 0,
      },
    });
    const locked = html.slice(html.indexOf('data-order="1"'), html.indexOf('data-order="2"'));
    const other = html.slice(html.indexOf('data-order="2"'));
    expect(locked.match(/<button[^>]*>([^<]*)</g)?.map((b) => b.replace(/^.*>([^<]*)<$/, '$1'))).toEqual([
      'Boek op de eerste open dag',
      'Overslaan',
    ]);
    expect(other.match(/<button[^>]*>([^<]*)</g)?.map((b) => b.replace(/^.*>([^<]*)<$/, '$1'))).toEqual([
      'Opnieuw proberen',
      'Overslaan',
    ]);
  });

  it('lists the ways out of a reason written in lines, as the order’s page does', () => {
    const elsewhere = {
      ...parkedFor('973001', 'booked_elsewhere_unfinished'),
      reason: {
        nl: 'Bestelling 973001 staat al in de administratie "A" (factuur 2026-0001).\nWat je kunt doen:\nHoort ze in "A": kies "Overslaan".\nHoort ze in "B": kies "Opnieuw proberen".',
        en: 'Order 973001 is in "A".\nWhat you can do:\nIf it belongs in "A": choose "Skip".\nIf not: choose "Retry".',
      },
    };
    const html = render(<HeldOrders />, {
      orders: { parked: [elsewhere], waiting: [], parkedTotal: 1, waitingTotal: 0 },
    });
    const reason = html.match(/data-testid="parked-reason">([\s\S]*?)<\/div>/)![1]!;
    expect(reason).toMatch(
      /^<p>Bestelling 973001 staat al in de administratie .*<\/p><p class="todo-heading">Wat je kunt doen:<\/p>/,
    );
    expect([...reason.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replaceAll('&quot;', '"'))).toEqual(
      ['Hoort ze in "A": kies "Overslaan".', 'Hoort ze in "B": kies "Opnieuw proberen".'],
    );
    // One line, as most reasons are: one paragraph, as before.
    const plain = render(<HeldOrders />, {
      orders: {
        parked: [parkedFor('2', 'lines_do_not_add_up')],
        waiting: [],
        parkedTotal: 1,
        waitingTotal: 0,
      },
    });
    expect(plain).toContain('<p class="reason" data-testid="parked-reason">Bestelling 2 bevat');
  });

  it('lists the ways out of a group’s reason in lines, after "Bijvoorbeeld:", and the buttons they name in the fold', () => {
    // After an administration switch: three orders of the old administration, one cause.
    const elsewhere = ['973001', '973002', '973003'].map((n) => ({
      ...parkedFor(n, 'booked_elsewhere_unfinished'),
      reason: {
        nl: `Bestelling ${n} staat al in de administratie "A" (factuur 2026-0001), maar is daar nog niet als betaald geboekt.\nWat je kunt doen:\nHoort ze in "A": kies "Overslaan".\nHoort ze in "B": kies "Opnieuw proberen".`,
        en: `Order ${n} is in "A".\nWhat you can do:\nIf it belongs in "A": choose "Skip".\nIf not: choose "Retry".`,
      },
    }));
    const html = render(<HeldOrders />, {
      orders: { parked: elsewhere, waiting: [], parkedTotal: 3, waitingTotal: 0 },
    });
    expect(count(html, 'parked-group')).toBe(1);
    const reason = html.match(/data-testid="parked-group-reason">([\s\S]*?)<\/div>/)![1]!;
    // What happened, once, after "Bijvoorbeeld:"; the first order's number once; then the ways out.
    expect(reason).toMatch(
      /^<p><span class="group-example">Bijvoorbeeld: <\/span>Bestelling 973001 staat al in de administratie .*geboekt\.<\/p><p class="todo-heading">Wat je kunt doen:<\/p><ul class="todo-list" data-testid="parked-group-reason-cases">/,
    );
    expect(reason.match(/97300\d/g)).toEqual(['973001']);
    expect([...reason.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replaceAll('&quot;', '"'))).toEqual(
      ['Hoort ze in "A": kies "Overslaan".', 'Hoort ze in "B": kies "Opnieuw proberen".'],
    );
    // The group's own button retries all three; "Overslaan" is each order's, in the fold.
    expect(html).toMatch(/data-testid="retry-group"[^>]*>Alle 3 opnieuw proberen</);
    const fold = html.slice(html.indexOf('<details'));
    expect(count(fold, 'skip-order')).toBe(3);
    expect(html).toContain('<summary>Per bestelling bekijken, overslaan of los opnieuw proberen</summary>');
    // In English the same, under its own lead-in.
    const en = render(<HeldOrders />, {
      locale: 'en',
      orders: { parked: elsewhere, waiting: [], parkedTotal: 3, waitingTotal: 0 },
    });
    const reasonEn = en.match(/data-testid="parked-group-reason">([\s\S]*?)<\/div>/)![1]!;
    expect(reasonEn).toMatch(/^<p><span class="group-example">For example: <\/span>Order 973001 is in/);
    expect(reasonEn).toContain('<p class="todo-heading">What you can do:</p>');
  });

  it('lists the ways out of a waiting order’s reason in lines too', () => {
    const waiting = {
      ...parkedFor('3', 'transient'),
      reason: {
        nl: 'Moneybird was niet bereikbaar.\nWat je kunt doen:\nNiets: Winkelbrug probeert het zelf opnieuw.\nWacht het te lang: kies "Opnieuw proberen".',
        en: 'Moneybird could not be reached.\nWhat you can do:\nNothing.\nRetry.',
      },
    };
    const html = render(<HeldOrders />, {
      orders: { parked: [], waiting: [waiting], parkedTotal: 0, waitingTotal: 1 },
    });
    const reason = html.match(/data-testid="waiting-reason">([\s\S]*?)<\/div>/)![1]!;
    expect(reason).toMatch(
      /^<p>Moneybird was niet bereikbaar\.<\/p><p class="todo-heading">Wat je kunt doen:<\/p>/,
    );
    expect([...reason.matchAll(/<li>/g)]).toHaveLength(2);
    // A reason of one line stays one paragraph.
    const plain = render(<HeldOrders />, {
      orders: { parked: [], waiting: [parkedFor('4', 'transient')], parkedTotal: 0, waitingTotal: 1 },
    });
    expect(plain).toContain('<p class="reason" data-testid="waiting-reason">Bestelling 4 bevat');
  });

  it('shows no empty cards when nothing is parked or waits for a new attempt', () => {
    const none = { parked: [], waiting: [], parkedTotal: 0, waitingTotal: 0 };
    expect(render(<HeldOrders />, { orders: none })).toBe('');
    const waiting = {
      ...parkedFor('3', 'transient'),
      nextAttemptAt: '2026-11-29T15:00:00.000Z',
      attempts: 2,
    };
    const html = render(<HeldOrders />, { orders: { ...none, waiting: [waiting], waitingTotal: 1 } });
    expect(count(html, 'parked-orders')).toBe(0);
    expect(count(html, 'waiting-order')).toBe(1);
    expect(html).toContain('2 pogingen');
  });

  it('heads a credit order as a credit order, as its page does, and a sale as an order', () => {
    const credit = { ...parkedFor('971006', 'original_other_administration'), creditedOrderNumber: '971001' };
    const html = render(<HeldOrders />, {
      orders: {
        parked: [credit, parkedFor('971007', 'lines_do_not_add_up')],
        waiting: [],
        parkedTotal: 2,
        waitingTotal: 0,
      },
    });
    const headings = [...html.matchAll(/data-testid="held-order-link"[^>]*><strong>([^<]*)</g)].map(
      (m) => m[1],
    );
    expect(headings).toEqual(['Creditorder 971006', 'Bestelling 971007']);
    const en = render(<HeldOrders />, {
      locale: 'en',
      orders: { parked: [credit], waiting: [], parkedTotal: 1, waitingTotal: 0 },
    });
    expect(en).toMatch(/data-testid="held-order-link"[^>]*><strong>Credit order 971006</);
  });

  it('lists two orders of one cause each on their own', () => {
    const html = render(<HeldOrders />, {
      orders: {
        parked: [parkedFor('1', 'unmapped_tax_rate'), parkedFor('2', 'unmapped_tax_rate')],
        waiting: [],
        parkedTotal: 2,
        waitingTotal: 0,
      },
    });
    expect(count(html, 'parked-group')).toBe(0);
    expect(count(html, 'parked-order')).toBe(2);
  });

  it('says of a group whose setting is made by now that it is, and which button books them', () => {
    const made = (n: string) => ({ ...parkedFor(n, 'unmapped_tax_rate', 'taxRates'), settingMade: true });
    const html = render(<HeldOrders />, {
      orders: {
        parked: ['1101', '1102', '1103'].map(made),
        waiting: [],
        parkedTotal: 3,
        waitingTotal: 0,
      },
    });
    const group = html.slice(html.indexOf('data-testid="parked-group"'), html.indexOf('<details'));
    expect(group).toContain(
      'data-testid="setting-made">Het btw-tarief hiervoor is inmiddels gekozen: kies &quot;Alle 3 opnieuw proberen&quot;.',
    );
    expect(group).toMatch(/data-testid="retry-group"[^>]*>Alle 3 opnieuw proberen</);
    // The reason stays as it was written (it is the order's history); the note is what is true now.
    expect(group).toContain('bevat producten of kosten met 0% btw');
    // Not said while the setting is still missing.
    const missing = render(<HeldOrders />, {
      orders: {
        parked: ['1101', '1102', '1103'].map((n) => parkedFor(n, 'unmapped_tax_rate', 'taxRates')),
        waiting: [],
        parkedTotal: 3,
        waitingTotal: 0,
      },
    });
    expect(count(missing, 'setting-made')).toBe(0);
  });

  it('keeps orders whose setting is made apart from those of the same cause still waiting for theirs', () => {
    const made = (n: string) => ({ ...parkedFor(n, 'unmapped_tax_rate', 'taxRates'), settingMade: true });
    const html = render(<HeldOrders />, {
      orders: {
        parked: [
          made('1'),
          parkedFor('2', 'unmapped_tax_rate', 'taxRates'),
          made('3'),
          made('4'),
          parkedFor('5', 'unmapped_tax_rate', 'taxRates'),
        ],
        waiting: [],
        parkedTotal: 5,
        waitingTotal: 0,
      },
    });
    // Three made: one group that says so; the two still waiting stand alone, without the note.
    expect(count(html, 'parked-group')).toBe(1);
    expect(html).toContain('kies &quot;Alle 3 opnieuw proberen&quot;');
    expect(count(html, 'setting-made')).toBe(1);
    const alone = html.slice(html.indexOf('</details>'));
    expect(alone).toContain('data-order="2"');
    expect(alone).toContain('data-order="5"');
    // A single order made says it with its own Retry.
    const one = render(<HeldOrders />, {
      orders: { parked: [made('9')], waiting: [], parkedTotal: 1, waitingTotal: 0 },
    });
    expect(one).toContain(
      'data-testid="setting-made">Het btw-tarief hiervoor is inmiddels gekozen: kies &quot;Opnieuw proberen&quot;.',
    );
  });

  it('offers the retry after a change in Settings at the top only for orders that do not say it themselves', () => {
    const session = { adjustedSections: ['taxRates' as const], adjustedAt: { taxRates: Date.now() } };
    const made = (n: string) => ({ ...parkedFor(n, 'unmapped_tax_rate', 'taxRates'), settingMade: true });
    const allMade = render(<HeldOrders />, {
      ...session,
      orders: { parked: ['1', '2', '3'].map(made), waiting: [], parkedTotal: 3, waitingTotal: 0 },
    });
    expect(count(allMade, 'retry-adjusted')).toBe(0);
    expect(count(allMade, 'setting-made')).toBe(1);
    // A change the core cannot vouch for (another rate, say): the top offers the retry, as before.
    const notTold = render(<HeldOrders />, {
      ...session,
      orders: {
        parked: ['1', '2', '3'].map((n) => parkedFor(n, 'unmapped_tax_rate', 'taxRates')),
        waiting: [],
        parkedTotal: 3,
        waitingTotal: 0,
      },
    });
    expect(count(notTold, 'retry-adjusted')).toBe(1);
    expect(count(notTold, 'setting-made')).toBe(0);
  });
});

describe('recent activity on the dashboard', () => {
  const line = (seq: number): LogLine => ({
    seq,
    at: new Date(Date.UTC(2026, 10, 29, 12, 0, seq)).toISOString(),
    level: 'info',
    message: { nl: `Regel ${seq}`, en: `Line ${seq}` },
    orderNumber: null,
  });

  it('shows the twelve newest lines open and folds the older away', () => {
    const log = Array.from({ length: 40 }, (_, i) => line(i + 1));
    const html = render(<ActivityList />, { log });
    const open = html.slice(0, html.indexOf('data-testid="activity-older"'));
    expect(count(open, 'activity-item')).toBe(12);
    expect(open.indexOf('Regel 40')).toBeLessThan(open.indexOf('Regel 29'));
    expect(open).not.toContain('Regel 28<');
    expect(html).toContain('Oudere activiteit tonen (28)');
    expect(count(html, 'activity-item')).toBe(40);
  });

  it('links the order where the line names it, not with a "#1016" beside it', () => {
    const booked: LogLine = {
      ...line(1),
      message: { nl: 'Bestelling 1016 geboekt als factuur 2026-0009.', en: 'Order 1016 booked.' },
      orderNumber: '1016',
    };
    const html = render(<ActivityList />, { log: [booked] });
    expect(html).not.toContain('#1016');
    expect(html).toContain(
      '<span class="message">Bestelling <a class="order" data-testid="activity-order" href="/orders/1016" data-discover="true">1016</a> geboekt als factuur 2026-0009.</span>',
    );
    // A line about the order that does not name it (nor only inside a longer number) keeps the number beside it.
    const quiet: LogLine = {
      ...line(2),
      message: { nl: 'Overgeslagen op verzoek; zie 10160.', en: 'Skipped on request.' },
      orderNumber: '1016',
    };
    const other = render(<ActivityList />, { log: [quiet] });
    expect(other).toMatch(/data-testid="activity-order"[^>]*>#1016<\/a>/);
    expect(other).toContain('<span class="message">Overgeslagen op verzoek; zie 10160.</span>');
    // Nor the end of a reference: the order is linked where the line names it.
    const parked: LogLine = {
      ...line(3),
      message: {
        nl: 'Onder referentie MWE29627-1016 staat al een factuur; bestelling 1016 wacht op jou.',
        en: 'Order 1016 waits.',
      },
      orderNumber: '1016',
    };
    expect(render(<ActivityList />, { log: [parked] })).toContain(
      'MWE29627-1016 staat al een factuur; bestelling <a class="order" data-testid="activity-order" href="/orders/1016" data-discover="true">1016</a> wacht op jou.',
    );
  });

  it('names the administration of a booked line once the bookings are in more than one', () => {
    const booked = (seq: number, order: string, nl: string, en: string): LogLine => ({
      ...line(seq),
      message: { nl, en },
      orderNumber: order,
    });
    const log = [
      // Written while there was one administration: by Moneybird's id, then by number.
      booked(
        1,
        '971001',
        'Bestelling 971001 geboekt als factuur 480168124895530982.',
        'Order 971001 booked as invoice 480168124895530982.',
      ),
      booked(
        2,
        '971002',
        'Bestelling 971002 geboekt als factuur 2026-0002.',
        'Order 971002 booked as invoice 2026-0002.',
      ),
      // A credit's booked line, and a line about the order that is not its booked line.
      booked(
        3,
        '971003',
        'Creditorder 971003 geboekt als creditfactuur 2026-0003, creditering van bestelling 971001.',
        'Credit order 971003 booked as credit invoice 2026-0003, crediting order 971001.',
      ),
      booked(4, '971002', 'Bestelling 971002 staat weer in de wachtrij.', 'Order 971002 is queued again.'),
      // Written since: it names its administration already.
      booked(
        5,
        '971004',
        'Bestelling 971004 geboekt in de administratie "Tweede Zaak V.O.F." als factuur 2026-0001.',
        'Order 971004 booked in the administration "Tweede Zaak V.O.F." as invoice 2026-0001.',
      ),
    ];
    const inA = { administration: 'Winkelbrug Demo B.V.', creditedOrderNumber: null };
    const invoices: Record<string, OrderInvoice> = {
      '971001': { invoiceId: '480168124895530982', invoiceNumber: '2026-0001', ...inA },
      '971002': { invoiceId: '480168124895530983', invoiceNumber: '2026-0002', ...inA },
      '971003': {
        ...inA,
        invoiceId: '480168124895530984',
        invoiceNumber: '2026-0003',
        creditedOrderNumber: '971001',
      },
      '971004': {
        invoiceId: '480168124895530985',
        invoiceNumber: '2026-0001',
        administration: 'Tweede Zaak V.O.F.',
        creditedOrderNumber: null,
      },
    };
    const messages = (html: string) =>
      [...html.matchAll(/<span class="message">(.*?)<\/span><\/li>/g)].map((m) =>
        m[1]!.replace(/<[^>]+>/g, ''),
      );
    expect(messages(render(<ActivityList />, { log }, invoices))).toEqual([
      'Bestelling 971004 geboekt in de administratie &quot;Tweede Zaak V.O.F.&quot; als factuur 2026-0001.',
      'Bestelling 971002 staat weer in de wachtrij.',
      'Creditorder 971003 geboekt in de administratie &quot;Winkelbrug Demo B.V.&quot; als creditfactuur 2026-0003, creditering van bestelling 971001.',
      'Bestelling 971002 geboekt in de administratie &quot;Winkelbrug Demo B.V.&quot; als factuur 2026-0002.',
      'Bestelling 971001 geboekt in de administratie &quot;Winkelbrug Demo B.V.&quot; als factuur 2026-0001.',
    ]);
    expect(messages(render(<ActivityList />, { log, locale: 'en' }, invoices)).at(-1)).toBe(
      'Order 971001 booked in the administration &quot;Winkelbrug Demo B.V.&quot; as invoice 2026-0001.',
    );
    // While the bookings are in one administration the core names none, and the lines stay as written.
    const one = Object.fromEntries(
      Object.entries(invoices).map(([order, invoice]) => [order, { ...invoice, administration: null }]),
    );
    expect(messages(render(<ActivityList />, { log }, one)).at(-1)).toBe(
      'Bestelling 971001 geboekt als factuur 2026-0001.',
    );
  });

  it('folds nothing away when there is little', () => {
    const html = render(<ActivityList />, { log: [line(1), line(2)] });
    expect(count(html, 'activity-item')).toBe(2);
    expect(html).not.toContain('activity-older');
  });
});
