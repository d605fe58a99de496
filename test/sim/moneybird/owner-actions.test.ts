// The simulator's administration as the owner left it: contacts and invoices entered earlier (two
// contacts sharing an e-mail address, an archived one), invoices deleted or edited in the app
// behind the product's back, and the books locked up to a date (Moneybird's 422).
import { afterEach, describe, expect, it } from 'vitest';
import { type MoneybirdSim, type MoneybirdSimOptions, startMoneybirdSim } from './index';

let sim: MoneybirdSim | undefined;
afterEach(async () => {
  sim?.contract?.assertNone();
  await sim?.close();
  sim = undefined;
});

// biome-ignore lint/suspicious/noExplicitAny: plain API JSON
type Json = any;

async function start(options: MoneybirdSimOptions = {}) {
  sim = await startMoneybirdSim({ seed: 5, rateLimit: null, ...options });
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
  const must = async (method: string, path: string, body?: unknown) => {
    const answer = await call(method, path, body);
    expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
    return answer.body;
  };
  return { sim: s, call, must };
}

const LINES = [
  { description: 'Boek', price: '121.00', taxRate: '21% btw' },
  { description: 'Thee', price: '5.45', amount: '2', taxRate: '9% btw' },
];

describe('an administration that already holds contacts and invoices', () => {
  it('lists both contacts that share an e-mail address, and the archived one only when asked', async () => {
    const { sim, must } = await start();
    const first = sim.owner.addContact({
      firstname: 'Truus',
      lastname: 'Voorbeeld',
      send_invoices_to_email: 'truus@voorbeeld.nl',
    });
    const second = sim.owner.addContact({
      company_name: 'Truus Design',
      send_invoices_to_email: 'Truus@Voorbeeld.nl',
    });
    const archived = sim.owner.addContact({
      firstname: 'Piet',
      lastname: 'Oud',
      send_invoices_to_email: 'piet@oud.nl',
      archived: true,
    });
    expect(archived.archived).toBe(true);

    const ids = (list: Array<{ id: string }>) => list.map((c) => c.id);
    expect(ids(await must('GET', '/contacts/synchronization.json'))).toEqual([first.id, second.id]);
    expect(ids(await must('GET', '/contacts/synchronization.json?include_archived=true'))).toEqual([
      first.id,
      second.id,
      archived.id,
    ]);
    expect(ids(await must('GET', '/contacts.json?query=voorbeeld.nl'))).toEqual([first.id, second.id]);
    expect(ids(await must('GET', '/contacts.json?include_archived=true&query=oud.nl'))).toEqual([
      archived.id,
    ]);
    // By id it is always found, archived or not.
    expect((await must('GET', `/contacts/${archived.id}.json`)).archived).toBe(true);
  });

  it('archives through the API as Moneybird does: 204, then 400 the second time', async () => {
    const { sim, call } = await start();
    const contact = sim.owner.addContact({ company_name: 'Klant B.V.' });
    expect((await call('PATCH', `/contacts/${contact.id}/archive.json`)).status).toBe(204);
    const again = await call('PATCH', `/contacts/${contact.id}/archive.json`);
    expect(again).toEqual({
      status: 400,
      body: { error: 'Contact can not be archived', symbolic: { id: 'can_not_be_archived' } },
    });
  });

  it('holds earlier invoices with their references: a paid sales invoice, an open one, a draft, an external one', async () => {
    const { sim, must } = await start();
    const contact = sim.owner.addContact({ company_name: 'Klant B.V.' });
    const paid = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-1',
      date: '2026-03-02',
      lines: LINES,
    });
    const open = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-2',
      date: '2026-03-03',
      lines: LINES,
      state: 'open',
    });
    const draft = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-3',
      date: '2026-03-04',
      lines: LINES,
      state: 'draft',
    });
    const external = sim.owner.addInvoice({
      kind: 'external',
      contactId: contact.id,
      reference: 'MWW-4',
      date: '2026-03-05',
      lines: LINES,
    });

    expect([paid.state, open.state, draft.state, external.state]).toEqual(['paid', 'open', 'draft', 'paid']);
    expect(paid.total_price_incl_tax).toBe('131.9');
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0].payment_date).toBe('2026-03-02');
    expect(paid.invoice_id).toBe('2026-0001');
    expect(draft.invoice_date).toBe('2026-03-04');
    const found = await must('GET', '/sales_invoices/find_by_reference/MWW-2.json');
    expect(found.id).toBe(open.id);
    const listed = await must('GET', '/external_sales_invoices.json?filter=period:202603..202603');
    expect(listed.map((i: Json) => i.reference)).toEqual(['MWW-4']);
  });
});

