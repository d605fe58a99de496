// The app's language is a setting the core keeps: the system's until the owner chooses (the desktop
// shell passes it), Dutch where nothing is known, and the owner's choice over a restart, so the
// window, the tray and the notifications all speak it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppService } from '../../../src/main/core/app-service';
import { openAppService } from '../../../src/main/core/app-service/open-app-service';
import type { Locale } from '../../../src/shared/i18n/translate';
import { MemorySecretStore } from '../../support/memory-secrets';

const dirs: string[] = [];
const services: AppService[] = [];
afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(dataDir: string, defaultLanguage?: Locale): Promise<AppService> {
  const { service } = await openAppService({
    env: {},
    dataDir,
    secrets: new MemorySecretStore(),
    logger: { log: () => {} },
    runAtStart: false,
    defaultLanguage,
  });
  services.push(service);
  return service;
}

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-language-'));
  dirs.push(dir);
  return dir;
}

async function language(service: AppService): Promise<Locale> {
  const reply = await service.dispatch('settings.get', {}, 'test');
  if (!reply.ok) throw new Error(reply.error.message.en);
  return reply.result.language;
}

describe('the app’s language', () => {
  it('is Dutch where nothing else is known, and the system’s until the owner chooses', async () => {
    expect(await language(await open(dataFolder()))).toBe('nl');
    expect(await language(await open(dataFolder(), 'en'))).toBe('en');
  });

  it('keeps the owner’s choice over a restart, whatever the system speaks', async () => {
    const dir = dataFolder();
    const first = await open(dir, 'en');
    const reply = await first.dispatch('settings.update', { language: 'nl' }, 'test');
    expect(reply.ok && reply.result.language).toBe('nl');
    await first.close();
    services.splice(services.indexOf(first), 1);

    expect(await language(await open(dir, 'en'))).toBe('nl');
  });

  it('refuses a language the app does not speak', async () => {
    const service = await open(dataFolder());
    const reply = await service.dispatch('settings.update', { language: 'fr' } as never, 'test');
    expect(reply.ok).toBe(false);
    expect(await language(service)).toBe('nl');
  });
});
