// `npm run cli` as a person or a script uses it: a real child process configured by the variables
// `npm run sim` prints, against both simulators, judged by its output and exit code.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockedPeriodRefusal } from '../../../src/main/core/bookkeeping';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import { openStoreIn } from '../../../src/main/core/store';
import { startDateSetting } from '../../../src/main/core/sync/sync-settings';
import { inOneLine } from '../../../src/shared/i18n/one-line';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { simulatorEnv } from '../../sim/env';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { type MijnwebwinkelSim, startMijnwebwinkelSim } from '../../sim/mijnwebwinkel/index';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { ownerMapping } from '../sync/support';

const root = resolve(import.meta.dirname, '../../..');
let mww: MijnwebwinkelSim;
let moneybird: MoneybirdSim;
let dataDir: string;
let env: Record<string, string>;

// Asynchronous on purpose: the simulators answer from this very process.
function run(args: string[], childEnv: Record<string, string>) {
  return new Promise<{ code: number | null; out: string; err: string }>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/headless/cli.ts', ...args], {
      cwd: root,
      env: childEnv,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
  });
}

const cli = (...args: string[]) =>
  run(args, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env });

async function json(args: string[]) {
  const result = await cli(...args, '--json');
  return { code: result.code, body: JSON.parse(result.out) as Record<string, unknown> };
}

beforeAll(async () => {
  mww = await startMijnwebwinkelSim({ orders: generateOrders({ seed: 21, count: 25 }) });
  moneybird = await startMoneybirdSim({ rateLimit: null });
  dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-cli-'));
  env = {
    WINKELBRUG_DATA_DIR: dataDir,
    ...simulatorEnv(mww, moneybird),
  };
});

afterAll(async () => {
  moneybird.contract?.assertNone();
  await Promise.all([mww.close(), moneybird.close()]);
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
});

