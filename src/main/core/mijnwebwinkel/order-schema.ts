// Parses an Order exactly as GET /v1/orders and /v1/orders/{number} return it and normalises it into
// the domain Order the bookkeeping works on. The API is loose in documented ways (PHP heritage):
// numbers arrive as strings or numbers, `[]` stands for an empty object, a price is one TaxPrice or
// an array of them, an option price is an object or a string, optional fields are missing or null.
// All of that is accepted here, once, so nothing downstream has to care. Money becomes Decimal.
import { z } from 'zod';
import { isOrderNumber } from '../../../shared/contract/status';
import { redactText } from '../http/redact';
import { LeafProblem, leaf } from '../http/schema-leaf';
import { type Decimal, parseDecimal } from '../money/decimal';

export type TaxStrategy = '' | 'zero_percent' | 'reverse_charged_vat';

/** One VAT-rate part of an order line. `amountInclTax` is MOS's own 2-decimal figure. */
export interface OrderLinePrice {
  rate: Decimal;
  amountExclTax?: Decimal;
  amountInclTax?: Decimal;
}

export interface OrderArticleOption {
  listOptionId?: number;
  description?: string;
  /** Unit price adjustment excluding VAT (an "Action price" option is negative). */
  amountExclTax?: Decimal;
}

export interface OrderArticle {
  id?: number;
  description?: string;
  sku?: string;
  unitAmountExclTax?: Decimal;
  rate?: Decimal;
  options: OrderArticleOption[];
}

export interface OrderLine {
  id?: string;
  /** 'article', 'custom', 'payment', 'shipping', 'discount', …; unknown values are kept as sent. */
  type: string;
  quantity: number;
  description?: string;
  /** The line total (quantity × unit) split per VAT rate; one entry for most lines. */
  prices: OrderLinePrice[];
  articles: OrderArticle[];
}

export interface OrderAddress {
  name?: string;
  company?: string;
  street?: string;
  houseNumber?: string;
  zipcode?: string;
  city?: string;
  countryCode?: string;
  country?: string;
  phone?: string;
}

export interface OrderInvoiceAddress extends OrderAddress {
  taxNumber?: string;
}

export interface OrderDebtor {
  id?: string;
  email?: string;
  /** Deprecated top-level fields, used only when the invoice address lacks them. */
  name?: string;
  company?: string;
  invoiceAddress?: OrderInvoiceAddress;
  deliveryAddress?: OrderAddress;
}

export interface OrderTaxAmount {
  rate: Decimal;
  /** The VAT amount at this rate. */
  amount: Decimal;
}

export interface OrderPaymentSummary {
  gatewayName?: string;
  methodName?: string;
  statusId?: number;
  statusText?: string;
}

export interface Order {
  /** Always text: the API sends it as an integer or a string, test orders may carry a marker. */
  number: string;
  uuid?: string;
  date: string;
  time?: string;
  status: number;
  statusChangedDate?: string;
  statusChangedTime?: string;
  archived?: boolean;
  taxed?: string;
  locale?: string;
  /** ISO 4217; EUR when the order does not say. */
  currency: string;
  discountCode?: string;
  businessModel?: 'B2C' | 'B2B';
  reference?: string;
  taxRegion?: string;
  taxStrategy: TaxStrategy;
  creditedOrderNumber?: string;
  creditOrderNumbers: string[];
  offlineLocationId?: string;
  paymentStatus?: string;
  payment?: OrderPaymentSummary;
  debtor: OrderDebtor;
  /** Order total including VAT; undefined when the order carries no price block. */
  total?: Decimal;
  /** VAT per rate as the shop reports it (`price.tax`); undefined when absent. */
  tax?: OrderTaxAmount[];
  lines: OrderLine[];
  shippingCountryCode?: string;
}

// ---- loose building blocks -------------------------------------------------------------------

const isEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length === 0;

