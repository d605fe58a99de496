// A data folder put back from a backup of before the owner switched Moneybird administration. The
// administration chosen goes with the login into the computer's keychain as well as into the folder
// (moneybird/chosen-administration.ts): when the two differ, nothing is booked until the owner
// chooses again, the screens say why, and what was booked meanwhile is not booked twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppService } from '../../../src/main/core/app-service/open-app-service';
import { runCli } from '../../../src/main/core/cli/cli-commands';
import {
  administrationSetting,
  MissingConfigurationError,
  type Runtime,
} from '../../../src/main/core/core-runtime';
import {
  rememberAdministration,
  rememberedAdministration,
} from '../../../src/main/core/moneybird/chosen-administration';
import type { SecretName, SecretStore } from '../../../src/main/core/secrets/keychain';
import { openStoreIn } from '../../../src/main/core/store';
import { bookkeepingMappingSetting } from '../../../src/main/core/sync/sync-settings';
import { MemorySecretStore, SecretsOverEnvironment } from '../../support/memory-secrets';
import { expectBookedOnce, mappingIn } from './administration-books';
import { chooseInApp, startApp } from './app-on-this-computer';
import { backUp, restore } from './data-folder-backup';
import { completeInShop, entryOf, saleOn, writesIn } from './deleted-bookings';
import { setupServiceOn } from './setup-service-on';
import { moneybirdRequestsSince, worldPerTest } from './support';

const worlds = worldPerTest();
const opened: Runtime[] = [];
const folders: string[] = [];
afterEach(() => {
  for (const runtime of opened.splice(0)) runtime.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('a data folder put back from before a switch of administration', () => {
  it('books nothing until the owner chooses again, says why, and then books nothing twice', async () => {
    const w = await worlds.startKnown();
    const [oldBv, newBv] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    const [oldName, newName] = w.moneybird.administrations.map((a) => a.name);
    // The administration is chosen in the app, not through the environment.
    delete w.env.MONEYBIRD_ADMINISTRATION_ID;
    const keychain = new SecretsOverEnvironment(new MemorySecretStore(), w.env);
    await chooseInApp(w, keychain, oldBv);
    const december = [saleOn(978_001, '2026-09-05'), saleOn(978_002, '2026-09-18', ['thee'])];
    for (const order of december) completeInShop(w, order);
    await (await startApp(w, keychain, opened)).engine.run('manual');
    const copy = await backUp(w);
    folders.push(copy);

    // The new BV: chosen in the app, and its orders booked there.
    await chooseInApp(w, keychain, newBv);
    const january = [saleOn(978_003, '2026-10-08'), saleOn(978_004, '2026-10-20', ['thee'])];
    for (const order of january) completeInShop(w, order);
    await (await startApp(w, keychain, opened)).engine.run('manual');
    for (const order of january)
      expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: newBv });

    // The disk fails; the owner puts the backup of before the switch back. It says: the old BV.
    for (const runtime of opened.splice(0)) runtime.close();
    await restore(w, copy);
    expect(w.runtime.store.settings.get(administrationSetting)).toBe(oldBv);
    const refused = await startApp(w, keychain, opened).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MissingConfigurationError);
    expect((refused as MissingConfigurationError).userMessage.nl).toContain('back-up');
    expect((refused as MissingConfigurationError).userMessage.en).toContain('Settings');

    // The wizard says which two, and where each comes from; it selects neither: the owner chooses.
    const { handlers } = setupServiceOn(w.env, w.runtime.store, keychain);
    const state = await handlers['setup.state']({});
    expect(state.next).toBe('administration');
    expect(state.steps.administration.state).toBe('broken');
    expect(state.steps.administration.reason?.nl).toContain(`"${oldName}"`);
    expect(state.steps.administration.reason?.nl).toContain(`"${newName}"`);
    expect(await handlers['setup.moneybird.administrations']({})).toMatchObject({
      ok: true,
      selected: null,
      conflict: { inFolder: oldBv, remembered: newBv },
    });
    expect(await handlers['setup.finish']({})).toMatchObject({ ok: false });

    // The owner chooses the new BV again; its mapping is asked for again (the folder's is the old BV's).
    expect(await handlers['setup.moneybird.chooseAdministration']({ administrationId: newBv })).toEqual({
      ok: true,
    });
    expect((await handlers['setup.state']({})).next).toBe('mapping');
    w.runtime.store.settings.set(bookkeepingMappingSetting, await mappingIn(w.moneybird, newBv));

    const february = saleOn(978_005, '2026-11-03');
    completeInShop(w, february);
    const from = w.moneybird.server.log.entries.length;
    const app = await startApp(w, keychain, opened);
    expect(app.moneybird.administrationId).toBe(newBv);
    await app.engine.run('manual');
    expect(entryOf(w, february.number)).toMatchObject({ state: 'done', administrationId: newBv });
    for (const order of december)
      expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: oldBv });
    for (const order of january)
      expect(entryOf(w, order.number)).toMatchObject({ state: 'done', administrationId: newBv });
    expectBookedOnce(w.moneybird, [...december, ...january, february]);
    // Written: the February order's booking alone (its contact, invoice, sending and payment).
    expect(writesIn(moneybirdRequestsSince(w, from)).every((r) => r.path.includes(newBv))).toBe(true);
  });

  it('choosing the folder’s administration again settles it too, keeping its mapping', async () => {
    const w = await worlds.startKnown();
    const [first, second] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    delete w.env.MONEYBIRD_ADMINISTRATION_ID;
    const keychain = new SecretsOverEnvironment(new MemorySecretStore(), w.env);
    await chooseInApp(w, keychain, first);
    const mapping = w.runtime.store.settings.get(bookkeepingMappingSetting);
    // The keychain says the second (the owner tried it, then put the folder of the first back).
    await rememberAdministration(keychain, second);
    await expect(startApp(w, keychain, opened)).rejects.toBeInstanceOf(MissingConfigurationError);

    const { handlers } = setupServiceOn(w.env, w.runtime.store, keychain);
    expect(await handlers['setup.moneybird.chooseAdministration']({ administrationId: first })).toEqual({
      ok: true,
    });
    expect(w.runtime.store.settings.get(bookkeepingMappingSetting)).toEqual(mapping);
    expect((await handlers['setup.state']({})).steps.administration.state).toBe('done');
    expect((await startApp(w, keychain, opened)).moneybird.administrationId).toBe(first);
  });

  it('the app starts needing the setup, with the reason on its status', async () => {
    const w = await worlds.startKnown();
    const [first, second] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    const env = { ...w.env };
    delete env.MONEYBIRD_ADMINISTRATION_ID;
    const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-restored-'));
    folders.push(dataDir);
    const store = openStoreIn(dataDir);
    store.settings.set(administrationSetting, first);
    store.settings.set(bookkeepingMappingSetting, await mappingIn(w.moneybird, first));
    store.close();
    const keychain = new SecretsOverEnvironment(
      new MemorySecretStore({ 'moneybird.administration': second }),
      env,
    );
    const core = await openAppService({ env, dataDir, secrets: keychain, runAtStart: false });
    try {
      expect(core.runtime).toBeNull();
      expect(core.service.status()).toMatchObject({
        state: 'needs-setup',
        reason: { nl: expect.stringContaining('back-up') },
      });
    } finally {
      await core.service.close();
    }
  });
});

