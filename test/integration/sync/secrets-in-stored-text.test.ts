// Text from the APIs that echoes a known secret (here the shop's own token, sent back in an order's
// field and quoted in the reason the order is parked) is redacted before it is kept in the journal,
// the runs and the log, and before the CLI prints it.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';
import { generateOrders } from '../../sim/mijnwebwinkel/generator';
import type { MwwOrder } from '../../sim/mijnwebwinkel/types';
import { worldPerTest } from './support';

const worlds = worldPerTest();

function plainOrders(count: number): MwwOrder[] {
  return generateOrders({ seed: 9, count: count * 3 })
    .filter((o) => !o.credited_order_number && !o.sim_test_order && [2, 3, 6].includes(Number(o.status)))
    .slice(0, count)
    .map((o) => ({ ...o, payment_status: 'captured' as const, credit_order_numbers: [] }));
}

describe('a secret echoed back by an API', () => {
  it('is redacted in the journal, the runs and the log, and in what the CLI prints', async () => {
    const orders = plainOrders(3);
    const echoed = String(orders[0]!.number);
    const world = await worlds.start({ orders });
    const token = world.mww.token;
    expect(token.length).toBeGreaterThanOrEqual(8);
    world.mww.shop.updateOrder(echoed, { price: { ...orders[0]!.price, total: token } });

    const report = await world.runtime.engine.run('import', { importSince: '2024-01-01' });
    const parked = report.orders.find((o) => o.orderNumber === echoed)!;
    expect(parked.outcome).toBe('parked');
    expect(parked.reason?.en).toContain('field "price.total"');
    expect(JSON.stringify(report)).not.toContain(token);

    const entry = world.runtime.store.journal.get(echoed)!;
    expect(entry.reason?.code).toBe('order_unreadable');
    // The parser's words, kept for support beside the owner's text, carry the value redacted.
    expect(JSON.stringify(entry.reason?.details)).toContain('[redacted]');
    expect(JSON.stringify(entry)).not.toContain(token);
    const db = world.runtime.store.db;
    for (const table of ['order_journal', 'sync_runs', 'log_entries']) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all();
      expect(JSON.stringify(rows), table).not.toContain(token);
    }

    const env = { ...world.env, WINKELBRUG_DATA_DIR: world.dataDir, WINKELBRUG_LANG: 'en' };
    const status = await runCli({ name: 'status' }, { env, secrets: new EnvSecretSource(env) });
    expect(status.lines.join('\n')).toContain(`${echoed}: `);
    expect(JSON.stringify(status)).not.toContain(token);
    const sync = await runCli({ name: 'sync' }, { env, secrets: new EnvSecretSource(env) });
    expect(JSON.stringify(sync)).not.toContain(token);
  });
});
