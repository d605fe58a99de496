// `npm run headless`: starts the core (tokens from the environment, then the OS keychain; data in
// WINKELBRUG_DATA_DIR or the usual place), serves it, and prints the address to open. Without tokens
// it still starts and the page says what is missing.
// Usage: npm run headless [-- --port 4321]
import { parseArgs } from 'node:util';
import { openAppService } from '../core/app-service/open-app-service';
import type { Logger } from '../core/http/logger';
import { redactText } from '../core/http/redact';
import { startHeadlessShell } from './server';

const logger: Logger = {
  log(level, message) {
    if (level === 'warn' || level === 'error') console.error(`[winkelbrug] ${level}: ${redactText(message)}`);
  },
};

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
const port = parsePort(values.port);
const { service } = await openAppService({ logger });
const shell = await startHeadlessShell({ port, service, logger });
const status = service.status();
if (status.reason) console.log(`${redactText(status.reason.nl)}\n${redactText(status.reason.en)}\n`);

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
  void shell
    .close()
    .then(() => service.close())
    .finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