/** `null`, a missing field and PHP's `[]` for an empty object all mean "absent". */
function optionalObject<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === null || isEmptyArray(v) ? undefined : v), schema.optional());
}

// The leaves are single steps: an order has some fifty of them, and zod's union, preprocess and
// pipe chains cost far more per order than the checks themselves.

/**
 * The fields whose value is defined: an optional field the order lacks is left out, not set to
 * undefined. (Built by assignment; conditional spreads cost several times more per order.)
 */
function definedFields<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): T {
  const out = {} as T;
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined) out[key] = value as T[typeof key];
  }
  return out;
}

const absent = (v: unknown): v is null | undefined => v === null || v === undefined;

/** Text that may arrive as a number; blank becomes absent. */
function toText(v: unknown): string | undefined | LeafProblem {
  if (absent(v)) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number')
    return new LeafProblem(`expected text, got ${typeof v}`);
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

const text = leaf(toText);

function toInteger(v: unknown): number | LeafProblem {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return new LeafProblem(absent(v) ? 'is required' : 'expected a whole number');
}

const integer = leaf(toInteger);
const optionalInteger = leaf((v) => (absent(v) || v === '' ? undefined : toInteger(v)));

function toDecimal(v: unknown): Decimal | LeafProblem {
  if (typeof v === 'string' || typeof v === 'number') {
    try {
      return parseDecimal(v);
    } catch {
      // named below
    }
  }
  return new LeafProblem(absent(v) ? 'is required' : `expected a decimal number, got ${JSON.stringify(v)}`);
}

const decimal = leaf(toDecimal);
const optionalDecimal = leaf((v) => (absent(v) || v === '' ? undefined : toDecimal(v)));

const BOOLEANS = new Map<unknown, boolean>([
  [true, true],
  [false, false],
  [1, true],
  [0, false],
  ['1', true],
  ['0', false],
  ['true', true],
  ['false', false],
]);
const optionalBool = leaf((v) => {
  if (absent(v)) return undefined;
  const flag = BOOLEANS.get(v);
  return flag ?? new LeafProblem(`expected a yes/no value, got ${JSON.stringify(v)}`);
});

/** Text matching a pattern (after trimming); blank is absent. */
function matching(pattern: RegExp, expected: string, convert: (s: string) => string = (s) => s) {
  return leaf((v) => {
    const t = toText(v);
    if (t === undefined || t instanceof LeafProblem) return t;
    return pattern.test(t) ? convert(t) : new LeafProblem(expected);
  });
}

/** One item or a list of them (documented `oneOf` for prices and VAT). */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (v) => (v === null || v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(item),
  );
}

// ---- the Order -------------------------------------------------------------------------------

const taxPrice = z
  .object({ rate: decimal, amount: optionalDecimal, amount_including_tax: optionalDecimal })
  .transform(
    (p): OrderLinePrice =>
      definedFields({
        rate: p.rate,
        amountExclTax: p.amount,
        amountInclTax: p.amount_including_tax,
      }),
  );

const vatAmount = z
  .object({ rate: decimal, amount: decimal })
  .transform((t): OrderTaxAmount => ({ rate: t.rate, amount: t.amount }));

// An option price is documented as a string but the example shows a TaxPrice object.
const optionPrice = z.union([z.object({ amount: optionalDecimal }).transform((p) => p.amount), decimal]);

const articleOption = z
  .object({
    list_option_id: optionalInteger,
    description: text,
    price: z.preprocess(
      (v) => (v === null || v === '' || isEmptyArray(v) ? undefined : v),
      optionPrice.optional(),
    ),
  })
  .transform(
    (o): OrderArticleOption =>
      definedFields({
        listOptionId: o.list_option_id,
        description: o.description,
        amountExclTax: o.price,
      }),
  );

