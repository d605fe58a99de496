// Reads a list straight from the Moneybird simulator, as a test's independent view of what it holds.
import { expect } from 'vitest';

/** Where and as whom to ask: the simulator's address, administration and token. */
export interface SimulatedMoneybird {
  apiBaseUrl: string;
  administrationId: string;
  token: string;
}

/** The administration's tax rates or ledger accounts, as the simulator answers them. */
export async function moneybirdList(
  moneybird: SimulatedMoneybird,
  kind: 'tax_rates' | 'ledger_accounts',
): Promise<Array<Record<string, string>>> {
  const { apiBaseUrl, administrationId, token } = moneybird;
  const response = await fetch(`${apiBaseUrl}/${administrationId}/${kind}.json`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Array<Record<string, string>>;
}
