// A stored bookkeeping choice the schema refuses, as the dry run tells the owner: the field by its
// label and the part of the Boekingen step it is in, what is wrong in their words; the schema's path
// and English words go to the log only. And a choice still to make, named where the owner makes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MoneybirdReferenceData } from '../../../src/main/core/bookkeeping';
import { loadApiEndpoints } from '../../../src/main/core/config/api-endpoints';
import type { LogFields, LogLevel } from '../../../src/main/core/http/logger';
import type { MijnwebwinkelClient } from '../../../src/main/core/mijnwebwinkel/client';
import { RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import { planFirstRun } from '../../../src/main/core/setup/dry-run';
import { invalidChoiceText } from '../../../src/main/core/setup/mapping/invalid-choice';
import { createSetupService } from '../../../src/main/core/setup/setup-service';
import { openStoreIn } from '../../../src/main/core/store';
import type { SettingDefinition, SettingsRepository } from '../../../src/main/core/store/settings';
import { completeMapping } from '../../../src/main/core/sync/auto-mapping';
import { MemorySecretStore } from '../../support/memory-secrets';
import { moneybirdId as id, ledger, rate } from './moneybird-records';

const bank = { id: id(), name: 'Zakelijke rekening', type: 'BankAccount', active: true };

function administration(revenue = [ledger('Omzet', 'revenue')]): MoneybirdReferenceData {
  const data: MoneybirdReferenceData = {
    taxRates: [rate('21% btw', '21.0'), rate('9% btw', '9.0'), rate('0% btw', '0.0')],
    ledgerAccounts: revenue,
    workflows: [{ id: id(), name: 'Standaard', type: 'InvoiceWorkflow', active: true }],
    documentStyles: [{ id: id(), name: 'Standaard' }],
    financialAccounts: [bank],
  };
  return data;
}

/** The settings a dry run reads, as stored: the statuses chosen, the mapping as given. */
function settingsWith(mapping: Record<string, unknown>): SettingsRepository {
  const values: Record<string, unknown> = {
    'sync.completedStatuses': [3],
    'sync.startDate': '2026-10-01',
    'bookkeeping.mapping': mapping,
  };
  const get = <T>(setting: SettingDefinition<T>): T =>
    (Object.hasOwn(values, setting.key) ? values[setting.key] : setting.defaultValue) as T;
  return {
    get,
    read: (setting) => ({ ok: true, value: get(setting), stored: true }),
    set: () => {},
    remove: () => {},
    keys: () => Object.keys(values),
  };
}

async function dryRun(mapping: Record<string, unknown>, reference = administration()) {
  const logged: Array<[LogLevel, string, LogFields | undefined]> = [];
  const report = await planFirstRun({
    // The mapping is judged before the shop is asked for anything.
    mijnwebwinkel: {} as Pick<MijnwebwinkelClient, 'listOrdersPage' | 'order'>,
    reference: async () => ({ data: reference, administrationCurrency: 'EUR', administrations: [] }),
    settings: settingsWith(mapping),
    now: () => Date.parse('2026-11-20T12:00:00Z'),
    logger: { log: (level, message, fields) => logged.push([level, message, fields]) },
  });
  return { report, logged };
}

describe('a stored choice the bookkeeping schema refuses', () => {
  it('names the field by its label and part of the step, says what is wrong, and logs the path', async () => {
    const { report, logged } = await dryRun({ ledgerAccounts: { revenue: 'Omzet' } });
    expect(report).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    if (report.ok) return;
    expect(report.problem.message).toEqual({
      nl: '"Omzetrekening" bij de stap Boekingen onder Omzet klopt niet: wat er nu is opgeslagen, is geen grootboekrekening uit Moneybird. Kies daar opnieuw; tot dan kan Winkelbrug niets boeken.',
      en: '"Revenue ledger account" in the Bookkeeping step under Revenue is not right: what is stored now is not a ledger account from Moneybird. Choose again there; until then Winkelbrug cannot book anything.',
    });
    // The path and the schema's words are the log's, never the owner's.
    for (const text of Object.values(report.problem.message)) {
      expect(text).not.toContain('ledgerAccounts');
      expect(text).not.toMatch(/expected|invalid|koppel/i);
    }
    expect(logged).toEqual([
      [
        'warn',
        expect.any(String),
        { field: 'ledgerAccounts.revenue', problem: 'expected a Moneybird id (digits)' },
      ],
    ]);
  });

  it('names every kind of field in the words of its part of the step', () => {
    expect(invalidChoiceText('taxRates.oss.FR.5,5', 'NL')).toMatchObject({
      nl: expect.stringMatching(
        /^"Frankrijk 5,5% \(OSS\)" bij de stap Boekingen onder Btw-tarieven klopt niet: wat er nu is opgeslagen, is geen btw-tarief uit Moneybird\./,
      ),
      en: expect.stringMatching(
        /^"France 5\.5% \(OSS\)" in the Bookkeeping step under VAT rates is not right: what is stored now is not a tax rate from Moneybird\./,
      ),
    });
    expect(invalidChoiceText('financialAccountByPaymentMethod.gift_card', 'NL')).toMatchObject({
      nl: expect.stringMatching(
        /^"Betaalrekening voor cadeaubonnen" bij de stap Boekingen onder Betalingen klopt niet: wat er nu is opgeslagen, is geen betaalrekening uit Moneybird\./,
      ),
      en: expect.stringMatching(
        /^"Payment account for gift cards" in the Bookkeeping step under Payments is not right: what is stored now is not a payment account from Moneybird\./,
      ),
    });
    expect(invalidChoiceText('rounding.taxRateId', 'NL').nl).toContain('onder Afronding klopt niet');
    expect(invalidChoiceText('workflowId', 'NL').nl).toMatch(
      /^"Factuurworkflow" bij de stap Boekingen onder Factuur klopt niet: wat er nu is opgeslagen, is geen factuurworkflow uit Moneybird\./,
    );
    // No field at that path (a rate that is no percentage): its part of the step.
    expect(invalidChoiceText('taxRates.domestic.abc', 'NL').nl).toBe(
      'Een keuze bij de stap Boekingen onder Btw-tarieven klopt niet. Kies daar opnieuw wat niet klopt; tot dan kan Winkelbrug niets boeken.',
    );
    // Not a choice of the step at all: the step.
    expect(invalidChoiceText('referencePrefix', 'NL')).toEqual({
      nl: 'Een keuze bij de stap Boekingen klopt niet. Bekijk de keuzes daar, kies opnieuw wat niet klopt; tot dan kan Winkelbrug niets boeken.',
      en: 'A choice in the Bookkeeping step is not right. Look at the choices there, choose again what is not right; until then Winkelbrug cannot book anything.',
    });
  });

  it('leaves the command line its path and the schema’s words', () => {
    const completion = completeMapping({ ledgerAccounts: { revenue: 'Omzet' } }, administration());
    expect(completion).toMatchObject({
      ok: false,
      invalid: { field: 'ledgerAccounts.revenue', problem: 'expected a Moneybird id (digits)' },
    });
  });
});

describe('a choice still to make before anything can be booked', () => {
  it('names it where the owner makes it while setting up: the Boekingen step and its part', async () => {
    const two = [ledger('Omzet', 'revenue'), ledger('Omzet webwinkel', 'revenue')];
    const { report } = await dryRun({}, administration(two));
    expect(report).toMatchObject({
      ok: false,
      problem: {
        code: 'invalid',
        message: {
          nl: 'Kies eerst "Omzetrekening" bij de stap Boekingen onder Omzet: zonder die keuze kan Winkelbrug niets boeken.',
          en: 'First choose "Revenue ledger account" in the Bookkeeping step under Revenue: without it Winkelbrug cannot book anything.',
        },
      },
    });
  });
});

describe('a setting the store refuses when the owner saves it', () => {
  it('says the choice was not kept, in their words; the key, path and schema’s words go to the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-invalid-setting-'));
    const store = openStoreIn(dir);
    const logged: Array<[LogLevel, string, LogFields | undefined]> = [];
    try {
      const service = createSetupService({
        env: {},
        secrets: new MemorySecretStore(),
        store,
        endpoints: loadApiEndpoints({}),
        limiters: new RateLimiterRegistry(),
        emit: () => {},
        logger: { log: (level, message, fields) => logged.push([level, message, fields]) },
        lifecycle: {
          running: () => false,
          start: async () => null,
          stop: async () => {},
          runNow: () => {},
          setIntervalMinutes: () => {},
        },
      });
      // A status id the contract would refuse on its way in reaches the store's schema here.
      const outcome = await service.handlers['setup.orders.save']({ statuses: [-1], since: '2026-01-01' });
      expect(outcome).toMatchObject({ ok: false, problem: { code: 'invalid' } });
      if (outcome.ok) return;
      expect(outcome.problem.message).toEqual({
        nl: 'Winkelbrug kon deze keuze niet opslaan: ze heeft niet de vorm die Winkelbrug verwacht. Er is niets gewijzigd. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de ondersteuning.',
        en: 'Winkelbrug could not save this choice: it is not in the form Winkelbrug expects. Nothing was changed. Try again; if this keeps happening, contact support.',
      });
      expect(logged).toContainEqual([
        'warn',
        expect.any(String),
        { key: 'sync.completedStatuses', field: '0', problem: expect.stringMatching(/>=\s*0/) },
      ]);
      await service.close();
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
