// One administration's books as the simulator keeps them: reference data, contacts, sales invoices,
// external sales invoices and payments. Entities are stored in their API JSON shape where that is
// what Moneybird would return; invoices keep exact Decimals and are serialized on the way out.
import { type Decimal, fromInteger, parseDecimal } from '../common/decimal';
import { computeInvoiceTotals, toBase } from './arithmetic';
import { moneyString } from './format';
import type { IdSequence } from './ids';
import {
  EXCHANGE_RATES_TO_EUR,
  LEDGER_SEEDS,
  type LedgerSeed,
  TAX_RATE_SEEDS,
  type TaxRate,
} from './reference-data';

export type Json = Record<string, unknown>;

export interface StoredDetail {
  id: string;
  taxRateId: string;
  ledgerAccountId: string;
  projectId: string | null;
  productId: string | null;
  /** The quantity as given (null when the client left it to default to 1). */
  amountGiven: Decimal | null;
  amount: Decimal;
  description: string;
  price: Decimal;
  period: string | null;
  rowOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPayment {
  id: string;
  invoiceType: 'SalesInvoice' | 'ExternalSalesInvoice';
  invoiceId: string;
  price: Decimal;
  priceBase: Decimal;
  paymentDate: string;
  financialAccountId: string | null;
  financialMutationId: string | null;
  ledgerAccountId: string | null;
  transactionIdentifier: string | null;
  manualPaymentAction: string | null;
  createdAt: string;
}

interface InvoiceCommon {
  id: string;
  contactId: string;
  currency: string;
  pricesAreInclTax: boolean;
  details: StoredDetail[];
  payments: StoredPayment[];
  paidAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StoredSalesInvoice extends InvoiceCommon {
  kind: 'sales_invoice';
  contactPersonId: string | null;
  invoiceId: string | null;
  draftId: number | null;
  state: 'draft' | 'open' | 'paid' | 'late' | 'scheduled' | 'pending_payment' | 'reminded' | 'uncollectible';
  invoiceDate: string | null;
  firstDueInterval: number;
  workflowId: string;
  documentStyleId: string;
  reference: string | null;
  paymentConditions: string | null;
  paymentReference: string | null;
  shortPaymentReference: string | null;
  language: string;
  discount: Decimal;
  originalSalesInvoiceId: string | null;
  sentAt: string | null;
  deliveryMethod: string | null;
  /** The created date, used to place a draft without an invoice date in a period. */
  createdDate: string;
}

export interface StoredExternalInvoice extends InvoiceCommon {
  kind: 'external_sales_invoice';
  date: string;
  dueDate: string | null;
  reference: string;
  entryNumber: number;
  source: string | null;
  sourceUrl: string | null;
  state: 'open' | 'paid' | 'late' | 'new' | 'uncollectible' | 'pending_payment';
}

export type StoredInvoice = StoredSalesInvoice | StoredExternalInvoice;

export interface Clock {
  now(): Date;
  /** Today in the administration's time zone, YYYY-MM-DD. */
  today(): string;
}

export interface BooksOptions {
  /**
   * Every ledger account of type revenue archived (`active: false`): an administration where an
   * owner cleaned up the chart of accounts and left nothing to book sales on.
   */
  revenueLedgersArchived?: boolean;
}

export class AdministrationBooks {
  readonly taxRates: TaxRate[];
  readonly ledgerAccounts: Json[];
  readonly documentStyles: Json[];
  readonly workflows: Json[];
  readonly financialAccounts: Json[];
  readonly identityId: string;
  readonly userId: string;
  readonly fallbackLedgerId: string;
  readonly contacts = new Map<string, Json>();
  readonly salesInvoices = new Map<string, StoredSalesInvoice>();
  readonly externalInvoices = new Map<string, StoredExternalInvoice>();
  private lastVersion = 0;
  private nextCustomerId = 1;
  private nextDraftId = 1;
  private nextEntryNumber = 1;
  private readonly invoiceSequence = new Map<string, number>();

