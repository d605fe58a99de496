// `npm run cli -- <command>`: the sync engine from the command line, configured by environment
// variables (exactly what `npm run sim` prints) on top of settings saved in the data directory.
//
//   sync --once                   one run now
//   status                        the journal's counts, the last run and every parked order
//   import --since YYYY-MM-DD     books the history from that date (resumable: run it again)
//   retry ORDER                   puts a parked or waiting order back and runs
//   skip ORDER                    the order is not to be booked
//   config show | set KEY VALUE | unset KEY
//
// Every command takes --json for a machine-readable summary. Exit codes: 0 the run completed with
// nothing parked, 3 it completed with parked orders (status: or bookings deleted in Moneybird since),
// 1 a fatal error (the message says what to do), 2 a usage error.
import { parseArgs } from 'node:util';
import { type CliCommand, type CliResult, runCli } from '../core/cli/cli-commands';

const USAGE = `Gebruik / usage: npm run cli -- <command> [--json]
  sync --once | status | import --since YYYY-MM-DD | retry ORDER | skip ORDER
  config show | config set KEY VALUE | config unset KEY`;

function parse(argv: string[]): { command: CliCommand; json: boolean } | { usage: string } {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { once: { type: 'boolean' }, json: { type: 'boolean' }, since: { type: 'string' } },
    });
  } catch (error) {
    return { usage: `${(error as Error).message}\n${USAGE}` };
  }
  const [name, ...rest] = parsed.positionals;
  const json = parsed.values.json === true;
  switch (name) {
    case 'sync':
      return { command: { name: 'sync' }, json };
    case 'status':
      return { command: { name: 'status' }, json };
    case 'import': {
      const since = parsed.values.since;
      if (typeof since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(since))
        return { usage: `import needs --since YYYY-MM-DD\n${USAGE}` };
      return { command: { name: 'import', since }, json };
    }
    case 'retry':
    case 'skip':
      if (!rest[0]) return { usage: `${name} needs an order number\n${USAGE}` };
      return { command: { name, orderNumber: rest[0] }, json };
    case 'config': {
      const [action, key, value] = rest;
      if (action === 'show') return { command: { name: 'config', action: 'show' }, json };
      if (action === 'set' && key && value !== undefined)
        return { command: { name: 'config', action: 'set', key, value }, json };
      if (action === 'unset' && key) return { command: { name: 'config', action: 'unset', key }, json };
      return { usage: USAGE };
    }
    default:
      return { usage: USAGE };
  }
}

function print(result: CliResult, json: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(result.json, null, 2)}\n`);
  else for (const line of result.lines) console.log(line);
}

const args = parse(process.argv.slice(2));
if ('usage' in args) {
  console.error(args.usage);
  process.exit(2);
}
const result = await runCli(args.command, { env: process.env });
print(result, args.json);
process.exitCode = result.exitCode;
