// Parses an Order exactly as GET /v1/orders and /v1/orders/{number} return it and normalises it into
// the domain Order the bookkeeping works on. The API is loose in documented ways (PHP heritage):
// numbers arrive as strings or numbers, `[]` stands for an empty object, a price is one TaxPrice or
// an array of them, an option price is an object or a string, optional fields are missing or null.
// All of that is accepted here, once, so nothing downstream has to care. Money becomes Decimal.
import { z } from 'zod';
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

/** Text that may arrive as a number; blank becomes absent. */
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => {
    if (v === null || v === undefined) return undefined;
    const s = String(v).trim();
    return s === '' ? undefined : s;
  });

const integer = z
  .union([
    z.number().int(),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/, 'expected a whole number'),
  ])
  .transform(Number);

const optionalInteger = z.preprocess((v) => (v === null || v === '' ? undefined : v), integer.optional());

const decimal = z.union([z.string(), z.number()]).transform((v, ctx): Decimal => {
  try {
    return parseDecimal(v);
  } catch {
    ctx.addIssue({ code: 'custom', message: `expected a decimal number, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
});

const optionalDecimal = z.preprocess((v) => (v === null || v === '' ? undefined : v), decimal.optional());

const bool = z
  .union([z.boolean(), z.literal(0), z.literal(1), z.enum(['0', '1', 'true', 'false'])])
  .transform((v) => v === true || v === 1 || v === '1' || v === 'true');

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
    (p): OrderLinePrice => ({
      rate: p.rate,
      ...(p.amount !== undefined && { amountExclTax: p.amount }),
      ...(p.amount_including_tax !== undefined && { amountInclTax: p.amount_including_tax }),
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
    (o): OrderArticleOption => ({
      ...(o.list_option_id !== undefined && { listOptionId: o.list_option_id }),
      ...(o.description !== undefined && { description: o.description }),
      ...(o.price !== undefined && { amountExclTax: o.price }),
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
    (a): OrderArticle => ({
      ...(a.id !== undefined && { id: a.id }),
      ...(a.description !== undefined && { description: a.description }),
      ...(a.sku !== undefined && { sku: a.sku }),
      ...(a.price?.amount !== undefined && { unitAmountExclTax: a.price.amount }),
      ...(a.price?.rate !== undefined && { rate: a.price.rate }),
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
    (l): OrderLine => ({
      ...(l.id !== undefined && { id: l.id }),
      type: l.type,
      quantity: l.quantity,
      ...(l.description !== undefined && { description: l.description }),
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
    return {
      ...(d.id !== undefined && { id: d.id }),
      ...(d.email !== undefined && { email: d.email }),
      ...(d.name !== undefined && { name: d.name }),
      ...(d.company !== undefined && { company: d.company }),
      ...(invoice && { invoiceAddress: invoice }),
      ...(delivery && { deliveryAddress: delivery }),
    };
  });

const payment = z
  .object({
    gateway_name: text,
    method_name: text,
    status: optionalObject(z.object({ id: optionalInteger, text: text })),
  })
  .transform(
    (p): OrderPaymentSummary => ({
      ...(p.gateway_name !== undefined && { gatewayName: p.gateway_name }),
      ...(p.method_name !== undefined && { methodName: p.method_name }),
      ...(p.status?.id !== undefined && { statusId: p.status.id }),
      ...(p.status?.text !== undefined && { statusText: p.status.text }),
    }),
  );

const shippingEntry = z.object({
  // C4 saw `"country": []` on pickup orders.
  country: optionalObject(z.object({ description: text, isocode: text })),
});

const dateText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');
const optionalDateText = z.preprocess(
  (v) => (v === null || v === '' || v === '0000-00-00' ? undefined : v),
  dateText.optional(),
);

export const orderSchema = z
  .object({
    number: z.union([z.number().int().nonnegative(), z.string().trim().min(1)]).transform((v) => String(v)),
    uuid: text,
    date: dateText,
    time: text,
    status: integer,
    status_changed_date: optionalDateText,
    status_changed_time: text,
    archived: z.preprocess((v) => (v === null ? undefined : v), bool.optional()),
    taxed: text,
    locale: text,
    currency: text.pipe(
      z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'expected an ISO 4217 currency code')
        .optional(),
    ),
    discountcode: text,
    business_model: text.pipe(z.enum(['B2C', 'B2B']).optional()),
    reference: text,
    tax_region: text.pipe(
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, 'expected a two-letter region code')
        .optional(),
    ),
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
    return {
      number: o.number,
      ...(o.uuid !== undefined && { uuid: o.uuid }),
      date: o.date,
      ...(o.time !== undefined && { time: o.time }),
      status: o.status,
      ...(o.status_changed_date !== undefined && { statusChangedDate: o.status_changed_date }),
      ...(o.status_changed_time !== undefined && { statusChangedTime: o.status_changed_time }),
      ...(o.archived !== undefined && { archived: o.archived }),
      ...(o.taxed !== undefined && { taxed: o.taxed }),
      ...(o.locale !== undefined && { locale: o.locale }),
      currency: (o.currency ?? 'EUR').toUpperCase(),
      ...(o.discountcode !== undefined && { discountCode: o.discountcode }),
      ...(o.business_model !== undefined && { businessModel: o.business_model }),
      ...(o.reference !== undefined && { reference: o.reference }),
      ...(o.tax_region !== undefined && { taxRegion: o.tax_region.toUpperCase() }),
      taxStrategy: o.tax_strategy,
      ...(credited !== undefined && { creditedOrderNumber: credited }),
      creditOrderNumbers: o.credit_order_numbers,
      ...(o.offline_location_id !== undefined && { offlineLocationId: o.offline_location_id }),
      ...(o.payment_status !== undefined && { paymentStatus: o.payment_status.toLowerCase() }),
      ...(o.payment !== undefined && { payment: o.payment }),
      debtor: o.debtor,
      ...(o.price?.total !== undefined && { total: o.price.total }),
      ...(o.price?.tax !== undefined && { tax: o.price.tax }),
      lines: o.orderlines,
      ...(shippingCountry !== undefined && { shippingCountryCode: shippingCountry }),
    };
  });

/** The JSON shape as the API sends it (loose), for code that builds orders. */
export type ApiOrderInput = z.input<typeof orderSchema>;

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
