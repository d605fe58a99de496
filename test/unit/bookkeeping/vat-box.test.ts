import { describe, expect, it } from 'vitest';
import {
  checkVatBoxes,
  fitsTreatment,
  type MoneybirdTaxRate,
  normaliseReferences,
  OUTSIDE_RETURN,
  outsideTheReturn,
  proposeTaxRateMapping,
  requiredBox,
  requiredBoxWording,
  type VatTreatment,
  vatBoxesWording,
} from '../../../src/main/core/bookkeeping';
import { syncMessages } from '../../../src/shared/i18n/messages/sync';
import { interpolate } from '../../../src/shared/i18n/translate';
import { allCatalogs } from '../i18n/all-catalogs';

describe('the VAT-return box each treatment requires', () => {
  it.each<[VatTreatment, readonly string[], boolean]>([
    ['domestic', ['NL/1a', 'NL/1b', 'NL/1c', 'NL/1e'], false],
    ['reverse_charge', ['NL/3b'], true],
    ['export', ['NL/3a'], true],
    ['oss', [], false],
  ])('%s → %j (must carry one: %s)', (treatment, boxes, mustCarry) => {
    expect(requiredBox(treatment)).toEqual({ treatment, boxes, mustCarry });
  });

  it.each<[VatTreatment, string[], boolean]>([
    // domestic: the NL 1-boxes, or none (a rate outside the return, such as "Geen btw")
    ['domestic', ['NL/1a'], true],
    ['domestic', ['NL/1b'], true],
    ['domestic', ['NL/1e'], true],
    ['domestic', [], true],
    ['domestic', ['NL/3b'], false],
    ['domestic', ['NL/3a'], false],
    ['domestic', ['OSS/DE'], true],
    // intra-EU supply: box 3b and nothing else Dutch; "Btw verlegd" (1e) is the domestic reverse charge
    ['reverse_charge', ['NL/3b'], true],
    ['reverse_charge', ['NL/1e'], false],
    ['reverse_charge', ['NL/3a'], false],
    ['reverse_charge', [], false],
    ['reverse_charge', ['NL/3b', 'NL/1e'], false],
    // export: box 3a
    ['export', ['NL/3a'], true],
    ['export', ['NL/3b'], false],
    ['export', ['NL/1e'], false],
    ['export', [], false],
    // OSS: outside the Dutch boxes
    ['oss', ['OSS/DE'], true],
    ['oss', [], true],
    ['oss', ['NL/1a'], false],
    ['oss', ['NL/3b'], false],
  ])('%s with %j fits: %s', (treatment, references, fits) => {
    expect(fitsTreatment(treatment, references)).toBe(fits);
  });

  it('reads the references as the spec gives them: strings or null, case of the country ignored', () => {
    expect(normaliseReferences(['nl/1a', null, ' NL/3b ', ''])).toEqual(['NL/1a', 'NL/3b']);
    expect(normaliseReferences(null)).toEqual([]);
    expect(normaliseReferences(undefined)).toEqual([]);
  });

  it('checks only the lines on the rates the plan chose, and names the rate and the boxes found', () => {
    const details = [
      { tax_rate_id: '1', tax_report_reference: ['NL/1e'] },
      { tax_rate_id: '1', tax_report_reference: ['NL/1e'] },
      // the closing rounding line on the ordinary 0 % rate: no sale, not checked
      { tax_rate_id: '9', tax_report_reference: ['NL/1e'] },
    ];
    expect(checkVatBoxes('reverse_charge', ['1'], details)).toEqual([
      { treatment: 'reverse_charge', taxRateId: '1', invoiceBoxes: ['NL/1e'], requiredBoxes: ['NL/3b'] },
    ]);
    expect(
      checkVatBoxes('reverse_charge', ['1'], [{ tax_rate_id: '1', tax_report_reference: ['NL/3b'] }]),
    ).toEqual([]);
    // A line without the field cannot be checked (the spec always sends it).
    expect(checkVatBoxes('export', ['1'], [{ tax_rate_id: '1' }])).toEqual([]);
    // An empty list where a box is required: reported with no boxes.
    expect(checkVatBoxes('export', ['1'], [{ tax_rate_id: '1', tax_report_reference: [] }])).toEqual([
      { treatment: 'export', taxRateId: '1', invoiceBoxes: [], requiredBoxes: ['NL/3a'] },
    ]);
  });
});

