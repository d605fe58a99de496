// Without a reachable OS keychain and without tokens in the environment, the app and the CLI say
// that no keychain is available and what to do, not that a token "is missing" (it may well be in
// the keychain they cannot read). Staged in a child process with a D-Bus address that leads nowhere.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

interface Text {
  nl: string;
  en: string;
}
interface Outcome {
  probe: { available: boolean; reason?: string };
  state: string;
  reason: Text | null;
  cli: { exitCode: number; lines: string[]; json: { ok: boolean; error: { code: string; message: Text } } };
}

let outcome: Outcome | undefined;

beforeAll(async () => {
  if (process.platform !== 'linux') return;
  const script = fileURLToPath(new URL('./support/app-without-bus.ts', import.meta.url));
  const env: Record<string, string | undefined> = {
    ...process.env,
    DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/winkelbrug-no-bus',
    WINKELBRUG_LANG: 'nl',
  };
  for (const name of ['MWW_TOKEN', 'MWW_PARTNER_TOKEN', 'MONEYBIRD_TOKEN', 'MONEYBIRD_OAUTH_TOKENS'])
    delete env[name];
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { env, timeout: 60_000 });
  outcome = JSON.parse(stdout.trim().split('\n').at(-1)!);
}, 90_000);

/** How often `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('no OS keychain and no token in the environment', () => {
  it('the app says no keychain is available and what to do, once, instead of "not connected"', (ctx) => {
    if (!outcome) return ctx.skip('staged with an unreachable D-Bus (Linux)');
    expect(outcome.probe.available).toBe(false);
    expect(outcome.state).toBe('needs-setup');
    const reason = outcome.reason!;
    expect(reason.nl).toMatch(/geen sleutelhanger/);
    expect(reason.nl).toMatch(/Ontgrendel of installeer een sleutelhanger/);
    expect(reason.en).toMatch(/no operating-system keychain is available/);
    expect(reason.en).toMatch(/Unlock or install a keychain/);
    expect(reason.nl).not.toMatch(/nog niet gekoppeld|ontbreekt/);
    expect(reason.en).not.toMatch(/not connected|is missing/);
    // The cause is told once, not wrapped in its own "No OS keychain available: …".
    for (const text of [reason.nl, reason.en]) {
      expect(text).not.toMatch(/No OS keychain available/);
      expect(count(text, 'DBus error')).toBe(1);
    }
  });

  it('the CLI says the same, with its own error code', (ctx) => {
    if (!outcome) return ctx.skip('staged with an unreachable D-Bus (Linux)');
    const { cli } = outcome;
    expect(cli.exitCode).toBe(1);
    expect(cli.json.error.code).toBe('keychain_unavailable');
    expect(cli.lines).toHaveLength(1);
    expect(cli.lines[0]).toMatch(/geen sleutelhanger/);
    expect(cli.lines[0]).toContain('MWW_TOKEN');
    expect(cli.lines[0]).not.toMatch(/De instelling MWW_TOKEN ontbreekt/);
    expect(count(cli.lines[0]!, 'DBus error')).toBe(1);
    expect(cli.lines[0]).not.toMatch(/No OS keychain available/);
  });
});
