// The /api/v2 routes: path matching (with the optional `.json` suffix the spec's {format} allows),
// authentication, scopes per endpoint (as the spec's security blocks say), pagination with a Link
// header, and the handlers that read and change the books.

import { parseDecimal } from '../common/decimal';
import type { SimRequest, SimResponse } from '../common/http-server';
import { type AccessToken, type RateLimiter, requireScope, type TokenStore } from './access';
import type { AdministrationBooks, Json, StoredInvoice, StoredSalesInvoice } from './books';
import { archiveContact, contactFilter, createContact, matchesQuery, updateContact } from './contacts';
import { updateDraftSalesInvoice } from './draft-update';
import { ApiError, notFound, symbolic } from './errors';
import { parseFilter, parseFilterTime } from './filters';
import {
  createExternalInvoice,
  createSalesInvoice,
  duplicateCreditInvoice,
  invoiceFilter,
  registerPayment,
  sendInvoice,
} from './invoices';
import { asVisible, markCreated, markPayment, visibleInvoices, visibleOnly } from './late-visibility';
import { refuseIfLocked } from './locked-period';
import { isObject, rejectUnknownFields, unwrap } from './request-shapes';

export interface ApiContext {
  books: AdministrationBooks;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Absolute URL of this request without query, for Link headers. */
  url: string;
}

interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The spec's path template without `{format}`. */
  template: string;
  /** Any one of these scopes gives access (empty: any valid token). */
  scopes: readonly string[];
  handle(ctx: ApiContext): SimResponse;
}

const CONTACT_SCOPES = ['estimates', 'sales_invoices', 'documents', 'bank', 'settings'] as const;
const INVOICE_SCOPES = ['sales_invoices'] as const;
const TAX_LEDGER_SCOPES = ['settings', 'sales_invoices', 'documents', 'estimates'] as const;
const STYLE_SCOPES = ['settings', 'sales_invoices', 'estimates'] as const;
const WORKFLOW_SCOPES = ['settings', 'sales_invoices', 'documents', 'estimates', 'bank'] as const;

const ok = (body: unknown, headers?: Record<string, string>): SimResponse => ({ status: 200, body, headers });
const created = (body: unknown): SimResponse => ({ status: 201, body });

/** Moneybird's default page size is not documented; 100 is what integrators report. */
export const DEFAULT_PER_PAGE = 100;

