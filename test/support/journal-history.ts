// A journal filled the way years of syncing would leave it: mostly booked orders, some parked,
// waiting, skipped, unpaid or on their way, with customers' names and e-mails, dates spread over a
// period and every order taken through the journal's own steps. Deterministic per seed. For the
// orders query's tests and its benchmark (the shop simulator's generator makes orders, not journals).
import { parseDecimal } from '../../src/main/core/money/decimal';
import type { JournalState, Store } from '../../src/main/core/store';

const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chantal',
  'Daan',
  'Eva',
  'Fleur',
  'Gijs',
  'Hanna',
  'Iris',
  'Joost',
  'Karin',
  'Lars',
  'Mila',
  'Noor',
  'Olaf',
  'Pien',
  'Ruben',
  'Sanne',
  'Thijs',
  'Vera',
  'Wouter',
  'José',
];
const LAST_NAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'Çelik',
  'Öztürk',
];

/** The share of each end state, cumulative, in draw order. */
const STATE_SPREAD: ReadonlyArray<[JournalState, number]> = [
  ['done', 0.9],
  ['parked', 0.94],
  ['waiting_transient', 0.96],
  ['skipped', 0.98],
  ['discovered', 0.99],
  ['contact_ok', 1],
];

export interface JournalHistoryOptions {
  count: number;
  seed: number;
  /** First and last order date, YYYY-MM-DD. */
  from: string;
  to: string;
  firstNumber?: number;
}

export interface HistoryOrder {
  orderNumber: string;
  orderDate: string;
  customerName: string;
  customerEmail: string;
  state: JournalState;
  total: string;
}

function seeded(seed: number): () => number {
  // mulberry32: small, fast, good enough to spread test data.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

/** Fills the journal; returns what each order became, in order-number order. */
export function fillJournal(store: Store, options: JournalHistoryOptions): HistoryOrder[] {
  const random = seeded(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${options.to}T00:00:00Z`) - start) / DAY_MS) + 1;
  // Order numbers rise with the date, as in a shop.
  const dates = Array.from({ length: options.count }, () => Math.floor(random() * days))
    .sort((a, b) => a - b)
    .map((d) => new Date(start + d * DAY_MS).toISOString().slice(0, 10));
  const firstNumber = options.firstNumber ?? 100_001;
  const made: HistoryOrder[] = [];
  const { journal } = store;
  store.transaction(() => {
    dates.forEach((orderDate, i) => {
      const orderNumber = String(firstNumber + i);
      const first = pick(FIRST_NAMES);
      const last = pick(LAST_NAMES);
      const customerName = `${first} ${last}`;
      const customerEmail = `${first}.${last}.${i % 97}@example.nl`
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}|\s/gu, '');
      const draw = random();
      const state = STATE_SPREAD.find(([, upTo]) => draw < upTo)![0];
      const total = (5 + Math.floor(random() * 30000) / 100).toFixed(2);
      const facts = { orderDate, customerName, customerEmail };
      made.push({ orderNumber, orderDate, customerName, customerEmail, state, total });
      if (state === 'discovered') {
        journal.record({ orderNumber, state: 'discovered', ...facts });
        return;
      }
      journal.record({
        orderNumber,
        state: 'pending',
        bookingStyle: 'sales_invoice',
        reference: `MWW-${orderNumber}`,
        currency: 'EUR',
        shopTotal: parseDecimal(total),
        shopVat: [{ rate: parseDecimal('21'), amount: (parseDecimal(total) * 21n) / 121n }],
        vatTreatment: 'domestic',
        ...facts,
      });
      const contactId = String(400_000_000_000_000_000n + BigInt(i % 5000));
      const invoiceId = String(480_000_000_000_000_000n + BigInt(i));
      if (state === 'skipped') {
        journal.skip(orderNumber, 'pending', {
          code: 'skipped_by_owner',
          message: { nl: 'Overgeslagen door u.', en: 'Skipped by you.' },
        });
        return;
      }
      journal.advance(orderNumber, 'pending', 'contact_ok', { contactId });
      if (state === 'contact_ok') return;
      if (state === 'parked') {
        journal.park(orderNumber, 'contact_ok', {
          code: 'tax_rate_unmapped',
          message: { nl: 'Geen btw-tarief gekozen voor 9%.', en: 'No tax rate chosen for 9%.' },
        });
        return;
      }
      if (state === 'waiting_transient') {
        journal.waitForRetry(
          orderNumber,
          'contact_ok',
          {
            code: 'moneybird_unavailable',
            message: { nl: 'Moneybird was even niet bereikbaar.', en: 'Moneybird was briefly unreachable.' },
          },
          Date.parse(`${options.to}T12:00:00Z`),
        );
        return;
      }
      journal.advanceThrough(orderNumber, 'contact_ok', [
        { to: 'invoice_created', patch: { invoiceId } },
        { to: 'totals_ok' },
        { to: 'sent', patch: { invoiceNumber: `2024-${String(i + 1).padStart(5, '0')}` } },
        { to: 'paid', patch: { paymentId: String(490_000_000_000_000_000n + BigInt(i)) } },
        { to: 'done' },
      ]);
    });
  });
  return made;
}
