// The Mijnwebwinkel (MyOnlineStore Connect) API client: reads the store, its order statuses, orders
// (every page, with the filters the sync needs), one order, and an order's payments. Both tokens
// travel in the query string, so every URL this module logs or puts into an error is redacted
// (the shared HttpClient and ApiError do that). An order that does not parse is not dropped: it is
// returned with the fields that were wrong, so the sync engine can park it with a reason.
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { apiMessages } from '../../../shared/i18n/messages/api';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { HttpClient, type RetryPolicy } from '../http/client';
import type { Clock } from '../http/clock';
import { PagingStuckError, type RequestContext } from '../http/errors';
import type { Logger } from '../http/logger';
import { parseResponse } from '../http/parse-response';
import { registerSecret } from '../http/redact';
import { type Order, type OrderFieldIssue, orderNumberFrom, parseOrder } from './order-schema';
import {
  type OrderPayment,
  type OrderStatus,
  orderCountSchema,
  orderPaymentListSchema,
  orderStatusListSchema,
  type Store,
  storeSchema,
} from './schemas';

export interface MijnwebwinkelClientOptions {
  /** Host root, e.g. https://api.myonlinestore.com (paths start with /v1). */
  baseUrl: string;
  token: string;
  partnerToken: string;
  /** Localises status descriptions and country names. Default nl_NL. */
  language?: string;
  logger?: Logger;
  clock?: Clock;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  dispatcher?: Dispatcher;
}

export interface OrderFilter {
  /** One status id (the API takes one per request). */
  statusId?: number;
  /** Order date range, YYYY-MM-DD, inclusive. */
  startDate?: string;
  endDate?: string;
  /** Status-change window, "YYYY-MM-DD hh:mm:ss" in the shop's local time. */
  statusChangedFrom?: string;
  statusChangedTo?: string;
  archived?: boolean;
  /** Include test orders (the API leaves them out by default). */
  test?: boolean;
  debtorEmail?: string;
  debtorId?: string;
}

export type OrderResult =
  | { ok: true; number: string; order: Order; raw: unknown }
  | { ok: false; number: string | undefined; issues: OrderFieldIssue[]; raw: unknown };

/** The API's page size maximum. */
export const MAX_PAGE_SIZE = 100;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

function filterQuery(filter: OrderFilter, includeDebtor: boolean): Record<string, string> {
  const q: Record<string, string> = {};
  const check = (name: string, value: string | undefined, pattern: RegExp) => {
    if (value === undefined) return;
    if (!pattern.test(value)) throw new RangeError(`Order filter ${name} has the wrong format: ${value}`);
    q[name] = value;
  };
  if (filter.statusId !== undefined) q.status_id = String(filter.statusId);
  check('start_date', filter.startDate, DATE);
  check('end_date', filter.endDate, DATE);
  check('status_changed_start_date', filter.statusChangedFrom, DATE_TIME);
  check('status_changed_end_date', filter.statusChangedTo, DATE_TIME);
  if (filter.archived !== undefined) q.archived = String(filter.archived);
  if (filter.test !== undefined) q.test = String(filter.test);
  if (includeDebtor && filter.debtorEmail !== undefined) q.debtor_email = filter.debtorEmail;
  if (includeDebtor && filter.debtorId !== undefined) q.debtor_id = filter.debtorId;
  return q;
}

/** The number of an order that does not parse, if it has one Winkelbrug can keep (see orderNumberFrom). */
function orderNumberOf(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const number = orderNumberFrom((raw as { number?: unknown }).number);
  return typeof number === 'string' ? number : undefined;
}

export function toOrderResult(raw: unknown): OrderResult {
  const parsed = parseOrder(raw);
  if (parsed.ok) return { ok: true, number: parsed.order.number, order: parsed.order, raw };
  return { ok: false, number: orderNumberOf(raw), issues: parsed.issues, raw };
}

/** The highest order number among these (those without a numeric number left out), if any. */
export function highestOrderNumber(results: readonly OrderResult[]): number | undefined {
  let highest: number | undefined;
  for (const result of results) {
    const number = Number(result.number);
    if (result.number !== undefined && Number.isFinite(number)) highest = Math.max(highest ?? number, number);
  }
  return highest;
}