const article = z
  .object({
    id: optionalInteger,
    description: text,
    sku: text,
    price: optionalObject(z.object({ amount: optionalDecimal, rate: optionalDecimal })),
    options: z.preprocess((v) => v ?? [], z.array(articleOption)),
  })
  .transform(
    (a): OrderArticle =>
      definedFields({
        id: a.id,
        description: a.description,
        sku: a.sku,
        unitAmountExclTax: a.price?.amount,
        rate: a.price?.rate,
        options: a.options,
      }),
  );

const orderLine = z
  .object({
    id: text,
    type: z.string().trim().min(1, 'an order line needs a type'),
    quantity: integer,
    description: text,
    price: oneOrMany(taxPrice),
    articles: z.preprocess((v) => v ?? [], z.array(article)),
  })
  .transform(
    (l): OrderLine =>
      definedFields({
        id: l.id,
        type: l.type,
        quantity: l.quantity,
        description: l.description,
        prices: l.price,
        articles: l.articles,
      }),
  );

const address = z.object({
  name: text,
  company: text,
  street: text,
  number: text,
  zipcode: text,
  city: text,
  country_code: text,
  country: text,
  phone: text,
  taxnumber: text,
});

function toAddress(a: z.output<typeof address> | undefined): OrderInvoiceAddress | undefined {
  if (!a) return undefined;
  const out: OrderInvoiceAddress = {};
  if (a.name) out.name = a.name;
  if (a.company) out.company = a.company;
  if (a.street) out.street = a.street;
  if (a.number) out.houseNumber = a.number;
  if (a.zipcode) out.zipcode = a.zipcode;
  if (a.city) out.city = a.city;
  if (a.country_code) out.countryCode = a.country_code.toUpperCase();
  if (a.country) out.country = a.country;
  if (a.phone) out.phone = a.phone;
  if (a.taxnumber) out.taxNumber = a.taxnumber;
  return out;
}

const debtor = z
  .object({
    id: text,
    email: text,
    name: text,
    company: text,
    address: optionalObject(
      z.object({ invoice: optionalObject(address), delivery: optionalObject(address) }),
    ),
  })
  .transform((d): OrderDebtor => {
    const invoice = toAddress(d.address?.invoice);
    const delivery = toAddress(d.address?.delivery);
    if (delivery) delete delivery.taxNumber;
    return definedFields({
      id: d.id,
      email: d.email,
      name: d.name,
      company: d.company,
      invoiceAddress: invoice,
      deliveryAddress: delivery,
    });
  });

const payment = z
  .object({
    gateway_name: text,
    method_name: text,
    status: optionalObject(z.object({ id: optionalInteger, text: text })),
  })
  .transform(
    (p): OrderPaymentSummary =>
      definedFields({
        gatewayName: p.gateway_name,
        methodName: p.method_name,
        statusId: p.status?.id,
        statusText: p.status?.text,
      }),
  );

