// The log line of a booked order names the invoice by its number. Every Moneybird administration
// numbers its invoices from 2026-0001, so once the journal holds bookings in more than one (the
// owner switched administration), the line says which administration the number is of; in the
// ordinary case of one administration it names none, and nothing extra is asked for it. The other
// lines of a run leave out what the owner has no use for: an internal run number, and a look-up in
// Moneybird that found nothing.
import { describe, expect, it } from 'vitest';
import { switchAdministration } from './administration-books';
import { entryOf, saleOn, shopSells } from './deleted-bookings';
import { type SyncWorld, worldPerTest } from './support';

const worlds = worldPerTest();

/** The order's booked line, in both languages. */
function bookedLine(w: SyncWorld, orderNumber: number) {
  const lines = w.runtime.store.log
    .recent({ orderNumber: String(orderNumber), limit: 50 })
    .filter((line) => /geboekt (in de administratie .* )?als factuur/.test(line.message.nl ?? ''));
  expect(lines).toHaveLength(1);
  return lines[0]!.message;
}

describe('the line of a booked order', () => {
  it('names no administration while there is one, and the connected one once there are two', async () => {
    const w = await worlds.startKnown();
    const [first, second] = w.moneybird.administrations as [
      { id: string; name: string },
      { id: string; name: string },
    ];
    const before = { id: 966_001, date: '2026-10-05' };
    await shopSells(w, saleOn(before.id, before.date));
    const oldNumber = entryOf(w, before.id).invoiceNumber;
    expect(entryOf(w, before.id)).toMatchObject({ state: 'done', administrationId: first.id });
    expect(bookedLine(w, before.id)).toEqual({
      nl: `Bestelling ${before.id} geboekt als factuur ${oldNumber}.`,
      en: `Order ${before.id} booked as invoice ${oldNumber}.`,
    });

    await switchAdministration(w, second.id, { bookingStyle: 'sales' });
    const after = { id: 966_002, date: '2026-10-06' };
    await shopSells(w, saleOn(after.id, after.date));
    const newNumber = entryOf(w, after.id).invoiceNumber;
    expect(entryOf(w, after.id)).toMatchObject({ state: 'done', administrationId: second.id });
    expect(bookedLine(w, after.id)).toEqual({
      nl: `Bestelling ${after.id} geboekt in de administratie "${second.name}" als factuur ${newNumber}.`,
      en: `Order ${after.id} booked in the administration "${second.name}" as invoice ${newNumber}.`,
    });
    // The run that started it says so without an internal run number.
    const started = w.runtime.store.log
      .recent({ limit: 200 })
      .filter((line) => line.message.nl?.startsWith('Synchronisatie') && line.message.nl.includes('gestart'));
    expect(started.length).toBeGreaterThan(0);
    for (const line of started) expect(line.message.nl).toMatch(/^Synchronisatie gestart \(/);
    // The first run of the app looked its orders up in Moneybird first and found none there: kept
    // for diagnosis, but not a line for the owner on every run.
    const lookedUp = w.runtime.store.log
      .recent({ limit: 200 })
      .filter((line) => line.message.en.startsWith('First checked in Moneybird'));
    expect(lookedUp.length).toBeGreaterThan(0);
    for (const line of lookedUp) {
      expect(line.message.en).toMatch(/none was there yet\.$/);
      expect(line.level).toBe('debug');
    }
  });
});
