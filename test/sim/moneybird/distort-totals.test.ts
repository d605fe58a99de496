// The simulator's `distortTotals` switch: Moneybird's invoice differs from the one the client sent,
// consistently in every answer (create, send, GET), by a cent, by a rate, or once it is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { type MoneybirdSim, startMoneybirdSim, type TotalsDistortion } from './index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  sim?.contract?.assertNone();
  await sim?.close();
  sim = undefined;
});

async function start(distortTotals?: TotalsDistortion) {
  sim = await startMoneybirdSim({ seed: 3, rateLimit: null, ...(distortTotals && { distortTotals }) });
  const s = sim;
  const base = `${s.apiBaseUrl}/${s.administrationId}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    expect(response.ok, text).toBe(true);
    return text ? JSON.parse(text) : undefined;
  };
  const rates = (await call('GET', '/tax_rates.json?filter=tax_rate_type:sales_invoice')) as Array<{
    id: string;
    name: string;
  }>;
  const rate = (name: string) => rates.find((r) => r.name === name)!.id;
  const contact = await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } });
  /** A draft of 121.00 incl. 21 % (VAT 21.00) and 10.90 incl. 9 % (VAT 0.90): 131.90 in all. */
  const create = () =>
    call('POST', '/sales_invoices.json', {
      sales_invoice: {
        contact_id: contact.id,
        reference: 'MWW-1',
        prices_are_incl_tax: true,
        details_attributes: [
          { description: 'Boek', price: '121.00', amount: '1', tax_rate_id: rate('21% btw') },
          { description: 'Thee', price: '5.45', amount: '2', tax_rate_id: rate('9% btw') },
        ],
      },
    });
  const send = (id: string) =>
    call('PATCH', `/sales_invoices/${id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
  const vat = (invoice: { tax_totals: Array<{ tax_rate_id: string; tax_amount: string }> }) =>
    Object.fromEntries(invoice.tax_totals.map((t) => [t.tax_rate_id, t.tax_amount]));
  return { call, create, send, rate, vat };
}

describe('distortTotals', () => {
  it('off: the totals are what the lines say', async () => {
    const { create, send, rate, vat } = await start();
    const draft = await create();
    expect(draft.total_price_incl_tax).toBe('131.9');
    expect(vat(draft)).toEqual({ [rate('21% btw')]: '21.0', [rate('9% btw')]: '0.9' });
    expect((await send(draft.id)).total_price_incl_tax).toBe('131.9');
  });

  it('cent: the created invoice is a cent higher, on its quantity-1 line, in every answer', async () => {
    const { call, create, send } = await start({ by: 'cent' });
    const draft = await create();
    expect(draft.total_price_incl_tax).toBe('131.91');
    expect(draft.details[0].price).toBe('121.01');
    expect((await call('GET', `/sales_invoices/${draft.id}.json`)).total_price_incl_tax).toBe('131.91');
    expect((await send(draft.id)).total_price_incl_tax).toBe('131.91');
  });

  it('rate: a line is stored at the other domestic rate: the same total, other VAT per rate', async () => {
    const { create, rate, vat } = await start({ by: 'rate' });
    const draft = await create();
    expect(draft.total_price_incl_tax).toBe('131.9');
    expect(draft.details[0].tax_rate_id).toBe(rate('9% btw'));
    // 121.00 + 10.90 incl. 9 %: VAT 131.90 × 9 / 109 = 10.89.
    expect(vat(draft)).toEqual({ [rate('9% btw')]: '10.89' });
  });

  it('after-send: the draft is as sent, the numbered invoice a cent higher', async () => {
    const { call, create, send } = await start({ by: 'after-send' });
    const draft = await create();
    expect(draft.total_price_incl_tax).toBe('131.9');
    const sent = await send(draft.id);
    expect(sent.state).toBe('open');
    expect(sent.total_price_incl_tax).toBe('131.91');
    expect((await call('GET', `/sales_invoices/${draft.id}.json`)).total_price_incl_tax).toBe('131.91');
  });

  it('times: only so many invoices are changed', async () => {
    const { create } = await start({ by: 'cent', times: 1 });
    expect((await create()).total_price_incl_tax).toBe('131.91');
    expect((await create()).total_price_incl_tax).toBe('131.9');
  });
});
