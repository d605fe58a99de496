// What the tests of more than one Moneybird administration share (administration-switch,
// new-computer-explores, other-administrations): the mapping the owner chooses in one, each
// administration's invoices, and how often an order is booked across all of them.
import { expect } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import type { MoneybirdSim } from '../../sim/moneybird/index';
import type { SyncWorld } from './support';

type Named = { id: string; name: string; country?: string | null };

async function listOf(sim: MoneybirdSim, administrationId: string, path: string): Promise<Named[]> {
  const response = await fetch(`${sim.apiBaseUrl}/${administrationId}/${path}`, {
    headers: { authorization: `Bearer ${sim.token}` },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as Named[];
}

/** The mapping the owner chooses in an administration (its own ledger, account and rate ids). */
export async function mappingIn(
  sim: MoneybirdSim,
  administrationId: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const idNamed = (list: Named[], name: string) => list.find((x) => x.name === name)!.id;
  const ledgers = await listOf(sim, administrationId, 'ledger_accounts.json');
  const accounts = await listOf(sim, administrationId, 'financial_accounts.json');
  const rates = await listOf(sim, administrationId, 'tax_rates.json?filter=tax_rate_type:sales_invoice');
  const zero = rates.find((r) => r.name === '0% btw' && !r.country)!.id;
  return {
    bookingStyle: 'sales',
    ledgerAccounts: { revenue: idNamed(ledgers, 'Omzet') },
    financialAccountId: idNamed(accounts, 'Mollie'),
    taxRates: { domestic: { '0': zero } },
    rounding: { taxRateId: zero, ledgerAccountId: idNamed(ledgers, 'Ongecategoriseerde inkomsten') },
    ...extra,
  };
}

/** The owner chooses another administration (through the environment) and its mapping again. */
export async function switchAdministration(w: SyncWorld, to: string, extra: Record<string, unknown> = {}) {
  w.env.MONEYBIRD_ADMINISTRATION_ID = to;
  await w.reopen();
  w.runtime.store.settings.set(bookkeepingMappingSetting, await mappingIn(w.moneybird, to, extra));
}

// biome-ignore lint/suspicious/noExplicitAny: the simulator hands plain API JSON
export type AnyInvoice = any;

/** Every invoice of either kind (credit notes among them) in one administration. */
export const invoicesIn = (sim: MoneybirdSim, administrationId: string): AnyInvoice[] => [
  ...sim.books.salesInvoices(administrationId),
  ...sim.books.externalSalesInvoices(administrationId),
];

/** Whether an invoice carries this order's booking reference, under any prefix. */
const forOrder = (orderNumber: number | string) => (invoice: AnyInvoice) =>
  new RegExp(`^[A-Za-z0-9]+-${orderNumber}$`).test(String(invoice.reference ?? ''));

/** The order's bookings in one administration. */
export const bookingsIn = (sim: MoneybirdSim, administrationId: string, orderNumber: number | string) =>
  invoicesIn(sim, administrationId).filter(forOrder(orderNumber));

/** How often Moneybird holds a booking of the order, in every administration together. */
export function timesBooked(sim: MoneybirdSim, orderNumber: number | string): number {
  return sim.administrations.reduce((sum, a) => sum + bookingsIn(sim, a.id, orderNumber).length, 0);
}

/** Each order is booked exactly once in Moneybird as a whole (every administration counted). */
export function expectBookedOnce(sim: MoneybirdSim, orders: readonly MwwOrder[]): void {
  for (const order of orders) expect(timesBooked(sim, order.number), `order ${order.number}`).toBe(1);
}