describe('what the computer remembers of the choice', () => {
  it('an install of before remembers nothing: its choice is remembered at the next start', async () => {
    const w = await worlds.startKnown();
    const [first] = w.moneybird.administrations.map((a) => a.id) as [string];
    delete w.env.MONEYBIRD_ADMINISTRATION_ID;
    w.runtime.store.settings.set(administrationSetting, first);
    const keychain = new SecretsOverEnvironment(new MemorySecretStore(), w.env);
    expect(await rememberedAdministration(keychain)).toBeUndefined();
    await startApp(w, keychain, opened);
    expect(await rememberedAdministration(keychain)).toBe(first);
  });

  it('a choice the keychain cannot keep forgets the older one rather than leave it to mislead', async () => {
    const memory = new MemorySecretStore({ 'moneybird.administration': '111' });
    const refusing: SecretStore = {
      get: (name: SecretName) => memory.get(name),
      set: async () => {
        throw new Error('keychain locked');
      },
      delete: (name: SecretName) => memory.delete(name),
    };
    await rememberAdministration(refusing, '222');
    expect(await rememberedAdministration(refusing)).toBeUndefined();
    // A keychain that cannot be read remembers nothing: no conflict is made up from it.
    const unreadable: SecretStore = { ...refusing, get: async () => Promise.reject(new Error('no dbus')) };
    expect(await rememberedAdministration(unreadable)).toBeUndefined();
  });

  it('an administration set with the command line is remembered as a choice in the app is', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-cli-'));
    folders.push(dataDir);
    const keychain = new MemorySecretStore();
    const result = await runCli(
      { name: 'config', action: 'set', key: 'administration', value: '4242' },
      { env: { WINKELBRUG_DATA_DIR: dataDir }, secrets: keychain },
    );
    expect(result.exitCode).toBe(0);
    expect(await rememberedAdministration(keychain)).toBe('4242');
  });

  it('an administration given through the environment is not checked against the keychain', async () => {
    const w = await worlds.startKnown();
    const [first, second] = w.moneybird.administrations.map((a) => a.id) as [string, string];
    w.env.MONEYBIRD_ADMINISTRATION_ID = first;
    const keychain = new SecretsOverEnvironment(
      new MemorySecretStore({ 'moneybird.administration': second }),
      w.env,
    );
    expect((await startApp(w, keychain, opened)).moneybird.administrationId).toBe(first);
  });
});
