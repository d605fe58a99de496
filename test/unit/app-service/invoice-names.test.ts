// The names of Moneybird's tax rates and ledger accounts the order's page shows beside each invoice
// line: read once per administration and kept a while, so going through orders costs one request per
// order; a failed read is not kept, and never fails the page.
import { describe, expect, it } from 'vitest';
import { createInvoiceNames } from '../../../src/main/core/app-service/order-channels';
import type { MoneybirdClient } from '../../../src/main/core/moneybird/client';
import { ledgerAccountSchema, taxRateSchema } from '../../../src/main/core/moneybird/schemas';

const taxRate = taxRateSchema.parse({
  id: '301',
  name: 'Intracommunautaire levering',
  percentage: '0.0',
  tax_rate_type: 'sales_invoice',
  active: true,
  country: null,
});
const ledger = ledgerAccountSchema.parse({
  id: '401',
  name: 'Omzet',
  account_type: 'revenue',
  account_id: '8000',
  parent_id: null,
  financial_account_id: null,
});

function fakeClient(administrationId: string, fail = { now: false }) {
  const asked: string[] = [];
  const client = {
    administrationId,
    taxRates: async (filter: unknown) => {
      asked.push(`taxRates ${JSON.stringify(filter)}`);
      if (fail.now) throw new Error('Moneybird is even weg');
      return [taxRate];
    },
    ledgerAccounts: async () => {
      asked.push('ledgerAccounts');
      return [ledger];
    },
  } as unknown as MoneybirdClient;
  return { client, asked };
}

describe('the names beside the invoice lines', () => {
  it('are read once for pages opened together and kept ten minutes, per administration', async () => {
    let now = 0;
    const namesOf = createInvoiceNames(() => now);
    const one = fakeClient('1');
    const [a, b] = await Promise.all([namesOf(one.client), namesOf(one.client)]);
    expect(a).toBe(b);
    expect(a.taxRates.get('301')?.name).toBe('Intracommunautaire levering');
    expect(a.ledgerAccounts.get('401')).toEqual({ name: 'Omzet', code: '8000' });
    expect(one.asked).toEqual(['taxRates {"tax_rate_type":"sales_invoice"}', 'ledgerAccounts']);
    now = 9 * 60 * 1000;
    await namesOf(one.client);
    expect(one.asked).toHaveLength(2);
    // Another administration has its own rates and accounts.
    const other = fakeClient('2');
    await namesOf(other.client);
    expect(other.asked).toHaveLength(2);
    // After ten minutes they are read again (the owner may have renamed an account).
    now = 11 * 60 * 1000;
    await namesOf(one.client);
    expect(one.asked).toHaveLength(4);
  });

  it('are none when Moneybird cannot be read, and asked again the next time', async () => {
    const namesOf = createInvoiceNames(() => 0);
    const fail = { now: true };
    const { client, asked } = fakeClient('1', fail);
    const none = await namesOf(client);
    expect(none.taxRates.size).toBe(0);
    expect(none.ledgerAccounts.size).toBe(0);
    fail.now = false;
    expect((await namesOf(client)).taxRates.size).toBe(1);
    expect(asked.filter((a) => a.startsWith('taxRates'))).toHaveLength(2);
  });
});
