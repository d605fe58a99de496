// The line under "Vergelijk met Moneybird" after a comparison: what it compared and found, and how
// many of the period's bookings are in the administration the owner switched away from (not compared).
import { describe, expect, it } from 'vitest';
import { checkResultText } from '../../../src/renderer/components/reconciliation/check-result-text';
import { translator } from '../../../src/renderer/i18n/text';
import type { BooksCheck } from '../../../src/shared/contract';

const checked = (found: Partial<BooksCheck>): BooksCheck => ({
  invoices: 0,
  changed: 0,
  deleted: 0,
  otherAdministration: 0,
  checkedAt: '2026-11-02T10:00:00.000Z',
  // All of the period's own orders, unless the test says otherwise.
  ofPeriod: found.invoices ?? 0,
  fromEarlierPeriod: 0,
  foreignCurrency: 0,
  foreignCurrencyFromEarlierPeriod: 0,
  bookedAtZero: 0,
  ...found,
});
const text = (found: Partial<BooksCheck>, locale: 'nl' | 'en' = 'nl', elsewhereShown = false) =>
  checkResultText(checked(found), locale, translator(locale), elsewhereShown);

describe('the comparison’s result line', () => {
  it('says what was compared and found, and nothing of other administrations when there are none', () => {
    expect(text({ invoices: 1200, changed: 1, deleted: 2 })).toBe(
      '1.200 facturen vergeleken met Moneybird: 1 aangepast, 2 verwijderd sinds het boeken.',
    );
    expect(text({ invoices: 1 }, 'en')).toBe(
      '1 invoice compared with Moneybird: 0 changed, 0 deleted since booking.',
    );
    expect(text({})).toBe('Deze periode heeft nog geen geboekte facturen om te vergelijken.');
  });

  it('says which orders the invoices book when not all are the period’s own, so they add up with the screen', () => {
    // 101 booked orders of the month (one deleted since), 16 of an earlier month booked in this one,
    // 3 in another currency: 120 invoices, not the 101 the month's count says.
    const found = { invoices: 120, deleted: 1, ofPeriod: 101, fromEarlierPeriod: 16, foreignCurrency: 3 };
    expect(text(found)).toBe(
      '120 facturen vergeleken met Moneybird: 0 aangepast, 1 verwijderd sinds het boeken. ' +
        'Dat zijn de facturen van 101 bestellingen uit deze periode, 16 bestellingen uit een eerdere ' +
        'periode die in deze periode geboekt zijn en 3 bestellingen in een andere valuta.',
    );
    expect(text(found, 'en')).toBe(
      '120 invoices compared with Moneybird: 0 changed, 1 deleted since booking. Those are the invoices ' +
        'of 101 orders of this period, 16 orders of an earlier period booked in this one and 3 orders in ' +
        'another currency.',
    );
    // One of each kind is said as one; only orders of an earlier period still say so.
    expect(text({ invoices: 2, ofPeriod: 1, fromEarlierPeriod: 1 })).toContain(
      'Dat zijn de facturen van 1 bestelling uit deze periode en 1 bestelling uit een eerdere periode die in deze periode geboekt is.',
    );
    expect(text({ invoices: 16, ofPeriod: 0, fromEarlierPeriod: 16 })).toContain(
      'Dat zijn de facturen van 16 bestellingen uit een eerdere periode die in deze periode geboekt zijn.',
    );
    expect(
      text({ invoices: 4, ofPeriod: 2, foreignCurrency: 1, foreignCurrencyFromEarlierPeriod: 1 }),
    ).toContain(
      'Dat zijn de facturen van 2 bestellingen uit deze periode, 1 bestelling in een andere valuta en 1 bestelling in een andere valuta uit een eerdere periode.',
    );
    // Booked orders of € 0 are counted as booked, but have nothing to compare: said so.
    expect(text({ invoices: 3, bookedAtZero: 2 })).toBe(
      '3 facturen vergeleken met Moneybird: 0 aangepast, 0 verwijderd sinds het boeken. ' +
        '2 geboekte bestellingen van deze periode zijn van € 0: daarop staat geen omzet of btw om te vergelijken.',
    );
    expect(text({ bookedAtZero: 1 })).toBe(
      'Deze periode heeft nog geen geboekte facturen om te vergelijken. 1 geboekte bestelling van deze periode is van € 0: daarop staat geen omzet of btw om te vergelijken.',
    );
    // The period's own orders alone: nothing to add up, no second sentence.
    expect(text({ invoices: 5 })).not.toContain('Dat zijn');
  });

  it('adds how many bookings are in another administration, in Dutch and English', () => {
    expect(text({ invoices: 2, deleted: 1, otherAdministration: 2 })).toBe(
      '2 facturen vergeleken met Moneybird: 0 aangepast, 1 verwijderd sinds het boeken. ' +
        '2 boekingen van deze periode staan in een andere Moneybird-administratie dan de gekoppelde ' +
        '(geboekt voordat je van administratie wisselde). Winkelbrug vergelijkt ze niet en laat ze daar staan.',
    );
    expect(text({ invoices: 2, deleted: 1, otherAdministration: 2 }, 'en')).toContain(
      '2 bookings of this period are in another Moneybird administration than the connected one',
    );
  });

  it('does not call a period whose bookings are all in another administration one without bookings', () => {
    const nl = text({ otherAdministration: 1 });
    expect(nl).toMatch(/^1 boeking van deze periode staat in een andere Moneybird-administratie/);
    expect(nl).not.toContain('nog geen geboekte facturen');
    expect(text({ otherAdministration: 1 }, 'en')).toMatch(
      /^1 booking of this period is in another Moneybird administration .* does not compare it and leaves it there\.$/,
    );
  });

  it('does not say again what the page says with both administrations’ names', () => {
    // The page names where the other bookings are ("3 van de 5 … staan in "Winkelbrug Demo B.V.",
    // niet in de gekoppelde administratie …"): the line says only what the comparison found.
    expect(text({ invoices: 2, otherAdministration: 3 }, 'nl', true)).toBe(
      '2 facturen vergeleken met Moneybird: 0 aangepast, 0 verwijderd sinds het boeken.',
    );
    expect(text({ invoices: 2, otherAdministration: 3 }, 'en', true)).toBe(
      '2 invoices compared with Moneybird: 0 changed, 0 deleted since booking.',
    );
    // Nothing compared because every booking is elsewhere: why, briefly, not "no bookings".
    expect(text({ otherAdministration: 2 }, 'nl', true)).toBe(
      'Niets vergeleken: de gekoppelde administratie heeft geen boekingen van deze periode.',
    );
    // The page naming none, the line still says it.
    expect(text({ invoices: 2, otherAdministration: 3 }, 'nl', false)).toContain(
      '3 boekingen van deze periode staan in een andere Moneybird-administratie',
    );
  });
});
