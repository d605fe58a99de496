// The shop answers a listing's headers and then its body a byte at a time, never finishing, each byte
// well within the timeout between chunks (WINKELBRUG_HTTP_TIMEOUT_MS=2000 here). The deadline of the
// whole exchange gives it up as a timeout and reads again; and the owner's cancel ends the wait at
// once, with nothing read or booked that the next run would not do.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { isPlainDomesticSale, type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';
const LISTING = /^\/v1\/orders$/;
const never = { kind: 'trickle' as const, everyMs: 500 };

// Paid other than by gift card, which needs an account of its own in the mapping.
const orders = generateOrders({ seed: 17, count: 12 }).filter(
  (o) => isPlainDomesticSale(o, SINCE) && o.payment?.method_name !== 'webshop_giftcard',
);
const listings = (w: SyncWorld) => w.mww.server.log.count('GET', LISTING);
const booked = (w: SyncWorld) =>
  orders.filter((o) => w.runtime.store.journal.get(String(o.number))?.state === 'done');

describe('a shop listing whose body never ends', () => {
  it('is given up at the deadline and read again, and the run books every order', async () => {
    const w = await worlds.start({ orders });
    expect(w.env.WINKELBRUG_HTTP_TIMEOUT_MS).toBe('2000');
    w.mww.server.faults.add({ path: LISTING, fault: never, times: 1 });
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(w.mww.server.log.filter((e) => LISTING.test(e.path))[0]?.fault).toBe('trickle');
    expect(booked(w)).toHaveLength(orders.length);
  }, 60_000);

  it('ends at the owner’s cancel: nothing read, nothing booked, and the next run books every order', async () => {
    const w = await worlds.start({ orders });
    w.mww.server.faults.add({ path: LISTING, fault: never, times: Infinity });
    const run = w.runtime.engine.run('import', { importSince: SINCE });
    await expect.poll(() => listings(w)).toBe(1);
    w.runtime.engine.cancel();
    const report = await run;
    expect(report.outcome).toBe('completed');
    expect(report.error).toBeNull();
    // Not read again: the cancel ended the wait, not the deadline (a timeout is read again).
    expect(listings(w)).toBe(1);
    expect(orders.filter((o) => w.runtime.store.journal.get(String(o.number)))).toEqual([]);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(0);

    w.mww.server.faults.clear();
    expect((await w.runtime.engine.run('import', { importSince: SINCE })).outcome).toBe('completed');
    expect(booked(w)).toHaveLength(orders.length);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(orders.length);
  }, 60_000);
});