  constructor(
    readonly administration: Json & { id: string; currency: string },
    private readonly ids: IdSequence,
    readonly clock: Clock,
    options: BooksOptions = {},
  ) {
    const id = administration.id;
    const created = '2025-01-02T09:00:00.000Z';
    this.identityId = ids.next();
    this.userId = ids.next();
    this.taxRates = TAX_RATE_SEEDS.map((seed) => ({
      ...seed,
      id: ids.next(),
      administration_id: id,
      created_at: created,
      updated_at: created,
    }));
    const ledgerIds = new Map<LedgerSeed, string>();
    this.ledgerAccounts = LEDGER_SEEDS.map((seed) => {
      const ledgerId = ids.next();
      ledgerIds.set(seed, ledgerId);
      return {
        id: ledgerId,
        administration_id: id,
        name: seed.name,
        account_type: seed.account_type,
        account_id: seed.account_id,
        parent_id: null,
        active: !(options.revenueLedgersArchived && seed.account_type === 'revenue'),
        created_at: created,
        updated_at: created,
        allowed_document_types: seed.allowed_document_types,
        financial_account_id: null,
      };
    });
    this.fallbackLedgerId = ledgerIds.get(LEDGER_SEEDS.find((s) => s.fallback)!)!;
    const style = (name: string, isDefault: boolean): Json => ({
      id: ids.next(),
      administration_id: id,
      name,
      identity_id: this.identityId,
      default: isDefault,
      logo_hash: null,
      logo_container_full_width: false,
      logo_display_width: 50,
      logo_position: 'left',
      background_hash: null,
      paper_size: 'A4',
      address_position: 'left',
      font_size: 10,
      font_family: 'Helvetica',
      print_on_stationery: false,
      custom_css: null,
      invoice_sender_address: [],
      invoice_metadata_left: [],
      invoice_metadata_right: [],
      estimate_sender_address: [],
      estimate_metadata_left: [],
      estimate_metadata_right: [],
      created_at: created,
      updated_at: created,
    });
    this.documentStyles = [style('Standaard', true), style('Webwinkel', false)];
    const workflow = (
      type: string,
      name: string,
      isDefault: boolean,
      inclTax: boolean,
      due: number,
    ): Json => ({
      id: ids.next(),
      administration_id: id,
      type,
      name,
      default: isDefault,
      currency: 'EUR',
      language: 'nl',
      active: true,
      prices_are_incl_tax: inclTax,
      payment_methods: ['bank_transfer'],
      collection_method: null,
      number_of_collections: 0,
      show_qr_code: false,
      created_at: created,
      updated_at: created,
      steps: [
        {
          id: ids.next(),
          administration_id: id,
          step_order: 0,
          due_interval: due,
          reminder_delay: 7,
          reminder_text: null,
          reminder_auto_send: false,
          action: null,
          created_at: created,
          updated_at: created,
        },
      ],
    });
    this.workflows = [
      workflow('InvoiceWorkflow', 'Standaard factuurworkflow', true, false, 14),
      workflow('InvoiceWorkflow', 'Webwinkel (prijzen incl. btw)', false, true, 0),
      workflow('EstimateWorkflow', 'Standaard offerteworkflow', true, false, 30),
    ];
    const account = (type: string, name: string, identifier: string, provider: string | null): Json => ({
      id: ids.next(),
      administration_id: id,
      type,
      name,
      identifier,
      currency: 'EUR',
      provider,
      moneybird_account: false,
      active: true,
      created_at: created,
      updated_at: created,
    });
    this.financialAccounts = [
      account('BankAccount', 'Zakelijke rekening', 'NL91ABNA0417164300', null),
      account('BankAccount', 'Mollie', 'NL55MOLL0123456789', 'mollie'),
      account('CreditCardAccount', 'Zakelijke creditcard', '4111', null),
      // Where the shop's gift cards are kept when they are redeemed, as many shops keep them.
      account('CashAccount', 'Cadeaubonnen', 'CADEAUBONNEN', null),
    ];
  }

  nextId(): string {
    return this.ids.next();
  }

  /** Versions are epoch seconds that strictly grow, so every change is visible to the sync API. */
  nextVersion(): number {
    this.lastVersion = Math.max(this.lastVersion + 1, Math.floor(this.clock.now().getTime() / 1000));
    return this.lastVersion;
  }

  timestamp(): string {
    return this.clock.now().toISOString();
  }

  allocateCustomerId(): string {
    while ([...this.contacts.values()].some((c) => c.customer_id === String(this.nextCustomerId)))
      this.nextCustomerId++;
    return String(this.nextCustomerId++);
  }

  allocateDraftId(): number {
    return this.nextDraftId++;
  }

  allocateEntryNumber(): number {
    return this.nextEntryNumber++;
  }

  /** The next number in the yearly sequence: "2026-0001". */
  allocateInvoiceNumber(invoiceDate: string): string {
    const year = invoiceDate.slice(0, 4);
    const next = (this.invoiceSequence.get(year) ?? 0) + 1;
    this.invoiceSequence.set(year, next);
    return `${year}-${String(next).padStart(4, '0')}`;
  }

  taxRate(id: string): TaxRate | undefined {
    return this.taxRates.find((r) => r.id === id);
  }

