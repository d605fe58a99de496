// Hand-made sales and credit orders for the credit tests: a real generated order (valid in every
// field the shop's spec has) dressed with known lines, so each test reads its amounts at a glance.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwInvoiceAddress, MwwOrder } from '../../sim/mijnwebwinkel/types';
import { isPlainDomesticSale } from './support';

const DAY = 24 * 60 * 60 * 1000;

export const LINES = {
  mok: {
    type: 'article',
    quantity: 2,
    description: 'Mok',
    price: { amount: '20.000000', amount_including_tax: '24.20', rate: '21.00' },
  },
  thee: {
    type: 'article',
    quantity: 1,
    description: 'Thee',
    price: { amount: '5.000000', amount_including_tax: '5.45', rate: '9.00' },
  },
  // Stamps: exempt, at 0 % in the Netherlands.
  zegels: {
    type: 'article',
    quantity: 1,
    description: 'Postzegels',
    price: { amount: '10.000000', amount_including_tax: '10.00', rate: '0.00' },
  },
} as const;
export type LineName = keyof typeof LINES;

/** A Dutch customer's invoice address, for tests about contacts. */
export const TRUUS_ADDRESS: MwwInvoiceAddress = {
  name: 'Truus Voorbeeld',
  street: 'Kerkstraat',
  number: '1',
  zipcode: '1234 AB',
  city: 'Utrecht',
  country_code: 'NL',
};
const CENTS: Record<LineName, number> = { mok: 2420, thee: 545, zegels: 1000 };
const VAT_CENTS: Record<LineName, number> = { mok: 420, thee: 45, zegels: 0 };

/** The shop's figures of these lines: total and VAT per rate present (0 % listed with 0.00, as shops do). */
export function priceOf(lines: readonly LineName[]) {
  const rates = [...new Set(lines.map((l) => LINES[l].price.rate))];
  const tax = rates.map((rate) => {
    const cents = lines.filter((l) => LINES[l].price.rate === rate).reduce((s, l) => s + VAT_CENTS[l], 0);
    return { rate, amount: (cents / 100).toFixed(2) };
  });
  return { tax, total: (lines.reduce((s, l) => s + CENTS[l], 0) / 100).toFixed(2) };
}

/** A generated domestic iDEAL order to dress up. */
function baseOrder(): MwwOrder {
  const order = generateOrders({ seed: 31, count: 60 }).find(
    (o) =>
      o.payment_status === 'captured' &&
      !o.sim_test_order &&
      !o.credited_order_number &&
      o.currency === 'EUR' &&
      !o.tax_strategy &&
      (!o.tax_region || o.tax_region === 'NL') &&
      o.payment?.method_name === 'ideal',
  );
  expect(order).toBeDefined();
  return structuredClone(order!);
}

/** Tomorrow as the shop counts days: after the journal began, so it vouches for the order. */
export const tomorrow = () => shopLocalDate(Date.now() + DAY);

/** A paid sale of these lines (default 2 × Mok at 21 % and Thee at 9 %: 29.65), dated tomorrow. */
export function sale(number: number, email: string, lines: readonly LineName[] = ['mok', 'thee']): MwwOrder {
  const base = baseOrder();
  return {
    ...base,
    number,
    uuid: `${base.uuid.slice(0, 24)}${String(number).padStart(12, '0')}`,
    date: tomorrow(),
    credit_order_numbers: [],
    discountcode: undefined,
    debtor: { ...base.debtor, email },
    price: priceOf(lines),
    orderlines: lines.map((l, i) => ({
      ...structuredClone(LINES[l]),
      id: `${base.uuid.slice(0, 24)}${String(number * 10 + i).padStart(12, '0')}`,
    })),
  } as MwwOrder;
}

/**
 * A paid sale of these lines, completed two days ago at noon: a sync of the app service (which
 * books up to now) finds it as the shop's own list would.
 */
export function completedSale(number: number, lines: readonly LineName[] = ['mok', 'thee']): MwwOrder {
  const date = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
  return {
    ...sale(number, `klant-${number}@example.nl`, lines),
    date,
    time: '12:00:00',
    status: 3,
    status_changed_date: date,
    status_changed_time: '12:00:00',
  } as MwwOrder;
}

/** The shop's credit order for some lines of `original` (positive amounts, no payment of its own). */
export function creditOf(original: MwwOrder, number: number, lines: readonly LineName[]): MwwOrder {
  const { payment: _payment, ...rest } = structuredClone(original);
  return {
    ...rest,
    number,
    uuid: `${original.uuid.slice(0, 24)}${String(number).padStart(12, '0')}`,
    status: 10,
    payment_status: 'unknown',
    credited_order_number: Number(original.number),
    credit_order_numbers: [],
    price: priceOf(lines),
    orderlines: lines.map((l, i) => ({
      ...structuredClone(LINES[l]),
      id: `${original.uuid.slice(0, 24)}${String(number * 10 + i).padStart(12, '0')}`,
    })),
  } as MwwOrder;
}

let plain: MwwOrder | undefined;

/**
 * A plain paid Dutch order of a generated shop (every field as the shop's spec has it), as order
 * `number` of `debtor`: for the tests about who the customer is, not what they bought.
 */
export function plainOrderOf(number: number, debtor: MwwOrder['debtor'], date?: string): MwwOrder {
  plain ??= generateOrders({ seed: 51, count: 80 }).find((o) => isPlainDomesticSale(o, '2024-01-01'));
  if (!plain) throw new Error('no plain domestic order in the generated shop');
  return {
    ...plain,
    number,
    uuid: randomUUID(),
    date: date ?? plain.date,
    credit_order_numbers: [],
    debtor,
  };
}
