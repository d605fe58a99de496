// The Moneybird API v2 client: every request goes through the token's rate limiter and the shared
// retry loop, every answer through a schema. Ids are strings, money is decimal strings.
//
// Which writes are repeated after an unknown outcome:
// - PATCH …/send_invoice: yes. Sending an invoice that is already open again (delivery method Manual)
//   only records another manual sending; the invoice keeps its number and state, nothing is created.
// - PATCH …/sales_invoices/{id} and …/contacts/{id} (updates) and DELETE: yes, the end state is the same.
// - POST creates (contacts, invoices, payments), PATCH …/duplicate_creditinvoice and
//   …/register_payment_creditinvoice: never. They create something each time; an unknown outcome is
//   an UncertainOutcomeError and the sync engine looks for the booking by reference first.
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { apiMessages } from '../../../shared/i18n/messages/api';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { HttpClient, type HttpMethod, type HttpResponse, type RetryPolicy } from '../http/client';
import type { Clock } from '../http/clock';
import {
  AuthenticationError,
  InvalidResponseError,
  NotFoundError,
  type RequestContext,
} from '../http/errors';
import { linkTarget } from '../http/link-header';
import type { Logger } from '../http/logger';
import { parseResponse } from '../http/parse-response';
import { registerSecret } from '../http/redact';
import {
  MONEYBIRD_BUDGET,
  type RateLimitBudget,
  type RateLimiter,
  RateLimiterRegistry,
} from './rate-limiter';
import {
  type Administration,
  administrationSchema,
  type Contact,
  contactSchema,
  type DocumentStyle,
  documentStyleSchema,
  type ExternalSalesInvoice,
  externalSalesInvoiceSchema,
  type FinancialAccount,
  financialAccountSchema,
  type LedgerAccount,
  ledgerAccountSchema,
  type Payment,
  paymentSchema,
  type SalesInvoice,
  type SyncEntry,
  salesInvoiceSchema,
  syncEntrySchema,
  type TaxRate,
  taxRateSchema,
  type Workflow,
  workflowSchema,
} from './schemas';

/** Where the access token comes from: a personal token, or an OAuth session that can refresh. */
export interface AccessTokenSource {
  accessToken(): Promise<string>;
  /** After a 401 on the current token: a fresh token, or undefined when refreshing is not possible. */
  refreshAfterUnauthorized?(rejectedToken: string): Promise<string | undefined>;
}

export function staticToken(token: string): AccessTokenSource {
  registerSecret(token);
  return { accessToken: async () => token };
}

export interface MoneybirdClientOptions {
  /** API root, e.g. https://moneybird.com/api/v2 (configuration; the simulator in tests). */
  baseUrl: string;
  administrationId?: string;
  token: AccessTokenSource;
  /** Shared so that every client using the same token shares its budget. */
  limiters?: RateLimiterRegistry;
  /** Used when no registry is given. Default 150 per 300 s. */
  budget?: RateLimitBudget;
  logger?: Logger;
  clock?: Clock;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  dispatcher?: Dispatcher;
}

/** Filter terms for list and synchronization endpoints: {state: 'open', period: '20260101..20261231'}. */
export type MoneybirdFilter = Record<string, string | number | undefined>;

export function formatFilter(filter: MoneybirdFilter): string | undefined {
  const terms = Object.entries(filter)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => {
      const value = String(v);
      // The filter syntax has no escaping: a comma or colon inside a value would change its meaning.
      if (/[,]/.test(value) || (k !== 'updated_after' && k !== 'created_after' && /:/.test(value))) {
        throw new RangeError(`Filter value for ${k} cannot contain "," or ":": ${value}`);
      }
      return `${k}:${value}`;
    });
  return terms.length > 0 ? terms.join(',') : undefined;
}

/** A date range for the `period` filter: YYYYMMDD..YYYYMMDD from ISO dates. */
export function periodFilter(from: string, to: string): string {
  const compact = (d: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new RangeError(`Not a date (YYYY-MM-DD): ${d}`);
    return d.replaceAll('-', '');
  };
  return `${compact(from)}..${compact(to)}`;
}

export interface SalesInvoiceDetailInput {
  description: string;
  amount?: string;
  /** Unit price, decimal string. */
  price: string;
  tax_rate_id?: string;
  ledger_account_id?: string;
  period?: string;
  row_order?: number;
  product_id?: string;
  project_id?: string;
}

export interface SalesInvoiceInput {
  contact_id: string;
  reference?: string;
  invoice_date?: string;
  first_due_interval?: number;
  currency?: string;
  prices_are_incl_tax?: boolean;
  document_style_id?: string;
  workflow_id?: string;
  invoice_sequence_id?: string;
  payment_conditions?: string;
  details_attributes: SalesInvoiceDetailInput[];
}

