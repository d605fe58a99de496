import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  PlanLimitError,
  UncertainOutcomeError,
  ValidationError,
} from '../../../src/main/core/http/errors';
import { MoneybirdClient, staticToken } from '../../../src/main/core/moneybird/client';
import { RateLimiterRegistry } from '../../../src/main/core/moneybird/rate-limiter';
import { shopLocalDate } from '../../../src/shared/shop-calendar';
import { type MoneybirdSim, startMoneybirdSim } from '../../sim/moneybird/index';
import { CapturingLogger, errorText } from './support/capture-logger';

const roomy = { requests: 100_000, windowMs: 1000 };
const fastRetry = { baseDelayMs: 5, maxDelayMs: 20 };

let sim: MoneybirdSim;
const logger = new CapturingLogger();
const errors: unknown[] = [];

function client(token = sim.token, extra: Partial<ConstructorParameters<typeof MoneybirdClient>[0]> = {}) {
  return new MoneybirdClient({
    baseUrl: sim.apiBaseUrl,
    administrationId: sim.administrationId,
    token: staticToken(token),
    limiters: new RateLimiterRegistry(roomy),
    logger,
    retry: fastRetry,
    timeoutMs: 2_000,
    ...extra,
  });
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  errors.push(error);
  return error;
}

beforeAll(async () => {
  sim = await startMoneybirdSim({ seed: 11, rateLimit: null });
});

afterAll(async () => {
  await sim.close();
});