/** Where a page is read from, and what it must bring to show that the shop pages at all. */
export interface PageRequest {
  offset: number;
  limit?: number;
  ordering?: 'asc' | 'desc';
  /**
   * Read to move on past the order numbered this (ascending): a full page without any order numbered
   * above it shows the shop did not page (it ignores `offset` and sends a page read before), and is
   * refused with PagingStuckError rather than handed out, since asking on would never end.
   */
  movingOnFrom?: number;
}

export class MijnwebwinkelClient {
  private readonly http: HttpClient;
  private readonly root: URL;

  constructor(private readonly options: MijnwebwinkelClientOptions) {
    registerSecret(options.token);
    registerSecret(options.partnerToken);
    this.root = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.http = new HttpClient({
      service: 'mijnwebwinkel',
      logger: options.logger,
      clock: options.clock,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      dispatcher: options.dispatcher,
    });
  }

  async store(): Promise<Store> {
    const { body, context, status } = await this.get('store');
    return parseResponse(storeSchema, body, context, status);
  }

  async orderStatuses(): Promise<OrderStatus[]> {
    const { body, context, status } = await this.get('orderstatuses');
    return parseResponse(orderStatusListSchema, body, context, status);
  }

  async countOrders(filter: OrderFilter = {}): Promise<number> {
    const { body, context, status } = await this.get('orders/count', filterQuery(filter, false));
    return parseResponse(orderCountSchema, body, context, status).count;
  }

  /** One page of orders, ascending by order number. */
  async listOrdersPage(filter: OrderFilter, page: PageRequest): Promise<OrderResult[]> {
    const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, page.limit ?? MAX_PAGE_SIZE));
    const offset = String(Math.max(0, page.offset));
    const { body, context, status } = await this.get('orders', {
      ...filterQuery(filter, true),
      limit: String(limit),
      offset,
      ordering: page.ordering ?? 'asc',
    });
    const results = parseResponse(z.array(z.unknown()), body, context, status).map(toOrderResult);
    const from = page.movingOnFrom;
    if (from !== undefined && results.length >= limit && !((highestOrderNumber(results) ?? from) > from)) {
      throw new PagingStuckError(
        context,
        `the page at offset ${offset} brings no order past ${from}: the shop does not page`,
      );
    }
    return results;
  }

  /** Every order matching the filter, page by page until a short page. */
  async *orders(filter: OrderFilter = {}): AsyncGenerator<OrderResult> {
    let highest: number | undefined;
    for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
      const page = await this.listOrdersPage(filter, {
        offset,
        limit: MAX_PAGE_SIZE,
        movingOnFrom: highest,
      });
      yield* page;
      if (page.length < MAX_PAGE_SIZE) return;
      highest = highestOrderNumber(page) ?? highest;
    }
  }

  async allOrders(filter: OrderFilter = {}): Promise<OrderResult[]> {
    const out: OrderResult[] = [];
    for await (const result of this.orders(filter)) out.push(result);
    return out;
  }

  async order(number: string): Promise<OrderResult> {
    const { body } = await this.get(
      `orders/${encodeURIComponent(number)}`,
      {},
      localize(apiMessages, 'api.what.order', { order: number }),
    );
    return toOrderResult(body);
  }

  /** The order's payment transactions; `embed` adds mutations (capture, refund, …) and more. */
  async orderPayments(
    number: string,
    embed: ReadonlyArray<'mutations' | 'order' | 'properties'> = ['mutations'],
  ): Promise<OrderPayment[]> {
    const query: Record<string, string> = embed.length > 0 ? { embed: embed.join(',') } : {};
    // This endpoint takes no `language` (the spec lists only `embed`): it is not sent here.
    const { body, context, status } = await this.get(
      `orders/${encodeURIComponent(number)}/payments`,
      query,
      localize(apiMessages, 'api.what.order-payments', { order: number }),
      { localised: false },
    );
    return parseResponse(orderPaymentListSchema, body, context, status);
  }

  private async get(
    path: string,
    query: Record<string, string> = {},
    /** What a 404 is about; none for the shop's lists and settings, which its own text covers. */
    what?: LocalizedText,
    options: { localised?: boolean } = {},
  ) {
    const url = new URL(`v1/${path}`, this.root);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    if (options.localised !== false) url.searchParams.set('language', this.options.language ?? 'nl_NL');
    url.searchParams.set('partner_token', this.options.partnerToken);
    url.searchParams.set('token', this.options.token);
    const response = await this.http.request({ method: 'GET', url, what });
    const context: RequestContext = { service: 'mijnwebwinkel', method: 'GET', url };
    return { ...response, context };
  }
}
