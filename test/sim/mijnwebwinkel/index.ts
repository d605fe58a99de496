// A local Mijnwebwinkel (MyOnlineStore Connect v1) server for tests, the demo and benchmarks: the
// read endpoints Winkelbrug uses, token checks, a per-shop rate limit, and a scriptable shop.
//
// Behaviour the spec leaves open, decided here (see the research note's open questions):
// - A missing or unknown token gets 401 with the spec's `Error` body; a bad parameter 400 with
//   `Error` (the payments endpoint, which speaks RFC 7807, answers 422 `ApiProblem`); an unknown
//   order 404.
// - `archived` left out lists archived and current orders alike; `start_date`/`end_date` filter on
//   the order date; `test` defaults to false and hides test orders.
// - The rate limit is off unless configured; over it the shop answers 429 with `Retry-After` in
//   seconds (the HTTP standard; Mijnwebwinkel documents no header).
// - A shop whose plan has no API access (the API comes with Premium, research note §1) answers 403
//   on every endpoint that needs the store token, once both tokens are valid: the `Error` body, or
//   `ApiProblem` on the newer camelCase endpoints (payments, tax policy), which speak RFC 7807.
//   `/v1/store` stays readable by default, reporting the lower plan as `version`, so a client can
//   tell the owner which plan the shop is on (`storeReadableWithoutApiAccess: false` refuses it
//   too). Partner-only endpoints (`/v1/orderstatuses`) are not affected.
// - A query parameter the endpoint does not take is refused like any bad parameter (see
//   query-parameters.ts for why).
// - Under vitest every request is validated against the official spec (contract.ts), and close()
//   rejects while violations are left unexamined, as the Moneybird simulator does; the answers are
//   validated too with `contract: 'all'`.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../common/faults';
import { type SimRequest, type SimResponse, type SimServer, startSimServer } from '../common/http-server';
import { type ContractRecorder, recordMwwContract } from './contract';
import { generateOrders, seededUuid } from './generator';
import { amsterdamStamp, paymentsFor } from './payments';
import { unknownParameters } from './query-parameters';
import { type MwwOrder, type MwwOrderStatus, ORDER_STATUSES } from './types';

export type { MwwOrder } from './types';

export interface MijnwebwinkelSimOptions {
  port?: number;
  seed?: number;
  /** Explicit orders (API JSON shape); if absent, `orderCount` generated ones. */
  orders?: MwwOrder[];
  /** Default 50. */
  orderCount?: number;
  /** JSON file holding an array of orders in the API's Order shape. */
  ordersFile?: string;
  token?: string;
  partnerToken?: string;
  /** Per shop; null or absent = off. */
  rateLimit?: { requests: number; windowMs: number } | null;
  /** Default true. false: the shop's plan has no API access (403 on the store's endpoints). */
  apiAccess?: boolean;
  /** The plan `/v1/store` reports as `version`; default "Premium", or "Plus" without API access. */
  plan?: string;
  /** Without API access, whether `/v1/store` still answers (default true) or is refused too. */
  storeReadableWithoutApiAccess?: boolean;
  /**
   * Validate exchanges against the official spec and record violations on `contract` (close()
   * then rejects if any were left unexamined): 'requests' every request a client sends, 'all' the
   * answers too (a test's own orders may break the spec on purpose, so those are checked only when
   * asked), false nothing. Default: 'requests' under vitest, false otherwise.
   */
  contract?: 'requests' | 'all' | false;
}

/** When a change made while a client pages through /orders happens (see `changeWhilePaging`). */
export interface PagingMoment {
  /** Only a listing filtered on this status (`status_id`). */
  statusId?: number;
  /** The first page asked for at or past this offset; default 1 (any page after the first). */
  atOffset?: number;
}

/** The plan the research names as the first one with API access. */
export const API_PLAN = 'Premium';
/** What a shop without API access reports by default. */
export const LOWER_PLAN = 'Plus';

