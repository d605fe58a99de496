// The small rules behind the wizard's screens: a day typed the Dutch way, orders grouped by cause, the
// mapping's fields Moneybird has nothing for, and keeping the owner's picks when Moneybird's records
// are fetched again.
import { describe, expect, it } from 'vitest';
import { dayText, parseDayText } from '../../../src/renderer/components/common/day-text';
import { groupByCause } from '../../../src/renderer/components/common/group-by-cause';
import {
  cautionOf,
  keepPicks,
  type MappingDraft,
  missingInMoneybird,
  missingText,
  proposalKeepsPicks,
} from '../../../src/renderer/components/setup/mapping-choices';
import { translator } from '../../../src/renderer/i18n/text';
import type { MappingField } from '../../../src/shared/contract';

describe('a day as the owner types it', () => {
  it('takes day, month, year with the usual separators, and yyyy-mm-dd as pasted', () => {
    expect(parseDayText('30-09-2026')).toBe('2026-09-30');
    expect(parseDayText('30-9-2026')).toBe('2026-09-30');
    expect(parseDayText(' 1/10/2026 ')).toBe('2026-10-01');
    expect(parseDayText('1.10.26')).toBe('2026-10-01');
    expect(parseDayText('1 10 2026')).toBe('2026-10-01');
    expect(parseDayText('2026-10-01')).toBe('2026-10-01');
  });

  it('reads the day first, never the American month first', () => {
    expect(parseDayText('09/10/2026')).toBe('2026-10-09');
    expect(parseDayText('09/30/2026')).toBeNull();
  });

  it('refuses what is no day', () => {
    for (const typed of ['', '3', '30-09', '31-02-2026', '29-02-2025', '00-01-2026', '2026-13-01', 'morgen'])
      expect(parseDayText(typed), typed).toBeNull();
    expect(parseDayText('29-02-2028')).toBe('2028-02-29');
  });

  it('writes a day as the field shows it, day first in both languages', () => {
    expect(dayText('2026-09-30', 'nl')).toBe('30-09-2026');
    expect(dayText('2026-09-30', 'en')).toBe('30/09/2026');
    expect(dayText('', 'nl')).toBe('');
    expect(parseDayText(dayText('2026-01-05', 'nl'))).toBe('2026-01-05');
    expect(parseDayText(dayText('2026-01-05', 'en'))).toBe('2026-01-05');
  });
});

describe('orders by cause', () => {
  const order = (orderNumber: string, reasonCode: string | null, settingsSection: string | null = null) => ({
    orderNumber,
    reasonCode,
    settingsSection,
  });

  it('groups by reason and setting, in the order they came; an order without a code is its own cause', () => {
    const groups = groupByCause([
      order('1', 'missing_tax_rate', 'taxRates'),
      order('2', null),
      order('3', 'missing_tax_rate', 'taxRates'),
      order('4', 'missing_tax_rate', 'rounding'),
      order('5', null),
    ]);
    expect(groups.map((group) => group.map((o) => o.orderNumber))).toEqual([['1', '3'], ['2'], ['4'], ['5']]);
  });

  it('reads the setting where an order names it otherwise (the dry run says `section`)', () => {
    const dryRun = [
      { orderNumber: '1', reasonCode: 'missing_tax_rate', section: 'taxRates' },
      { orderNumber: '2', reasonCode: 'missing_tax_rate', section: 'rounding' },
      { orderNumber: '3', reasonCode: 'missing_tax_rate', section: 'taxRates' },
    ];
    const groups = groupByCause(dryRun, (o) => o.section);
    expect(groups.map((group) => group.map((o) => o.orderNumber))).toEqual([['1', '3'], ['2']]);
  });

  it('keeps reasons of one code apart when they name another country: adding one rate books only its orders', () => {
    const absent = (orderNumber: string, country: string) => ({
      orderNumber,
      reasonCode: 'tax_rate_absent',
      section: null,
      reason: {
        nl: `Bestelling ${orderNumber} bevat producten of kosten met 0% btw, maar je Moneybird-administratie heeft geen actief verkooptarief van 0% voor ${country}.`,
        en: `Order ${orderNumber} has products or costs at 0% VAT, but your Moneybird administration has no active 0% sales rate for ${country}.`,
      },
    });
    const numbers = (groups: { orderNumber: string }[][]) =>
      groups.map((group) => group.map((o) => o.orderNumber));
    expect(
      numbers(groupByCause([absent('7', 'Frankrijk'), absent('8', 'België')], (o) => o.section)),
    ).toEqual([['7'], ['8']]);
    const french = [absent('7', 'Frankrijk'), absent('9', 'Frankrijk'), absent('11', 'Frankrijk')];
    expect(numbers(groupByCause([...french, absent('8', 'België')], (o) => o.section))).toEqual([
      ['7', '9', '11'],
      ['8'],
    ]);
  });
});

// ---- the mapping's fields Moneybird has nothing for --------------------------------------------------

const field = (path: string, patch: Partial<MappingField> = {}): MappingField => ({
  path,
  section: path.startsWith('taxRates.') ? 'taxRates' : 'payments',
  label: { nl: path, en: path },
  help: { nl: '', en: '' },
  value: null,
  stored: false,
  options: [],
  reason: null,
  warning: { nl: 'Maak het aan in Moneybird.', en: 'Create it in Moneybird.' },
  required: false,
  ...patch,
});
const option = (id: string) => ({ id, name: `Record ${id}`, detail: null });

