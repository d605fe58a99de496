// The owner meets an order that cannot be booked without them, and one Winkelbrug tries again by
// itself, each under one name on every screen, in the tray, the notifications, the log and the dry
// run: "Wacht op jou" and "Wordt opnieuw geprobeerd". "Parkeren" is the code's word, not theirs
// (Moneybird never says it), and "wacht op een nieuwe poging" read as if the order waited for them.
import { describe, expect, it } from 'vitest';
import { runFinishedText } from '../../../src/main/core/sync/run-log-text';
import { app } from '../../../src/shared/i18n/messages/app';
import { tray } from '../../../src/shared/i18n/messages/tray';
import { uiOrders } from '../../../src/shared/i18n/messages/ui-orders';
import { uiReconciliation } from '../../../src/shared/i18n/messages/ui-reconciliation';
import { uiSetup } from '../../../src/shared/i18n/messages/ui-setup';
import { allCatalogs } from './all-catalogs';

/**
 * Texts that may still use the words, each with why. None: the command line (cli.ts) speaks the
 * owner's words too, as its lines sit between the log lines it prints.
 */
const EXCEPTIONS: ReadonlyArray<readonly [file: string, key: string, why: string]> = [];
const excepted = (file: string, key: string) => EXCEPTIONS.some(([f, k]) => f === file && k === key);

describe('the words for held orders', () => {
  it('no Dutch text says "geparkeerd" or "parkeren", nor sends the owner to a "nieuwe poging"', async () => {
    const all = await allCatalogs();
    expect(all.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const [file, catalog] of all)
      for (const [key, text] of Object.entries(catalog.nl)) {
        if (excepted(file, key)) continue;
        // Placeholders ({parked}) are names in the code, not words the owner reads.
        const words = text.replace(/\{\w+\}/g, '');
        if (/parkeer|parkeren|geparkeerd|nieuwe poging|vraagt je aandacht|vragen je aandacht/i.test(words))
          found.push(`${file} ${key}: ${text}`);
      }
    expect(found).toEqual([]);
  });

  it('no English text says "parked" or "new attempt"', async () => {
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs())
      for (const [key, text] of Object.entries(catalog.en)) {
        if (excepted(file, key)) continue;
        const words = text.replace(/\{\w+\}/g, '');
        if (/\bpark(ed|ing)?\b|new attempt|another attempt|your attention/i.test(words))
          found.push(`${file} ${key}: ${text}`);
      }
    expect(found).toEqual([]);
  });

  it('names the two states alike wherever the owner counts or lists them', () => {
    for (const label of [
      app.nl['counts.parked'],
      uiOrders.nl['orderState.parked'],
      uiOrders.nl['orderStep.parked'],
    ])
      expect(label).toBe('Wacht op jou');
    for (const label of [
      app.nl['counts.waiting'],
      uiOrders.nl['orderState.waiting'],
      uiOrders.nl['orderStep.waiting_transient'],
      uiReconciliation.nl['reconciliation.kind.waiting'],
    ])
      expect(label).toBe('Wordt opnieuw geprobeerd');
    expect(app.nl['orders.parked.title']).toBe('Bestellingen die op jou wachten');
    expect(uiOrders.nl['orderDetail.why.parked']).toBe('Waarom dit op jou wacht');
    expect(uiSetup.nl['dryRun.parked.title']).toBe('Wacht op jou ({count})');

    for (const label of [
      app.en['counts.parked'],
      uiOrders.en['orderState.parked'],
      uiOrders.en['orderStep.parked'],
    ])
      expect(label).toBe('Needs you');
    for (const label of [app.en['counts.waiting'], uiOrders.en['orderState.waiting']])
      expect(label).toBe('Will be retried');
    expect(app.en['orders.parked.title']).toBe('Orders that need you');
    expect(uiOrders.en['orderDetail.why.parked']).toBe('Why this needs you');
  });

  it('says in sentences that an order waits for the owner, or that Winkelbrug tries again later', () => {
    // The headline and the tray count more than the orders that wait for the owner (also bookings
    // deleted in Moneybird and orders cancelled in the shop): their own words, so the headline never
    // says more orders "wacht op jou" than the count "Wacht op jou" beside it.
    expect(app.nl['state.attention.one']).toBe('Bijgewerkt · 1 bestelling vraagt iets van je');
    expect(tray.nl['tray.state.attention.many']).toBe('{count} bestellingen vragen iets van je');
    expect(runFinishedText({ booked: 2, parked: 1, waiting: 0, skipped: 0 }).nl).toBe(
      'Synchronisatie klaar: 2 geboekt, 1 wacht op jou.',
    );
    expect(runFinishedText({ booked: 2, parked: 3, waiting: 1, skipped: 0 })).toEqual({
      nl: 'Synchronisatie klaar: 2 geboekt, 3 wachten op jou, 1 wordt later opnieuw geprobeerd.',
      en: 'Sync finished: 2 booked, 3 need you, 1 will be retried.',
    });
    expect(app.nl['orders.waiting.hint']).toContain('Winkelbrug probeert het later vanzelf opnieuw');
  });
});