describe('npm run cli', () => {
  it('refuses wrong usage with exit 2 and says how to use it', async () => {
    const result = await cli('import');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--since YYYY-MM-DD/);
  });

  it('stops with exit 1 naming the missing token or choice, and how to set it', async () => {
    const noToken = await run(['status'], {
      PATH: process.env.PATH ?? '',
      WINKELBRUG_DATA_DIR: dataDir,
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
    });
    expect(noToken.code).toBe(1);
    expect(noToken.out).toMatch(/MWW_TOKEN/);

    const noStatuses = await json(['sync', '--once']);
    expect(noStatuses.code).toBe(1);
    expect(JSON.stringify(noStatuses.body.error)).toMatch(/config set statuses/);
  });

  it('books the history, exits 3 while orders are parked, and a second sync books nothing', async () => {
    expect((await cli('config', 'set', 'statuses', '2,3,6,10')).code).toBe(0);
    const mapping = await ownerMapping(moneybird, 'sales');
    const { taxRates: _, ...withoutZeroRate } = mapping as Record<string, unknown>;
    const flat = (prefix: string, value: unknown): Array<[string, string]> =>
      value !== null && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => flat(prefix ? `${prefix}.${k}` : k, v))
        : [[prefix, String(value)]];
    // The rest of the mapping through the same commands in-process: a child per setting adds nothing.
    for (const [key, value] of flat('', withoutZeroRate)) {
      const result = await runCli({ name: 'config', action: 'set', key, value }, { env });
      expect(result.exitCode, key).toBe(0);
    }
    expect((await cli('config', 'set', 'ledgerAccounts.nonsense', '1')).code).toBe(1);

    const first = await json(['import', '--since', '2024-01-01']);
    expect(first.body.outcome).toBe('completed');
    const booked = first.body.booked as Array<{ orderNumber: string; invoiceId: string }>;
    const parked = first.body.parked as Array<{
      orderNumber: string;
      code: string;
      reason: { nl: string; en: string };
    }>;
    expect(booked.length).toBeGreaterThan(5);
    for (const b of booked) expect(b.invoiceId).toMatch(/^\d+$/);
    // Without a mapping for domestic 0 %, such orders are parked with a reason, not guessed.
    expect(parked.length).toBeGreaterThan(0);
    expect(first.code).toBe(3);
    expect(parked[0]!.code).toBe('unmapped_tax_rate');
    expect(parked[0]!.reason.en).toMatch(/0 ?%/);

    const status = await json(['status']);
    expect(status.code).toBe(3);
    expect((status.body.parked as unknown[]).length).toBe(parked.length);

    // The owner maps the rate; retry books the order.
    const zeroRate = String((mapping as { rounding: { taxRateId: string } }).rounding.taxRateId);
    expect((await cli('config', 'set', 'taxRates.domestic.0', zeroRate)).code).toBe(0);
    for (const p of parked) {
      const retried = await json(['retry', p.orderNumber]);
      expect(retried.body.outcome).toBe('completed');
    }
    const again = await json(['sync', '--once']);
    expect(again.code).toBe(0);
    // The sync ran: the start date cannot move back past the day it books from (that would book
    // nothing); the import books earlier days.
    const back = await json(['config', 'set', 'start-date', '2023-06-01']);
    expect(back.code).toBe(1);
    expect(JSON.stringify(back.body.error)).toMatch(/import --since/);
    expect((await cli('config', 'unset', 'start-date')).code).toBe(1);
    expect((await cli('config', 'set', 'start-date', '2024-02-01')).code).toBe(0);
    expect(again.body.booked).toEqual([]);
    expect(again.body.parkedTotal).toBe(0);
    const references = moneybird.books.salesInvoices().map((i) => i.reference);
    expect(new Set(references).size).toBe(references.length);
  }, 180_000);

  it('prints Dutch by default and English on request', async () => {
    const dutch = (await cli('status')).out;
    expect(dutch).toMatch(
      /^Geboekt: \d+, wacht op jou: 0, wordt opnieuw geprobeerd: 0, bezig: 0, overgeslagen: \d+/m,
    );
    expect(dutch).toMatch(/^Laatste run: #\d+ manual /m);
    expect((await cli('sync', '--once')).out).toMatch(
      /^Klaar\. Geboekt: 0; wacht op jou: 0; wordt opnieuw geprobeerd: 0; /m,
    );
    expect((await cli('skip', '999999')).out).toContain('Bestelling 999999 staat niet in het journaal.');
    env.WINKELBRUG_LANG = 'en';
    expect((await cli('status')).out).toMatch(
      /^Booked: \d+, needs you: 0, will be retried: 0, in progress: 0/m,
    );
    expect((await cli('retry', '999999')).out).toContain(
      'Order 999999 is not in the journal. Check the number',
    );
    delete env.WINKELBRUG_LANG;
  }, 60_000);

  it('names the bookings a comparison found deleted in Moneybird, and where to decide about them', async () => {
    const store = openStoreIn(dataDir);
    const [booked] = store.journal.list({ states: ['done'], limit: 1 });
    store.vatFigures.recordGone(booked!.orderNumber);
    const doneBefore = store.journal.counts().done;
    store.close();
    const status = await json(['status']);
    expect(status.code).toBe(3);
    expect(status.body.deletedInMoneybird).toBe(1);
    const dutch = (await cli('status')).out;
    expect(dutch).toContain(`Geboekt: ${doneBefore - 1},`);
    expect(dutch).toContain('Van 1 geboekte bestelling(en) is de factuur daarna in Moneybird verwijderd.');
  }, 60_000);

  it('prints a reason in lines on its order’s one line, in the run report and in status', async () => {
    // A new paid order, like one already booked, whose reference a stranger's invoice in Moneybird
    // holds already: parked with a reason in lines (what happened, "Wat je kunt doen:", two cases).
    const store = openStoreIn(dataDir);
    const booked = new Set(store.journal.list({ states: ['done'], limit: 10_000 }).map((e) => e.orderNumber));
    store.close();
    const model = mww.shop
      .listOrders()
      .find(
        (o) =>
          booked.has(String(o.number)) &&
          o.date >= '2024-02-01' &&
          o.credited_order_number === undefined &&
          (o.credit_order_numbers ?? []).length === 0,
      )!;
    const number = '5001';
    mww.shop.addOrder({ ...model, number: Number(number), uuid: `${model.uuid}-5001` });
    mww.shop.setStatus(number, model.status);
    const stranger = moneybird.owner.addContact({
      company_name: 'Iemand Anders B.V.',
      send_invoices_to_email: 'iemand@anders.example',
    });
    moneybird.owner.addInvoice({
      kind: 'sales',
      contactId: stranger.id,
      reference: `MWW-${number}`,
      date: model.date,
      lines: [{ description: 'Iets anders', price: '1234.56', taxRate: '21% btw' }],
    });

    const linesOf = (out: string) => out.split('\n').filter((line) => line !== '');
    const run = await cli('sync', '--once');
    expect(run.code).toBe(3);
    // Every line of the run names its order first, but the last; the reason's lines read on after it.
    const report = linesOf(run.out);
    for (const line of report.slice(0, -1)) expect(line).toMatch(/^\d+: /);
    expect(report.at(-1)).toMatch(/^Klaar\. /);
    const parked = report.filter((line) => line.includes(`MWW-${number}`));
    expect(parked).toHaveLength(1);
    expect(parked[0]).toMatch(
      new RegExp(`^${number}: .* — In Moneybird staat al een factuur met referentie MWW-${number} `),
    );
    expect(parked[0]).toContain(
      'Controleer de factuur in Moneybird. Wat je kunt doen: Hoort de factuur bij deze bestelling: kies "Overslaan". Hoort hij er niet bij: geef hem in Moneybird een andere referentie en kies daarna "Opnieuw proberen".',
    );

    // `status` lists every parked order on one line: this one, whole, after its number.
    const status = await cli('status');
    expect(status.code).toBe(3);
    const listed = linesOf(status.out).filter((line) => line.includes('Wat je kunt doen'));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatch(
      new RegExp(`^${number}: In Moneybird staat al een factuur .* kies daarna "Opnieuw proberen"\\.$`),
    );
    // The JSON keeps the reason as written, lines and all, for a script that shows it.
    const body = (await json(['status'])).body;
    const reason = (body.parked as Array<{ orderNumber: string; reason: { nl: string } }>).find(
      (p) => p.orderNumber === number,
    )!.reason.nl;
    expect(reason).toContain(
      '\nWat je kunt doen:\nHoort de factuur bij deze bestelling: kies "Overslaan".\n',
    );
  }, 60_000);

  it('refuses an import since a day the sync books by itself, says why, and changes nothing', async () => {
    // The sync books from 1 February 2024 (set above); the import since 1 January 2024 completed.
    const stateOf = () => {
      const store = openStoreIn(dataDir);
      try {
        return { startDate: store.settings.get(startDateSetting), historyImport: store.historyImport.get() };
      } finally {
        store.close();
      }
    };
    const before = stateOf();
    expect(before).toMatchObject({
      startDate: '2024-02-01',
      historyImport: { since: '2024-01-01', status: 'completed' },
    });

    const refused = await json(['import', '--since', '2024-03-01']);
    expect(refused.code).toBe(1);
    expect(refused.body).toMatchObject({
      ok: false,
      kind: 'import',
      outcome: 'blocked',
      error: { code: 'import_since_not_before' },
    });
    const text = await runCli({ name: 'import', since: '2024-02-01' }, { env });
    expect(text.exitCode).toBe(1);
    expect(text.lines.at(-1)).toBe(
      'Eerdere bestellingen boeken vanaf 1 februari 2024 is niet begonnen: vanaf 1 februari 2024 boekt Winkelbrug de bestellingen al vanzelf. Kies een datum vóór 1 februari 2024. Er is niets veranderd.',
    );
    expect(stateOf()).toEqual(before);
  }, 60_000);
});

