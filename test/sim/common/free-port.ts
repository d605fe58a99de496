// A port on 127.0.0.1 that nothing listens on right now, for redirect URIs that must be registered
// before anything listens on them (the Moneybird simulator's OAuth client, the product's browser
// login), so two demos or two tests never share one. It is drawn below the range the system hands
// out for outgoing connections (32768 and up on Linux, 49152 and up elsewhere): a port from that
// range can be taken by any client socket between this check and the login's listen.
import { createServer } from 'node:net';

const LOW = 20_000;
const HIGH = 32_000;

function tryListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freeLoopbackPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (await tryListen(port)) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${LOW} and ${HIGH}`);
}
