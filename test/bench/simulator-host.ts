// The simulators for the history-import benchmark, in a process of their own so that the benchmark
// process measures the engine's CPU and memory alone. Forked by history-import.bench.ts; it answers
// requests over the IPC channel: the environment and mapping once ready, then request statistics
// and what ended up in the books.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bookingReference, shopReferencePrefix } from '../../src/main/core/bookkeeping';
import { MijnwebwinkelClient } from '../../src/main/core/mijnwebwinkel/client';
import { parseDecimal } from '../../src/main/core/money';
import { ownerMapping } from '../integration/sync/support';
import type { RequestLog } from '../sim/common/request-log';
import { startMijnwebwinkelSim } from '../sim/mijnwebwinkel/index';
import type { MwwOrder } from '../sim/mijnwebwinkel/types';
import { startMoneybirdSim } from '../sim/moneybird/index';
import {
  type BookedInvoice,
  type BooksSummary,
  type ExchangeShape,
  type HostReady,
  type HostReply,
  type HostRequest,
  paddedJson,
  type RequestStats,
} from './host-protocol';

export const BENCH_STATUSES = [2, 3, 6, 10];

const SETUP_PATHS =
  /\/(administrations|tax_rates|ledger_accounts|workflows|document_styles|financial_accounts)\.json$|\/contacts\/synchronization\.json$/;

/** What adoption reads: the invoices' synchronization lists and the invoices fetched by id. */
const ADOPTION_PATHS = /\/(external_)?sales_invoices\/synchronization\.json$/;

/** Requests per route (method and path, numbers as :id), what the shop's side of a run is made of. */
function routesOf(entries: RequestLog['entries']): Record<string, number> {
  const routes: Record<string, number> = {};
  for (const e of entries) {
    const route = `${e.method} ${e.path.replace(/\d+/g, ':id')}`;
    routes[route] = (routes[route] ?? 0) + 1;
  }
  return routes;
}

function send(message: HostReady | HostReply): void {
  process.send?.(message);
}

/** Eligible the way the owner would judge it: a chosen status, paid (or a credit, or nothing to pay). */
function isEligible(order: MwwOrder, since: string): boolean {
  const credit = order.credited_order_number !== undefined && order.credited_order_number !== null;
  const zero = parseDecimal(String(order.price?.total ?? '0')) === 0n;
  const paid = credit || zero || order.payment_status === 'captured';
  return (
    BENCH_STATUSES.includes(Number(order.status)) && paid && !order.sim_test_order && order.date >= since
  );
}

const byteLength = (value: unknown): number =>
  value === undefined ? 0 : Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value));

/** The shapes of the answered requests in `log` from index `from` on, and the index to go on from. */
function shapesSince(log: RequestLog, from: number): { next: number; shapes: ExchangeShape[] } {
  const shapes: ExchangeShape[] = [];
  let next = from;
  for (; next < log.entries.length; next++) {
    const entry = log.entries[next]!;
    if (entry.status === undefined) break;
    shapes.push({
      at: entry.at,
      method: entry.method,
      requestBytes: byteLength(entry.body),
      responseBytes: byteLength(entry.responseBody),
    });
  }
  return { next, shapes };
}

/**
 * The server the transport-floor process talks to: `GET /shapes?mb=I&mww=J` lists the exchanges the
 * engine made since those log positions; any other request is answered with as many bytes of JSON
 * as its `x-bench-response-bytes` header asks for, and nothing else is done with it.
 */
