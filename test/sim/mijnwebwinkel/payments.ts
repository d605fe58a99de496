// The newer payments view of an order (GET /v1/orders/{number}/payments): camelCase, money in
// integer cents, timestamps ISO 8601 with the Amsterdam offset. Derived from the order itself, so a
// status change or a new credit order shows up here at once.
import { parseDecimal, roundTo, sum, toCents } from '../common/decimal';
import { seededRandom } from '../common/faults';
import { seededUuid } from './generator';
import type { MwwOrder, MwwTaxPrice } from './types';

export interface PaymentEmbed {
  mutations: boolean;
  order: boolean;
  properties: boolean;
}

const GATEWAYS = new Set([
  'afterpay',
  'basic',
  'ingenico',
  'klarna_checkout',
  'mollie',
  'mollieOld',
  'multisafepay',
  'paynl',
  'paypal',
  'paytor',
  'sisow',
  'sumup',
  'zettle',
]);

/** '2024-03-31 01:30:00' shop time (Europe/Amsterdam) as ISO 8601 with its offset. */
export function amsterdamIso(date: string, time: string): string {
  // The offset that Amsterdam has at (about) that moment: +01:00 in winter, +02:00 in summer.
  const guess = Date.parse(`${date}T${time}Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(new Date(Number.isNaN(guess) ? 0 : guess))
    .find((p) => p.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+01:00';
  return `${date}T${time}${offset}`;
}

/** A shop time ('yyyy-mm-dd hh:mm:ss' in Europe/Amsterdam) for a moment. */
export function amsterdamStamp(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
  };
}

const priceParts = (price: MwwTaxPrice | MwwTaxPrice[] | undefined): MwwTaxPrice[] =>
  Array.isArray(price) ? price : price ? [price] : [];

const cents = (text: string | undefined): number => Number(toCents(roundTo(parseDecimal(text ?? '0'), 2)));

function lineType(type: string): string {
  switch (type) {
    case 'shipping':
      return 'shipping_fee';
    case 'payment':
      return 'payment_fee';
    case 'discount':
      return 'discount';
    default:
      return 'physical';
  }
}

function snapshot(order: MwwOrder, random: () => number) {
  const lines = (order.orderlines ?? []).map((line) => {
    const parts = priceParts(line.price);
    const incl = sum(parts.map((p) => parseDecimal(p.amount_including_tax ?? '0')));
    const ex = sum(parts.map((p) => roundTo(parseDecimal(p.amount ?? '0'), 2)));
    const tax = incl - ex;
    // A blended rate for lines split over rates, as the spec's example shows ("0.2107").
    const rate = ex === 0n ? 0n : (tax * 10_000n) / ex;
    return {
      id: line.id ?? seededUuid(random),
      type: lineType(line.type),
      name: line.description ?? line.type,
      description: line.description ?? '',
      quantity: String(line.quantity),
      price: Number(toCents(incl)),
      tax: Number(toCents(tax)),
      taxRate: `${rate / 10_000n}.${(rate % 10_000n).toString().padStart(4, '0')}`,
    };
  });
  const invoice = order.debtor.address?.invoice;
  const [first = '', ...rest] = (invoice?.name ?? '').split(' ');
  const country =
    invoice?.country_code && /^[A-Z]{2}$/.test(invoice.country_code) ? invoice.country_code : 'NL';
  const street = /^(\d+)\s*(.*)$/.exec(invoice?.number ?? '');
  const pickup = order.shipping?.every((s) => Array.isArray(s.country)) ?? false;
  return {
    id: order.uuid,
    reference: String(order.number),
    price: cents(order.price?.total),
    tax: Number(
      toCents(roundTo(sum(priceParts(order.price?.tax).map((p) => parseDecimal(p.amount ?? '0'))), 2)),
    ),
    locale: order.locale ?? 'nl_NL',
    deliveryType: pickup ? 'pickup' : 'delivery',
    lines,
    customer: {
      ...(order.debtor.id ? { id: order.debtor.id } : {}),
      ...(order.debtor.email ? { email: order.debtor.email } : {}),
      birthDate: null,
      iban: null,
      ip: '192.0.2.10',
      billingAddress: {
        id: seededUuid(random),
        name: { first, last: rest.join(' ') },
        company: invoice?.company ?? null,
        street: { name: invoice?.street ?? '', number: street?.[1] ?? '', suffix: street?.[2] || null },
        zipCode: invoice?.zipcode ?? '',
        city: invoice?.city ?? '',
        country,
        phone: invoice?.phone ?? null,
        // No `gender`: the schema allows only F | M (its example's null breaks its own enum).
      },
    },
  };
}

/**
 * Methods whose money comes in after the order is placed: the customer transfers it (advance
 * payment, bank transfer), or it is collected or paid on delivery or pick-up (pay-later providers:
 * see authorizedFirst). Every other method (iDEAL, cards, PayPal, Bancontact, a gift card, cash at
 * the counter …) is paid at checkout: captured when the order is placed.
 */
const PAID_LATER = new Set([
  'advance',
  'bank_transfer',
  'directdebit',
  'in_arrears',
  'invoice',
  'pickup',
  'rembours',
]);

/** A pay-later provider: the money is authorized at checkout and captured later. */
const authorizedFirst = (payment: MwwOrder['payment']): boolean =>
  (payment?.method_name ?? '').startsWith('klarna') ||
  payment?.method_name === 'afterpay' ||
  payment?.gateway_name === 'afterpay';

/**
 * Whether a captured payment was captured later than the order was placed: then at the order's
 * status change (the shop marks it paid when the money arrives), else at the order's placing.
 */
function capturedLater(payment: MwwOrder['payment']): boolean {
  return authorizedFirst(payment) || PAID_LATER.has(payment?.method_name ?? '');
}

function methodOf(order: MwwOrder): string {
  const method = order.payment?.method_name ?? 'unknown';
  return method === 'ideal' ? 'ideal:ideal_INGBNL2A' : method;
}

/**
 * The payments of an order. Credit orders and zero-total orders have none (spec guide, "Special
 * cases"); a credited original shows one refund mutation per credit order.
 */
export function paymentsFor(
  order: MwwOrder,
  context: { storeId: string; creditOrders: MwwOrder[] },
  embed: PaymentEmbed,
): unknown[] {
  if (order.credited_order_number !== undefined || !order.payment) return [];
  if (parseDecimal(order.price?.total ?? '0') === 0n) return [];
  const random = seededRandom(Number.parseInt(order.uuid.replace(/-/g, '').slice(0, 8), 16));
  const created = amsterdamIso(order.date, order.time);
  const changed = amsterdamIso(
    order.status_changed_date ?? order.date,
    order.status_changed_time ?? order.time,
  );
  const total = cents(order.price?.total);
  const number = Number(order.number);
  let mutationId = number * 100;
  const mutation = (type: string, price: number, at: string) => ({
    id: ++mutationId,
    type,
    reference: null,
    price,
    description: null,
    createdAt: at,
    expiresAt:
      type === 'authorize'
        ? amsterdamIso(order.date, order.time).replace(/^\d{4}/, (y) => String(Number(y) + 1))
        : null,
  });
  const mutations: ReturnType<typeof mutation>[] = [];
  switch (order.payment_status) {
    case 'authorized':
      mutations.push(mutation('authorize', total, created));
      break;
    case 'captured':
      if (authorizedFirst(order.payment)) mutations.push(mutation('authorize', total, created));
      mutations.push(mutation('capture', total, capturedLater(order.payment) ? changed : created));
      break;
    case 'failed':
      mutations.push(mutation('failed', total, changed));
      break;
    case 'voided':
      mutations.push(mutation('authorize', total, created), mutation('void', total, changed));
      break;
    case 'refunded':
      mutations.push(mutation('capture', total, created), mutation('refund', total, changed));
      break;
    default:
      break; // new, pending, incomplete, unknown: nothing happened at the gateway yet
  }
  for (const credit of context.creditOrders) {
    const parts = credit.sim_refund_parts ?? [{ amount: credit.price?.total ?? '0' }];
    // The shop has not recorded this refund yet; its ids stay reserved, so the others' do not move.
    if (credit.sim_refund_pending) {
      mutationId += parts.length;
      continue;
    }
    // Refunded when the credit order was processed (its last status change), or days after.
    const processed = credit.status_changed_date ?? credit.date;
    for (const part of parts) {
      const day = new Date(Date.parse(`${processed}T12:00:00Z`) + (part.daysLater ?? 0) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const refundedAt = amsterdamIso(day, credit.status_changed_time ?? credit.time);
      mutations.push(mutation('refund', cents(part.amount), refundedAt));
    }
  }
  const payment: Record<string, unknown> = {
    id: seededUuid(random),
    gateway: GATEWAYS.has(order.payment.gateway_name ?? '') ? order.payment.gateway_name : 'basic',
    method: methodOf(order),
    gatewayReference: `tr_${seededUuid(random).slice(0, 10)}`,
    price: total,
    currency: order.currency ?? 'EUR',
    storeId: context.storeId,
    reference: seededUuid(random),
    isTest: order.sim_test_order === true,
    createdAt: created,
    updatedAt: mutations.length > 0 ? (mutations[mutations.length - 1]?.createdAt ?? null) : null,
  };
  if (embed.mutations) payment.mutations = mutations;
  if (embed.order) payment.order = snapshot(order, random);
  if (embed.properties)
    payment.properties = {
      shipping_region:
        order.shipping?.[0]?.country && !Array.isArray(order.shipping[0].country)
          ? order.shipping[0].country.isocode
          : 'NL',
    };
  return [payment];
}