/** An existing line of a draft, removed by an update (`details_attributes` with `_destroy`). */
export interface SalesInvoiceDetailRemoval {
  id: string;
  _destroy: true;
}

/** What an update of a draft sales invoice may change (only what is given changes). */
export type SalesInvoiceUpdate = Partial<Omit<SalesInvoiceInput, 'details_attributes'>> & {
  details_attributes?: Array<SalesInvoiceDetailInput | SalesInvoiceDetailRemoval>;
};

export interface ExternalSalesInvoiceInput {
  contact_id: string;
  reference: string;
  date: string;
  due_date?: string;
  currency?: string;
  prices_are_incl_tax?: boolean;
  source?: string;
  source_url?: string;
  details_attributes: SalesInvoiceDetailInput[];
}

export interface ContactInput {
  company_name?: string;
  firstname?: string;
  lastname?: string;
  address1?: string;
  address2?: string;
  zipcode?: string;
  city?: string;
  country?: string;
  phone?: string;
  customer_id?: string;
  tax_number?: string;
  send_invoices_to_email?: string;
  send_invoices_to_attention?: string;
  delivery_method?: 'Email' | 'Simplerinvoicing' | 'Peppol' | 'Manual' | 'Post';
  [field: string]: unknown;
}

export interface SendInvoiceInput {
  delivery_method?: 'Email' | 'Simplerinvoicing' | 'Peppol' | 'Manual';
  sending_scheduled?: boolean;
  invoice_date?: string;
  email_address?: string;
  email_message?: string;
  deliver_ubl?: boolean;
  mergeable?: boolean;
}

export interface PaymentInput {
  payment_date: string;
  price: string;
  price_base?: string;
  financial_account_id?: string;
  financial_mutation_id?: string;
  ledger_account_id?: string;
  transaction_identifier?: string;
  manual_payment_action?:
    | 'private_payment'
    | 'payment_without_proof'
    | 'cash_payment'
    | 'rounding_error'
    | 'bank_transfer'
    | 'balance_settlement'
    | 'invoices_settlement';
  invoice_id?: string;
}

interface CallOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  idempotent?: boolean;
  /** What a 404 is about, in both languages (`api.what.*`). */
  what?: LocalizedText;
  /** A POST that only reads (the synchronization fetch): its unreadable answer changed nothing. */
  reads?: boolean;
  /** Path is below the API root rather than below the administration. */
  global?: boolean;
}

const SYNC_BATCH = 100;
const PER_PAGE = '100';

/** What a request is about, as the owner's 404 text names it. */
const invoice = (id: string) => localize(apiMessages, 'api.what.invoice', { id });

export class MoneybirdClient {
  private readonly root: URL;
  private readonly limiters: RateLimiterRegistry;
  private readonly http = new Map<string, HttpClient>();

  constructor(private readonly options: MoneybirdClientOptions) {
    this.root = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.limiters =
      options.limiters ??
      new RateLimiterRegistry(options.budget ?? MONEYBIRD_BUDGET, { clock: options.clock });
  }

  get administrationId(): string | undefined {
    return this.options.administrationId;
  }

  /** The same connection for another administration (shares the token's rate limiter). */
  forAdministration(administrationId: string): MoneybirdClient {
    return new MoneybirdClient({ ...this.options, administrationId, limiters: this.limiters });
  }

  /** The rate limiter of the current token, for the sync engine's ETA. */
  async rateLimiter(): Promise<RateLimiter> {
    return this.limiters.forToken(await this.options.token.accessToken());
  }

  // ---- administrations and reference data -------------------------------------------------------

  async administrations(): Promise<Administration[]> {
    const { body, context } = await this.call('GET', 'administrations', { global: true });
    return parseResponse(z.array(administrationSchema), body, context);
  }

  taxRates(filter: MoneybirdFilter = {}): Promise<TaxRate[]> {
    return this.listAll('tax_rates', taxRateSchema, { filter: formatFilter(filter) });
  }

  async ledgerAccounts(): Promise<LedgerAccount[]> {
    return this.getList('ledger_accounts', ledgerAccountSchema);
  }

  async documentStyles(): Promise<DocumentStyle[]> {
    return this.getList('document_styles', documentStyleSchema);
  }

  async workflows(): Promise<Workflow[]> {
    return this.getList('workflows', workflowSchema);
  }

  async financialAccounts(): Promise<FinancialAccount[]> {
    return this.getList('financial_accounts', financialAccountSchema);
  }

