// "Never set up" and "disconnected" look alike in the keychain (no token); the data folder tells
// them apart. A folder that synced says "no longer connected", in the status the core starts with
// and in the setup's steps, and that what was booked stays in Moneybird.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppService } from '../../../src/main/core/app-service/open-app-service';
import { missingConnectionReason, syncedBefore } from '../../../src/main/core/setup/synced-before';
import { openStoreIn } from '../../../src/main/core/store';
import { MemorySecretStore } from '../../support/memory-secrets';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-synced-before-'));
  dirs.push(dir);
  return dir;
};

/** A data folder in which the sync ran once and booked nothing (no orders yet). */
function folderThatSynced(): string {
  const dir = tempDir();
  const store = openStoreIn(dir);
  const run = store.runs.start('manual');
  store.runs.finish(run.id, 'completed', { seen: 0, booked: 0, parked: 0, skipped: 0, waiting: 0 });
  store.close();
  return dir;
}

describe('a data folder that synced before', () => {
  it('is told apart from a new one by its runs', () => {
    const fresh = openStoreIn(tempDir());
    expect(syncedBefore(fresh)).toBe(false);
    expect(missingConnectionReason('shop', fresh).nl).toBe('Je webwinkel is nog niet gekoppeld.');
    fresh.close();

    const synced = openStoreIn(folderThatSynced());
    expect(syncedBefore(synced)).toBe(true);
    expect(missingConnectionReason('shop', synced).nl).toContain(
      'Winkelbrug is niet meer gekoppeld met je webwinkel',
    );
    expect(missingConnectionReason('moneybird', synced).nl).toContain('blijft in Moneybird staan');
    expect(missingConnectionReason('moneybird', synced).en).toContain(
      'Winkelbrug is no longer connected to Moneybird',
    );
    synced.close();
    expect(syncedBefore(null)).toBe(false);
  });

  it('with both connections gone, names both of them, not only the first', () => {
    const synced = openStoreIn(folderThatSynced());
    const both = missingConnectionReason('shop', synced, true);
    expect(both.nl).toBe(
      'Winkelbrug is niet meer gekoppeld met je webwinkel en met Moneybird, en boekt niets tot je ze allebei opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    );
    expect(both.en).toBe(
      'Winkelbrug is no longer connected to your web shop or to Moneybird, and books nothing until you connect both again. What it booked stays in Moneybird.',
    );
    expect(missingConnectionReason('moneybird', synced, true)).toEqual(both);
    synced.close();
    // A new folder has nothing to reconnect: it starts at the shop, step by step.
    const fresh = openStoreIn(tempDir());
    expect(missingConnectionReason('shop', fresh, true).nl).toBe('Je webwinkel is nog niet gekoppeld.');
    fresh.close();
  });

  it('opened without its tokens, says the shop and Moneybird are no longer connected, in the status and the setup', async () => {
    const dataDir = folderThatSynced();
    const env = { MWW_PARTNER_TOKEN: 'partner-token-of-this-build' };
    const opened = await openAppService({
      env,
      dataDir,
      secrets: new MemorySecretStore(),
      runAtStart: false,
    });
    try {
      const status = opened.service.status();
      expect(status.state).toBe('needs-setup');
      expect(status.reason?.nl).toBe(
        'Winkelbrug is niet meer gekoppeld met je webwinkel en met Moneybird, en boekt niets tot je ze allebei opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
      );
      const setup = await opened.service.dispatch('setup.state', {}, 'test');
      expect(setup).toMatchObject({
        ok: true,
        result: {
          complete: false,
          syncedBefore: true,
          next: 'shop',
          steps: {
            shop: { state: 'missing', reason: status.reason },
            moneybird: { state: 'missing', reason: status.reason },
          },
        },
      });
    } finally {
      await opened.service.close();
    }
  });

  it("opened without the shop's token but with a Moneybird login, names the shop alone", async () => {
    const opened = await openAppService({
      env: { MWW_PARTNER_TOKEN: 'partner-token-of-this-build' },
      dataDir: folderThatSynced(),
      secrets: new MemorySecretStore({ 'moneybird.personal-token': 'personal-token-of-the-owner' }),
      runAtStart: false,
    });
    try {
      expect(opened.service.status()).toMatchObject({
        state: 'needs-setup',
        reason: {
          nl: 'Winkelbrug is niet meer gekoppeld met je webwinkel en boekt niets tot je die opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
        },
      });
    } finally {
      await opened.service.close();
    }
  });

  it('a new folder still says "not connected yet", and has no start date', async () => {
    const dataDir = tempDir();
    const env = { MWW_PARTNER_TOKEN: 'partner-token-of-this-build' };
    const opened = await openAppService({
      env,
      dataDir,
      secrets: new MemorySecretStore(),
      runAtStart: false,
    });
    try {
      expect(opened.service.status().reason?.nl).toBe('Je webwinkel is nog niet gekoppeld.');
      const setup = await opened.service.dispatch('setup.state', {}, 'test');
      expect(setup).toMatchObject({ ok: true, result: { syncedBefore: false, startDate: null } });
    } finally {
      await opened.service.close();
    }
  });
});
