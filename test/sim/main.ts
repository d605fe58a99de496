// `npm run sim`: both simulators on 127.0.0.1, printing the environment the CLI, the headless shell
// and the benchmark read, then READY. Serves until stopped.
import { parseArgs } from 'node:util';
import { simulatorEnv } from './env';
import { startMijnwebwinkelSim } from './mijnwebwinkel/index';
import { startMoneybirdSim } from './moneybird/index';

export interface SimulatorsOptions {
  seed?: number;
  orders?: number;
  ordersFile?: string;
  mwwPort?: number;
  mbPort?: number;
  /** Moneybird's 150-request window in seconds; shorter compresses time for benchmarks. */
  rateWindowSeconds?: number;
}

export async function startSimulators(options: SimulatorsOptions = {}) {
  const mww = await startMijnwebwinkelSim({
    port: options.mwwPort ?? 0,
    seed: options.seed ?? 1,
    orderCount: options.orders ?? 50,
    ordersFile: options.ordersFile,
  });
  const moneybird = await startMoneybirdSim({
    port: options.mbPort ?? 0,
    seed: options.seed ?? 1,
    rateLimit: { requests: 150, windowMs: (options.rateWindowSeconds ?? 300) * 1000 },
  });
  const env = {
    ...simulatorEnv(mww, moneybird),
  };
  return {
    mww,
    moneybird,
    env,
    close: async () => {
      await Promise.all([mww.close(), moneybird.close()]);
    },
  };
}

function port(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Not a port number: ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      orders: { type: 'string' },
      'orders-file': { type: 'string' },
      'mww-port': { type: 'string' },
      'mb-port': { type: 'string' },
      'rate-window-seconds': { type: 'string' },
    },
  });
  const sims = await startSimulators({
    seed: values.seed === undefined ? undefined : Number(values.seed),
    orders: values.orders === undefined ? undefined : Number(values.orders),
    ordersFile: values['orders-file'],
    mwwPort: port(values['mww-port']),
    mbPort: port(values['mb-port']),
    rateWindowSeconds:
      values['rate-window-seconds'] === undefined ? undefined : Number(values['rate-window-seconds']),
  });
  for (const [key, value] of Object.entries(sims.env)) console.log(`${key}=${value}`);
  console.log('READY');
  const stop = () => {
    void sims.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