async function startMirrorServer(mbLog: RequestLog, mbFrom: number, mwwLog: RequestLog): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let body: string;
      if (url.pathname === '/shapes') {
        const mb = shapesSince(mbLog, Math.max(mbFrom, Number(url.searchParams.get('mb')) || 0));
        const mww = shapesSince(mwwLog, Number(url.searchParams.get('mww')) || 0);
        const shapes = [...mb.shapes, ...mww.shapes].sort((a, b) => a.at - b.at);
        body = JSON.stringify({ mb: mb.next, mww: mww.next, shapes });
      } else {
        body = paddedJson(Number(req.headers['x-bench-response-bytes']) || 2);
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function main(): Promise<void> {
  const [ordersArg, windowArg, styleArg, seedArg, sinceArg] = process.argv.slice(2);
  const orders = Number(ordersArg);
  const windowSeconds = Number(windowArg);
  const style = styleArg === 'external' ? 'external' : 'sales';
  const seed = Number(seedArg ?? 1);
  const since = sinceArg ?? '2024-01-01';

  const mww = await startMijnwebwinkelSim({ seed, orderCount: orders, rateLimit: null });
  const moneybird = await startMoneybirdSim({
    seed,
    rateLimit: { requests: 150, windowMs: windowSeconds * 1000 },
    contract: false,
  });
  // The owner's mapping is read with a token of its own, so it neither counts against the engine's
  // rate-limit window nor shows up in its request counts.
  const setupToken = moneybird.issueToken(['sales_invoices', 'settings']);
  const mapping = {
    ...(await ownerMapping(
      {
        apiBaseUrl: moneybird.apiBaseUrl,
        administrationId: moneybird.administrationId,
        token: setupToken,
      } as typeof moneybird,
      style,
    )),
    // The prefix connecting the shop stores (its own, derived from the store's id), as an install has.
    // Read before the request log is cleared: setup reads the store, not the run.
    referencePrefix: shopReferencePrefix(
      await new MijnwebwinkelClient({
        baseUrl: mww.url,
        token: mww.token,
        partnerToken: mww.partnerToken,
      }).store(),
    ),
  };
  const mbLog = moneybird.server.log;
  const mbFrom = mbLog.entries.length;
  mww.server.log.clear();

  const mirror = await startMirrorServer(mbLog, mbFrom, mww.server.log);
  const eligible = mww.shop.listOrders().filter((o) => isEligible(o, since));
  const eligibleNumbers = eligible.map((o) => String(o.number));

  const stats = (): RequestStats => {
    const entries = mbLog.entries.slice(mbFrom);
    let setup = 0;
    let contactsCreated = 0;
    let contactUpdates = 0;
    let creditNoteRequests = 0;
    let adoption = 0;
    let writes = 0;
    let throttled = 0;
    let firstAt = Number.POSITIVE_INFINITY;
    let lastAt = 0;
    const byRoute: Record<string, number> = {};
    for (const e of entries) {
      if (e.status === 429) throttled += 1;
      if (e.method === 'GET' && SETUP_PATHS.test(e.path)) setup += 1;
      else if (e.method === 'POST' && /\/contacts\/synchronization\.json$/.test(e.path)) setup += 1;
      if (e.method === 'POST' && /\/contacts\.json$/.test(e.path) && e.status === 201) contactsCreated += 1;
      if (e.method === 'PATCH' && /\/contacts\/\d+\.json$/.test(e.path)) contactUpdates += 1;
      // A credit note costs requests an invoice does not: the read of its original (still there as
      // booked?), then for a sales credit the duplicate and its adjustment. Nothing else of an import
      // without faults reads one invoice.
      if (e.method === 'PATCH' && /\/sales_invoices\/\d+\.json$/.test(e.path)) creditNoteRequests += 1;
      if (e.method === 'GET' && /\/(external_)?sales_invoices\/\d+\.json$/.test(e.path))
        creditNoteRequests += 1;
      if (ADOPTION_PATHS.test(e.path)) adoption += 1;
      else if (e.method !== 'GET' && !/\/synchronization\.json$/.test(e.path)) writes += 1;
      const route = `${e.method} ${e.path.replace(/^\/api\/v2\/\d+\//, '').replace(/\d{6,}/g, ':id')}`;
      byRoute[route] = (byRoute[route] ?? 0) + 1;
      firstAt = Math.min(firstAt, e.at);
      lastAt = Math.max(lastAt, e.at);
    }
    return {
      moneybirdRequests: entries.length,
      setupRequests: setup,
      contactsCreated,
      contactUpdates,
      creditNoteRequests,
      adoptionRequests: adoption,
      writes,
      throttled429: throttled,
      mwwRequests: mww.server.log.entries.length,
      moneybirdByRoute: byRoute,
      mwwByRoute: routesOf(mww.server.log.entries),
      firstMoneybirdAt: Number.isFinite(firstAt) ? firstAt : null,
      everyBudgetAt: entries.filter((_, i) => i > 0 && i % 150 === 0).map((e) => e.at),
      lastMoneybirdAt: lastAt || null,
    };
  };

  const books = (): BooksSummary => {
    const invoices =
      style === 'external' ? moneybird.books.externalSalesInvoices() : moneybird.books.salesInvoices();
    const list: BookedInvoice[] = invoices.map((i) => ({
      reference: String(i.reference ?? ''),
      state: String(i.state),
      total: String(i.total_price_incl_tax),
      payments: Array.isArray(i.payments) ? i.payments.length : 0,
    }));
    const otherStyle =
      style === 'external' ? moneybird.books.salesInvoices() : moneybird.books.externalSalesInvoices();
    const totals: Record<string, string> = {};
    for (const order of eligible) {
      const total = String(order.price?.total ?? '0');
      const credit = order.credited_order_number !== undefined && order.credited_order_number !== null;
      totals[bookingReference(String(order.number), mapping.referencePrefix)] = credit ? `-${total}` : total;
    }
    return {
      invoices: list,
      otherStyleInvoices: otherStyle.length,
      payments: moneybird.books.payments().length,
      eligible: eligibleNumbers,
      expectedTotals: totals,
    };
  };

  process.on('message', (raw) => {
    const request = raw as HostRequest;
    if (request.type === 'stats') send({ id: request.id, type: 'stats', stats: stats() });
    else if (request.type === 'books') send({ id: request.id, type: 'books', books: books() });
    else if (request.type === 'close') {
      mirror.closeAllConnections();
      void Promise.all([mww.close(), moneybird.close(), new Promise((r) => mirror.close(r))]).finally(() => {
        send({ id: request.id, type: 'closed' });
        process.disconnect?.();
      });
    }
  });
  process.on('disconnect', () => process.exit(0));

  send({
    type: 'ready',
    env: {
      MWW_BASE_URL: mww.url,
      MWW_TOKEN: mww.token,
      MWW_PARTNER_TOKEN: mww.partnerToken,
      MONEYBIRD_BASE_URL: moneybird.apiBaseUrl,
      MONEYBIRD_TOKEN: moneybird.token,
      MONEYBIRD_ADMINISTRATION_ID: moneybird.administrationId,
      WINKELBRUG_RATE_WINDOW_SECONDS: String(windowSeconds),
    },
    mirrorUrl: `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`,
    mapping,
    statuses: BENCH_STATUSES,
    generated: mww.shop.listOrders().length,
    eligible: eligibleNumbers.length,
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