describe('what Moneybird has nothing for', () => {
  it('is a field that asks, may stay empty, and has nothing to choose from', () => {
    expect(missingInMoneybird(field('taxRates.oss.BE.0'))).toBe(true);
    // Something to choose: a choice for the owner.
    expect(missingInMoneybird(field('taxRates.domestic.0', { options: [option('11')] }))).toBe(false);
    // Nothing asked.
    expect(missingInMoneybird(field('taxRates.oss.DE.7', { warning: null }))).toBe(false);
    // Required: the owner cannot go on without it, so it is no "you can go on".
    expect(missingInMoneybird(field('financialAccountId', { required: true }))).toBe(false);
  });

  it('is named by its labels, as rates when all are rates', () => {
    const nl = translator('nl');
    const en = translator('en');
    const be = field('taxRates.oss.BE.0', { label: { nl: 'BE 0% (OSS)', en: 'BE 0% (OSS)' } });
    const de = field('taxRates.oss.DE.7', { label: { nl: 'DE 7% (OSS)', en: 'DE 7% (OSS)' } });
    const say = (fields: MappingField[], locale: 'nl' | 'en') => {
      const said = missingText(fields, locale)!;
      return (locale === 'nl' ? nl : en)(said.key, said.params);
    };
    expect(missingText([], 'nl')).toBeNull();
    expect(say([be], 'nl')).toBe(
      '1 btw-tarief ontbreekt nog in Moneybird: BE 0% (OSS). Je kunt verder; bestellingen die het nodig hebben wachten tot je het toevoegt.',
    );
    expect(say([be, de], 'nl')).toBe(
      '2 btw-tarieven ontbreken nog in Moneybird: BE 0% (OSS) en DE 7% (OSS). Je kunt verder; bestellingen die ze nodig hebben wachten tot je ze toevoegt.',
    );
    expect(say([be, de], 'en')).toMatch(
      /^2 VAT rates are still missing in Moneybird: BE 0% \(OSS\) and DE 7% \(OSS\)\./,
    );
    const giftCards = field('giftCardLedgerAccountId', { label: { nl: 'Cadeaubonnen', en: 'Gift cards' } });
    expect(say([be, giftCards], 'nl')).toMatch(
      /^2 keuzes kunnen nog niet, omdat Moneybird er niets voor heeft: BE 0% \(OSS\) en Cadeaubonnen\./,
    );
  });
});

describe("fetching Moneybird's records again", () => {
  it("keeps the owner's picks Moneybird still offers, and takes the new proposal everywhere else", () => {
    const before: MappingDraft = {
      financialAccountId: '2',
      'taxRates.domestic.0': '5',
      'taxRates.oss.BE.0': '',
    };
    const picked = new Set(['financialAccountId', 'taxRates.domestic.0']);
    const fresh = [
      // Still offered: the pick stays.
      field('financialAccountId', { required: true, value: '1', options: [option('1'), option('2')] }),
      // The picked rate is gone from Moneybird: the proposal comes back, the field asks again.
      field('taxRates.domestic.0', { options: [option('6')] }),
      // Just added in Moneybird and proposed: filled in.
      field('taxRates.oss.BE.0', { value: '9', options: [option('9')], warning: null }),
    ];
    const kept = keepPicks(fresh, before, picked);
    expect(kept.draft).toEqual({
      financialAccountId: '2',
      'taxRates.domestic.0': '',
      'taxRates.oss.BE.0': '9',
    });
    expect([...kept.picked]).toEqual(['financialAccountId']);
  });

  it('keeps the picks of a proposal arriving in the background, and starts afresh after a save', () => {
    const picked = new Set(['taxRates.domestic.0']);
    // Settings opened again: the proposal of the earlier visit shows, the owner picks, this visit's
    // proposal arrives: the pick stays.
    expect(proposalKeepsPicks({ refetching: false, saving: false, picked })).toBe(true);
    // Nothing picked yet: the new proposal is the form.
    expect(proposalKeepsPicks({ refetching: false, saving: false, picked: new Set() })).toBe(false);
    // After a save the proposal is what was saved: nothing left to keep.
    expect(proposalKeepsPicks({ refetching: false, saving: true, picked })).toBe(false);
    // Fetched again on the owner's word: kept, whatever else.
    expect(proposalKeepsPicks({ refetching: true, saving: false, picked: new Set() })).toBe(true);
  });

  it('keeps "nothing chosen" when the owner chose it', () => {
    const fresh = [field('taxRates.domestic.0', { value: '6', options: [option('6')] })];
    const kept = keepPicks(fresh, { 'taxRates.domestic.0': '' }, new Set(['taxRates.domestic.0']));
    expect(kept.draft).toEqual({ 'taxRates.domestic.0': '' });
  });
});

describe('a pick that cautions against itself', () => {
  const caution = { nl: 'Moneybird zet verkopen op dit tarief in rubriek 1e.', en: 'Box 1e.' };
  const icp = field('taxRates.reverseCharge', {
    value: '2',
    warning: null,
    options: [option('1'), { ...option('2'), caution }],
  });

  it('is the caution of the record chosen in the form, else of the proposal; none for a record without one', () => {
    expect(cautionOf(icp, {})).toEqual(caution);
    expect(cautionOf(icp, { 'taxRates.reverseCharge': '1' })).toBeNull();
    expect(cautionOf(icp, { 'taxRates.reverseCharge': '2' })).toEqual(caution);
    // Nothing chosen: nothing to caution.
    expect(cautionOf(icp, { 'taxRates.reverseCharge': '' })).toBeNull();
  });
});
