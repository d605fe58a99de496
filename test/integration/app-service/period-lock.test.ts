// "Eerdere bestellingen boeken" asks the core for Moneybird's locked period when it opens
// (`import.periodLock`), on the real core against the Moneybird simulator: the administration's
// `period_locked_until` as Moneybird says it now, in one request. When Moneybird cannot be asked
// (down, the login refused, nothing set up yet) the answer is "not known", never a refusal: the
// window then goes by the VAT returns alone and nothing blocks the import.
import { describe, expect, it } from 'vitest';
import { type Demo, startDemo } from '../../sim/demo';
import { ask, call, closeAfterEach } from './service-calls';

const opened = closeAfterEach();

const administrationsRead = (demo: Demo) =>
  demo.moneybird.server.log.count('GET', /\/administrations(\.json)?$/);

async function configured(): Promise<Demo> {
  const demo = await startDemo({ orderList: [], rateWindowSeconds: 300, logger: { log: () => {} } });
  return opened(demo);
}

describe('the locked period for earlier orders', () => {
  it('is the administration’s lock date as Moneybird says it now, read with one request each time', async () => {
    const demo = await configured();
    let before = administrationsRead(demo);
    expect(await call(demo, 'import.periodLock', {})).toEqual({ known: true, lockedUntil: null });
    expect(administrationsRead(demo) - before).toBe(1);

    // The accountant locks the books through October: the next question sees it, not a kept copy.
    demo.moneybird.owner.lockPeriodUntil('2026-10-31');
    before = administrationsRead(demo);
    expect(await call(demo, 'import.periodLock', {})).toEqual({ known: true, lockedUntil: '2026-10-31' });
    expect(administrationsRead(demo) - before).toBe(1);
    // Nothing but that one request: no reference data, no invoices.
    expect(demo.moneybird.server.log.entries.slice(-1).map((entry) => entry.method)).toEqual(['GET']);

    // Another administration's lock is not this one's.
    const other = demo.moneybird.administrations.find((a) => a.id !== demo.moneybird.administrationId)!;
    demo.moneybird.owner.lockPeriodUntil('2026-11-30', other.id);
    expect(await call(demo, 'import.periodLock', {})).toEqual({ known: true, lockedUntil: '2026-10-31' });

    demo.moneybird.owner.lockPeriodUntil(null);
    expect(await call(demo, 'import.periodLock', {})).toEqual({ known: true, lockedUntil: null });
  });

  it('is not known, and no refusal, when Moneybird is down or the login is refused', async () => {
    const demo = await configured();
    demo.moneybird.owner.lockPeriodUntil('2026-10-31');

    // Moneybird answers 503 to every try: after the client's retries, "not known".
    demo.moneybird.server.faults.add({
      fault: { kind: 'status', status: 503, body: { error: 'Service unavailable' } },
      method: 'GET',
      path: /\/administrations(\.json)?$/,
      times: Number.POSITIVE_INFINITY,
    });
    const down = await ask(demo, 'import.periodLock', {});
    expect(down).toEqual({ ok: true, result: { known: false } });
    demo.moneybird.server.faults.clear();
    expect(await call(demo, 'import.periodLock', {})).toEqual({ known: true, lockedUntil: '2026-10-31' });

    // The owner revoked Winkelbrug's access in Moneybird.
    demo.moneybird.revokeToken(demo.moneybird.token);
    expect(await ask(demo, 'import.periodLock', {})).toEqual({ ok: true, result: { known: false } });
    // Nothing about it reaches the owner as a problem: the status says nothing of the lock.
    expect(JSON.stringify(demo.service.status())).not.toContain('2026-10-31');
  });

  it('is not known before Moneybird is set up, without asking it', async () => {
    const demo = await startDemo({ fresh: true, orderList: [], logger: { log: () => {} } });
    try {
      const before = demo.moneybird.server.log.entries.length;
      expect(await demo.service.dispatch('import.periodLock', {}, 'test')).toEqual({
        ok: true,
        result: { known: false },
      });
      expect(demo.moneybird.server.log.entries.length).toBe(before);
    } finally {
      await demo.close();
    }
  });
});
