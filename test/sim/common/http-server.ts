// The HTTP plumbing both simulators share: body parsing, the request log, fault injection and
// a response observer (the contract tests hook in there). Each simulator supplies only a handler
// that turns a parsed request into a response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Fault, FaultPlan } from './faults';
import { type LoggedRequest, RequestLog } from './request-log';

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  rawBody: string;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless `contentType` says otherwise and body is a string. */
  body?: unknown;
  contentType?: string;
}

export type SimHandler = (request: SimRequest) => SimResponse | Promise<SimResponse>;

/** Called for every answered request; contract validators throw or record from here. */
export type ExchangeObserver = (request: SimRequest, response: SimResponse) => void;

export interface SimServer {
  url: string;
  port: number;
  log: RequestLog;
  faults: FaultPlan;
  observers: ExchangeObserver[];
  /** Writes held back by a `late-commit` fault, not applied yet. */
  readonly pendingLateCommits: number;
  /** Applies every held-back write now (in arrival order); returns how many there were. */
  flushLateCommits(): Promise<number>;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function describe(fault: Fault): string {
  if (fault.kind === 'late-commit') return `late-commit after ${fault.afterRequests}`;
  return fault.kind === 'status' ? `status ${fault.status}` : fault.kind;
}

/** What the client receives for a `commit-then-garble` fault instead of the real answer. */
function garbled(
  fault: Extract<Fault, { kind: 'commit-then-garble' }>,
  response: SimResponse,
): { contentType: string; text: string } {
  if (fault.answer !== 'truncated') return { contentType: fault.answer.contentType, text: fault.answer.body };
  const json = JSON.stringify(response.body ?? {});
  return { contentType: 'application/json; charset=utf-8', text: json.slice(0, Math.floor(json.length / 2)) };
}

export async function startSimServer(
  handler: SimHandler,
  options: { port?: number; host?: string; seed?: number } = {},
): Promise<SimServer> {
  const log = new RequestLog();
  const faults = new FaultPlan(options.seed ?? 1);
  const observers: ExchangeObserver[] = [];
  const sockets = new Set<Socket>();
  const trickles = new Set<NodeJS.Timeout>();
  // Writes a late-commit fault holds back, each with the requests still to come before it lands.
  let lateCommits: Array<{ request: SimRequest; entry: LoggedRequest; left: number }> = [];
  const applyLate = async (late: { request: SimRequest; entry: LoggedRequest }) => {
    try {
      const response = await handler(late.request);
      late.entry.status = response.status;
      late.entry.responseBody = response.body;
    } catch (error) {
      late.entry.status = 500;
      late.entry.responseBody = { error: error instanceof Error ? error.message : String(error) };
    }
  };
  /** One more request arrived: the held-back writes whose turn it is land first, in order. */
  const landDueLateCommits = async () => {
    if (lateCommits.length === 0) return;
    for (const late of lateCommits) late.left -= 1;
    const due = lateCommits.filter((late) => late.left <= 0);
    lateCommits = lateCommits.filter((late) => late.left > 0);
    for (const late of due) await applyLate(late);
  };

  const send = (res: ServerResponse, response: SimResponse, entry: LoggedRequest) => {
    const headers: Record<string, string> = { ...response.headers };
    let payload = '';
    if (response.body !== undefined) {
      if (
        typeof response.body === 'string' &&
        response.contentType &&
        !response.contentType.includes('json')
      ) {
        payload = response.body;
        headers['content-type'] = response.contentType;
      } else {
        payload = JSON.stringify(response.body);
        headers['content-type'] = response.contentType ?? 'application/json; charset=utf-8';
      }
    }
    entry.status = response.status;
    entry.responseHeaders = headers;
    entry.responseBody = response.body;
    res.writeHead(response.status, headers);
    res.end(payload);
  };

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const request: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: parseBody(rawBody, req.headers['content-type']),
      rawBody,
    };
    const entry = log.record({
      method: request.method,
      path: request.path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: request.body,
    });

    await landDueLateCommits();
    const fault = faults.take({ method: request.method, path: request.path });
    if (fault) entry.fault = describe(fault);
    // The log keeps what the client sent; the handler reads the request without them.
    if (fault?.kind === 'ignore-query') for (const name of fault.names) request.query.delete(name);
    try {
      if (fault?.kind === 'late-commit') {
        lateCommits.push({ request, entry, left: Math.max(1, fault.afterRequests) });
        if (fault.lose !== 'timeout') req.socket.destroy();
        return; // 'timeout': the socket stays open until the client gives up (closed on shutdown)
      }
      if (fault?.kind === 'latency') await new Promise((r) => setTimeout(r, fault.ms));
      if (fault?.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'timeout') return; // hold the socket open; closed on shutdown
      if (fault?.kind === 'trickle') {
        entry.status = fault.status ?? 200;
        res.writeHead(entry.status, { 'content-type': 'application/json; charset=utf-8' });
        res.write(' ');
        const timer = setInterval(() => res.write(' '), fault.everyMs);
        trickles.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          trickles.delete(timer);
        });
        return;
      }
      if (fault?.kind === 'status') {
        send(
          res,
          {
            status: fault.status,
            headers: fault.headers,
            body: fault.body ?? { error: 'Internal server error' },
            contentType: fault.contentType,
          },
          entry,
        );
        return;
      }
      const response = await handler(request);
      if (fault?.kind === 'commit-then-drop') {
        entry.status = response.status;
        entry.responseBody = response.body;
        req.socket.destroy();
        return;
      }
      if (fault?.kind === 'commit-then-garble') {
        const { contentType, text } = garbled(fault, response);
        entry.status = response.status;
        entry.responseBody = response.body;
        res.writeHead(response.status, { ...response.headers, 'content-type': contentType });
        res.end(text);
        return;
      }
      for (const observe of observers) observe(request, response);
      send(res, response, entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      send(res, { status: 500, body: { error: `Simulator error: ${message}` } }, entry);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    log,
    faults,
    observers,
    get pendingLateCommits() {
      return lateCommits.length;
    },
    async flushLateCommits() {
      const due = lateCommits;
      lateCommits = [];
      for (const late of due) await applyLate(late);
      return due.length;
    },
    close: () =>
      new Promise<void>((resolve) => {
        lateCommits = []; // what never landed stays unapplied, as with a server that went away
        for (const timer of trickles) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
