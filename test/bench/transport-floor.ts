// The transport floor: what the engine's HTTP exchanges alone cost a process on this machine.
// Forked by history-import.bench.ts for the length of the run, it mirrors every exchange the
// engine makes, with the same method and byte counts and at the same moments one second later,
// through the product's own transport (undici, keep-alive) to a server that does nothing with it.
// Its CPU per exchange is measured at the same time as the engine's, so a slow or fast stretch of
// a shared VM affects both alike. The benchmark subtracts this floor to report the engine's local
// work.
import { exchange } from '../../src/main/core/http/transport';
import { type ExchangeShape, type FloorReport, type FloorRequest, paddedJson } from './host-protocol';

const POLL_MS = 1000;

interface Shapes {
  mb: number;
  mww: number;
  shapes: ExchangeShape[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mirror(mirrorUrl: string, stopped: () => boolean): Promise<FloorReport> {
  const echo = new URL('/echo', mirrorUrl);
  let cursor = { mb: 0, mww: 0 };
  let exchanges = 0;
  const before = process.cpuUsage();
  while (!stopped()) {
    const started = performance.now();
    const answer = await exchange({
      method: 'GET',
      url: new URL(`/shapes?mb=${cursor.mb}&mww=${cursor.mww}`, mirrorUrl),
      headers: { accept: 'application/json' },
      timeoutMs: 30_000,
    });
    exchanges += 1;
    const { mb, mww, shapes } = JSON.parse(answer.text) as Shapes;
    cursor = { mb, mww };
    // The engine's exchanges of the last second, made again one second later at the same moments
    // (a process woken from idle pays more for an exchange than one already busy, so the pace counts).
    for (const shape of shapes) {
      const due = shape.at + POLL_MS - Date.now();
      if (due > 1) await sleep(due);
      const body =
        shape.method === 'GET' || shape.requestBytes === 0 ? undefined : paddedJson(shape.requestBytes);
      const headers: Record<string, string> = {
        accept: 'application/json',
        authorization: 'Bearer benchmark-transport-floor',
        'x-bench-response-bytes': String(shape.responseBytes),
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const reply = await exchange({ method: shape.method, url: echo, headers, body, timeoutMs: 30_000 });
      // The engine reads every answer; the floor does the least of that: the text.
      if (reply.text.length === 0 && shape.responseBytes > 0) throw new Error('empty mirror answer');
      exchanges += 1;
    }
    const rest = POLL_MS - (performance.now() - started);
    if (rest > 1 && !stopped()) await sleep(rest);
  }
  const cpu = process.cpuUsage(before);
  return { type: 'floor', exchanges, cpuMs: (cpu.user + cpu.system) / 1000 };
}

let stop = false;
let running: Promise<FloorReport> | undefined;
process.on('message', (raw) => {
  const message = raw as FloorRequest;
  if (message.type === 'start' && !running) {
    running = mirror(message.mirrorUrl, () => stop);
    running.catch((error) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    });
  } else if (message.type === 'stop') {
    stop = true;
    void running?.then((report) => {
      process.send?.(report);
      process.disconnect?.();
    });
  }
});
process.on('disconnect', () => process.exit(0));
