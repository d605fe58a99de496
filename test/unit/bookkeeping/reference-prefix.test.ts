import { describe, expect, it } from 'vitest';
import { bookingReference, shopReferencePrefix } from '../../../src/main/core/bookkeeping';

describe('the default reference prefix of a shop', () => {
  it.each<[string, { id?: string | null; name?: string | null }, string]>([
    [
      'the store id',
      { id: '3f2a9c1e-0b7d-4c1e-9a55-1d2e3f405162', name: 'Het Simulatiewinkeltje' },
      'MW3F2A9C',
    ],
    ['a short id', { id: 'ab12', name: 'Café' }, 'MWAB12'],
    ['no id: the legacy prefix', { id: null, name: 'De Fietsenwinkel' }, 'MWW'],
    ['an id without letters or digits', { id: '--', name: 'X' }, 'MWW'],
  ])('%s', (_, store, prefix) => {
    expect(shopReferencePrefix(store)).toBe(prefix);
    expect(prefix).toMatch(/^[A-Za-z0-9]{1,10}$/);
  });

  it('does not change when the shop is renamed, so a new data folder finds the bookings made', () => {
    const id = '3f2a9c1e-0b7d-4c1e-9a55-1d2e3f405162';
    const renamed = [
      { id, name: 'Oude naam' },
      { id, name: 'Nieuwe naam' },
    ];
    expect(shopReferencePrefix(renamed[0]!)).toBe(shopReferencePrefix(renamed[1]!));
  });

  it('differs between two shops of the same name, and so do their references', () => {
    const [one, two] = [
      { id: '11aa', name: 'Winkel' },
      { id: '22bb', name: 'Winkel' },
    ];
    const a = shopReferencePrefix(one);
    const b = shopReferencePrefix(two);
    expect(a).not.toBe(b);
    expect(bookingReference('1001', a)).not.toBe(bookingReference('1001', b));
  });
});
