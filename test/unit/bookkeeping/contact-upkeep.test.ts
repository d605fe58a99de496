// Keeping a known customer's contact current: which fields change (a table of cases), the
// fingerprint that makes an unchanged customer free, and a created contact that never makes
// Moneybird e-mail anyone.
import { describe, expect, it } from 'vitest';
import {
  type ContactDetails,
  contactUpdate,
  detailsFingerprint,
  detailsFromFingerprint,
  detailsOfContact,
  planContact,
} from '../../../src/main/core/bookkeeping';
import { type Order, parseOrder } from '../../../src/main/core/mijnwebwinkel/order-schema';
import { PATHS, requestErrors } from './moneybird-request-schema';

function order(invoice: Record<string, unknown>, email: string | null = 'klant@example.nl'): Order {
  const parsed = parseOrder({
    number: 12,
    date: '2026-05-04',
    status: 3,
    debtor: { ...(email && { email }), address: { invoice } },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.order;
}

const home: ContactDetails = { address1: 'Kerkstraat 1', zipcode: '1234 AB', city: 'Utrecht', country: 'NL' };
const moved: ContactDetails = { address1: 'Dorpsweg 9', zipcode: '4321 BA', city: 'Zwolle', country: 'NL' };

describe('what changes on a known contact', () => {
  it.each<[string, ContactDetails, ContactDetails | undefined, ContactDetails, Partial<ContactDetails>]>([
    // case, the shop now, the shop last time, Moneybird now, the update
    [
      'nothing differs',
      { company_name: 'Klant B.V.', ...home },
      undefined,
      { company_name: 'Klant B.V.', ...home },
      {},
    ],
    [
      'only case and spacing differ',
      { company_name: 'Klant  B.V.', city: 'utrecht' },
      undefined,
      { company_name: 'klant b.v.', city: 'Utrecht' },
      {},
    ],
    [
      'VAT number added in the shop',
      { tax_number: 'NL800000000B01', ...home },
      home,
      { ...home },
      { tax_number: 'NL800000000B01' },
    ],
    [
      'VAT number typed differently',
      { tax_number: 'NL800000000B01', country: 'NL' },
      undefined,
      { tax_number: 'nl 8000.00.000 b01', country: 'NL' },
      {},
    ],
    [
      'VAT number changed in the shop',
      { tax_number: 'NL800000000B02' },
      { tax_number: 'NL800000000B01' },
      { tax_number: 'NL800000000B01' },
      { tax_number: 'NL800000000B02' },
    ],
    [
      'company renamed in the shop',
      { company_name: 'Klant Holding B.V.' },
      { company_name: 'Klant B.V.' },
      { company_name: 'Klant B.V.' },
      { company_name: 'Klant Holding B.V.' },
    ],
    [
      'company corrected in Moneybird, shop unchanged',
      { company_name: 'Klant BV' },
      { company_name: 'Klant BV' },
      { company_name: 'Klant B.V.' },
      {},
    ],
    [
      'contact never kept current, Moneybird differs',
      { company_name: 'Klant BV', ...moved },
      undefined,
      { company_name: 'Klant B.V.', ...home },
      {},
    ],
    [
      'contact never kept current, Moneybird empty',
      { company_name: 'Klant B.V.', ...home },
      undefined,
      {},
      { company_name: 'Klant B.V.', ...home },
    ],
    [
      'customer moved',
      { ...moved },
      { ...home },
      { ...home },
      { address1: 'Dorpsweg 9', zipcode: '4321 BA', city: 'Zwolle' },
    ],
    [
      'customer moved to an address without postcode',
      { address1: 'Main St 1', city: 'Dublin', country: 'IE' },
      home,
      home,
      { address1: 'Main St 1', zipcode: '', city: 'Dublin', country: 'IE' },
    ],
    [
      'the shop leaves the company empty',
      { ...home },
      { company_name: 'Klant B.V.', ...home },
      { company_name: 'Klant B.V.', ...home },
      {},
    ],
  ])('%s', (_case, shop, lastShop, moneybird, update) => {
    expect(contactUpdate(shop, lastShop, moneybird)).toEqual(update);
  });
});

describe('the fingerprint of the shop details', () => {
  it('is the same for the same details, whatever their order or empty fields', () => {
    const a = detailsFingerprint({ city: 'Utrecht', company_name: 'Klant B.V.' });
    const b = detailsFingerprint({ company_name: 'Klant B.V.', tax_number: '', city: 'Utrecht' });
    expect(a).toBe(b);
    expect(detailsFingerprint({ company_name: 'Klant B.V.', city: 'Zwolle' })).not.toBe(a);
    expect(detailsFromFingerprint(a)).toEqual({ company_name: 'Klant B.V.', city: 'Utrecht' });
    expect(detailsFromFingerprint('not json')).toBeUndefined();
    expect(detailsFromFingerprint(null)).toBeUndefined();
  });

  it("reads a Moneybird contact's tracked fields, leaving nulls and blanks out", () => {
    expect(
      detailsOfContact({
        company_name: 'Klant B.V.',
        tax_number: '',
        address1: null,
        city: 'Utrecht',
        country: 'NL',
      }),
    ).toEqual({ company_name: 'Klant B.V.', city: 'Utrecht', country: 'NL' });
  });
});

describe('the contact plan', () => {
  const business = order({
    name: 'Truus Voorbeeld',
    company: 'Klant B.V.',
    street: 'Kerkstraat',
    number: '1',
    zipcode: '1234 AB',
    city: 'Utrecht',
    country_code: 'NL',
    taxnumber: '800000000B01',
  });

  it('creates contacts that Moneybird never e-mails on its own, valid against the spec', () => {
    for (const plan of [planContact(business, 'NL'), planContact(order({}, null), 'NL')]) {
      expect(plan.create.delivery_method).toBe('Manual');
      for (const field of [
        'si_identifier',
        'si_identifier_type',
        'direct_debit',
        'sepa_active',
        'send_estimates_to_email',
      ])
        expect(plan.create).not.toHaveProperty(field);
      expect(requestErrors(PATHS.contacts, 'post', { contact: plan.create })).toEqual([]);
    }
  });

  it('updates with fields the spec allows on PATCH', () => {
    const update = contactUpdate({ tax_number: 'NL800000000B01', ...moved }, home, home);
    expect(requestErrors('/{administration_id}/contacts/{id}{format}', 'patch', { contact: update })).toEqual(
      [],
    );
  });

  it("carries the shop's details, the order's date and the owner's setting", () => {
    const plan = planContact(business, 'NL', 'nl', false);
    expect(plan.details).toEqual({
      company_name: 'Klant B.V.',
      tax_number: 'NL800000000B01',
      address1: 'Kerkstraat 1',
      zipcode: '1234 AB',
      city: 'Utrecht',
      country: 'NL',
    });
    expect(plan.detailsAsOf).toBe('2026-05-04');
    expect(plan.updateExisting).toBe(false);
    expect(planContact(business, 'NL').updateExisting).toBe(true);
    // The shared contact for customers without e-mail or VAT number is never updated.
    expect(planContact(order({}, null), 'NL')).toMatchObject({ details: {}, updateExisting: false });
  });
});
