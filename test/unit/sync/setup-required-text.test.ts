// A run stopped for a choice the owner has not made is read in two places: the dashboard (its
// status and the log) and the command line. The owner is told what to choose in the words of the
// settings screen and where; internal setting paths and "npm run cli" stay on the command line.
import { describe, expect, it } from 'vitest';
import { completeRunMapping, SetupRequiredError } from '../../../src/main/core/sync/run-mapping';
import { FINANCIAL, LEDGER, referenceData } from '../bookkeeping/fixtures';

function stopped(stored: Record<string, unknown>, data = referenceData()): SetupRequiredError {
  try {
    completeRunMapping(stored, { data, administrationCurrency: 'EUR' }, []);
  } catch (error) {
    if (error instanceof SetupRequiredError) return error;
    throw error;
  }
  throw new Error('the run was not stopped');
}

const engineerWords = /npm run cli|config set|ledgerAccounts|financialAccountId|taxRates\./;

describe('a run stopped for a missing bookkeeping choice', () => {
  it('tells the owner which choice, by its name on the settings screen and where it is', () => {
    // Several revenue accounts and none chosen (a switch of administration reset the choices).
    const error = stopped({});
    expect(error.code).toBe('mapping');
    expect(error.userMessage).toEqual({
      nl: 'Kies eerst "Omzetrekening" bij Instellingen → Boekhouding → Omzet: zonder die keuze kan Winkelbrug niets boeken.',
      en: 'First choose "Revenue ledger account" under Settings → Bookkeeping → Revenue: without it Winkelbrug cannot book anything.',
    });
    expect(error.userMessage.nl).not.toMatch(engineerWords);
    expect(error.userMessage.en).not.toMatch(engineerWords);
    // The command line keeps its own way to set it, with the ids to choose from.
    expect(error.cliMessage?.nl).toContain('npm run cli -- config set ledgerAccounts.revenue <id>');
    expect(error.cliMessage?.nl).toContain(`${LEDGER.revenue} (Omzet)`);
  });

  it('with nothing in Moneybird to choose from, says what to create there', () => {
    const data = referenceData();
    const error = stopped(
      { ledgerAccounts: { revenue: LEDGER.revenue } },
      { ...data, financialAccounts: data.financialAccounts.map((a) => ({ ...a, active: false })) },
    );
    expect(error.userMessage.nl).toBe(
      'Winkelbrug kan niets boeken: je Moneybird-administratie heeft geen actieve bank- of betaalrekening. Maak die aan in Moneybird; Winkelbrug kiest hem daarna zelf, of je kiest hem bij Instellingen → Boekhouding → Betalingen.',
    );
    expect(error.cliMessage?.en).toContain('npm run cli -- config set financialAccountId <id>');
  });

  it('a choice that is not valid sends the owner to the bookkeeping choices, the field to the command line', () => {
    const error = stopped({
      ledgerAccounts: { revenue: LEDGER.revenue },
      financialAccountId: FINANCIAL.psp,
      referencePrefix: 'not a prefix!',
    });
    expect(error.code).toBe('mapping_invalid');
    expect(error.userMessage.nl).toMatch(/^Een keuze bij Instellingen → Boekhouding klopt niet \(meer\)/);
    expect(error.userMessage.nl).not.toMatch(engineerWords);
    expect(error.cliMessage?.en).toMatch(
      /^The mapping setting referencePrefix is invalid: .+npm run cli -- config set\.$/,
    );
  });
});
