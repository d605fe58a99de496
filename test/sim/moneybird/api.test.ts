import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type MoneybirdSim, startMoneybirdSim } from './index';

let sim: MoneybirdSim;
let base: string;
let rates: Record<string, string>;
let revenue: string;

async function call(method: string, path: string, body?: unknown, token = sim.token) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function contact(fields: Record<string, unknown> = { firstname: 'Jan', lastname: 'Jansen' }) {
  const r = await call('POST', '/contacts.json', { contact: fields });
  expect(r.status).toBe(201);
  return r.body;
}

async function draft(fields: Record<string, unknown>) {
  const r = await call('POST', '/sales_invoices.json', { sales_invoice: fields });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

beforeAll(async () => {
  sim = await startMoneybirdSim({ seed: 7, rateLimit: null });
  base = `${sim.apiBaseUrl}/${sim.administrationId}`;
  const list = await call('GET', '/tax_rates.json?filter=tax_rate_type:sales_invoice');
  rates = Object.fromEntries(list.body.map((r: { name: string; id: string }) => [r.name, r.id]));
  const ledgers = await call('GET', '/ledger_accounts.json');
  revenue = ledgers.body.find((l: { name: string }) => l.name === 'Omzet').id;
});
afterEach(() => sim.contract!.assertNone());
afterAll(() => sim.close());

describe('reference data', () => {
  it('lists administrations with 64-bit string ids', async () => {
    const r = await fetch(`${sim.apiBaseUrl}/administrations.json`, {
      headers: { authorization: `Bearer ${sim.token}` },
    });
    const list = await r.json();
    expect(list.map((a: { id: string }) => a.id)).toContain(sim.administrationId);
    expect(typeof sim.administrationId).toBe('string');
    expect(BigInt(sim.administrationId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  it('filters tax rates by type, percentage, country, active, name and partial name', async () => {
    const zero = await call('GET', '/tax_rates?filter=tax_rate_type:sales_invoice,percentage:0,active:true');
    expect(zero.body.map((r: { name: string }) => r.name).sort()).toEqual(
      ['0% btw', 'Btw verlegd', 'Export buiten de EU', 'Geen btw', 'Intracommunautaire levering'].sort(),
    );
    const be = await call('GET', '/tax_rates.json?filter=country:BE');
    expect(be.body.map((r: { percentage: string }) => r.percentage).sort()).toEqual(['21.0', '6.0']);
    const fr = await call('GET', '/tax_rates.json?filter=percentage:5.5');
    expect(fr.body[0].country).toBe('FR');
    const exact = await call(
      'GET',
      `/tax_rates.json?filter=name:${encodeURIComponent('9% btw')},tax_rate_type:sales_invoice`,
    );
    expect(exact.body).toHaveLength(1);
    const partial = await call('GET', '/tax_rates.json?filter=partial_name:verlegd');
    expect(partial.body.map((r: { name: string }) => r.name)).toEqual(['Btw verlegd']);
    const inactive = await call('GET', '/tax_rates.json?filter=active:false');
    expect(inactive.body.map((r: { name: string }) => r.name)).toEqual(['6% btw (oud)']);
    const purchase = await call(
      'GET',
      '/tax_rates.json?filter=tax_rate_type:purchase_invoice|general_journal_document',
    );
    expect(purchase.body.every((r: { tax_rate_type: string }) => r.tax_rate_type !== 'sales_invoice')).toBe(
      true,
    );
  });

  it('serves ledger accounts (unpaginated), document styles, workflows and financial accounts', async () => {
    const ledgers = await call('GET', '/ledger_accounts.json?per_page=2');
    expect(ledgers.body.length).toBeGreaterThan(2);
    expect(
      ledgers.body.filter((l: { account_type: string }) => l.account_type === 'revenue').length,
    ).toBeGreaterThan(1);
    expect((await call('GET', `/ledger_accounts/${revenue}.json`)).body.name).toBe('Omzet');
    const styles = await call('GET', '/document_styles.json');
    expect(styles.body.filter((s: { default: boolean }) => s.default)).toHaveLength(1);
    const workflows = await call('GET', '/workflows');
    const invoiceFlows = workflows.body.filter((w: { type: string }) => w.type === 'InvoiceWorkflow');
    expect(invoiceFlows.map((w: { prices_are_incl_tax: boolean }) => w.prices_are_incl_tax).sort()).toEqual([
      false,
      true,
    ]);
    expect(workflows.body.some((w: { type: string }) => w.type === 'EstimateWorkflow')).toBe(true);
    expect((await call('GET', `/workflows/${invoiceFlows[0].id}.json`)).body.id).toBe(invoiceFlows[0].id);
    const accounts = await call('GET', '/financial_accounts.json');
    expect(accounts.body.length).toBeGreaterThan(0);
  });
});

describe('pagination', () => {
  it('pages with per_page and a Link header, and refuses bad values with 400', async () => {
    const first = await call('GET', '/tax_rates.json?per_page=5');
    expect(first.body).toHaveLength(5);
    expect(first.headers.get('link')).toMatch(/per_page=5&page=2>; rel="next"/);
    const second = await call('GET', '/tax_rates.json?per_page=5&page=2');
    expect(second.headers.get('link')).toMatch(/rel="prev"/);
    expect(second.body[0].id).not.toBe(first.body[0].id);
    const bad = await call('GET', '/tax_rates.json?per_page=101');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'per_page does not have a valid value' });
    const badPage = await call('GET', '/tax_rates.json?page=0');
    expect(badPage.body).toEqual({ error: 'page does not have a valid value' });
    // per_page=101 breaks the spec's maximum: the validator saw it (the spec sets no minimum on page).
    const seen = sim.contract!.take().filter((v) => v.direction === 'request');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.errors.join()).toMatch(/per_page=101/);
  });
});

describe('contacts', () => {
  it('creates, gets, updates and finds contacts by customer_id', async () => {
    const c = await contact({
      company_name: 'Bakkerij De Zon',
      send_invoices_to_email: 'info@dezon.nl',
      customer_id: '10042',
      country: 'NL',
    });
    expect(c.email).toBe('info@dezon.nl');
    expect(c.customer_id).toBe('10042');
    expect((await call('GET', `/contacts/${c.id}.json`)).body.company_name).toBe('Bakkerij De Zon');
    expect((await call('GET', '/contacts/customer_id/10042.json')).body.id).toBe(c.id);
    const missing = await call('GET', '/contacts/customer_id/99999999.json');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'record not found', symbolic: { customer_id: 'not_found' } });
    const patched = await call('PATCH', `/contacts/${c.id}.json`, { contact: { city: 'Utrecht' } });
    expect(patched.body.city).toBe('Utrecht');
    expect(patched.body.version).toBeGreaterThan(c.version);
  });

  it('assigns customer ids, refuses duplicates and nameless contacts with 422, a missing wrapper with 400', async () => {
    const a = await contact({ firstname: 'Auto' });
    expect(a.customer_id).toMatch(/^\d+$/);
    const dup = await call('POST', '/contacts.json', {
      contact: { firstname: 'X', customer_id: a.customer_id },
    });
    expect(dup.status).toBe(422);
    expect(dup.body.error.customer_id).toEqual(['has already been taken']);
    const nameless = await call('POST', '/contacts.json', { contact: { city: 'Gouda' } });
    expect(nameless.status).toBe(422);
    expect(Object.keys(nameless.body.error).sort()).toEqual(['company_name', 'firstname', 'lastname']);
    const wrapperless = await call('POST', '/contacts.json', {});
    expect(wrapperless.status).toBe(400);
    expect(wrapperless.body).toEqual({ error: 'Contact is required', symbolic: { contact: 'required' } });
    // Only the body without its wrapper breaks the contract; the 422s answer valid requests.
    expect(sim.contract!.take().filter((v) => v.direction === 'request')).toHaveLength(1);
  });

  it('rejects the read-only email field the way the spec forbids unknown fields', async () => {
    const r = await call('POST', '/contacts.json', {
      contact: { firstname: 'Els', email: 'els@example.com' },
    });
    expect(r.status).toBe(400);
    expect(r.body.symbolic).toEqual({ email: 'unpermitted' });
    const violations = sim.contract!.take();
    expect(violations.some((v) => v.direction === 'request' && v.errors.join().includes('unevaluated'))).toBe(
      true,
    );
  });

  it('searches fuzzily with query over many fields', async () => {
    await contact({ firstname: 'Piet', lastname: 'Pietersen', send_invoices_to_email: 'piet@example.com' });
    await contact({ firstname: 'Piet', lastname: 'Anders', send_invoices_to_email: 'piet@example.com.au' });
    await contact({ company_name: 'Tegelhuis', city: 'Zwolle', send_invoices_to_email: 'tegel@example.org' });
    const byEmail = await call('GET', `/contacts.json?query=${encodeURIComponent('piet@example.com')}`);
    expect(byEmail.body).toHaveLength(2); // fuzzy: the client must pick the exact match itself
    const byCity = await call('GET', '/contacts.json?query=zwol');
    expect(byCity.body.map((c: { company_name: string }) => c.company_name)).toEqual(['Tegelhuis']);
    const twoWords = await call('GET', '/contacts.json?query=piet%20anders');
    expect(twoWords.body).toHaveLength(1);
    expect((await call('GET', '/contacts.json?query=nobodyatall')).body).toEqual([]);
    const filtered = await call('GET', '/contacts/filter.json?filter=first_name:PIET');
    expect(filtered.body).toHaveLength(2);
  });

  it('synchronizes: GET ids and versions, POST returns full objects, at most 100', async () => {
    const all = await call('GET', '/contacts/synchronization.json');
    expect(all.body.length).toBeGreaterThan(3);
    expect(all.body[0]).toEqual({ id: expect.any(String), version: expect.any(Number) });
    const ids = all.body.map((x: { id: string }) => x.id);
    const full = await call('POST', '/contacts/synchronization.json', { ids: [...ids, '1'] });
    expect(full.body.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    const many = Array.from({ length: 150 }, () => ids[0]);
    expect((await call('POST', '/contacts/synchronization.json', { ids: many })).body).toHaveLength(100);
    const noIds = await call('POST', '/contacts/synchronization.json', {});
    expect(noIds.status).toBe(400);
    expect(noIds.body).toEqual({ error: 'Ids is required', symbolic: { ids: 'required' } });
    sim.contract!.take(); // the body without ids broke the contract on purpose
    const filtered = await call('GET', '/contacts/synchronization.json?filter=first_name:piet');
    expect(filtered.body).toHaveLength(2);
  });
});

describe('sales invoices', () => {
  it('creates a draft with totals computed for prices incl. tax, over several rates', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      reference: 'MWW-1001',
      prices_are_incl_tax: true,
      details_attributes: [
        {
          description: 'T-shirt',
          amount: '2',
          price: '24.95',
          tax_rate_id: rates['21% btw'],
          ledger_account_id: revenue,
        },
        {
          description: 'Boek',
          amount: 1,
          price: 10.9,
          tax_rate_id: rates['9% btw'],
          ledger_account_id: revenue,
        },
        { description: 'Korting', price: '-5,00', tax_rate_id: rates['21% btw'], ledger_account_id: revenue },
      ],
    });
    expect(inv.state).toBe('draft');
    expect(inv.invoice_id).toBeNull();
    expect(inv.total_price_incl_tax).toBe('55.8');
    expect(inv.tax_totals).toEqual([
      expect.objectContaining({ tax_rate_id: rates['21% btw'], tax_amount: '7.79', taxable_amount: '37.11' }),
      expect.objectContaining({ tax_rate_id: rates['9% btw'], tax_amount: '0.9', taxable_amount: '10.0' }),
    ]);
    expect(inv.details[0].amount_decimal).toBe('2.0');
    expect(inv.details[0].amount).toBe('2 x');
    expect(inv.details[2].amount).toBeNull();
    expect(inv.details[2].price).toBe('-5.0');
    expect(inv.total_unpaid).toBe('55.8');
  });

  it('defaults prices_are_incl_tax from the workflow and applies excl. tax arithmetic', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      details_attributes: { 0: { description: 'Dienst', price: '129.95', tax_rate_id: rates['21% btw'] } },
    });
    expect(inv.prices_are_incl_tax).toBe(false);
    expect(inv.total_price_incl_tax).toBe('157.24');
    expect(inv.details[0].ledger_account_id).toBeDefined();
  });

  it('refuses unknown details fields (response-only amount_decimal) and unknown tax rates', async () => {
    const c = await contact();
    const bad = await call('POST', '/sales_invoices.json', {
      sales_invoice: {
        contact_id: c.id,
        details_attributes: [{ description: 'x', price: '1', amount_decimal: '1.0' }],
      },
    });
    expect(bad.status).toBe(400);
    expect(sim.contract!.take().some((v) => v.direction === 'request')).toBe(true);
    const badRate = await call('POST', '/sales_invoices.json', {
      sales_invoice: {
        contact_id: c.id,
        details_attributes: [{ description: 'x', price: '1', tax_rate_id: '123' }],
      },
    });
    expect(badRate.status).toBe(422);
    expect(badRate.body.error['details.tax_rate_id']).toEqual(['is not found']);
    const noContact = await call('POST', '/sales_invoices.json', {
      sales_invoice: { details_attributes: [] },
    });
    expect(noContact.status).toBe(422);
  });

  it('runs draft -> send Manual -> open with a number -> partial payment -> paid', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      reference: 'MWW-2002',
      details_attributes: [{ description: 'Stoel', price: '100', tax_rate_id: rates['21% btw'] }],
    });
    const early = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-03-01', price: '121.00' },
    });
    expect(early.status).toBe(422);
    expect(Object.keys(early.body.error)).toEqual(['invoice']);
    expect((await call('GET', `/sales_invoices/${inv.id}.json`)).body.payments).toEqual([]);

    const sent = await call('PATCH', `/sales_invoices/${inv.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.state).toBe('open');
    expect(sent.body.invoice_id).toMatch(/^\d{4}-\d{4}$/);
    expect(sent.body.invoice_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent.body.version).toBeGreaterThan(inv.version);

    const part = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-03-02', price: '21.00', financial_account_id: undefined },
    });
    expect(part.status).toBe(201);
    expect(part.body.invoice_type).toBe('SalesInvoice');
    expect((await call('GET', `/sales_invoices/${inv.id}.json`)).body.state).toBe('open');
    const over = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-03-02', price: '100.01' },
    });
    expect(over.status).toBe(422);
    expect(over.body.error.price[0]).toMatch(/open amount of 100.0/);
    const rest = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-03-03', price: '100.00' },
    });
    expect(rest.status).toBe(201);
    const paid = (await call('GET', `/sales_invoices/${inv.id}.json`)).body;
    expect(paid.state).toBe('paid');
    expect(paid.paid_at).toBe('2026-03-03');
    expect(paid.total_unpaid).toBe('0.0');
    expect(paid.total_paid).toBe('121.0');
    expect(sim.books.payments().filter((p) => p.invoice_id === inv.id)).toHaveLength(2);
  });

  it('numbers invoices in sequence, refuses sending without details or e-mail', async () => {
    const c = await contact();
    const a = await draft({ contact_id: c.id, details_attributes: [{ description: 'a', price: '1' }] });
    const b = await draft({ contact_id: c.id, details_attributes: [{ description: 'b', price: '1' }] });
    const sa = await call('PATCH', `/sales_invoices/${a.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const sb = await call('PATCH', `/sales_invoices/${b.id}/send_invoice`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const n = (s: string) => Number(s.split('-')[1]);
    expect(n(sb.body.invoice_id)).toBe(n(sa.body.invoice_id) + 1);
    const empty = await draft({ contact_id: c.id });
    const noDetails = await call('PATCH', `/sales_invoices/${empty.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    expect(noDetails.status).toBe(400);
    expect(noDetails.body.symbolic).toEqual({ sales_invoice: 'details_cannot_be_empty' });
    const byEmail = await call('PATCH', `/sales_invoices/${b.id}/send_invoice.json`, {});
    expect(byEmail.status).toBe(200); // already sent: re-sending keeps number and state
    const fresh = await draft({ contact_id: c.id, details_attributes: [{ description: 'c', price: '1' }] });
    const noEmail = await call('PATCH', `/sales_invoices/${fresh.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Email' },
    });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body.error).toEqual({ email_address: ["can't be blank"] });
  });

  it('books a zero-total invoice as paid when sent', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      details_attributes: [{ description: 'Gratis', price: '0' }],
    });
    const sent = await call('PATCH', `/sales_invoices/${inv.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    expect(sent.body.state).toBe('paid');
  });

  it('requires price_base for a payment on a foreign-currency invoice', async () => {
    const c = await contact({ company_name: 'Acme Inc.', country: 'US' });
    const inv = await draft({
      contact_id: c.id,
      currency: 'USD',
      details_attributes: [
        { description: 'Rocking Chair', price: 159.99, tax_rate_id: rates['Export buiten de EU'] },
      ],
    });
    expect(inv.currency).toBe('USD');
    expect(inv.total_price_incl_tax).toBe('159.99');
    expect(inv.total_price_incl_tax_base).toBe('127.99');
    expect(inv.tax_totals).toEqual([]);
    await call('PATCH', `/sales_invoices/${inv.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const noBase = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-04-01', price: '159.99' },
    });
    expect(noBase.status).toBe(422);
    expect(noBase.body.error.price_base).toEqual(["can't be blank"]);
    const ok = await call('POST', `/sales_invoices/${inv.id}/payments.json`, {
      payment: { payment_date: '2026-04-01', price: '159.99', price_base: '127.99' },
    });
    expect(ok.status).toBe(201);
    expect((await call('GET', `/sales_invoices/${inv.id}.json`)).body.state).toBe('paid');
  });

  it('duplicates a sent invoice into a credit invoice draft with negated quantities', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      details_attributes: [{ description: 'Lamp', amount: '1', price: '300', tax_rate_id: rates['21% btw'] }],
    });
    await call('PATCH', `/sales_invoices/${inv.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const credit = await call('PATCH', `/sales_invoices/${inv.id}/duplicate_creditinvoice.json`, {});
    expect(credit.status).toBe(200);
    expect(credit.body.state).toBe('draft');
    expect(credit.body.original_sales_invoice_id).toBe(inv.id);
    expect(credit.body.details[0].amount_decimal).toBe('-1.0');
    expect(credit.body.total_price_incl_tax).toBe('-363.0');
    await call('PATCH', `/sales_invoices/${credit.body.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const refund = await call('POST', `/sales_invoices/${credit.body.id}/payments.json`, {
      payment: { payment_date: '2026-05-01', price: '-363.00' },
    });
    expect(refund.status).toBe(201);
    expect((await call('GET', `/sales_invoices/${credit.body.id}.json`)).body.state).toBe('paid');
  });

  it('finds by reference (404 in the symbolic shape when absent)', async () => {
    const c = await contact();
    const inv = await draft({
      contact_id: c.id,
      reference: 'MWW-7777',
      details_attributes: [{ description: 'x', price: '1' }],
    });
    const found = await call('GET', '/sales_invoices/find_by_reference/MWW-7777.json');
    expect(found.body.id).toBe(inv.id);
    const absent = await call('GET', '/sales_invoices/find_by_reference/1337.json');
    expect(absent.status).toBe(404);
    expect(absent.body).toEqual({
      error: 'Sales invoice with reference: 1337 was not found',
      symbolic: { reference: 'not_found' },
    });
  });

  it('lists with filters: period:this_year default, state, reference, open-ended period -> 400', async () => {
    const c = await contact();
    const old = await draft({
      contact_id: c.id,
      reference: 'OLD-1',
      invoice_date: '2019-06-01',
      details_attributes: [{ description: 'x', price: '1' }],
    });
    const recent = await draft({
      contact_id: c.id,
      reference: 'NEW-1',
      details_attributes: [{ description: 'x', price: '1' }],
    });
    const ids = (r: { body: Array<{ id: string }> }) => r.body.map((i) => i.id);
    const byDefault = await call('GET', '/sales_invoices.json');
    expect(ids(byDefault)).toContain(recent.id);
    expect(ids(byDefault)).not.toContain(old.id);
    const y2019 = await call('GET', '/sales_invoices.json?filter=period:20190101..20191231');
    expect(ids(y2019)).toEqual([old.id]);
    const byRef = await call(
      'GET',
      '/sales_invoices.json?filter=reference:OLD-1|NEW-1,period:20100101..20991231',
    );
    expect(ids(byRef).sort()).toEqual([old.id, recent.id].sort());
    const drafts = await call('GET', '/sales_invoices.json?filter=state:draft&per_page=100');
    expect(ids(drafts)).toContain(old.id);
    const openEnded = await call('GET', '/sales_invoices.json?filter=period:20190101..');
    expect(openEnded.status).toBe(400);
    expect(openEnded.body).toEqual({ error: 'Period must have both a start and end date' });
    const fromStart = await call('GET', '/sales_invoices.json?filter=period:..20190101');
    expect(fromStart.status).toBe(400);
  });

  it('synchronizes sales invoices: versions change when an invoice changes', async () => {
    const c = await contact();
    const inv = await draft({ contact_id: c.id, details_attributes: [{ description: 'x', price: '1' }] });
    const before = (await call('GET', '/sales_invoices/synchronization.json')).body.find(
      (x: { id: string }) => x.id === inv.id,
    );
    await call('PATCH', `/sales_invoices/${inv.id}/send_invoice.json`, {
      sales_invoice_sending: { delivery_method: 'Manual' },
    });
    const after = (await call('GET', '/sales_invoices/synchronization.json')).body.find(
      (x: { id: string }) => x.id === inv.id,
    );
    expect(after.version).toBeGreaterThan(before.version);
    const full = await call('POST', '/sales_invoices/synchronization.json', { ids: [inv.id] });
    expect(full.body[0].state).toBe('open');
    const filtered = await call('GET', '/sales_invoices/synchronization.json?filter=state:draft');
    expect(filtered.body.some((x: { id: string }) => x.id === inv.id)).toBe(false);
  });
  it('synchronizes sales invoices by several references at once, within an explicit period', async () => {
    const c = await contact();
    const old = await draft({
      contact_id: c.id,
      reference: 'SYNC-1',
      invoice_date: '2019-03-01',
      details_attributes: [{ description: 'x', price: '1' }],
    });
    const dateless = await draft({
      contact_id: c.id,
      reference: 'SYNC-2',
      details_attributes: [{ description: 'x', price: '2' }],
    });
    await draft({
      contact_id: c.id,
      reference: 'SYNC-3',
      details_attributes: [{ description: 'x', price: '3' }],
    });
    const listed = async (filter: string) =>
      (
        (await call('GET', `/sales_invoices/synchronization.json?filter=${filter}`)).body as Array<{
          id: string;
        }>
      )
        .map((x) => x.id)
        .sort();
    // A pipe lists several references; a period reaching today also holds a draft without a date.
    expect(await listed('reference:SYNC-1|SYNC-2,period:20100101..20991231,state:all')).toEqual(
      [old.id, dateless.id].sort(),
    );
    // A period that does not hold today leaves the dateless draft out, and one before the old one out too.
    expect(await listed('reference:SYNC-1|SYNC-2,period:20190101..20191231')).toEqual([old.id]);
    expect(await listed('reference:SYNC-1|SYNC-2,period:20200101..20201231')).toEqual([]);
    const full = await call('POST', '/sales_invoices/synchronization.json', { ids: [old.id, dateless.id] });
    expect(full.body.map((i: { reference: string }) => i.reference).sort()).toEqual(['SYNC-1', 'SYNC-2']);
  });
});