function paginate<T>(items: T[], ctx: ApiContext): SimResponse & { body: T[] } {
  const perPageText = ctx.query.get('per_page');
  const pageText = ctx.query.get('page');
  const perPage = perPageText === null ? DEFAULT_PER_PAGE : Number(perPageText);
  if (perPageText !== null && (!/^\d+$/.test(perPageText) || perPage < 1 || perPage > 100))
    throw symbolic(400, 'per_page does not have a valid value');
  const page = pageText === null ? 1 : Number(pageText);
  if (pageText !== null && (!/^\d+$/.test(pageText) || page < 1 || page > 1_000_000))
    throw symbolic(400, 'page does not have a valid value');
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (p: number) => {
    const q = new URLSearchParams(ctx.query);
    q.set('page', String(p));
    q.set('per_page', String(perPage));
    return `<${ctx.url}?${q.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${link(page - 1)}; rel="prev"`);
  if (page * perPage < items.length) links.push(`${link(page + 1)}; rel="next"`);
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

function syncIds(body: unknown): string[] {
  rejectUnknownFields(body, ['ids'], '');
  const ids = isObject(body) ? body.ids : undefined;
  if (!Array.isArray(ids) || ids.length === 0) throw symbolic(400, 'Ids is required', { ids: 'required' });
  // "Returns a maximum of 100 ..., even if more ids are provided."
  return ids.slice(0, 100).map(String);
}

const byId = (a: { id?: unknown }, b: { id?: unknown }): number => {
  const x = BigInt(String(a.id));
  const y = BigInt(String(b.id));
  return x < y ? -1 : x > y ? 1 : 0;
};

function salesInvoice(ctx: ApiContext, param: string): StoredSalesInvoice {
  const invoice = ctx.books.salesInvoices.get(ctx.params[param] ?? '');
  if (!invoice) throw notFound('id');
  return invoice;
}

/**
 * The contacts a list shows, oldest first: archived ones only with `include_archived=true` (the spec
 * offers the parameter on the list, the filter and the synchronization list, so without it they are
 * left out), and none that is still late (see late-visibility.ts).
 */
function contactsList(ctx: ApiContext): Json[] {
  const withArchived = ctx.query.get('include_archived') === 'true';
  const listed = [...ctx.books.contacts.values()].filter((c) => withArchived || c.archived !== true);
  return visibleOnly(ctx.books, listed.sort(byId));
}

/** The date that places an invoice in a period: a sales invoice's invoice date (none for a fresh draft). */
const invoiceDateOf = (invoice: StoredInvoice): string | null =>
  invoice.kind === 'sales_invoice' ? invoice.invoiceDate : invoice.date;

function taxRateFilter(filterText: string | null) {
  const terms = parseFilter(filterText);
  const checks: Array<(r: Json) => boolean> = [];
  for (const [key, value] of terms) {
    switch (key) {
      case 'name':
        checks.push((r) => r.name === value);
        break;
      case 'partial_name':
        checks.push((r) => String(r.name).toLowerCase().includes(value.toLowerCase()));
        break;
      case 'percentage': {
        let wanted: bigint;
        try {
          wanted = parseDecimal(value);
        } catch {
          throw symbolic(400, 'Filter percentage is invalid', { percentage: 'invalid' });
        }
        checks.push((r) => parseDecimal(String(r.percentage)) === wanted);
        break;
      }
      case 'tax_rate_type': {
        const types = value.split('|');
        if (!types.includes('all')) checks.push((r) => types.includes(String(r.tax_rate_type)));
        break;
      }
      case 'country':
        checks.push((r) => r.country === value.toUpperCase());
        break;
      case 'show_tax':
        checks.push((r) => String(r.show_tax) === value);
        break;
      case 'active':
        checks.push((r) => String(r.active) === value);
        break;
      case 'created_after': {
        const t = parseFilterTime(value);
        checks.push((r) => Date.parse(String(r.created_at)) > t);
        break;
      }
      case 'updated_after': {
        const t = parseFilterTime(value);
        checks.push((r) => Date.parse(String(r.updated_at)) > t);
        break;
      }
    }
  }
  return (r: Json) => checks.every((c) => c(r));
}

/** Registers a payment; with late visibility on, reads show the invoice as it was until it is visible. */
function paid(ctx: ApiContext, invoice: StoredInvoice) {
  const before = { state: invoice.state, paidAt: invoice.paidAt };
  const payment = registerPayment(ctx.books, invoice, ctx.body);
  markPayment(ctx.books, payment, before);
  return payment;
}

export const ROUTES: Route[] = [
  // ---- contacts ----
  {
    method: 'GET',
    template: '/{administration_id}/contacts/filter',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => paginate(contactsList(ctx).filter(contactFilter(ctx.query.get('filter'))), ctx),
  },
  {
    method: 'GET',
    template: '/{administration_id}/contacts/synchronization',
    scopes: CONTACT_SCOPES,
    handle: (ctx) =>
      ok(
        contactsList(ctx)
          .filter(contactFilter(ctx.query.get('filter')))
          .map((c) => ({ id: c.id, version: c.version })),
      ),
  },
  {
    method: 'POST',
    template: '/{administration_id}/contacts/synchronization',
    scopes: CONTACT_SCOPES,
    handle: (ctx) =>
      ok(
        visibleOnly(
          ctx.books,
          syncIds(ctx.body)
            .map((id) => ctx.books.contacts.get(id))
            .filter((c): c is Json => c !== undefined),
        ).map((c) => ctx.books.contactResponse(c)),
      ),
  },
  {
    method: 'GET',
    template: '/{administration_id}/contacts/customer_id/{customer_id}',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const contact = [...ctx.books.contacts.values()].find((c) => c.customer_id === ctx.params.customer_id);
      if (!contact) throw notFound('customer_id');
      return ok(ctx.books.contactResponse(contact));
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/contacts/{id}',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const contact = ctx.books.contacts.get(ctx.params.id ?? '');
      if (!contact) throw notFound('id');
      return ok(ctx.books.contactResponse(contact));
    },
  },
  {
    method: 'PATCH',
    template: '/{administration_id}/contacts/{id}/archive',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const contact = ctx.books.contacts.get(ctx.params.id ?? '');
      if (!contact) throw notFound('id');
      if (contact.archived === true)
        throw symbolic(400, 'Contact can not be archived', { id: 'can_not_be_archived' });
      archiveContact(ctx.books, contact);
      return { status: 204, body: undefined };
    },
  },
  {
    method: 'PATCH',
    template: '/{administration_id}/contacts/{id}',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const contact = ctx.books.contacts.get(ctx.params.id ?? '');
      if (!contact) throw notFound('id');
      return ok(ctx.books.contactResponse(updateContact(ctx.books, contact, unwrap(ctx.body, 'contact'))));
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/contacts',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const query = ctx.query.get('query');
      const list = query ? contactsList(ctx).filter((c) => matchesQuery(c, query)) : contactsList(ctx);
      const page = paginate(list, ctx);
      return { ...page, body: page.body.map((c) => ctx.books.contactResponse(c)) };
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/contacts',
    scopes: CONTACT_SCOPES,
    handle: (ctx) => {
      const contact = createContact(ctx.books, unwrap(ctx.body, 'contact'));
      markCreated(ctx.books, contact, 'contact');
      return created(ctx.books.contactResponse(contact));
    },
  },
  // ---- sales invoices ----
  {
    method: 'GET',
    template: '/{administration_id}/sales_invoices/find_by_reference/{reference}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const reference = ctx.params.reference ?? '';
      // With several invoices on one reference, the oldest is returned (Moneybird does not say).
      const withReference = [...ctx.books.salesInvoices.values()]
        .sort(byId)
        .filter((i) => i.reference === reference);
      const invoice = visibleOnly(ctx.books, withReference)[0];
      if (!invoice)
        throw symbolic(404, `Sales invoice with reference: ${reference} was not found`, {
          reference: 'not_found',
        });
      return ok(ctx.books.salesInvoiceResponse(asVisible(ctx.books, invoice)));
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/sales_invoices/synchronization',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      // The sync list has no documented default filter: without one it lists every invoice.
      const keep = invoiceFilter(ctx.books, ctx.query.get('filter'), false);
      return ok(
        visibleOnly(ctx.books, [...ctx.books.salesInvoices.values()].sort(byId).filter(keep)).map((i) => ({
          id: i.id,
          version: i.version,
        })),
      );
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/sales_invoices/synchronization',
    scopes: INVOICE_SCOPES,
    handle: (ctx) =>
      ok(
        visibleInvoices(
          ctx.books,
          syncIds(ctx.body)
            .map((id) => ctx.books.salesInvoices.get(id))
            .filter((i) => i !== undefined),
          (i) => ctx.books.salesInvoiceResponse(i),
        ),
      ),
  },
  {
    method: 'PATCH',
    template: '/{administration_id}/sales_invoices/{id}/send_invoice',
    scopes: INVOICE_SCOPES,
    handle: (ctx) =>
      ok(ctx.books.salesInvoiceResponse(sendInvoice(ctx.books, salesInvoice(ctx, 'id'), ctx.body))),
  },
  {
    method: 'PATCH',
    template: '/{administration_id}/sales_invoices/{id}/duplicate_creditinvoice',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      if (ctx.body !== undefined && (!isObject(ctx.body) || Object.keys(ctx.body).length > 0))
        rejectUnknownFields(isObject(ctx.body) ? ctx.body : { body: 1 }, [], '');
      const credit = duplicateCreditInvoice(ctx.books, salesInvoice(ctx, 'id'));
      markCreated(ctx.books, credit, 'invoice');
      return ok(ctx.books.salesInvoiceResponse(credit));
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/sales_invoices/{sales_invoice_id}/payments',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => created(ctx.books.paymentResponse(paid(ctx, salesInvoice(ctx, 'sales_invoice_id')))),
  },
  {
    method: 'GET',
    template: '/{administration_id}/sales_invoices/{id}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => ok(ctx.books.salesInvoiceResponse(asVisible(ctx.books, salesInvoice(ctx, 'id')))),
  },
  {
    // Changes a draft (a duplicated credit note is adjusted this way); see draft-update.ts.
    method: 'PATCH',
    template: '/{administration_id}/sales_invoices/{id}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = updateDraftSalesInvoice(
        ctx.books,
        salesInvoice(ctx, 'id'),
        unwrap(ctx.body, 'sales_invoice'),
      );
      return ok(ctx.books.salesInvoiceResponse(invoice));
    },
  },
  {
    // Moneybird refuses to delete an invoice with payments still pending; a paid one keeps its books.
    method: 'DELETE',
    template: '/{administration_id}/sales_invoices/{id}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = salesInvoice(ctx, 'id');
      if (invoice.payments.length > 0)
        throw symbolic(400, 'Sales invoice has payments and cannot be deleted', { payments: 'present' });
      refuseIfLocked(ctx.books, invoiceDateOf(invoice), 'Sales invoice cannot be deleted', 'invoice_date');
      ctx.books.salesInvoices.delete(invoice.id);
      return { status: 204, body: undefined };
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/sales_invoices',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const keep = invoiceFilter(ctx.books, ctx.query.get('filter'), true);
      const listed = visibleOnly(ctx.books, [...ctx.books.salesInvoices.values()].sort(byId).filter(keep));
      const page = paginate(listed, ctx);
      return { ...page, body: page.body.map((i) => ctx.books.salesInvoiceResponse(asVisible(ctx.books, i))) };
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/sales_invoices',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const input = unwrap(ctx.body, 'sales_invoice', ['sales_invoice', 'from_payment_request']);
      const invoice = createSalesInvoice(ctx.books, input);
      markCreated(ctx.books, invoice, 'invoice');
      return created(ctx.books.salesInvoiceResponse(invoice));
    },
  },
  // ---- external sales invoices ----
  {
    method: 'GET',
    template: '/{administration_id}/external_sales_invoices/synchronization',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const keep = invoiceFilter(ctx.books, ctx.query.get('filter'), true, 'external_sales_invoice');
      return ok(
        visibleOnly(ctx.books, [...ctx.books.externalInvoices.values()].sort(byId).filter(keep)).map((i) => ({
          id: i.id,
          version: i.version,
        })),
      );
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/external_sales_invoices/synchronization',
    scopes: INVOICE_SCOPES,
    handle: (ctx) =>
      ok(
        visibleInvoices(
          ctx.books,
          syncIds(ctx.body)
            .map((id) => ctx.books.externalInvoices.get(id))
            .filter((i) => i !== undefined),
          (i) => ctx.books.externalInvoiceResponse(i),
        ),
      ),
  },
  {
    method: 'POST',
    template: '/{administration_id}/external_sales_invoices/{external_sales_invoice_id}/payments',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = ctx.books.externalInvoices.get(ctx.params.external_sales_invoice_id ?? '');
      if (!invoice) throw notFound('invoice_id');
      return created(ctx.books.paymentResponse(paid(ctx, invoice)));
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/external_sales_invoices/{id}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = ctx.books.externalInvoices.get(ctx.params.id ?? '');
      if (!invoice) throw notFound('id');
      return ok(ctx.books.externalInvoiceResponse(asVisible(ctx.books, invoice)));
    },
  },
  {
    method: 'DELETE',
    template: '/{administration_id}/external_sales_invoices/{id}',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = ctx.books.externalInvoices.get(ctx.params.id ?? '');
      if (!invoice) throw notFound('id');
      refuseIfLocked(ctx.books, invoice.date, 'External sales invoice cannot be deleted', 'date');
      ctx.books.externalInvoices.delete(invoice.id);
      return { status: 204, body: undefined };
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/external_sales_invoices',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const terms = parseFilter(ctx.query.get('filter'));
      const contactId = terms.get('contact_id');
      if (contactId !== undefined && !ctx.books.contacts.has(contactId)) throw notFound('contact_id');
      const keep = invoiceFilter(ctx.books, ctx.query.get('filter'), true, 'external_sales_invoice');
      const listed = visibleOnly(ctx.books, [...ctx.books.externalInvoices.values()].sort(byId).filter(keep));
      const page = paginate(listed, ctx);
      return {
        ...page,
        body: page.body.map((i) => ctx.books.externalInvoiceResponse(asVisible(ctx.books, i))),
      };
    },
  },
  {
    method: 'POST',
    template: '/{administration_id}/external_sales_invoices',
    scopes: INVOICE_SCOPES,
    handle: (ctx) => {
      const invoice = createExternalInvoice(ctx.books, unwrap(ctx.body, 'external_sales_invoice'));
      markCreated(ctx.books, invoice, 'invoice');
      return created(ctx.books.externalInvoiceResponse(invoice));
    },
  },
  // ---- settings ----
  {
    method: 'GET',
    template: '/{administration_id}/tax_rates',
    scopes: TAX_LEDGER_SCOPES,
    handle: (ctx) => {
      const keep = taxRateFilter(ctx.query.get('filter'));
      const rates = ctx.books.taxRates.map((r) => ctx.books.taxRateResponse(r)).filter(keep);
      return paginate(rates, ctx);
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/ledger_accounts/{id}',
    scopes: TAX_LEDGER_SCOPES,
    handle: (ctx) => {
      const ledger = ctx.books.ledgerAccount(ctx.params.id ?? '');
      if (!ledger) throw notFound('id');
      return ok(ledger);
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/ledger_accounts',
    scopes: TAX_LEDGER_SCOPES,
    // "Pagination is not supported for this endpoint."
    handle: (ctx) => ok(ctx.books.ledgerAccounts),
  },
  {
    method: 'GET',
    template: '/{administration_id}/document_styles',
    scopes: STYLE_SCOPES,
    handle: (ctx) => ok(ctx.books.documentStyles),
  },
  {
    method: 'GET',
    template: '/{administration_id}/workflows/{id}',
    scopes: WORKFLOW_SCOPES,
    handle: (ctx) => {
      const workflow = ctx.books.workflow(ctx.params.id ?? '');
      if (!workflow) throw notFound('id');
      return ok(workflow);
    },
  },
  {
    method: 'GET',
    template: '/{administration_id}/workflows',
    scopes: WORKFLOW_SCOPES,
    handle: (ctx) => ok(ctx.books.workflows),
  },
  {
    method: 'GET',
    template: '/{administration_id}/financial_accounts',
    scopes: ['settings'],
    handle: (ctx) => ok(ctx.books.financialAccounts.filter((a) => a.active === true)),
  },
];

/** A spec path template (without {format}) as a regular expression with named groups. */
export function templatePattern(template: string): RegExp {
  const body = template
    .split(/(\{[a-z_]+\})/)
    .map((part) => {
      const param = /^\{([a-z_]+)\}$/.exec(part);
      return param ? `(?<${param[1]}>[^/]+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}(?<format>\\.json|\\.xml)?$`);
}

const COMPILED = ROUTES.map((route) => ({ route, pattern: templatePattern(route.template) }));

export interface ApiDeps {
  tokens: TokenStore;
  limiter: RateLimiter;
  administrations: Map<string, AdministrationBooks>;
  now(): number;
  /** Host root, e.g. http://127.0.0.1:1234 */
  url(): string;
}

function toResponse(error: unknown): SimResponse {
  if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
  throw error;
}

/** Handles a request whose path starts with /api/v2. */
export function handleApi(deps: ApiDeps, request: SimRequest): SimResponse {
  try {
    const auth = request.headers.authorization;
    deps.limiter.hit(String(Array.isArray(auth) ? auth[0] : (auth ?? 'anonymous')), deps.now());
    const token: AccessToken = deps.tokens.authenticate(auth, deps.now());
    const path = request.path.slice('/api/v2'.length);

    if (/^\/administrations(\.json|\.xml)?$/.test(path) && request.method === 'GET') {
      if (path.endsWith('.xml'))
        throw symbolic(400, 'The simulator only speaks JSON', { format: 'unsupported' });
      const list = [...deps.administrations.values()]
        .filter(
          (b) => token.administrationIds === null || token.administrationIds.includes(b.administration.id),
        )
        .map((b) => b.administration);
      return ok(list);
    }

    for (const { route, pattern } of COMPILED) {
      const match = pattern.exec(path);
      if (!match || route.method !== request.method) continue;
      const groups = { ...match.groups } as Record<string, string | undefined>;
      if (groups.format === '.xml')
        throw symbolic(400, 'The simulator only speaks JSON', { format: 'unsupported' });
      const params: Record<string, string> = {};
      for (const [k, v] of Object.entries(groups)) {
        if (v !== undefined && k !== 'format') params[k] = decodeURIComponent(v);
      }
      const books = deps.administrations.get(params.administration_id ?? '');
      if (
        !books ||
        (token.administrationIds !== null && !token.administrationIds.includes(books.administration.id))
      )
        throw notFound('administration_id');
      requireScope(token, route.scopes);
      if (
        request.body !== undefined &&
        typeof request.body === 'string' &&
        (request.method === 'POST' || request.method === 'PATCH')
      )
        throw symbolic(400, 'The request body is not valid JSON', { body: 'invalid' });
      return route.handle({
        books,
        params,
        query: request.query,
        body: request.body,
        url: `${deps.url()}${request.path}`,
      });
    }
    throw symbolic(404, 'Not found', { route: 'not_found' });
  } catch (error) {
    return toResponse(error);
  }
}