const shippingEntry = z.object({
  // C4 saw `"country": []` on pickup orders.
  country: optionalObject(z.object({ description: text, isocode: text })),
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateText = leaf((v) => {
  const t = toText(v);
  if (t instanceof LeafProblem) return t;
  return t !== undefined && DATE.test(t) ? t : new LeafProblem('expected a date as yyyy-mm-dd');
});
const optionalDateText = leaf((v) => {
  if (v === '0000-00-00') return undefined;
  const t = toText(v);
  if (t === undefined || t instanceof LeafProblem) return t;
  return DATE.test(t) ? t : new LeafProblem('expected a date as yyyy-mm-dd');
});

/**
 * The order's number as Winkelbrug keeps it (the contract's rule, isOrderNumber), or why not. The
 * problem never quotes the value: a number that is not one (or that echoes a secret) is not repeated.
 */
export function orderNumberFrom(v: unknown): string | LeafProblem {
  const t =
    typeof v === 'number' && Number.isInteger(v) && v >= 0
      ? String(v)
      : typeof v === 'string'
        ? v.trim()
        : '';
  if (t === '') return new LeafProblem('expected an order number');
  if (!isOrderNumber(t))
    return new LeafProblem('expected an order number of at most 64 printable characters');
  if (redactText(t) !== t) return new LeafProblem('holds a secret (a token), not an order number');
  return t;
}

export const orderSchema = z
  .object({
    number: leaf(orderNumberFrom),
    uuid: text,
    date: dateText,
    time: text,
    status: integer,
    status_changed_date: optionalDateText,
    status_changed_time: text,
    archived: optionalBool,
    taxed: text,
    locale: text,
    currency: matching(/^[A-Za-z]{3}$/, 'expected an ISO 4217 currency code'),
    discountcode: text,
    business_model: leaf((v) => {
      const t = toText(v);
      if (t === undefined || t instanceof LeafProblem) return t;
      return t === 'B2C' || t === 'B2B' ? t : new LeafProblem('expected B2C or B2B');
    }),
    reference: text,
    tax_region: matching(/^[A-Za-z]{2}$/, 'expected a two-letter region code'),
    tax_strategy: z
      .enum(['', 'zero_percent', 'reverse_charged_vat'])
      .nullish()
      .transform((v): TaxStrategy => v ?? ''),
    credited_order_number: z.preprocess(
      (v) => (v === 0 || v === '0' ? undefined : v),
      z.union([z.number(), z.string()]).nullish(),
    ),
    credit_order_numbers: z.preprocess(
      (v) => v ?? [],
      z.array(z.union([z.number(), z.string()]).transform((n) => String(n))),
    ),
    offline_location_id: text,
    payment_status: text,
    payment: optionalObject(payment),
    debtor: z.preprocess((v) => (v === null || isEmptyArray(v) ? {} : v), debtor),
    price: optionalObject(
      z.object({
        tax: z.preprocess(
          (v) => (v === null ? undefined : v),
          z.union([z.array(vatAmount), vatAmount.transform((t) => [t])]).optional(),
        ),
        total: optionalDecimal,
      }),
    ),
    orderlines: z.preprocess((v) => v ?? [], z.array(orderLine)),
    shipping: z.preprocess((v) => v ?? [], z.array(shippingEntry)),
  })
  .transform((o): Order => {
    const credited =
      o.credited_order_number === null || o.credited_order_number === undefined
        ? undefined
        : String(o.credited_order_number).trim() || undefined;
    const shippingCountry = o.shipping.find((s) => s.country?.isocode)?.country?.isocode?.toUpperCase();
    return definedFields({
      number: o.number,
      uuid: o.uuid,
      date: o.date,
      time: o.time,
      status: o.status,
      statusChangedDate: o.status_changed_date,
      statusChangedTime: o.status_changed_time,
      archived: o.archived,
      taxed: o.taxed,
      locale: o.locale,
      currency: (o.currency ?? 'EUR').toUpperCase(),
      discountCode: o.discountcode,
      businessModel: o.business_model,
      reference: o.reference,
      taxRegion: o.tax_region?.toUpperCase(),
      taxStrategy: o.tax_strategy,
      creditedOrderNumber: credited,
      creditOrderNumbers: o.credit_order_numbers,
      offlineLocationId: o.offline_location_id,
      paymentStatus: o.payment_status?.toLowerCase(),
      payment: o.payment,
      debtor: o.debtor,
      total: o.price?.total,
      tax: o.price?.tax,
      lines: o.orderlines,
      shippingCountryCode: shippingCountry,
    });
  });

export interface OrderFieldIssue {
  /** Dotted path of the offending field, e.g. `orderlines.2.price.0.rate`. */
  field: string;
  message: string;
}

export type ParseOrderResult = { ok: true; order: Order } | { ok: false; issues: OrderFieldIssue[] };

/** Parses one order as the API returned it. Never throws: a bad order names its bad fields. */
export function parseOrder(raw: unknown): ParseOrderResult {
  const result = orderSchema.safeParse(raw);
  if (result.success) return { ok: true, order: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      field: issue.path.map(String).join('.') || '(order)',
      message: issue.message,
    })),
  };
}
