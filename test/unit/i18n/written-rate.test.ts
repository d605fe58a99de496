// A VAT percentage is written one way on every screen, as Dutch convention and Moneybird write it:
// "21%", no space before the sign ("21 %" in setup and settings beside "21%" elsewhere read as two
// things). And a sale to a business in another EU country has one name in every text, in the
// owner's words, not the legal "intracommunautaire levering" in one place and "ICP" in another.
import { describe, expect, it } from 'vitest';
import { writtenRate } from '../../../src/shared/i18n/written-rate';
import { allCatalogs } from './all-catalogs';

describe('a VAT percentage', () => {
  it('is written without a space before the sign, in the language’s decimal mark', () => {
    expect(writtenRate('21', 'nl')).toBe('21%');
    expect(writtenRate('21.0', 'en')).toBe('21%');
    expect(writtenRate('5.5', 'nl')).toBe('5,5%');
    expect(writtenRate('5.50', 'en')).toBe('5.5%');
    expect(writtenRate('0', 'nl')).toBe('0%');
  });

  it('is written that way in every message, Dutch and English', async () => {
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs())
      for (const language of ['nl', 'en'] as const)
        for (const [key, text] of Object.entries(catalog[language]))
          if (/[\d}] %/.test(text)) found.push(`${file} ${language} ${key}: ${text}`);
    expect(found).toEqual([]);
  });
});

describe('a sale to a business in another EU country', () => {
  it('is called one thing in every message: "verkoop aan een bedrijf in de EU", with "ICP" beside it', async () => {
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs())
      for (const language of ['nl', 'en'] as const)
        for (const [key, text] of Object.entries(catalog[language]))
          if (/intracommunaut|intra-community|zakelijk binnen de EU|business customers in the EU/i.test(text))
            found.push(`${file} ${language} ${key}: ${text}`);
    expect(found).toEqual([]);
  });
});
