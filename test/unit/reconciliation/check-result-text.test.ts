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
  ...found,
});
const text = (found: Partial<BooksCheck>, locale: 'nl' | 'en' = 'nl') =>
  checkResultText(checked(found), locale, translator(locale));

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
});