describe("behind the app's back", () => {
  it('a deleted invoice is gone from every answer', async () => {
    const { sim, call } = await start();
    const contact = sim.owner.addContact({ company_name: 'Klant B.V.' });
    const invoice = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-7',
      date: '2026-03-02',
      lines: LINES,
    });
    sim.owner.deleteInvoice(invoice.id);
    expect((await call('GET', `/sales_invoices/${invoice.id}.json`)).status).toBe(404);
    expect((await call('GET', '/sales_invoices/find_by_reference/MWW-7.json')).status).toBe(404);
    expect(sim.books.payments()).toEqual([]);
  });

  it('an edited line changes the totals, the VAT per rate, the version and, when it now owes more, the state', async () => {
    const { sim, must } = await start();
    const contact = sim.owner.addContact({ company_name: 'Klant B.V.' });
    const invoice = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-8',
      date: '2026-03-02',
      lines: LINES,
    });
    sim.owner.editInvoiceLine(invoice.id, 0, { price: '131.00' });
    const edited = await must('GET', `/sales_invoices/${invoice.id}.json`);
    expect(edited.total_price_incl_tax).toBe('141.9');
    expect(edited.version).toBeGreaterThan(invoice.version);
    expect(edited.state).toBe('open');
    expect(edited.total_unpaid).toBe('10.0');

    sim.owner.removeInvoiceLine(invoice.id, 1);
    const shorter = await must('GET', `/sales_invoices/${invoice.id}.json`);
    expect(shorter.details).toHaveLength(1);
    expect(shorter.total_price_incl_tax).toBe('131.0');
  });
});

describe('a locked period', () => {
  it('shows period_locked_until and refuses every write dated on or before it with a 422', async () => {
    const { sim, call, must } = await start({ periodLockedUntil: '2026-03-31' });
    const administrations = await fetch(`${sim.apiBaseUrl}/administrations.json`, {
      headers: { authorization: `Bearer ${sim.token}` },
    }).then((r) => r.json() as Promise<Json[]>);
    expect(administrations[0].period_locked_until).toBe('2026-03-31');

    const contact = sim.owner.addContact({ company_name: 'Klant B.V.' });
    // The owner's earlier invoice in the locked period is there; the API may not touch it.
    const earlier = sim.owner.addInvoice({
      kind: 'sales',
      contactId: contact.id,
      reference: 'MWW-1',
      date: '2026-03-15',
      lines: LINES,
      state: 'draft',
    });

    const details_attributes = [{ description: 'Boek', price: '121.00', amount: '1' }];
    const onLockDate = await call('POST', '/sales_invoices.json', {
      sales_invoice: {
        contact_id: contact.id,
        reference: 'MWW-2',
        invoice_date: '2026-03-31',
        details_attributes,
      },
    });
    expect(onLockDate.status).toBe(422);
    expect(onLockDate.body).toEqual({
      error:
        'Sales invoice cannot be created because its invoice date 2026-03-31 is in the locked period of the administration (locked until 2026-03-31).',
      symbolic: { invoice_date: 'locked_period' },
    });
    const external = await call('POST', '/external_sales_invoices.json', {
      external_sales_invoice: {
        contact_id: contact.id,
        reference: 'MWW-3',
        date: '2026-01-05',
        details_attributes,
      },
    });
    expect(external.status).toBe(422);
    expect(external.body.symbolic).toEqual({ date: 'locked_period' });
    expect(
      (
        await call('PATCH', `/sales_invoices/${earlier.id}/send_invoice.json`, {
          sales_invoice_sending: { delivery_method: 'Manual' },
        })
      ).status,
    ).toBe(422);
    expect((await call('DELETE', `/sales_invoices/${earlier.id}.json`)).status).toBe(422);

    // The day after is open: the invoice is made, and a payment dated in the locked period is refused.
    const after = await must('POST', '/sales_invoices.json', {
      sales_invoice: {
        contact_id: contact.id,
        reference: 'MWW-4',
        invoice_date: '2026-04-01',
        details_attributes,
      },
    });
    await must('PATCH', `/sales_invoices/${after.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const payment = await call('POST', `/sales_invoices/${after.id}/payments.json`, {
      payment: { payment_date: '2026-03-30', price: '121.00' },
    });
    expect(payment.status).toBe(422);
    expect(payment.body.symbolic).toEqual({ payment_date: 'locked_period' });
    await must('POST', `/sales_invoices/${after.id}/payments.json`, {
      payment: { payment_date: '2026-04-01', price: '121.00' },
    });

    // Unlocked, the refused writes go through.
    sim.owner.lockPeriodUntil(null);
    expect((await call('DELETE', `/sales_invoices/${earlier.id}.json`)).status).toBe(204);
    expect(sim.books.salesInvoices().map((i) => i.reference)).toEqual(['MWW-4']);
  });
});