  defaultSalesTaxRate(): TaxRate {
    return this.taxRates.find((r) => r.tax_rate_type === 'sales_invoice' && r.percentage === '21.0')!;
  }

  ledgerAccount(id: string): Json | undefined {
    return this.ledgerAccounts.find((l) => l.id === id);
  }

  workflow(id: string): Json | undefined {
    return this.workflows.find((w) => w.id === id);
  }

  defaultInvoiceWorkflow(): Json {
    return this.workflows.find((w) => w.type === 'InvoiceWorkflow' && w.default === true)!;
  }

  defaultDocumentStyle(): Json {
    return this.documentStyles.find((s) => s.default === true)!;
  }

  exchangeRate(currency: string): Decimal | undefined {
    if (currency === this.administration.currency) return fromInteger(1);
    const toEur = EXCHANGE_RATES_TO_EUR[currency];
    return toEur === undefined ? undefined : parseDecimal(toEur);
  }

  // ---- serialization ------------------------------------------------------------------------

  /** A contact as embedded in invoices (simple_contact_response). */
  simpleContact(id: string): Json | null {
    return this.contacts.get(id) ?? null;
  }

  /** A contact as the contacts endpoints return it (contact_response). */
  contactResponse(contact: Json): Json {
    return { ...contact, events: [] };
  }

  private serializeCommon(invoice: StoredInvoice) {
    const rate = this.exchangeRate(invoice.currency) ?? fromInteger(1);
    const discount = invoice.kind === 'sales_invoice' ? invoice.discount : 0n;
    const totals = computeInvoiceTotals({
      lines: invoice.details.map((d) => {
        const taxRate = this.taxRate(d.taxRateId)!;
        return {
          amount: d.amount,
          price: d.price,
          taxRateId: d.taxRateId,
          percentage: parseDecimal(taxRate.percentage),
          showTax: taxRate.show_tax,
        };
      }),
      pricesAreInclTax: invoice.pricesAreInclTax,
      discount,
      exchangeRate: rate,
    });
    const paid = invoice.payments.reduce((s, p) => s + p.price, 0n);
    const paidBase = invoice.payments.reduce((s, p) => s + p.priceBase, 0n);
    const details = invoice.details.map((d, i) => {
      const taxRate = this.taxRate(d.taxRateId)!;
      return {
        id: d.id,
        administration_id: this.administration.id,
        tax_rate_id: d.taxRateId,
        ledger_account_id: d.ledgerAccountId,
        project_id: d.projectId,
        product_id: d.productId,
        amount: d.amountGiven === null ? null : `${moneyString(d.amountGiven).replace(/\.0$/, '')} x`,
        amount_decimal: moneyString(d.amount),
        description: d.description,
        price: moneyString(d.price),
        period: d.period,
        row_order: d.rowOrder,
        total_price_excl_tax_with_discount: moneyString(totals.lines[i]!.totalExclTaxWithDiscount),
        total_price_excl_tax_with_discount_base: moneyString(totals.lines[i]!.totalExclTaxWithDiscountBase),
        tax_report_reference: taxRate.taxReportReference,
        mandatory_tax_text: taxRate.mandatoryTaxText,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
        is_optional: false,
        is_selected: true,
      };
    });
    return {
      totals,
      paid,
      unpaid: totals.totalPriceInclTax - paid,
      unpaidBase: totals.totalPriceInclTaxBase - paidBase,
      details,
      payments: invoice.payments.map((p) => this.paymentResponse(p)),
      taxTotals: totals.taxTotals.map((t) => ({
        tax_rate_id: t.taxRateId,
        taxable_amount: moneyString(t.taxableAmount),
        taxable_amount_base: moneyString(t.taxableAmountBase),
        tax_amount: moneyString(t.taxAmount),
        tax_amount_base: moneyString(t.taxAmountBase),
      })),
    };
  }

  /** The amount still open on an invoice, in its own currency. */
  unpaid(invoice: StoredInvoice): Decimal {
    return this.serializeCommon(invoice).unpaid;
  }

  totalInclTax(invoice: StoredInvoice): Decimal {
    return this.serializeCommon(invoice).totals.totalPriceInclTax;
  }

  paymentResponse(p: StoredPayment): Json {
    return {
      id: p.id,
      administration_id: this.administration.id,
      invoice_type: p.invoiceType,
      invoice_id: p.invoiceId,
      financial_account_id: p.financialAccountId,
      user_id: this.userId,
      payment_transaction_id: null,
      transaction_identifier: p.transactionIdentifier,
      price: moneyString(p.price),
      price_base: moneyString(p.priceBase),
      payment_date: p.paymentDate,
      credit_invoice_id: null,
      financial_mutation_id: p.financialMutationId,
      ledger_account_id: p.ledgerAccountId,
      linked_payment_id: null,
      manual_payment_action: p.manualPaymentAction,
      created_at: p.createdAt,
      updated_at: p.createdAt,
    };
  }