export interface MijnwebwinkelSim {
  /** Host root, e.g. http://127.0.0.1:PORT (paths start /v1). */
  url: string;
  token: string;
  partnerToken: string;
  server: SimServer;
  shop: {
    addOrder(order: MwwOrder): void;
    updateOrder(number: string | number, patch: Partial<MwwOrder>): void;
    /** Also moves status_changed_date/time (to `at`, default now, in shop time). */
    setStatus(number: string | number, status: number, at?: Date): void;
    getOrder(number: string | number): MwwOrder | undefined;
    listOrders(): MwwOrder[];
    statuses(): Array<{ status: number; description: string; credit_order: boolean }>;
    /** The owner changes plan: with `access` false the store's endpoints answer 403 from now on. */
    setApiAccess(access: boolean, plan?: string): void;
    /** The plan `/v1/store` reports now. */
    plan(): string;
    /**
     * Runs `change` once, right before the shop answers a later page of /orders: the list changes
     * between two pages of an offset-paged read (an order changes status, a new order appears).
     */
    changeWhilePaging(change: () => void, moment?: PagingMoment): void;
  };
  /** Contract violations recorded so far (when contract validation is on). */
  contract?: ContractRecorder;
  close(): Promise<void>;
}

const STATUS_DESCRIPTIONS_EN: Record<number, string> = {
  1: 'New / pending',
  2: 'Shipped',
  3: 'Paid',
  6: 'Paid & collected',
  7: 'Cancelled',
  10: 'Credited',
};

const LANGUAGES = new Set([
  'nl_NL',
  'en_GB',
  'de_DE',
  'fr_FR',
  'es_ES',
  'en_US',
  'pt_PT',
  'it_IT',
  'da_DK',
  'sv_SE',
  'no_NO',
  'tr_TR',
  'pl_PL',
]);

class BadRequest extends Error {}

const error = (status: number, message: string, description: string): SimResponse => ({
  status,
  body: { code: status, message, description },
});

const problem = (status: number, title: string, detail: string): SimResponse => ({
  status,
  body: { type: 'https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html', title, detail, status },
});

function loadOrdersFile(path: string): MwwOrder[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new Error(`Orders file ${path} is not readable JSON: ${(cause as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`Orders file ${path} must hold a JSON array of orders`);
  for (const [index, order] of parsed.entries()) checkOrder(order, `${path}[${index}]`);
  return parsed as MwwOrder[];
}

/** The fields the simulator itself relies on; the rest is served as given. */
function checkOrder(order: unknown, where: string): asserts order is MwwOrder {
  if (typeof order !== 'object' || order === null || Array.isArray(order))
    throw new Error(`${where}: not an object`);
  const o = order as Record<string, unknown>;
  if (!/^\d+$/.test(String(o.number ?? ''))) throw new Error(`${where}.number: must be a whole number`);
  for (const field of ['uuid', 'date', 'time'] as const) {
    if (typeof o[field] !== 'string') throw new Error(`${where}.${field}: must be a string`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date as string)) throw new Error(`${where}.date: must be yyyy-mm-dd`);
  if (!Number.isInteger(o.status)) throw new Error(`${where}.status: must be an integer`);
  if (typeof o.debtor !== 'object' || o.debtor === null)
    throw new Error(`${where}.debtor: must be an object`);
}

function served(order: MwwOrder): MwwOrder {
  const { sim_test_order: _test, sim_refund_pending: _refund, sim_refund_parts: _parts, ...rest } = order;
  return rest;
}

function boolParam(query: URLSearchParams, name: string): boolean | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new BadRequest(`${name} must be true or false`);
}

function intParam(
  query: URLSearchParams,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^-?\d+$/.test(value)) throw new BadRequest(`${name} must be a whole number`);
  const n = Number(value);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}`);
  return n;
}

function dateParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new BadRequest(`${name} must be a date (yyyy-mm-dd)`);
  return value;
}

function dateTimeParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ||
    Number.isNaN(Date.parse(value.replace(' ', 'T')))
  )
    throw new BadRequest(`${name} must be a date and time (yyyy-mm-dd hh:mm:ss)`);
  return value;
}

interface OrderFilter {
  statusId?: number;
  startDate?: string;
  endDate?: string;
  changedStart?: string;
  changedEnd?: string;
  archived?: boolean;
  test: boolean;
  debtorEmail?: string;
  debtorId?: string;
}