describe('the word for an order Winkelbrug does not book', () => {
  /**
   * The texts that say "overgeslagen" / "skipped": each of the owner's own "Overslaan", never of an
   * order nobody skipped (a test order, one before the start date, one the shop called off first).
   */
  const OWNER_SKIPS: ReadonlyArray<readonly [file: string, key: string]> = [
    ['app.ts', 'orders.skip.whilePaused'],
    ['app.ts', 'orders.log.skip'],
    ['ui-orders.ts', 'orderStep.skipped.byOwner'],
  ];

  it('is "Niet geboekt" wherever the state is named: the list, its filter, the page, its steps, the month', () => {
    for (const label of [
      uiOrders.nl['orderState.skipped'],
      uiOrders.nl['orderStep.skipped'],
      uiReconciliation.nl['reconciliation.kind.skipped'],
    ])
      expect(label).toBe('Niet geboekt');
    expect(uiOrders.nl['orderDetail.why.skipped']).toBe('Waarom niet geboekt');
    for (const label of [
      uiOrders.en['orderState.skipped'],
      uiOrders.en['orderStep.skipped'],
      uiReconciliation.en['reconciliation.kind.skipped'],
    ])
      expect(label).toBe('Not booked');
    expect(uiOrders.en['orderDetail.why.skipped']).toBe('Why it was not booked');
    // An order that waits for its payment is not that: it is booked once paid.
    expect(uiOrders.nl['orderState.not_eligible']).toBe('Wacht op betaling');
  });

  it('keeps "overgeslagen" / "skipped" for the owner’s own choice on the screens', async () => {
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs()) {
      if (file !== 'app.ts' && !file.startsWith('ui-')) continue;
      for (const locale of ['nl', 'en'] as const)
        for (const [key, text] of Object.entries(catalog[locale])) {
          if (OWNER_SKIPS.some(([f, k]) => f === file && k === key)) continue;
          const words = text.replace(/\{\w+\}/g, '');
          if (/overgeslagen|\bskipped\b/i.test(words)) found.push(`${file} ${key} (${locale}): ${text}`);
        }
    }
    expect(found).toEqual([]);
    expect(uiOrders.nl['orderStep.skipped.byOwner']).toBe('Overgeslagen (jouw keuze)');
  });
});

describe('the word for what is booked in Moneybird', () => {
  /**
   * Texts that say "je boekhouding" in its general sense, not what Winkelbrug booked in Moneybird,
   * each with why.
   */
  const GENERAL: ReadonlyArray<readonly [file: string, key: string, why: string]> = [
    ['bookkeeping.ts', 'refusal.period_locked', 'Moneybird closes the bookkeeping as a whole up to a day'],
  ];

  it('is "je boeken", as the month and quarter pages’ column "In je boeken" names it', async () => {
    expect(uiReconciliation.nl['reconciliation.col.booked']).toBe('In je boeken');
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs())
      for (const [key, text] of Object.entries(catalog.nl)) {
        if (GENERAL.some(([f, k]) => f === file && k === key)) continue;
        if (/je boekhouding\b/i.test(text)) found.push(`${file} ${key}: ${text}`);
      }
    expect(found).toEqual([]);
  });
});