  // ---- contacts ----------------------------------------------------------------------------------

  listContacts(query?: string): Promise<Contact[]> {
    return this.listAll('contacts', contactSchema, { query });
  }

  async getContact(id: string): Promise<Contact> {
    return this.getOne(
      `contacts/${segment(id)}`,
      contactSchema,
      localize(apiMessages, 'api.what.contact', { id }),
    );
  }

  /** The contact with this customer_id, or null when there is none. */
  async findContactByCustomerId(customerId: string): Promise<Contact | null> {
    return this.orNull(() =>
      this.getOne(
        `contacts/customer_id/${segment(customerId)}`,
        contactSchema,
        localize(apiMessages, 'api.what.customer', { id: customerId }),
      ),
    );
  }

  async createContact(contact: ContactInput): Promise<Contact> {
    const { body, context, status } = await this.call('POST', 'contacts', { body: { contact } });
    return parseResponse(contactSchema, body, context, status);
  }

  /**
   * Every contact's id and version, archived ones included: Moneybird leaves archived contacts out
   * unless asked (`include_archived`), and a returning customer whose contact was archived must be
   * found, not created again.
   */
  async contactsSynchronization(filter: MoneybirdFilter = {}): Promise<SyncEntry[]> {
    const { body, context, status } = await this.call('GET', 'contacts/synchronization', {
      query: { filter: formatFilter(filter), include_archived: 'true' },
    });
    return parseResponse(z.array(syncEntrySchema), body, context, status);
  }

  /**
   * Changes the given fields of a contact (PATCH is partial; '' clears a field). Safe to repeat:
   * the same changes give the same contact.
   */
  async updateContact(id: string, changes: Partial<ContactInput>): Promise<Contact> {
    const { body, context, status } = await this.call('PATCH', `contacts/${segment(id)}`, {
      body: { contact: changes },
      idempotent: true,
      what: localize(apiMessages, 'api.what.contact', { id }),
    });
    return parseResponse(contactSchema, body, context, status);
  }

  contactsByIds(ids: readonly string[]): Promise<Contact[]> {
    return this.syncFetch('contacts', ids, contactSchema);
  }

  // ---- sales invoices ----------------------------------------------------------------------------

  async createSalesInvoice(invoice: SalesInvoiceInput): Promise<SalesInvoice> {
    const { body, context, status } = await this.call('POST', 'sales_invoices', {
      body: { sales_invoice: invoice },
    });
    return parseResponse(salesInvoiceSchema, body, context, status);
  }

  async getSalesInvoice(id: string): Promise<SalesInvoice> {
    return this.getOne(`sales_invoices/${segment(id)}`, salesInvoiceSchema, invoice(id));
  }

  /** The invoice Moneybird returns for this reference (find_by_reference), or null. */
  async findSalesInvoiceByReference(reference: string): Promise<SalesInvoice | null> {
    return this.orNull(() =>
      this.getOne(
        `sales_invoices/find_by_reference/${segment(reference)}`,
        salesInvoiceSchema,
        localize(apiMessages, 'api.what.invoice-reference', { reference }),
      ),
    );
  }

  /**
   * Every invoice carrying this reference within an explicit period (YYYY-MM-DD dates). Moneybird's
   * list defaults to this year, so an order from last year is only found with its period.
   */
  findSalesInvoicesByReference(
    reference: string,
    period: { from: string; to: string },
    state = 'all',
  ): Promise<SalesInvoice[]> {
    return this.listSalesInvoices({ reference, period: periodFilter(period.from, period.to), state });
  }

  /** Lists invoices; pass an explicit `period`, the API's default is only this year. */
  listSalesInvoices(filter: MoneybirdFilter): Promise<SalesInvoice[]> {
    return this.listAll('sales_invoices', salesInvoiceSchema, { filter: formatFilter(filter) });
  }

  /** Changes a draft (keyed by its id, so repeating the same update changes nothing more). */
  async updateSalesInvoice(id: string, changes: SalesInvoiceUpdate): Promise<SalesInvoice> {
    const { body, context, status } = await this.call('PATCH', `sales_invoices/${segment(id)}`, {
      body: { sales_invoice: changes },
      idempotent: true,
      what: invoice(id),
    });
    return parseResponse(salesInvoiceSchema, body, context, status);
  }

  /** Finalises a draft (number, state open). Manual delivery e-mails nobody. Safe to repeat. */
  async sendSalesInvoice(
    id: string,
    sending: SendInvoiceInput = { delivery_method: 'Manual' },
  ): Promise<SalesInvoice> {
    const { body, context, status } = await this.call('PATCH', `sales_invoices/${segment(id)}/send_invoice`, {
      body: { sales_invoice_sending: sending },
      idempotent: true,
      what: invoice(id),
    });
    return parseResponse(salesInvoiceSchema, body, context, status);
  }