  salesInvoiceResponse(invoice: StoredSalesInvoice): Json {
    const c = this.serializeCommon(invoice);
    const baseDate = invoice.invoiceDate ?? this.clock.today();
    const dueDate = new Date(`${baseDate}T00:00:00Z`);
    dueDate.setUTCDate(dueDate.getUTCDate() + invoice.firstDueInterval);
    const adm = this.administration.id;
    return {
      id: invoice.id,
      administration_id: adm,
      contact_id: invoice.contactId,
      contact: this.simpleContact(invoice.contactId),
      contact_person_id: invoice.contactPersonId,
      contact_person: null,
      invoice_id: invoice.invoiceId,
      recurring_sales_invoice_id: null,
      subscription_id: null,
      workflow_id: invoice.workflowId,
      document_style_id: invoice.documentStyleId,
      identity_id: this.identityId,
      draft_id: invoice.draftId,
      state: invoice.state,
      invoice_date: invoice.invoiceDate,
      due_date: dueDate.toISOString().slice(0, 10),
      payment_conditions: invoice.paymentConditions,
      payment_reference: invoice.paymentReference,
      short_payment_reference: invoice.shortPaymentReference,
      reference: invoice.reference,
      language: invoice.language,
      currency: invoice.currency,
      discount: moneyString(invoice.discount),
      original_sales_invoice_id: invoice.originalSalesInvoiceId,
      paused: false,
      paid_at: invoice.paidAt,
      sent_at: invoice.sentAt,
      created_at: invoice.createdAt,
      updated_at: invoice.updatedAt,
      public_view_code: invoice.state === 'draft' ? null : invoice.id.slice(-6),
      public_view_code_expires_at: null,
      version: invoice.version,
      ...amountFields(invoice, c),
      total_discount: moneyString(c.totals.totalDiscount),
      marked_dubious_on: null,
      marked_uncollectible_on: null,
      reminder_count: 0,
      next_reminder: null,
      original_estimate_id: null,
      url: `https://moneybird.dev/${adm}/sales_invoices/${invoice.id}`,
      payment_url: `https://moneybird.dev/${adm}/sales_invoices/${invoice.id}/pay`,
      custom_fields: [],
      notes: [],
      attachments: [],
      events: [],
      tax_totals: c.taxTotals,
      time_entries: [],
    };
  }

  externalInvoiceResponse(invoice: StoredExternalInvoice): Json {
    const c = this.serializeCommon(invoice);
    return {
      id: invoice.id,
      administration_id: this.administration.id,
      contact_id: invoice.contactId,
      contact: this.simpleContact(invoice.contactId),
      date: invoice.date,
      state: invoice.state,
      due_date: invoice.dueDate,
      reference: invoice.reference,
      entry_number: invoice.entryNumber,
      origin: 'api',
      source: invoice.source,
      source_url: invoice.sourceUrl,
      currency: invoice.currency,
      paid_at: invoice.paidAt,
      created_at: invoice.createdAt,
      updated_at: invoice.updatedAt,
      version: invoice.version,
      ...amountFields(invoice, c),
      marked_dubious_on: null,
      marked_uncollectible_on: null,
      notes: [],
      attachments: [],
      events: [],
      tax_totals: c.taxTotals,
    };
  }

  taxRateResponse(rate: TaxRate): Json {
    const { taxReportReference: _r, mandatoryTaxText: _m, ...json } = rate;
    return json;
  }

  toBase(value: Decimal, currency: string): Decimal {
    return toBase(value, this.exchangeRate(currency) ?? fromInteger(1));
  }
}

/** The lines, payments and totals a sales and an external invoice show alike. */
function amountFields(
  invoice: { pricesAreInclTax: boolean },
  c: ReturnType<AdministrationBooks['serializeCommon']>,
): Json {
  return {
    details: c.details,
    payments: c.payments,
    total_paid: moneyString(c.paid),
    total_unpaid: moneyString(c.unpaid),
    total_unpaid_base: moneyString(c.unpaidBase),
    prices_are_incl_tax: invoice.pricesAreInclTax,
    total_price_excl_tax: moneyString(c.totals.totalPriceExclTax),
    total_price_excl_tax_base: moneyString(c.totals.totalPriceExclTaxBase),
    total_price_incl_tax: moneyString(c.totals.totalPriceInclTax),
    total_price_incl_tax_base: moneyString(c.totals.totalPriceInclTaxBase),
  };
}
