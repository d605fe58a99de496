// A domestic 0 % sale when Moneybird's only 0 % rate is meant for other sales: "Btw verlegd" (the
// domestic reverse charge) puts the revenue in box 1e as a reverse-charged supply and prints "btw
// verlegd" on the invoice. A run never adopts it by itself: the order waits for the owner's choice,
// nothing is written to Moneybird, and once the owner chooses the rate on purpose it books on it.
import { expect, it } from 'vitest';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { entryOf, invoiceOf, writesIn } from './deleted-bookings';
import { sale } from './shop-sales';
import { moneybirdRequestsSince, type SyncWorld, salesTaxRates, worldPerTest } from './support';

const worlds = worldPerTest();

const storedDomesticRates = (w: SyncWorld) => {
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as {
    taxRates?: { domestic?: Record<string, string> };
  };
  return mapping.taxRates?.domestic ?? {};
};

it('books no domestic 0 % line on "Btw verlegd" when it is Moneybird’s only 0 % rate, until the owner chooses it', async () => {
  // The owner has not chosen a rate for 0 % (the simulator's Moneybird has two ordinary ones).
  const w = await worlds.start({ orders: [], omit: ['taxRates.domestic.0'] });
  const rates = await salesTaxRates(w);
  const named = (name: string) => rates.find((r) => r.name === name && !r.country)!;
  // In this administration "Btw verlegd" is the only active 0 % sales rate without a country.
  for (const name of ['0% btw', 'Geen btw', 'Intracommunautaire levering', 'Export buiten de EU'])
    w.moneybird.owner.setTaxRateActive(named(name).id, false);
  const verlegd = named('Btw verlegd');
  await w.runtime.engine.run('import', { importSince: '2024-01-01' });
  await w.runtime.engine.run('manual');

  // A domestic sale with a 21 % line and a 0 % line (stamps).
  const order = sale(991_001, 'piet@example.nl', ['mok', 'zegels']);
  w.mww.shop.addOrder({ ...order, status: 1 });
  w.mww.shop.setStatus(order.number, 3);
  const from = w.moneybird.server.log.entries.length;
  await w.runtime.engine.run('scheduled');

  const parked = entryOf(w, order.number);
  expect(parked.state).toBe('parked');
  expect(parked.reason?.code).toBe('unmapped_tax_rate');
  expect(parked.reason?.message.nl).toContain(
    'Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven',
  );
  expect(w.moneybird.books.salesInvoices()).toEqual([]);
  expect(writesIn(moneybirdRequestsSince(w, from)).filter((r) => /sales_invoices/.test(r.path))).toEqual([]);
  // Nothing adopted silently into the stored mapping either.
  expect(storedDomesticRates(w)['0']).toBeUndefined();

  // The owner chooses "Btw verlegd" on purpose: the retry books the 0 % line on it.
  const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting) as Record<string, unknown>;
  const taxRates = (mapping.taxRates ?? {}) as Record<string, unknown>;
  w.runtime.store.settings.set(bookkeepingMappingSetting, {
    ...mapping,
    taxRates: { ...taxRates, domestic: { ...storedDomesticRates(w), '0': verlegd.id } },
  });
  w.runtime.engine.retry(String(order.number));
  await w.runtime.engine.run('manual');
  expect(entryOf(w, order.number).state).toBe('done');
  const invoice = invoiceOf(w, order.number)!;
  const zeroLine = invoice.details.find((d: { description: string }) => d.description.includes('Postzegels'));
  expect(zeroLine?.tax_rate_id).toBe(verlegd.id);
});