  async createSalesInvoicePayment(invoiceId: string, payment: PaymentInput): Promise<Payment> {
    const { body, context, status } = await this.call(
      'POST',
      `sales_invoices/${segment(invoiceId)}/payments`,
      {
        body: { payment },
        what: invoice(invoiceId),
      },
    );
    return parseResponse(paymentSchema, body, context, status);
  }

  /** Creates the credit invoice of a sales invoice (a new draft). Never repeated. */
  async createCreditInvoice(invoiceId: string): Promise<SalesInvoice> {
    const { body, context, status } = await this.call(
      'PATCH',
      `sales_invoices/${segment(invoiceId)}/duplicate_creditinvoice`,
      { body: {}, idempotent: false, what: invoice(invoiceId) },
    );
    return parseResponse(salesInvoiceSchema, body, context, status);
  }

  /** Settles a sent credit invoice against its original. Never repeated. */
  async registerCreditInvoicePayment(creditInvoiceId: string): Promise<SalesInvoice | undefined> {
    const { body, context, status } = await this.call(
      'PATCH',
      `sales_invoices/${segment(creditInvoiceId)}/register_payment_creditinvoice`,
      {
        body: {},
        idempotent: false,
        what: localize(apiMessages, 'api.what.credit-invoice', { id: creditInvoiceId }),
      },
    );
    return body === undefined ? undefined : parseResponse(salesInvoiceSchema, body, context, status);
  }

  async deleteSalesInvoice(id: string): Promise<void> {
    await this.call('DELETE', `sales_invoices/${segment(id)}`, { idempotent: true, what: invoice(id) });
  }

  salesInvoicesSynchronization(filter: MoneybirdFilter = {}): Promise<SyncEntry[]> {
    return this.syncList('sales_invoices', filter);
  }

  salesInvoicesByIds(ids: readonly string[]): Promise<SalesInvoice[]> {
    return this.syncFetch('sales_invoices', ids, salesInvoiceSchema);
  }

  // ---- external sales invoices -------------------------------------------------------------------

  async createExternalSalesInvoice(invoice: ExternalSalesInvoiceInput): Promise<ExternalSalesInvoice> {
    const { body, context, status } = await this.call('POST', 'external_sales_invoices', {
      body: { external_sales_invoice: invoice },
    });
    return parseResponse(externalSalesInvoiceSchema, body, context, status);
  }

  async getExternalSalesInvoice(id: string): Promise<ExternalSalesInvoice> {
    return this.getOne(`external_sales_invoices/${segment(id)}`, externalSalesInvoiceSchema, invoice(id));
  }

  listExternalSalesInvoices(filter: MoneybirdFilter): Promise<ExternalSalesInvoice[]> {
    return this.listAll('external_sales_invoices', externalSalesInvoiceSchema, {
      filter: formatFilter(filter),
    });
  }

  async createExternalSalesInvoicePayment(invoiceId: string, payment: PaymentInput): Promise<Payment> {
    const { body, context, status } = await this.call(
      'POST',
      `external_sales_invoices/${segment(invoiceId)}/payments`,
      { body: { payment }, what: invoice(invoiceId) },
    );
    return parseResponse(paymentSchema, body, context, status);
  }

  externalSalesInvoicesSynchronization(filter: MoneybirdFilter = {}): Promise<SyncEntry[]> {
    return this.syncList('external_sales_invoices', filter);
  }

  externalSalesInvoicesByIds(ids: readonly string[]): Promise<ExternalSalesInvoice[]> {
    return this.syncFetch('external_sales_invoices', ids, externalSalesInvoiceSchema);
  }

  // ---- plumbing ----------------------------------------------------------------------------------

