// PATCH /sales_invoices/{id}: a draft changes as the body says (its duplicated lines removed with
// `_destroy`, new lines added, reference and date set), validated against the official spec like
// every route; a sent invoice answers 422.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MoneybirdSim, startMoneybirdSim } from './index';

let sim: MoneybirdSim;
let base: string;
let rates: Record<string, string>;

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${sim.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** A sent invoice of two lines (300 at 21 %, 50 at 9 %, prices excl. VAT) and its credit draft. */
async function creditDraft() {
  const contact = await call('POST', '/contacts.json', { contact: { company_name: 'Lampen B.V.' } });
  const invoice = await call('POST', '/sales_invoices.json', {
    sales_invoice: {
      contact_id: contact.body.id,
      reference: 'MWW-1',
      details_attributes: [
        { description: 'Lamp', amount: '1', price: '300', tax_rate_id: rates['21% btw'] },
        { description: 'Boek', amount: '1', price: '50', tax_rate_id: rates['9% btw'] },
      ],
    },
  });
  await call('PATCH', `/sales_invoices/${invoice.body.id}/send_invoice.json`, {
    sales_invoice_sending: { delivery_method: 'Manual' },
  });
  const credit = await call('PATCH', `/sales_invoices/${invoice.body.id}/duplicate_creditinvoice.json`, {});
  expect(credit.status).toBe(200);
  return { original: invoice.body, credit: credit.body };
}

beforeAll(async () => {
  sim = await startMoneybirdSim({ seed: 9, rateLimit: null });
  base = `${sim.apiBaseUrl}/${sim.administrationId}`;
  const list = await call('GET', '/tax_rates.json?filter=tax_rate_type:sales_invoice');
  rates = Object.fromEntries(list.body.map((r: { name: string; id: string }) => [r.name, r.id]));
});
afterEach(() => sim.contract!.assertNone());
afterAll(() => sim.close());

describe('updating a draft sales invoice', () => {
  it('replaces the duplicated lines of a credit draft and sets its reference and date', async () => {
    const { original, credit } = await creditDraft();
    expect(credit.reference).toBe('MWW-1');
    const updated = await call('PATCH', `/sales_invoices/${credit.id}.json`, {
      sales_invoice: {
        reference: 'MWW-2',
        invoice_date: '2026-05-04',
        prices_are_incl_tax: true,
        details_attributes: [
          ...credit.details.map((d: { id: string }) => ({ id: d.id, _destroy: true })),
          { description: 'Boek retour', amount: '1', price: '-54.50', tax_rate_id: rates['9% btw'] },
        ],
      },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body.id).toBe(credit.id);
    expect(updated.body.original_sales_invoice_id).toBe(original.id);
    expect(updated.body.reference).toBe('MWW-2');
    expect(updated.body.invoice_date).toBe('2026-05-04');
    expect(updated.body.state).toBe('draft');
    expect(updated.body.details.map((d: { description: string }) => d.description)).toEqual(['Boek retour']);
    expect(updated.body.total_price_incl_tax).toBe('-54.5');
    // What is stored is what was answered.
    const stored = await call('GET', `/sales_invoices/${credit.id}.json`);
    expect(stored.body.details).toHaveLength(1);
  });

  it('changes only what is given, and an existing line by its id', async () => {
    const { credit } = await creditDraft();
    const [lamp] = credit.details as Array<{ id: string }>;
    const updated = await call('PATCH', `/sales_invoices/${credit.id}.json`, {
      sales_invoice: {
        details_attributes: [{ id: lamp!.id, description: 'Lamp (retour)', amount: '-1', price: '300' }],
      },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.reference).toBe('MWW-1');
    expect(
      updated.body.details.map((d: { id: string; description: string }) => [d.id, d.description]),
    ).toEqual([
      [lamp!.id, 'Lamp (retour)'],
      [credit.details[1].id, credit.details[1].description],
    ]);
  });

  it('refuses a sent invoice (422) and a line it does not have (404)', async () => {
    const { original, credit } = await creditDraft();
    const sent = await call('PATCH', `/sales_invoices/${original.id}.json`, {
      sales_invoice: { reference: 'X' },
    });
    expect(sent.status).toBe(422);
    expect((await call('GET', `/sales_invoices/${original.id}.json`)).body.reference).toBe('MWW-1');
    const unknown = await call('PATCH', `/sales_invoices/${credit.id}.json`, {
      sales_invoice: { details_attributes: [{ id: '1', _destroy: true }] },
    });
    expect(unknown.status).toBe(404);
    const missing = await call('PATCH', `/sales_invoices/999.json`, { sales_invoice: { reference: 'X' } });
    expect(missing.status).toBe(404);
  });
});