describe('the intra-community rate proposal', () => {
  let next = 1;
  const zero = (name: string, extra: Partial<MoneybirdTaxRate> = {}): MoneybirdTaxRate => ({
    id: String(next++),
    name,
    percentage: '0.0',
    tax_rate_type: 'sales_invoice',
    active: true,
    country: null,
    ...extra,
  });
  const propose = (rates: MoneybirdTaxRate[], treatment: 'reverse_charge' | 'export' = 'reverse_charge') =>
    proposeTaxRateMapping([{ treatment, rate: '0' }], rates);

  it.each<[string, string[], string | null]>([
    [
      'the ICP rate among the usual 0 % rates',
      ['0% btw', 'Btw verlegd', 'Export buiten de EU', 'Intracommunautaire levering'],
      'Intracommunautaire levering',
    ],
    ['"ICP" in the name', ['Btw verlegd', 'ICP 0%'], 'ICP 0%'],
    ['"binnen de EU" in the name', ['Btw verlegd', 'Levering binnen de EU'], 'Levering binnen de EU'],
    ['an English name', ['Reverse charge', 'Intra-community supply'], 'Intra-community supply'],
    ['only "Btw verlegd": never proposed', ['0% btw', 'Btw verlegd'], null],
    ['only "Reverse charge": never proposed', ['Reverse charge'], null],
    ['"Export buiten de EU" is no intra-EU rate', ['Export buiten de EU'], null],
    ['two intra-community rates: the owner chooses', ['Intracommunautaire levering', 'ICP diensten'], null],
  ])('%s', (_, names, expected) => {
    const rates = names.map((name) => zero(name));
    const proposal = propose(rates);
    const chosen = proposal.proposed[0]?.taxRateId;
    expect(chosen === undefined ? null : rates.find((r) => r.id === chosen)!.name).toBe(expected);
  });

  it("follows a rate's tax_report_reference where an answer carries one, over its name", () => {
    const verlegdIn3b = zero('Verlegd', { tax_report_reference: ['NL/3b'] });
    const icpIn1e = zero('ICP', { tax_report_reference: ['NL/1e'] });
    expect(propose([verlegdIn3b, icpIn1e]).proposed[0]?.taxRateId).toBe(verlegdIn3b.id);
    const exportIn3a = zero('Nul', { tax_report_reference: ['NL/3a'] });
    expect(propose([exportIn3a, icpIn1e], 'export').proposed[0]?.taxRateId).toBe(exportIn3a.id);
  });
});

describe('a 0 % rate outside the VAT return (for the rounding line)', () => {
  const rate = (name: string, extra: Partial<MoneybirdTaxRate> = {}): MoneybirdTaxRate => ({
    id: '1',
    name,
    percentage: '0.0',
    tax_rate_type: 'sales_invoice',
    active: true,
    country: null,
    ...extra,
  });

  it.each<[string, MoneybirdTaxRate, boolean]>([
    ['"Geen btw"', rate('Geen btw'), true],
    ['"No VAT"', rate('No VAT'), true],
    ['"0% btw" lands in box 1e', rate('0% btw'), false],
    ['"Btw verlegd" is the domestic reverse charge (1e)', rate('Btw verlegd'), false],
    ['"Geen btw (vrijgesteld)" is for other sales', rate('Geen btw (vrijgesteld)'), false],
    [
      'no Dutch box by its tax_report_reference, whatever the name',
      rate('Nul', { tax_report_reference: [] }),
      true,
    ],
    [
      'box 1e by its tax_report_reference, whatever the name',
      rate('Geen btw', { tax_report_reference: ['NL/1e'] }),
      false,
    ],
    ['a rate of another country (OSS)', rate('Geen btw', { country: 'BE' }), false],
    ['a rate that is not 0 %', rate('Geen btw', { percentage: '9.0' }), false],
  ])('%s', (_, taxRate, expected) => {
    expect(outsideTheReturn(taxRate)).toBe(expected);
  });
});

describe('the boxes in the owner’s words', () => {
  it.each([
    // A box of the Dutch return by its number, as the aangifte and the month page name it.
    [['NL/1e'], 'rubriek 1e', 'box 1e'],
    // Several boxes: all of them hold the lines (a line can carry more than one reference).
    [['NL/3b', 'NL/1e'], 'rubrieken 1e en 3b', 'boxes 1e and 3b'],
    [['NL/1a', 'NL/1b', 'NL/1e'], 'rubrieken 1a, 1b en 1e', 'boxes 1a, 1b and 1e'],
    // An OSS country as the OSS return's, named as the owner knows it.
    [['OSS/BE'], 'de OSS-aangifte voor België', 'the OSS return for Belgium'],
    [
      ['NL/1e', 'OSS/DE'],
      'rubriek 1e en de OSS-aangifte voor Duitsland',
      'box 1e and the OSS return for Germany',
    ],
    // No box at all, or outside the return.
    [[], 'geen enkele rubriek', 'none of the boxes'],
    [[OUTSIDE_RETURN], 'geen enkele rubriek', 'none of the boxes'],
  ])('%j → "%s" / "%s"', (references, nl, en) => {
    expect(vatBoxesWording(references)).toEqual({ nl, en });
  });

  it('reads in the line of a held order as a sentence, without Moneybird’s "NL/" names', () => {
    const line = (language: 'nl' | 'en', references: string[]) =>
      interpolate(syncMessages[language]['sync.vat_box_line'], {
        name: 'Btw verlegd',
        boxes: vatBoxesWording(references)[language],
      });
    expect(line('nl', ['NL/1e'])).toBe('tarief "Btw verlegd" staat in rubriek 1e');
    expect(line('en', ['NL/1e'])).toBe('rate "Btw verlegd" is in box 1e');
    expect(line('nl', [])).toBe('tarief "Btw verlegd" staat in geen enkele rubriek');
    for (const treatment of ['domestic', 'reverse_charge', 'export', 'oss'] as const)
      for (const text of Object.values(requiredBoxWording(treatment))) expect(text).not.toMatch(/NL\//);
    expect(requiredBoxWording('reverse_charge').nl).toBe('rubriek 3b en de ICP-opgaaf');
  });

  it('no owner text names a box as Moneybird’s API does ("NL/1e")', async () => {
    // The month page's keys are named after the box (reconciliation.box.NL/1a): a key, not a text.
    const found: string[] = [];
    for (const [file, catalog] of await allCatalogs())
      for (const language of ['nl', 'en'] as const)
        for (const [key, text] of Object.entries(catalog[language]))
          if (/\bNL\/\d/.test(text)) found.push(`${file} ${key}: ${text}`);
    expect(found).toEqual([]);
  });
});