function orderFilter(query: URLSearchParams, withDebtor: boolean): OrderFilter {
  return {
    statusId: intParam(query, 'status_id', 0),
    startDate: dateParam(query, 'start_date'),
    endDate: dateParam(query, 'end_date'),
    changedStart: dateTimeParam(query, 'status_changed_start_date'),
    changedEnd: dateTimeParam(query, 'status_changed_end_date'),
    archived: boolParam(query, 'archived'),
    test: boolParam(query, 'test') ?? false,
    debtorEmail: withDebtor ? (query.get('debtor_email') ?? undefined) : undefined,
    debtorId: withDebtor ? (query.get('debtor_id') ?? undefined) : undefined,
  };
}

function matches(order: MwwOrder, f: OrderFilter): boolean {
  if (order.sim_test_order && !f.test) return false;
  if (f.statusId !== undefined && order.status !== f.statusId) return false;
  if (f.startDate && order.date < f.startDate) return false;
  if (f.endDate && order.date > f.endDate) return false;
  const changed = `${order.status_changed_date ?? order.date} ${order.status_changed_time ?? order.time}`;
  if (f.changedStart && changed < f.changedStart) return false;
  if (f.changedEnd && changed > f.changedEnd) return false;
  if (f.archived !== undefined && (order.archived ?? false) !== f.archived) return false;
  if (f.debtorEmail !== undefined || f.debtorId !== undefined) {
    const byEmail =
      f.debtorEmail !== undefined && order.debtor.email?.toLowerCase() === f.debtorEmail.toLowerCase();
    const byId = f.debtorId !== undefined && order.debtor.id === f.debtorId;
    if (!byEmail && !byId) return false;
  }
  return true;
}

