// Moneybird's reference data (accounts, tax rates, workflows) is kept for an hour between runs, so a
// quiet shop costs few requests. What the owner does must not wait that hour: a mapping that names
// an account they just made in Moneybird, or a retry after they fixed something there, makes the
// next run read it afresh.
import { describe, expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { completeInShop } from './deleted-bookings';
import { isPlainDomesticSale, moneybirdRequestsSince, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

const SINCE = '2024-01-01';

function plainOrders(count: number): MwwOrder[] {
  const plain = generateOrders({ seed: 5, count: 120 }).filter((o) => isPlainDomesticSale(o, SINCE));
  expect(plain.length).toBeGreaterThanOrEqual(count);
  return plain.slice(0, count);
}

const referenceReads = (w: SyncWorld, from: number) =>
  moneybirdRequestsSince(w, from).filter((r) => r.path.endsWith('/ledger_accounts.json'));

describe('reference data the owner changed', () => {
  it('books on a ledger account made in Moneybird and chosen in the mapping since the last run', async () => {
    const [first, second] = plainOrders(2) as [MwwOrder, MwwOrder];
    const world = await worlds.start({ orders: [first] });
    await world.runtime.engine.run('import', { importSince: SINCE });

    // Minutes later the owner adds an account in Moneybird and books the shop's revenue on it.
    const account = world.moneybird.owner.addLedgerAccount({ name: 'Omzet webwinkel' });
    const { store } = world.runtime;
    const mapping = store.settings.get(bookkeepingMappingSetting) as { ledgerAccounts: object };
    store.settings.set(bookkeepingMappingSetting, {
      ...mapping,
      ledgerAccounts: { ...mapping.ledgerAccounts, revenue: account.id },
    });
    completeInShop(world, second);
    const from = world.moneybird.server.log.entries.length;
    await world.runtime.engine.run('import', { importSince: SINCE });

    const entry = store.journal.get(String(second.number))!;
    expect(entry.state, JSON.stringify(entry.reason)).toBe('done');
    const invoice = world.moneybird.books.salesInvoices().find((i) => i.reference === entry.reference)!;
    expect(
      invoice.details.some((d: { ledger_account_id: string }) => d.ledger_account_id === account.id),
    ).toBe(true);
    expect(referenceReads(world, from)).toHaveLength(1);

    // With the mapping as it is, the next run keeps the copy.
    const later = world.moneybird.server.log.entries.length;
    completeInShop(world, { ...second, number: Number(second.number) + 50_000 });
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(referenceReads(world, later)).toEqual([]);
  });

  it('books a parked order on Retry once the owner brought its account back in Moneybird', async () => {
    const [order] = plainOrders(1) as [MwwOrder];
    const world = await worlds.start({ orders: [order] });
    const { store } = world.runtime;
    const mapping = store.settings.get(bookkeepingMappingSetting) as { ledgerAccounts: { revenue: string } };
    const revenue = mapping.ledgerAccounts.revenue;
    // The owner archived the account the mapping books revenue on.
    world.moneybird.owner.setLedgerAccountActive(revenue, false);
    await world.runtime.engine.run('import', { importSince: SINCE });
    expect(store.journal.get(String(order.number))).toMatchObject({
      state: 'parked',
      reason: { code: 'ledger_account_not_found' },
    });

    // They bring it back in Moneybird and choose Retry, well within the hour.
    world.moneybird.owner.setLedgerAccountActive(revenue, true);
    world.runtime.engine.retry(String(order.number));
    await world.runtime.engine.run('manual');
    expect(store.journal.get(String(order.number))!.state).toBe('done');
  });
});
