// A port on 127.0.0.1 that nothing listens on right now: the operating system picks it, we close
// it again and hand it out. Used for redirect URIs that must be registered before anything listens
// on them (the Moneybird simulator's OAuth client, the product's browser login), so two demos or
// two tests never share one.
import { createServer } from 'node:net';

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}