export async function startMijnwebwinkelSim(
  options: MijnwebwinkelSimOptions = {},
): Promise<MijnwebwinkelSim> {
  const seed = options.seed ?? 1;
  const random = seededRandom(seed ^ 0x5eed);
  const token = options.token ?? `mww-store-${seededUuid(random)}`;
  const partnerToken = options.partnerToken ?? `mww-partner-${seededUuid(random)}`;
  const storeId = seededUuid(random);
  const initial =
    options.orders ??
    (options.ordersFile
      ? loadOrdersFile(options.ordersFile)
      : generateOrders({ seed, count: options.orderCount ?? 50 }));

  // Keyed by the order number as text: the API's numbers are integers, sometimes sent as strings.
  const orders = new Map<string, MwwOrder>();
  const keyOf = (number: string | number) => String(number).trim();
  const add = (order: MwwOrder) => {
    checkOrder(order, `order ${String((order as { number?: unknown }).number)}`);
    const copy = structuredClone(order);
    orders.set(keyOf(copy.number), copy);
    // A credit order links its original both ways, as the shop does.
    if (copy.credited_order_number !== undefined) {
      const original = orders.get(keyOf(copy.credited_order_number));
      if (original && !(original.credit_order_numbers ?? []).includes(Number(copy.number))) {
        original.credit_order_numbers = [...(original.credit_order_numbers ?? []), Number(copy.number)];
      }
    }
  };
  for (const order of initial) add(order);
  const sorted = () => [...orders.values()].sort((a, b) => Number(a.number) - Number(b.number));

  const pagingChanges: Array<{ change: () => void; moment: PagingMoment }> = [];
  const hits = new Map<string, number[]>();
  const rateLimited = (shop: string): SimResponse | undefined => {
    const limit = options.rateLimit;
    if (!limit) return undefined;
    const now = Date.now();
    const recent = (hits.get(shop) ?? []).filter((t) => t > now - limit.windowMs);
    if (recent.length >= limit.requests) {
      hits.set(shop, recent);
      const retry = Math.max(1, Math.ceil(((recent[0] ?? now) + limit.windowMs - now) / 1000));
      return {
        ...error(429, 'Too Many Requests', 'Rate limit for this store exceeded, try again later'),
        headers: { 'retry-after': String(retry) },
      };
    }
    recent.push(now);
    hits.set(shop, recent);
    return undefined;
  };

  const statusesFor = (language: string): MwwOrderStatus[] =>
    ORDER_STATUSES.map((s) => ({
      ...s,
      description: language.startsWith('en')
        ? (STATUS_DESCRIPTIONS_EN[s.status] ?? s.description)
        : s.description,
    }));

  let apiAccess = options.apiAccess ?? true;
  let plan = options.plan ?? (apiAccess ? API_PLAN : LOWER_PLAN);
  const storeReadable = options.storeReadableWithoutApiAccess ?? true;

  const store = {
    id: storeId,
    name: 'Het Simulatiewinkeltje',
    primary_domain: 'https://www.simulatiewinkeltje.nl',
    description: 'Cadeaus, koffie en lekkers',
    open: true,
    version: plan,
    administration_language: 'nl_NL',
    currency: 'EUR',
    prices_include_tax: true,
    default_language: 'nl_NL',
    active_languages: ['nl_NL', 'en_GB', 'de_DE'],
    currency_format_locale: 'nl_NL',
    available_business_models: 'ALL',
    region_code: 'NL',
  };

  const region = (code: string, rate: string, low: string, taxNumber: string | null) => ({
    regionCode: code,
    taxEnabled: true,
    taxNumber,
    taxRate: rate,
    shippingTaxMethod: 'proportional',
    shippingTaxRate: null,
    transactionTaxMethod: 'proportional',
    transactionTaxRate: null,
    overrides: [{ taxRate: low, items: [{ type: 'collection', references: ['eten-en-drinken', 'boeken'] }] }],
  });
  const taxRegions = [
    region('NL', '0.21', '0.09', 'NL859442517B01'),
    region('BE', '0.21', '0.06', null),
    region('DE', '0.19', '0.07', null),
    region('FR', '0.20', '0.055', null),
  ];

  const handle = (request: SimRequest): SimResponse => {
    const { query } = request;
    const route = /^\/v([^/]+)(\/.*)$/.exec(request.path);
    if (!route) return error(404, 'Not Found', `No such resource: ${request.path}`);
    const [, version, path = ''] = route;
    if (version !== '1') return error(404, 'Not Found', `API version ${version} is not available here`);

    const partnerOnly = path === '/orderstatuses';
    const givenPartner = query.get('partner_token');
    const givenStore = query.get('token');
    if (!givenPartner) return error(401, 'Unauthorized', 'The partner_token query parameter is missing');
    if (givenPartner !== partnerToken) return error(401, 'Unauthorized', 'The partner_token is not valid');
    if (!partnerOnly) {
      if (!givenStore) return error(401, 'Unauthorized', 'The token query parameter is missing');
      if (givenStore !== token)
        return error(401, 'Unauthorized', 'The store token is not valid or was revoked');
      if (!apiAccess && !(path === '/store' && storeReadable)) {
        const why = `API access is not included in this store's plan (${plan}); it is available from ${API_PLAN}`;
        return /^\/orders\/[^/]+\/payments$|^\/tax-policy\//.test(path)
          ? problem(403, 'Forbidden', why)
          : error(403, 'Forbidden', why);
      }
    }
    const limited = rateLimited(partnerOnly ? `partner:${givenPartner}` : `store:${givenStore}`);
    if (limited) return limited;

    if (request.method !== 'GET')
      return error(405, 'Method Not Allowed', `${request.method} is not simulated`);
    const payments = /^\/orders\/([^/]+)\/payments$/.exec(path);
    try {
      const unknown = unknownParameters(path, query);
      if (unknown.length > 0)
        throw new BadRequest(`Unknown query parameter(s) for this endpoint: ${unknown.join(', ')}`);
      if (!payments) {
        const format = query.get('format');
        if (format !== null && format !== 'json') {
          throw new BadRequest(
            format === 'xml' ? 'format=xml is not simulated; use json' : 'format must be json or xml',
          );
        }
      }
      const language = query.get('language') ?? 'nl_NL';
      if (!LANGUAGES.has(language)) throw new BadRequest(`language ${language} is not supported`);

      if (path === '/store') return { status: 200, body: { ...store, version: plan } };
      if (path === '/orderstatuses') return { status: 200, body: statusesFor(language) };
      if (path === '/tax-policy/regions') return { status: 200, body: taxRegions };
      if (path === '/orders/count') {
        const filter = orderFilter(query, false);
        return { status: 200, body: { count: sorted().filter((o) => matches(o, filter)).length } };
      }
      if (path === '/orders') {
        const limit = intParam(query, 'limit', 1, 100) ?? 10;
        const offset = intParam(query, 'offset', 0) ?? 0;
        const ordering = query.get('ordering') ?? 'asc';
        if (ordering !== 'asc' && ordering !== 'desc') throw new BadRequest('ordering must be asc or desc');
        const filter = orderFilter(query, true);
        const due = pagingChanges.findIndex(
          ({ moment }) =>
            offset >= (moment.atOffset ?? 1) &&
            (moment.statusId === undefined || moment.statusId === filter.statusId),
        );
        if (due >= 0) pagingChanges.splice(due, 1)[0]!.change();
        const list = sorted().filter((o) => matches(o, filter));
        if (ordering === 'desc') list.reverse();
        return { status: 200, body: list.slice(offset, offset + limit).map(served) };
      }
      const single = /^\/orders\/([^/]+)$/.exec(path);
      if (single) {
        const number = decodeURIComponent(single[1] ?? '');
        if (!/^\d+$/.test(number)) throw new BadRequest('order_number must be a whole number');
        const order = orders.get(keyOf(Number(number)));
        if (!order) return error(404, 'Not Found', `Order ${number} does not exist`);
        return { status: 200, body: served(order) };
      }
      if (payments) {
        const number = decodeURIComponent(payments[1] ?? '');
        if (!/^\d+$/.test(number))
          return problem(422, 'Invalid order number', 'order_number must be a whole number');
        const order = orders.get(keyOf(Number(number)));
        if (!order) return problem(404, 'Not Found', `Order ${number} does not exist`);
        const embed = (query.get('embed') ?? '').split(',').filter(Boolean);
        const unknown = embed.filter((e) => !['properties', 'mutations', 'order'].includes(e));
        if (unknown.length > 0) {
          return problem(422, 'Invalid embed', `Unknown embed value(s): ${unknown.join(', ')}`);
        }
        const creditOrders = (order.credit_order_numbers ?? [])
          .map((n) => orders.get(keyOf(n)))
          .filter((o): o is MwwOrder => o !== undefined);
        return {
          status: 200,
          body: {
            payments: paymentsFor(
              order,
              { storeId, creditOrders },
              {
                mutations: embed.includes('mutations'),
                order: embed.includes('order'),
                properties: embed.includes('properties'),
              },
            ),
          },
        };
      }
      return error(404, 'Not Found', `No such resource: ${request.path}`);
    } catch (caught) {
      if (caught instanceof BadRequest) {
        return payments
          ? problem(422, 'Invalid parameter', caught.message)
          : error(400, 'Bad Request', caught.message);
      }
      throw caught;
    }
  };

  const server = await startSimServer(handle, { port: options.port, seed });
  const checked = options.contract ?? (process.env.VITEST ? 'requests' : false);
  const contract = checked ? await recordMwwContract(server, { responses: checked === 'all' }) : undefined;
  const find = (number: string | number): MwwOrder => {
    const order = orders.get(keyOf(Number(number)));
    if (!order) throw new Error(`The simulated shop has no order ${number}`);
    return order;
  };

  return {
    url: server.url,
    token,
    partnerToken,
    server,
    shop: {
      addOrder: add,
      updateOrder(number, patch) {
        const order = find(number);
        const updated = { ...order, ...structuredClone(patch) };
        orders.delete(keyOf(Number(order.number)));
        add(updated);
      },
      setStatus(number, status, at = new Date()) {
        const order = find(number);
        const stamp = amsterdamStamp(at);
        order.status = status;
        order.status_changed_date = stamp.date;
        order.status_changed_time = stamp.time;
      },
      getOrder: (number) => {
        const order = orders.get(keyOf(Number(number)));
        return order ? structuredClone(order) : undefined;
      },
      listOrders: () => sorted().map((o) => structuredClone(o)),
      statuses: () => statusesFor('nl_NL'),
      setApiAccess(access, newPlan) {
        apiAccess = access;
        plan = newPlan ?? (access ? API_PLAN : LOWER_PLAN);
      },
      plan: () => plan,
      changeWhilePaging(change, moment = {}) {
        pagingChanges.push({ change, moment });
      },
    },
    contract,
    close: async () => {
      await server.close();
      contract?.assertNone();
    },
  };
}
