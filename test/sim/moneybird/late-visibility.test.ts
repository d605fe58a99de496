// The simulator's late-visibility switch: a contact, invoice or payment answered by its create is
// not yet shown by the reads a client checks a lost answer with (lists, find_by_reference,
// synchronization) for a number of reads or milliseconds.
import { afterEach, describe, expect, it } from 'vitest';
import { type LateVisibility, type MoneybirdSim, startMoneybirdSim } from './index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  sim?.contract?.assertNone();
  await sim?.close();
  sim = undefined;
});

// biome-ignore lint/suspicious/noExplicitAny: plain API JSON
type Json = any;

async function start(lateVisibility?: LateVisibility) {
  sim = await startMoneybirdSim({ seed: 9, rateLimit: null, ...(lateVisibility && { lateVisibility }) });
  const s = sim;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${s.apiBaseUrl}/${s.administrationId}${path}`, {
      method,
      headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
  };
  return { sim: s, call };
}

const ids = (answer: { body: Array<{ id: string }> }) => answer.body.map((x) => x.id);

describe('late visibility', () => {
  it('off: a create is in every read at once', async () => {
    const { call } = await start();
    const contact = await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } });
    expect(ids(await call('GET', '/contacts/synchronization.json'))).toEqual([contact.body.id]);
  });

  it('by reads: a contact and an invoice stay out of the lists for that many reads, but are found by id', async () => {
    const { call } = await start({ reads: 2, kinds: ['contact', 'invoice'] });
    const contact = (await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } })).body;
    expect(ids(await call('GET', '/contacts/synchronization.json'))).toEqual([]);
    expect((await call('POST', '/contacts/synchronization.json', { ids: [contact.id] })).body).toEqual([]);
    expect((await call('GET', `/contacts/${contact.id}.json`)).status).toBe(200);
    expect(ids(await call('GET', '/contacts/synchronization.json'))).toEqual([contact.id]);

    const invoice = (
      await call('POST', '/sales_invoices.json', {
        sales_invoice: {
          contact_id: contact.id,
          reference: 'MWW-1',
          details_attributes: [{ description: 'Boek', price: '10.00' }],
        },
      })
    ).body;
    expect((await call('GET', '/sales_invoices/find_by_reference/MWW-1.json')).status).toBe(404);
    expect(ids(await call('GET', '/sales_invoices/synchronization.json'))).toEqual([]);
    expect((await call('GET', `/sales_invoices/${invoice.id}.json`)).status).toBe(200);
    expect((await call('GET', '/sales_invoices/find_by_reference/MWW-1.json')).body.id).toBe(invoice.id);
  });

  it('by time: out of sight until the milliseconds have passed', async () => {
    const { call } = await start({ ms: 300, kinds: ['contact'] });
    const asked = Date.now();
    const contact = (await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } })).body;
    // Only what the client's own clock proves is asserted, so a slow machine cannot fail it: a read
    // answered within 300 ms of asking for the create was served inside the window, and a read that
    // shows the contact was served after it.
    const first = ids(await call('GET', '/contacts/synchronization.json'));
    if (Date.now() - asked < 300) expect(first).toEqual([]);
    for (let listed = first; ; listed = ids(await call('GET', '/contacts/synchronization.json'))) {
      if (listed.length === 0) continue;
      expect(listed).toEqual([contact.id]);
      expect(Date.now() - asked).toBeGreaterThanOrEqual(300);
      break;
    }
  });

  it('a payment: the invoice is shown as it was before it, in every read, until it is visible', async () => {
    const { sim, call } = await start();
    const contact = (await call('POST', '/contacts.json', { contact: { company_name: 'Klant B.V.' } })).body;
    const invoice = (
      await call('POST', '/sales_invoices.json', {
        sales_invoice: {
          contact_id: contact.id,
          reference: 'MWW-2',
          prices_are_incl_tax: true,
          details_attributes: [{ description: 'Boek', price: '12.10' }],
        },
      })
    ).body;
    // Switched on now: only the payment is late.
    sim.owner.setLateVisibility({ reads: 1, kinds: ['payment'] });
    await call('PATCH', `/sales_invoices/${invoice.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const payment = await call('POST', `/sales_invoices/${invoice.id}/payments.json`, {
      payment: { payment_date: '2026-03-02', price: '12.10' },
    });
    expect(payment.status).toBe(201);
    const before = (await call('GET', `/sales_invoices/${invoice.id}.json`)).body;
    expect(before.state).toBe('open');
    expect(before.payments).toEqual([]);
    expect(before.total_unpaid).toBe('12.1');
    const after = (await call('GET', `/sales_invoices/${invoice.id}.json`)).body;
    expect(after.state).toBe('paid');
    expect(after.payments.map((p: Json) => p.id)).toEqual([payment.body.id]);
    // The books hold it all along.
    expect(sim.books.payments()).toHaveLength(1);
  });
});