describe('external sales invoices', () => {
  it('creates them open, pays them, lists and synchronizes them', async () => {
    const c = await contact();
    const missingRef = await call('POST', '/external_sales_invoices.json', {
      external_sales_invoice: { contact_id: c.id, details_attributes: [{ description: 'x', price: '1' }] },
    });
    expect(missingRef.status).toBe(422);
    expect(missingRef.body.error.reference).toEqual(["can't be blank"]);
    const badContact = await call('POST', '/external_sales_invoices.json', {
      external_sales_invoice: { contact_id: '1', reference: 'X' },
    });
    expect(badContact.status).toBe(400);
    expect(badContact.body.symbolic).toEqual({ external_sales_invoice: { contact_id: 'contact_invalid' } });
    const r = await call('POST', '/external_sales_invoices.json', {
      external_sales_invoice: {
        contact_id: c.id,
        reference: 'MWW-3003',
        date: '2026-02-01',
        source: 'Mijnwebwinkel',
        prices_are_incl_tax: true,
        details_attributes: [{ description: 'Thee', price: '10.90', tax_rate_id: rates['9% btw'] }],
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.state).toBe('open');
    expect(r.body.tax_totals[0].tax_amount).toBe('0.9');
    const pay = await call('POST', `/external_sales_invoices/${r.body.id}/payments.json`, {
      payment: { payment_date: '2026-02-01', price: '10.90' },
    });
    expect(pay.body.invoice_type).toBe('ExternalSalesInvoice');
    expect((await call('GET', `/external_sales_invoices/${r.body.id}.json`)).body.state).toBe('paid');
    const list = await call(
      'GET',
      '/external_sales_invoices.json?filter=period:20260101..20261231,state:paid',
    );
    expect(list.body.map((i: { id: string }) => i.id)).toContain(r.body.id);
    const sync = await call(
      'GET',
      '/external_sales_invoices/synchronization.json?filter=period:20260101..20261231',
    );
    expect(sync.body.map((i: { id: string }) => i.id)).toContain(r.body.id);
    const full = await call('POST', '/external_sales_invoices/synchronization.json', { ids: [r.body.id] });
    expect(full.body[0].reference).toBe('MWW-3003');
    expect(sim.books.externalSalesInvoices().map((i) => i.id)).toContain(r.body.id);
  });
  it('synchronizes external invoices by period and state only: a reference term is ignored', async () => {
    const c = await contact();
    const made = await call('POST', '/external_sales_invoices.json', {
      external_sales_invoice: {
        contact_id: c.id,
        reference: 'MWW-3004',
        date: '2023-05-01',
        prices_are_incl_tax: true,
        details_attributes: [{ description: 'Thee', price: '5.45', tax_rate_id: rates['9% btw'] }],
      },
    });
    const ids = async (filter: string) =>
      (
        (
          await call(
            'GET',
            `/external_sales_invoices/synchronization.json${filter ? `?filter=${filter}` : ''}`,
          )
        ).body as Array<{
          id: string;
        }>
      ).map((x) => x.id);
    // The list's keys are state, period and contact_id (the spec); Moneybird ignores unknown keys.
    expect(await ids('period:20230101..20231231,reference:SOMETHING-ELSE')).toContain(made.body.id);
    expect(await ids('period:20230101..20231231,state:paid')).not.toContain(made.body.id);
    // Without a filter the default period is this year.
    expect(await ids('')).not.toContain(made.body.id);
  });
});

describe('tokens and scopes', () => {
  it('answers 401 for a bad, missing or revoked token', async () => {
    expect((await call('GET', '/tax_rates.json', undefined, 'nonsense')).status).toBe(401);
    const t = sim.issueToken(['sales_invoices']);
    expect((await call('GET', '/tax_rates.json', undefined, t)).status).toBe(200);
    sim.revokeToken(t);
    const revoked = await call('GET', '/tax_rates.json', undefined, t);
    expect(revoked.status).toBe(401);
    expect(revoked.body.error).toMatch(/revoked/);
  });

  it('answers 401 "No access to <scope>" when the token lacks the scope', async () => {
    const settingsOnly = sim.issueToken(['settings']);
    const r = await call('GET', '/sales_invoices.json', undefined, settingsOnly);
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: 'No access to sales_invoices' });
    expect((await call('GET', '/financial_accounts.json', undefined, settingsOnly)).status).toBe(200);
    const invoicesOnly = sim.issueToken(['sales_invoices']);
    expect((await call('GET', '/financial_accounts.json', undefined, invoicesOnly)).body).toEqual({
      error: 'No access to settings',
    });
    expect((await call('GET', '/contacts.json', undefined, invoicesOnly)).status).toBe(200);
    const timeOnly = sim.issueToken(['time_entries']);
    expect((await call('GET', '/contacts.json', undefined, timeOnly)).status).toBe(401);
  });

  it('answers 404 for an unknown administration', async () => {
    const r = await fetch(`${sim.apiBaseUrl}/123/contacts.json`, {
      headers: { authorization: `Bearer ${sim.token}` },
    });
    expect(r.status).toBe(404);
  });
});

describe('faults', () => {
  it('commit then drop: the client sees no answer but the invoice exists on the server', async () => {
    const c = await contact();
    sim.server.faults.add({
      fault: { kind: 'commit-then-drop' },
      method: 'POST',
      path: /\/sales_invoices(\.json)?$/,
    });
    await expect(
      call('POST', '/sales_invoices.json', {
        sales_invoice: {
          contact_id: c.id,
          reference: 'DROP-1',
          details_attributes: [{ description: 'x', price: '1' }],
        },
      }),
    ).rejects.toThrow();
    const found = await call('GET', '/sales_invoices/find_by_reference/DROP-1.json');
    expect(found.status).toBe(200);
    expect(sim.books.salesInvoices().filter((i) => i.reference === 'DROP-1')).toHaveLength(1);
  });
});