describe('Moneybird client against the simulator', () => {
  it('lists administrations with ids as strings', async () => {
    const administrations = await client().administrations();
    expect(administrations.length).toBeGreaterThanOrEqual(1);
    expect(administrations.map((a) => a.id)).toContain(sim.administrationId);
    for (const a of administrations) expect(typeof a.id).toBe('string');
  });

  it('reads the reference data as plain objects with the API field names', async () => {
    const mb = client();
    const [taxRates, ledgers, styles, workflows, accounts] = await Promise.all([
      mb.taxRates({ tax_rate_type: 'sales_invoice', active: 'true' }),
      mb.ledgerAccounts(),
      mb.documentStyles(),
      mb.workflows(),
      mb.financialAccounts(),
    ]);
    expect(taxRates.length).toBeGreaterThan(0);
    for (const rate of taxRates) {
      expect(rate.tax_rate_type).toBe('sales_invoice');
      expect(rate.id).toMatch(/^\d+$/);
      expect(typeof rate.percentage).toBe('string');
    }
    expect(
      ledgers.some((l) => l.account_type === 'revenue' && l.allowed_document_types.includes('sales_invoice')),
    ).toBe(true);
    expect(styles.some((s) => s.default)).toBe(true);
    expect(workflows.some((w) => w.type === 'InvoiceWorkflow')).toBe(true);
    expect(accounts.every((a) => typeof a.id === 'string')).toBe(true);
  });

  it('books an invoice: create, find by reference (also with a period), send twice, pay, credit', async () => {
    const mb = client();
    const taxRate = (await mb.taxRates({ tax_rate_type: 'sales_invoice', active: 'true' })).find((r) =>
      r.percentage.startsWith('21'),
    )!;
    const revenue = (await mb.ledgerAccounts()).find(
      (l) => l.account_type === 'revenue' && l.allowed_document_types.includes('sales_invoice'),
    )!;
    const contact = await mb.createContact({ firstname: 'Jan', lastname: 'Jansen', customer_id: '70001' });
    expect(await mb.findContactByCustomerId('70001')).toMatchObject({ id: contact.id });
    expect(await mb.findContactByCustomerId('70002')).toBeNull();

    const draft = await mb.createSalesInvoice({
      contact_id: contact.id,
      reference: 'WB-1001',
      prices_are_incl_tax: true,
      details_attributes: [
        {
          description: 'Koffiebonen',
          amount: '2',
          price: '12.10',
          tax_rate_id: taxRate.id,
          ledger_account_id: revenue.id,
        },
      ],
    });
    expect(draft.state).toBe('draft');
    expect(draft.total_price_incl_tax).toMatch(/^24\.2/);

    expect((await mb.findSalesInvoiceByReference('WB-1001'))?.id).toBe(draft.id);
    expect(await mb.findSalesInvoiceByReference('WB-0000')).toBeNull();
    // Today as Moneybird's lists count it ("this year" included): on the shop's calendar.
    const today = shopLocalDate(Date.now());
    const found = await mb.findSalesInvoicesByReference('WB-1001', {
      from: '2020-01-01',
      to: `${Number(today.slice(0, 4)) + 1}-12-31`,
    });
    expect(found.map((i) => i.id)).toEqual([draft.id]);

    // A payment on a draft is refused with Moneybird's 422 field messages.
    const onDraft = await caught(
      mb.createSalesInvoicePayment(draft.id, { payment_date: today, price: '24.20' }),
    );
    expect(onDraft).toBeInstanceOf(ValidationError);
    expect(Object.keys((onDraft as ValidationError).fields)).toContain('invoice');

    const sent = await mb.sendSalesInvoice(draft.id);
    expect(sent.state).toBe('open');
    expect(sent.invoice_id).not.toBeNull();
    // Sending again (what a retry after a lost answer does) keeps the number and creates nothing.
    const again = await mb.sendSalesInvoice(draft.id);
    expect(again.invoice_id).toBe(sent.invoice_id);
    expect(sim.books.salesInvoices().filter((i) => i.reference === 'WB-1001')).toHaveLength(1);

    const payment = await mb.createSalesInvoicePayment(draft.id, {
      payment_date: today,
      price: sent.total_unpaid!,
    });
    expect(payment.price).toMatch(/^24\.2/);
    expect((await mb.getSalesInvoice(draft.id)).state).toBe('paid');

    const credit = await mb.createCreditInvoice(draft.id);
    expect(credit.id).not.toBe(draft.id);
    expect(credit.total_price_incl_tax).toMatch(/^-24\.2/);

    const sync = await mb.salesInvoicesSynchronization({ state: 'all', period: '20200101..20991231' });
    expect(sync.map((s) => s.id)).toContain(draft.id);
    const full = await mb.salesInvoicesByIds(sync.map((s) => s.id));
    expect(full.map((i) => i.id).sort()).toEqual(sync.map((s) => s.id).sort());
  });

  it('books external sales invoices with a payment', async () => {
    const mb = client();
    const contact = await mb.createContact({ company_name: 'Extern B.V.' });
    const taxRate = (await mb.taxRates({ tax_rate_type: 'sales_invoice' }))[0]!;
    const today = shopLocalDate(Date.now());
    const invoice = await mb.createExternalSalesInvoice({
      contact_id: contact.id,
      reference: 'MWW-2001',
      date: today,
      prices_are_incl_tax: true,
      source: 'Winkelbrug',
      details_attributes: [{ description: 'Thee', price: '5.00', tax_rate_id: taxRate.id }],
    });
    expect(invoice.state).toBe('open');
    await mb.createExternalSalesInvoicePayment(invoice.id, {
      payment_date: today,
      price: invoice.total_unpaid!,
    });
    expect((await mb.getExternalSalesInvoice(invoice.id)).state).toBe('paid');
    const sync = await mb.externalSalesInvoicesSynchronization();
    expect(sync.map((s) => s.id)).toContain(invoice.id);
    expect((await mb.externalSalesInvoicesByIds([invoice.id]))[0]?.reference).toBe('MWW-2001');
  });

  it('follows Link headers through every page', async () => {
    const mb = client();
    const before = (await mb.listContacts()).length;
    for (let i = 0; i < 105; i++) await mb.createContact({ lastname: `Pagina ${i}` });
    const all = await mb.listContacts();
    expect(all).toHaveLength(before + 105);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const pages = sim.server.log.filter((e) => e.method === 'GET' && e.path.endsWith('/contacts.json'));
    expect(pages.slice(-2).map((e) => e.query.page ?? '1')).toEqual(['1', '2']);
    const contactIds = await mb.contactsSynchronization();
    expect(contactIds.length).toBe(all.length);
    expect((await mb.contactsByIds(contactIds.map((c) => c.id))).length).toBe(all.length);
  });

  it('reports a missing scope and a revoked token as authentication errors', async () => {
    const settingsOnly = sim.issueToken(['settings']);
    const scope = await caught(client(settingsOnly).listSalesInvoices({ period: 'this_year' }));
    expect(scope).toBeInstanceOf(AuthenticationError);
    expect((scope as AuthenticationError).reason).toBe('missing-scope');
    expect((scope as AuthenticationError).scope).toBe('sales_invoices');

    const doomed = sim.issueToken(['sales_invoices', 'settings']);
    await client(doomed).administrations();
    sim.revokeToken(doomed);
    const revoked = await caught(client(doomed).administrations());
    expect(revoked).toBeInstanceOf(AuthenticationError);
    expect((revoked as AuthenticationError).reason).toBe('invalid-token');
    expect((revoked as AuthenticationError).userMessage.nl).toMatch(/opnieuw/);
  });

  it('reports a plan limit (402)', async () => {
    sim.server.faults.add({
      method: 'POST',
      path: '/sales_invoices.json',
      fault: {
        kind: 'status',
        status: 402,
        body: { error: 'creating sales invoices is limited', symbolic: { administration: 'limit_reached' } },
      },
    });
    const contact = await client().createContact({ lastname: 'Limiet' });
    const error = await caught(
      client().createSalesInvoice({
        contact_id: contact.id,
        details_attributes: [{ description: 'x', price: '1' }],
      }),
    );
    expect(error).toBeInstanceOf(PlanLimitError);
  });

  it('retries reads through 5xx, resets and lost answers', async () => {
    sim.server.faults.add({ method: 'GET', path: '/workflows.json', fault: { kind: 'status', status: 500 } });
    sim.server.faults.add({ method: 'GET', path: '/workflows.json', fault: { kind: 'reset' } });
    sim.server.faults.add({ method: 'GET', path: '/workflows.json', fault: { kind: 'commit-then-drop' } });
    const before = sim.server.log.count('GET', '/workflows.json');
    const workflows = await client().workflows();
    expect(workflows.length).toBeGreaterThan(0);
    expect(sim.server.log.count('GET', '/workflows.json') - before).toBe(4);
  });

  it('reports a create whose answer was lost as uncertain, and sends it only once', async () => {
    const mb = client();
    const contact = await mb.createContact({ lastname: 'Onzeker' });
    sim.server.faults.add({
      method: 'POST',
      path: '/sales_invoices.json',
      fault: { kind: 'commit-then-drop' },
    });
    const before = sim.server.log.count('POST', '/sales_invoices.json');
    const error = await caught(
      mb.createSalesInvoice({
        contact_id: contact.id,
        reference: 'WB-UNCERTAIN',
        details_attributes: [{ description: 'Iets', price: '3.00' }],
      }),
    );
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(sim.server.log.count('POST', '/sales_invoices.json') - before).toBe(1);
    // It was committed: the sync engine finds it by reference instead of creating it again.
    expect((await mb.findSalesInvoiceByReference('WB-UNCERTAIN'))?.contact_id).toBe(contact.id);
  });

  it('reports a create that timed out as uncertain', async () => {
    const mb = client(sim.token, { timeoutMs: 300 });
    sim.server.faults.add({ method: 'POST', path: '/contacts.json', fault: { kind: 'timeout' } });
    const before = sim.server.log.count('POST', '/contacts.json');
    const error = await caught(mb.createContact({ lastname: 'Traag' }));
    expect(error).toBeInstanceOf(UncertainOutcomeError);
    expect(sim.server.log.count('POST', '/contacts.json') - before).toBe(1);
  });

  it('leaves no token in any log line or error', () => {
    const everything = logger.text() + errors.map(errorText).join('\n');
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(everything).not.toContain(sim.token);
  });
});