  private url(path: string, global: boolean, query: Record<string, string | undefined> = {}): URL {
    let relative = `${path}.json`;
    if (!global) {
      const administration = this.options.administrationId;
      if (!administration) throw new Error('No Moneybird administration selected');
      relative = `${segment(administration)}/${relative}`;
    }
    const url = new URL(relative, this.root);
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) url.searchParams.set(key, value);
    return url;
  }

  private httpFor(token: string): HttpClient {
    let client = this.http.get(token);
    if (!client) {
      client = new HttpClient({
        service: 'moneybird',
        gate: this.limiters.forToken(token),
        logger: this.options.logger,
        clock: this.options.clock,
        timeoutMs: this.options.timeoutMs,
        retry: this.options.retry,
        dispatcher: this.options.dispatcher,
      });
      this.http.set(token, client);
    }
    return client;
  }

  private async call(
    method: HttpMethod,
    path: string,
    options: CallOptions = {},
  ): Promise<HttpResponse & { context: RequestContext }> {
    return this.send(method, this.url(path, options.global ?? false, options.query), options);
  }

  private async send(
    method: HttpMethod,
    url: URL,
    options: CallOptions,
  ): Promise<HttpResponse & { context: RequestContext }> {
    const context: RequestContext = {
      service: 'moneybird',
      method,
      url,
      ...(options.reads && { changes: false }),
    };
    let token = await this.options.token.accessToken();
    registerSecret(token);
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.httpFor(token).request({
          method,
          url,
          headers: { authorization: `Bearer ${token}` },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          idempotent: options.idempotent,
          what: options.what,
          changes: context.changes,
        });
        return { ...response, context };
      } catch (error) {
        // A 401 was refused unprocessed, so one retry with a refreshed token is safe for any method.
        const refresh = this.options.token.refreshAfterUnauthorized;
        if (
          attempt === 0 &&
          refresh &&
          error instanceof AuthenticationError &&
          error.status === 401 &&
          error.reason === 'invalid-token'
        ) {
          const fresh = await refresh.call(this.options.token, token);
          if (fresh && fresh !== token) {
            registerSecret(fresh);
            token = fresh;
            continue;
          }
        }
        throw error;
      }
    }
  }

  private async getOne<S extends z.ZodType>(
    path: string,
    schema: S,
    what: LocalizedText,
  ): Promise<z.output<S>> {
    const { body, context, status } = await this.call('GET', path, { what });
    return parseResponse(schema, body, context, status);
  }

  private async getList<S extends z.ZodType>(path: string, schema: S): Promise<Array<z.output<S>>> {
    const { body, context, status } = await this.call('GET', path);
    return parseResponse(z.array(schema), body, context, status);
  }

  private async orNull<T>(fetch: () => Promise<T>): Promise<T | null> {
    try {
      return await fetch();
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** Every page, following the Link header's rel="next" (only within the configured API root). */
  private async listAll<S extends z.ZodType>(
    path: string,
    schema: S,
    query: Record<string, string | undefined>,
  ): Promise<Array<z.output<S>>> {
    const items: Array<z.output<S>> = [];
    let url: URL | undefined = this.url(path, false, { ...query, per_page: PER_PAGE });
    const seen = new Set<string>();
    while (url) {
      seen.add(url.href);
      const { body, headers, context, status } = await this.send('GET', url, {});
      items.push(...parseResponse(z.array(schema), body, context, status));
      const next = linkTarget(headers.link, 'next');
      url = next === undefined ? undefined : this.nextPage(next, context);
      if (url && seen.has(url.href)) {
        throw new InvalidResponseError(
          context,
          status,
          'Link',
          'pagination points back to a page already read',
        );
      }
    }
    return items;
  }

  private nextPage(next: string, context: RequestContext): URL {
    const url = new URL(next, this.root);
    // The token goes with every request: never follow a link off the API we were configured with.
    if (url.origin !== this.root.origin || !url.pathname.startsWith(this.root.pathname)) {
      throw new InvalidResponseError(
        context,
        undefined,
        'Link',
        `next page outside the API root: ${url.origin}`,
      );
    }
    return url;
  }

  private async syncList(resource: string, filter: MoneybirdFilter): Promise<SyncEntry[]> {
    const { body, context, status } = await this.call('GET', `${resource}/synchronization`, {
      query: { filter: formatFilter(filter) },
    });
    return parseResponse(z.array(syncEntrySchema), body, context, status);
  }

  /** Full records by id, in batches of 100 (the endpoint's maximum). A read, so safe to repeat. */
  private async syncFetch<S extends z.ZodType>(
    resource: string,
    ids: readonly string[],
    schema: S,
  ): Promise<Array<z.output<S>>> {
    const out: Array<z.output<S>> = [];
    for (let i = 0; i < ids.length; i += SYNC_BATCH) {
      const { body, context, status } = await this.call('POST', `${resource}/synchronization`, {
        body: { ids: ids.slice(i, i + SYNC_BATCH) },
        idempotent: true,
        reads: true,
      });
      out.push(...parseResponse(z.array(schema), body, context, status));
    }
    return out;
  }
}

/** One path segment, percent-encoded; "." too, since ".json" follows. */
function segment(value: string): string {
  return encodeURIComponent(value).replaceAll('.', '%2E');
}
