// `npm run headless`: starts the headless shell and prints the address to open.
// Usage: npm run headless [-- --port 4321]
import { parseArgs } from 'node:util';
import { startHeadlessShell } from './server';

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535, not "${value}".`);
    process.exit(2);
  }
  return port;
}

const { values } = parseArgs({ options: { port: { type: 'string' } }, allowPositionals: false });
const shell = await startHeadlessShell({ port: parsePort(values.port) });

console.log(
  `Winkelbrug draait. Open in je browser / Winkelbrug is running. Open in your browser:\n\n  ${shell.url}\n`,
);
console.log(
  'Dit adres bevat een geheime sleutel: deel het niet. / This address holds a secret key: do not share it.',
);
console.log('Stoppen / stop: Ctrl+C');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void shell.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
