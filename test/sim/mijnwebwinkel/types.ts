// The Mijnwebwinkel (MyOnlineStore Connect v1) JSON shapes the simulator serves, snake_case as
// GET /v1/orders/{number} returns them. Money is a decimal string: ex-VAT amounts up to 6 decimals,
// amounts including VAT exactly 2, VAT rates as percentages ("21.00").

export interface MwwTaxPrice {
  rate: string;
  amount?: string;
  amount_including_tax?: string;
}

export interface MwwArticleOption {
  list_option_id: number;
  description?: string;
  /** The schema types this as a string (the spec's example shows an object; the schema wins). */
  price?: string;
}

export interface MwwOrderArticle {
  id: number;
  description?: string;
  sku?: string;
  /**
   * `OrderArticle` requires top-level `amount` and `rate` while the spec's example only has them
   * inside `price`; the simulator sends both so the schema holds and `price` reads as in the example.
   */
  amount: string;
  rate: string;
  price?: { amount?: string; rate?: string; purchase_price?: string };
  options?: MwwArticleOption[];
}

export interface MwwOrderLine {
  id?: string;
  /** article | custom | shipping | payment | discount (the last three are not named by the spec). */
  type: string;
  quantity: number;
  description?: string;
  weight?: string;
  /** Line total (quantity x unit). One object, or one entry per VAT rate. */
  price?: MwwTaxPrice | MwwTaxPrice[];
  articles?: MwwOrderArticle[];
}

export interface MwwAddress {
  name: string;
  zipcode: string;
  company?: string;
  gender?: string;
  phone?: string;
  street?: string;
  number?: string;
  city?: string;
  country?: string;
  country_code?: string;
}

export interface MwwInvoiceAddress extends MwwAddress {
  taxnumber?: string;
  bankaccount?: string;
}

export interface MwwDebtor {
  id?: string;
  email?: string;
  link_to_account?: boolean;
  address?: { invoice: MwwInvoiceAddress; delivery?: MwwAddress | [] };
}

export interface MwwOrderPaymentSummary {
  gateway_name?: string;
  method_name?: string;
  status?: { id?: number; text?: string };
}

export type MwwPaymentStatus =
  | 'new'
  | 'pending'
  | 'authorized'
  | 'captured'
  | 'incomplete'
  | 'failed'
  | 'refunded'
  | 'voided'
  | 'unknown';

export interface MwwOrder {
  /** An integer; some live responses send it as a digit string, so a fraction of generated orders do. */
  number: number | string;
  uuid: string;
  date: string;
  time: string;
  status: number;
  status_changed_date?: string;
  status_changed_time?: string;
  weight?: string;
  archived?: boolean;
  finished?: boolean;
  taxed?: string;
  locale?: string;
  discountcode?: string;
  currency?: string;
  currency_format_locale?: string;
  credited_order_number?: number;
  credit_order_numbers?: number[];
  comments?: { customer?: string; internal?: string } | [];
  business_model?: 'B2C' | 'B2B';
  reference?: string;
  tax_region?: string;
  tax_strategy?: '' | 'zero_percent' | 'reverse_charged_vat';
  partner?: { name?: string };
  offline_location_id?: string | null;
  payment_status?: MwwPaymentStatus;
  payment?: MwwOrderPaymentSummary;
  debtor: MwwDebtor;
  price?: { tax?: MwwTaxPrice | MwwTaxPrice[]; total?: string };
  orderlines?: MwwOrderLine[];
  shipping?: Array<{ country?: { description?: string; isocode?: string } | [] }>;
  /**
   * Simulator-only marker for a test order (the API has no such field; the shop hides test orders
   * unless `test=true` and marks their payments `isTest`). Never served.
   */
  sim_test_order?: boolean;
  /**
   * Simulator-only marker on a credit order whose refund the shop has not recorded yet: its
   * original's payment shows no refund mutation for it until the marker is cleared. Never served.
   */
  sim_refund_pending?: boolean;
  /**
   * Simulator-only: a credit order refunded in parts (amounts, 2 decimals), each a refund mutation of
   * its own on its original's payment, made `daysLater` after the credit order was processed (0 when
   * left out). Without it, one refund of the credit's total. Never served.
   */
  sim_refund_parts?: Array<{ amount: string; daysLater?: number }>;
}

export interface MwwOrderStatus {
  status: number;
  description: string;
  credit_order: boolean;
}

/** The shop's statuses (ids as the generated shop uses them; real shops differ, read them at run time). */
export const ORDER_STATUSES: readonly MwwOrderStatus[] = [
  { status: 1, description: 'Nieuw / in behandeling', credit_order: false },
  { status: 2, description: 'Verzonden', credit_order: false },
  { status: 3, description: 'Betaald', credit_order: false },
  { status: 6, description: 'Betaald & afgehaald', credit_order: false },
  { status: 7, description: 'Geannuleerd', credit_order: false },
  { status: 10, description: 'Gecrediteerd', credit_order: true },
];

export const STATUS = {
  new: 1,
  shipped: 2,
  paid: 3,
  paidCollected: 6,
  cancelled: 7,
  credited: 10,
} as const;
