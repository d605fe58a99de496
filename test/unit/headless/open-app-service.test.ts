// How the shells start the core: configured (tokens in the environment) it runs on the engine;
// without tokens it still starts and says what is missing; nothing here ever throws.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppService } from '../../../src/main/core/app-service/open-app-service';
import { EnvSecretSource } from '../../../src/main/core/secrets/keychain';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-open-'));
  dirs.push(dir);
  return dir;
};

describe('openAppService', () => {
  it('starts in needs-setup naming the missing token, and refuses Sync now with that reason', async () => {
    const env = {};
    const { service, runtime } = await openAppService({
      env,
      dataDir: tempDir(),
      secrets: new EnvSecretSource(env),
    });
    expect(runtime).toBeNull();
    const status = service.status();
    expect(status.state).toBe('needs-setup');
    // The owner is told what to connect, in the words of the setup's first step.
    expect(status.reason?.nl).toContain('webwinkel is nog niet gekoppeld');
    expect(status.connections.mijnwebwinkel.state).toBe('not-configured');
    const reply = await service.dispatch('sync.runNow', {}, 'test');
    expect(reply).toMatchObject({
      ok: true,
      result: { accepted: false, reason: { en: expect.stringContaining('web shop is not connected') } },
    });
    const retry = await service.dispatch('orders.retry', { orderNumber: '1001' }, 'test');
    expect(retry).toMatchObject({ ok: true, result: { accepted: false } });
    await service.dispatch('sync.pause', {}, 'test');
    expect(service.status().state).toBe('paused');
    await service.dispatch('sync.resume', {}, 'test');
    expect(service.status().state).toBe('needs-setup');
    await service.close();
  });

  it('names the Moneybird token when only the shop is connected', async () => {
    const env = { MWW_TOKEN: 'shop-token', MWW_PARTNER_TOKEN: 'partner-token' };
    const { service } = await openAppService({ env, dataDir: tempDir(), secrets: new EnvSecretSource(env) });
    expect(service.status().reason?.en).toContain('Moneybird is not connected');
    expect(service.status().connections.moneybird.state).toBe('not-configured');
    await service.close();
  });

  it('reports a data directory it cannot open as an error, without touching it', async () => {
    const dir = tempDir();
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const env = {
      MWW_TOKEN: 'shop-token',
      MWW_PARTNER_TOKEN: 'partner-token',
      MONEYBIRD_TOKEN: 'mb-token',
      MONEYBIRD_ADMINISTRATION_ID: '123',
    };
    const { service, runtime } = await openAppService({
      env,
      dataDir: file,
      secrets: new EnvSecretSource(env),
    });
    expect(runtime).toBeNull();
    expect(service.status().state).toBe('error');
    expect(service.status().reason?.nl).toMatch(/\S{10,}/);
    await service.close();
  });

  it('starts the engine-backed core when the tokens are there', async () => {
    const env = {
      MWW_TOKEN: 'shop-token',
      MWW_PARTNER_TOKEN: 'partner-token',
      MONEYBIRD_TOKEN: 'mb-token',
      MONEYBIRD_ADMINISTRATION_ID: '123',
      MWW_BASE_URL: 'http://127.0.0.1:9',
      MONEYBIRD_BASE_URL: 'http://127.0.0.1:9/api/v2',
    };
    const { service, runtime } = await openAppService({
      env,
      dataDir: tempDir(),
      secrets: new EnvSecretSource(env),
      runAtStart: false,
    });
    expect(runtime).not.toBeNull();
    // Nothing synced yet: waiting for the first run, not "up to date".
    expect(service.status()).toMatchObject({
      state: 'not-synced',
      counts: { booked: 0, parked: 0, waiting: 0 },
    });
    expect(service.status().nextRunAt).not.toBeNull();
    await service.close();
  });
});
