// Answers the run cannot use. The shop's listing answered with a page of HTML (a moved host) or a
// redirect: the run fails with a text in the owner's words, never the page. An invoice create that
// landed but whose answer is unreadable: the order waits with a text that does not claim nothing
// changed, and its next try takes the invoice over rather than making it twice.
import { describe, expect, it } from 'vitest';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import { isPlainDomesticSale, worldPerTest } from './support';

const worlds = worldPerTest();
const SINCE = '2024-01-01';
const DAY = 24 * 60 * 60 * 1000;
const LISTING = /^\/v1\/orders$/;
const order = generateOrders({ seed: 17, count: 12 }).find(
  (o) => isPlainDomesticSale(o, SINCE) && o.payment?.method_name !== 'webshop_giftcard',
)!;
const PAGE =
  '<!DOCTYPE html><html lang="nl"><head><title>Pagina niet gevonden - Mijnwebwinkel</title></head><body><h1>Oeps! Deze pagina bestaat niet (meer)</h1></body></html>';

describe('the shop’s listing answers with', () => {
  it('a 404 page of HTML: the owner reads what to check in their shop, not the page', async () => {
    const w = await worlds.start({ orders: [order] });
    w.mww.server.faults.add({
      path: LISTING,
      fault: { kind: 'status', status: 404, body: PAGE, contentType: 'text/html' },
      times: Infinity,
    });
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('failed');
    const text = `${report.error?.message.nl}\n${report.error?.message.en}`;
    expect(text).not.toMatch(/<|DOCTYPE|Oeps|administratie|administration/);
    expect(report.error?.message.nl).toContain('Kijk of je winkel nog online is');
  }, 60_000);

  it('a redirect: said as another address, with what to check', async () => {
    const w = await worlds.start({ orders: [order] });
    w.mww.server.faults.add({
      path: LISTING,
      fault: {
        kind: 'status',
        status: 302,
        body: '<html><body>Moved</body></html>',
        contentType: 'text/html',
        headers: { location: 'https://api.example.invalid/v1/orders' },
      },
      times: Infinity,
    });
    const report = await w.runtime.engine.run('import', { importSince: SINCE });
    expect(report.outcome).toBe('failed');
    expect(report.error?.code).toBe('redirected');
    expect(report.error?.message.nl).toContain('Mijnwebwinkel antwoordde vanaf een ander adres');
    expect(`${report.error?.message.nl}\n${report.error?.message.en}`).not.toMatch(/<|weigerde/);
  }, 60_000);
});

describe('an invoice create that landed, answered unreadably', () => {
  it.each([
    ['a page of HTML', { contentType: 'text/html', body: '<html><body>Even geduld…</body></html>' }],
    ['its JSON cut off halfway', 'truncated' as const],
  ])(
    '(%s) waits without claiming nothing changed, and is taken over once',
    async (_, answer) => {
      const w = await worlds.start({ orders: [order] });
      w.moneybird.server.faults.add({
        method: 'POST',
        path: /\/sales_invoices\.json$/,
        fault: { kind: 'commit-then-garble', answer },
      });
      await w.runtime.engine.run('import', { importSince: SINCE });
      const number = String(order.number);
      const waiting = w.runtime.store.journal.get(number)!;
      expect(waiting.state).toBe('waiting_transient');
      expect(`${waiting.reason?.message.nl}\n${waiting.reason?.message.en}`).not.toMatch(
        /niets gewijzigd|Nothing was changed|</,
      );
      expect(waiting.reason?.message.nl).toContain('kijkt bij de volgende poging of het er is');
      expect(w.moneybird.books.salesInvoices()).toHaveLength(1);

      w.clock.now = Date.now() + DAY;
      await w.runtime.engine.run('manual');
      const done = w.runtime.store.journal.get(number)!;
      expect(done.state).toBe('done');
      expect(w.moneybird.books.salesInvoices().filter((i) => i.reference === done.reference)).toHaveLength(1);
    },
    60_000,
  );
});
