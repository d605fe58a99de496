// The statuses' lists, each in ascending order number as the shop gives them, are handed out merged
// by order number, each order once, a page at a time; a consumer that stops early ends the reading.
import { describe, expect, it } from 'vitest';
import {
  MAX_PAGE_SIZE,
  type MijnwebwinkelClient,
  type OrderResult,
} from '../../../src/main/core/mijnwebwinkel/client';
import { discoverOrderPages } from '../../../src/main/core/sync/order-discovery';

/** A shop whose lists per status hold these order numbers; it records every page read. */
function shopWith(lists: Record<number, string[]>) {
  const reads: Array<{ statusId: number; offset: number }> = [];
  const client = {
    async listOrdersPage(filter: { statusId: number }, page: { offset: number; limit: number }) {
      reads.push({ statusId: filter.statusId, offset: page.offset });
      const numbers = (lists[filter.statusId] ?? []).slice(page.offset, page.offset + page.limit);
      return numbers.map((number) => ({ ok: false, number, issues: [], raw: {} }) as OrderResult);
    },
  } as unknown as MijnwebwinkelClient;
  return { client, reads };
}

const range = (from: number, count: number, step = 1) =>
  Array.from({ length: count }, (_, i) => String(from + i * step));

async function all(client: MijnwebwinkelClient, statuses: number[]) {
  const batches: string[][] = [];
  for await (const page of discoverOrderPages(client, statuses, { kind: 'order_date', since: '2024-01-01' }))
    batches.push(page.map((r) => r.number!));
  return batches;
}

describe('discovering orders across statuses', () => {
  it('hands out every order once, lowest number first across the statuses, a page at a time', async () => {
    // Status 2 holds the even numbers, status 3 the odd ones, over more than two pages together;
    // order 1100 moved from 2 to 3 while the lists were read, so both hold it.
    const { client } = shopWith({ 2: range(1000, 130, 2), 3: [...range(1001, 50, 2), '1100'].sort() });
    const batches = await all(client, [3, 2]);
    expect(batches.map((b) => b.length).every((n) => n <= MAX_PAGE_SIZE)).toBe(true);
    const handed = batches.flat();
    expect(new Set(handed).size).toBe(handed.length);
    expect(handed).toHaveLength(180);
    expect(handed.map(Number)).toEqual([...handed.map(Number)].sort((a, b) => a - b));
  });

  it('puts orders without a numeric number after the rest of their list, and loses none', async () => {
    const { client } = shopWith({ 2: ['10', '12', 'T-5'], 6: ['11', '13'] });
    expect((await all(client, [2, 6])).flat()).toEqual(['10', '11', '12', '13', 'T-5']);
  });

  it('stops reading every list when the consumer stops', async () => {
    const { client, reads } = shopWith({ 2: range(1, 300, 2), 3: range(2, 300, 2) });
    for await (const page of discoverOrderPages(client, [2, 3], {
      kind: 'order_date',
      since: '2024-01-01',
    })) {
      expect(page[0]?.number).toBe('1');
      break;
    }
    // One page of each list was needed for the first batch, and nothing was read after it.
    expect(reads).toEqual([
      { statusId: 2, offset: 0 },
      { statusId: 3, offset: 0 },
    ]);
  });
});
