// Moneybird answers a 429. A Retry-After hours ahead is not waited for: the order waits for a later
// try, the orders after it too without a request (Moneybird asked for none), and the run ends rather
// than holding its lock for hours; the owner reads one time for that moment, on the shop's clock. A
// wait within a few minutes is waited out, and the owner's cancel ends it.
import { describe, expect, it } from 'vitest';
import { shopLocalTime } from '../../../src/shared/shop-calendar';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { isPlainDomesticSale, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';
const orders = generateOrders({ seed: 17, count: 12 })
  .filter((o) => isPlainDomesticSale(o, SINCE) && o.payment?.method_name !== 'webshop_giftcard')
  .slice(0, 3);

const refusal = (retryAfter: number) => ({
  kind: 'status' as const,
  status: 429,
  body: 'Retry later',
  headers: { 'retry-after': String(retryAfter) },
});
const refused = (w: {
  moneybird: { server: { log: { entries: Array<{ status?: number; seq: number }> } } };
}) => w.moneybird.server.log.entries.filter((e) => e.status === 429);

describe('Moneybird asks to wait', () => {
  it('hours: the run does not wait, its orders wait until that moment, and nothing more is asked', async () => {
    const w = await worlds.start({ orders });
    const until = Math.floor(Date.now() / 1000) + 3 * 60 * 60;
    w.moneybird.server.faults.add({ method: 'POST', path: /\/contacts\.json$/, fault: refusal(until) });
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('completed');
    expect(report.counts.waiting).toBe(orders.length);
    const [limited] = refused(w);
    expect(limited).toBeDefined();
    expect(w.moneybird.server.log.entries.filter((e) => e.seq > limited!.seq)).toEqual([]);

    const time = shopLocalTime(until * 1000).slice(11, 16);
    for (const order of orders) {
      const entry = w.runtime.store.journal.get(String(order.number))!;
      expect(entry.state).toBe('waiting_transient');
      expect(entry.reason?.code).toMatch(/rate-limited$/);
      expect(entry.nextAttemptAt).toBeGreaterThanOrEqual(until * 1000);
      // One moment, one time: the wait and the next try alike, as the shop's clock shows them.
      expect(entry.reason?.message.nl).toContain(`Winkelbrug wacht tot ${time} en`);
      expect(entry.reason?.message.nl).toContain(`probeert het om ${time} vanzelf opnieuw`);
      expect(entry.reason?.message.en).toContain(`waits until ${time} and`);
    }
  }, 60_000);

  it('minutes: the run waits, and the owner’s cancel ends the wait with nothing booked', async () => {
    const w = await worlds.start({ orders });
    const inTwoMinutes = Math.floor(Date.now() / 1000) + 120;
    w.moneybird.server.faults.add({
      method: 'POST',
      path: /\/contacts\.json$/,
      fault: refusal(inTwoMinutes),
    });
    const run = w.runtime.engine.run('import', { importSince: SINCE });
    await expect.poll(() => refused(w).length).toBe(1);
    const asked = w.moneybird.server.log.entries.length;
    w.runtime.engine.cancel();
    const report = await run;
    expect(report.outcome).toBe('completed');
    expect(report.error).toBeNull();
    expect(w.moneybird.server.log.entries.length).toBe(asked);
    expect(w.moneybird.books.contacts()).toHaveLength(0);
    expect(w.moneybird.books.salesInvoices()).toHaveLength(0);
    for (const order of orders)
      expect(['pending', 'waiting_transient']).toContain(
        w.runtime.store.journal.get(String(order.number))?.state,
      );
  }, 60_000);
});
