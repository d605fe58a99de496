// The owner's note on an order whose VAT Moneybird computes a cent away from the shop's: the shop
// rounds VAT per line, Moneybird over the whole invoice. The note says so in money the owner reads
// ("€ 1,05"), with the difference, and that nothing needs doing.
import { describe, expect, it } from 'vitest';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { sale } from './shop-sales';
import { worldPerTest } from './support';

const worlds = worldPerTest();

/** Three cards of € 2,00 at 21 %: the shop's VAT is 3 × 0,35 = 1,05; Moneybird's over 6,00 is 1,04. */
function cards(number: number): MwwOrder {
  const order = sale(number, 'kaarten@example.nl', ['mok']);
  const card = (i: number) => ({
    ...order.orderlines![0]!,
    id: `${order.uuid.slice(0, 24)}${String(number * 10 + i).padStart(12, '0')}`,
    quantity: 1,
    description: `Kaart ${i + 1}`,
    price: { amount: '1.652893', amount_including_tax: '2.00', rate: '21.00' },
  });
  return {
    ...order,
    price: { tax: [{ rate: '21.00', amount: '1.05' }], total: '6.00' },
    orderlines: [card(0), card(1), card(2)],
  } as MwwOrder;
}

describe('a cent of VAT rounding', () => {
  it('is booked and noted in the owner’s words and money, with the difference and nothing to do', async () => {
    const w = await worlds.startKnown();
    const order = cards(961_001);
    w.mww.shop.addOrder({ ...order, status: 1 });
    w.mww.shop.setStatus(order.number, 3);
    const report = await w.runtime.engine.run('scheduled');
    expect(report.orders.find((o) => o.orderNumber === '961001')?.outcome).toBe('booked');

    const note = w.runtime.store.log
      .recent({ limit: 1_000 })
      .find((l) => l.fields?.code === 'vat_rounding_accepted' && l.orderNumber === '961001');
    expect(note).toBeDefined();
    const nl = note!.message.nl.replace(/\u00a0/g, ' ');
    expect(nl).toContain('Bestelling 961001');
    expect(nl).toContain('€ 0,01 anders');
    expect(nl).toContain('€ 1,04 tegen € 1,05');
    expect(nl).toContain('niets te doen');
    expect(nl).not.toMatch(/\d\.\d\d/); // no amount written the journal's way (1.05)
    expect(note!.message.en).toContain('€1.04 against €1.05');
  });
});
