// A real round trip through the OS keychain: gnome-keyring's Secret Service on a private D-Bus in CI
// (scripts/run-tests.mjs starts one). Without a reachable keychain this reports itself skipped with
// the reason, unless WINKELBRUG_REQUIRE_KEYCHAIN=1 (CI), where that is a failure.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EnvSecretSource,
  KeychainUnavailableError,
  OsKeychain,
} from '../../../src/main/core/secrets/keychain';

const run = promisify(execFile);
const required = process.env.WINKELBRUG_REQUIRE_KEYCHAIN === '1';
const service = `nl.winkelbrug.test-${process.pid}`;
let unavailable: string | undefined;

beforeAll(async () => {
  const probe = await new OsKeychain({ service }).probe();
  unavailable = probe.available ? undefined : probe.reason;
});

describe('OS keychain', () => {
  it('stores, reads, replaces and deletes a secret', async (ctx) => {
    if (unavailable !== undefined) {
      if (required)
        throw new Error(`WINKELBRUG_REQUIRE_KEYCHAIN=1 but no keychain is reachable: ${unavailable}`);
      ctx.skip(`no OS keychain reachable: ${unavailable}`);
    }
    const keychain = new OsKeychain({ service });
    const tokens = JSON.stringify({
      accessToken: 'at-éèñ-𝄞-'.repeat(20),
      refreshToken: 'rt',
      scopes: ['sales_invoices'],
    });
    await keychain.delete('moneybird.oauth-tokens');
    expect(await keychain.get('moneybird.oauth-tokens')).toBeUndefined();
    await keychain.set('moneybird.oauth-tokens', tokens);
    expect(await keychain.get('moneybird.oauth-tokens')).toBe(tokens);
    await keychain.set('moneybird.oauth-tokens', 'replaced');
    expect(await new OsKeychain({ service }).get('moneybird.oauth-tokens')).toBe('replaced');
    // Entries are separate per name and per service.
    await keychain.set('mijnwebwinkel.token', 'store-token');
    expect(await new OsKeychain({ service: `${service}-other` }).get('mijnwebwinkel.token')).toBeUndefined();
    expect(await keychain.delete('moneybird.oauth-tokens')).toBe(true);
    expect(await keychain.delete('mijnwebwinkel.token')).toBe(true);
    expect(await keychain.get('moneybird.oauth-tokens')).toBeUndefined();
    expect(await keychain.delete('moneybird.oauth-tokens')).toBe(false);
  });

  it('says plainly that no keychain is available instead of storing in plaintext', async (ctx) => {
    if (process.platform !== 'linux')
      ctx.skip('the no-keychain case is staged with an unreachable D-Bus (Linux)');
    // A separate process: the keyring library keeps its D-Bus connection for the life of a process.
    const script = fileURLToPath(new URL('./support/keychain-without-bus.ts', import.meta.url));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/winkelbrug-no-bus' },
      timeout: 30_000,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(result.unavailable).toBe(true);
    expect(result.userMessage.nl).toMatch(/sleutelhanger/);
    expect(result.userMessage.en).toMatch(/keychain/);
    expect(result.probe.available).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret-value');
  });
});

describe('environment token source (headless shell)', () => {
  it('reads tokens from the environment and refuses to store any', async () => {
    const source = new EnvSecretSource({
      MONEYBIRD_TOKEN: ' mb-token ',
      MWW_TOKEN: '',
      MWW_PARTNER_TOKEN: 'p',
    });
    expect(await source.get('moneybird.personal-token')).toBe('mb-token');
    expect(await source.get('mijnwebwinkel.token')).toBeUndefined();
    // MWW_PARTNER_TOKEN is the build's configuration, not a secret the environment overrides.
    expect(await source.get('mijnwebwinkel.partner-token')).toBeUndefined();
    await expect(source.set('moneybird.personal-token', 'x')).rejects.toBeInstanceOf(
      KeychainUnavailableError,
    );
  });
});