describe('npm run cli status', () => {
  it('reads a parked order’s locked-period reason as of today, as the app does, and keeps it as written', async () => {
    // Parked on 25 September 2024 for a lock through 31 August: its first open day, 1 September, is
    // in the 3rd quarter, whose VAT return was due on 31 October 2024, after the park and before today.
    const order = { number: '7301', date: '2024-07-20' };
    const parkedOn = lockedPeriodRefusal(order, '2024-08-31', '2024-09-25')!;
    expect(parkedOn.message.nl).not.toContain('moest je al indienen');
    const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-cli-locked-'));
    try {
      const store = openStoreIn(dir);
      store.journal.record({
        orderNumber: order.number,
        state: 'pending',
        bookingStyle: 'sales_invoice',
        orderDate: order.date,
        reference: `WB-${order.number}`,
      });
      const { code, message, details } = parkedOn;
      store.journal.park(order.number, 'pending', { code, message, details });
      store.close();

      const statusEnv = { ...env, WINKELBRUG_DATA_DIR: dir };
      const status = await runCli(
        { name: 'status' },
        { env: statusEnv, secrets: new EnvSecretSource(statusEnv) },
      );
      expect(status.exitCode).toBe(3);
      // As a park today would word it: booking on the first open day changes a filed return.
      const today = lockedPeriodRefusal(order, '2024-08-31', shopLocalDate(Date.now()))!.message;
      expect(today.nl).toContain('Die aangifte moest je al indienen');
      expect(status.lines.filter((line) => line.startsWith(`${order.number}: `))).toEqual([
        `${order.number}: ${inOneLine(today.nl)}`,
      ]);
      const [parked] = (
        status.json as { parked: Array<{ code: string; reason: { nl: string; en: string } }> }
      ).parked;
      expect(parked).toMatchObject({ code: 'period_locked', reason: today });

      // The journal keeps the reason as it was written.
      const reopened = openStoreIn(dir);
      expect(reopened.journal.get(order.number)!.reason!.message).toEqual(parkedOn.message);
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  }, 60_000);

  it('says in the owner’s words where an import stands, and what stopped a paused one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-cli-paused-'));
    try {
      const store = openStoreIn(dir);
      store.historyImport.start('2024-01-01', '2024-01-31');
      store.historyImport.progress({ done: 3, total: 12 });
      const blocker = {
        code: 'shop_no_api_access',
        message: { nl: 'Je webwinkel heeft geen toegang\ntot de API.', en: 'Your shop has no API access.' },
      };
      store.historyImport.pause(blocker);
      store.close();

      const statusEnv = { ...env, WINKELBRUG_DATA_DIR: dir };
      const status = await runCli(
        { name: 'status' },
        { env: statusEnv, secrets: new EnvSecretSource(statusEnv) },
      );
      const at = status.lines.indexOf('Eerdere bestellingen boeken vanaf 2024-01-01: staat stil, 3/12');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(status.lines[at + 1]).toBe('Je webwinkel heeft geen toegang tot de API.');
      expect((status.json as { historyImport: unknown }).historyImport).toMatchObject({
        status: 'paused',
        error: blocker,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    }
  }, 60_000);
});
