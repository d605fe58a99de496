// The desktop shell in a real Electron, driven by Playwright. Runs where an Electron binary is
// installed; elsewhere (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on the build machines) it reports
// itself skipped with the reason.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where the electron package put its binary. Read from its files rather than `require('electron')`,
 * which would try to download a missing binary.
 */
function electronBinary(): { ok: true; path: string } | { ok: false; reason: string } {
  const pkg = resolve(root, 'node_modules/electron');
  const pathFile = resolve(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      ok: false,
      reason:
        'no Electron binary installed (node_modules/electron/path.txt is missing, as after ' +
        'ELECTRON_SKIP_BINARY_DOWNLOAD=1); install with the download enabled to run this test',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? resolve(pkg, 'dist');
  const path = resolve(dist, relative);
  return existsSync(path) ? { ok: true, path } : { ok: false, reason: `no Electron binary at ${path}` };
}

type Bridged = { winkelbrug: { invoke(channel: string, args: object): Promise<unknown> } };

describe('Electron shell', () => {
  it('opens one hardened window on the setup wizard, round-trips Pause/Resume over IPC, and stays in the tray on close with the window destroyed', async (ctx) => {
    const binary = electronBinary();
    if (!binary.ok) return ctx.skip(binary.reason);

    const build = spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(build.status, build.stderr).toBe(0);

    const env = { ...process.env };
    delete env.ELECTRON_RENDERER_URL;
    // A first install: an empty data folder of its own, never the developer's.
    const dataDir = mkdtempSync(join(tmpdir(), 'winkelbrug-electron-'));
    env.WINKELBRUG_DATA_DIR = dataDir;
    const app = await _electron.launch({
      executablePath: binary.path,
      args: ['--no-sandbox', root],
      cwd: root,
      env: env as Record<string, string>,
    });
    try {
      const page = await app.firstWindow();
      // Nothing is set up yet: the window opens on the setup wizard.
      await page.waitForSelector('.wizard [data-testid^="step-"]');
      expect(page.url()).toMatch(/#\/setup\/[a-z-]+$/);

      // Exactly one bridge, no Node in the page.
      expect(
        await page.evaluate(() => Object.keys((window as unknown as Bridged).winkelbrug).sort()),
      ).toEqual(['invoke', 'on', 'transport']);
      expect(await page.evaluate(() => 'require' in window || 'process' in window)).toBe(false);

      // An unknown channel through the real preload is refused, not crashed on.
      const refused = await page.evaluate(() =>
        (window as unknown as Bridged).winkelbrug.invoke('app.quit', {}),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });

      // The dashboard (the wizard has no way there until the setup is done) shows what is missing.
      await page.evaluate(() => {
        window.location.hash = '#/';
      });
      await page.waitForSelector('[data-testid="app-state"][data-state="needs-setup"]');
      await page.waitForSelector('[data-testid="setup-reminder"]');

      await page.click('[data-testid="pause"]');
      await page.waitForSelector('[data-testid="app-state"][data-state="paused"]');
      await page.click('[data-testid="resume"]');
      await page.waitForSelector('[data-testid="app-state"][data-state="needs-setup"]');

      // window.open is denied: no second window appears.
      await page.evaluate(() => window.open('https://evil.example/'));
      expect(app.windows().length).toBe(1);

      // Closing the window destroys it (light when idle); the app lives on in the tray, says so
      // once, and builds a new window when opened again.
      await page.evaluate(() => window.close());
      await expect
        .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length))
        .toBe(0);
      await expect.poll(() => existsSync(join(dataDir, '.tray-explained'))).toBe(true);
      const reopened = app.waitForEvent('window');
      await app.evaluate(({ app: electronApp }) => {
        electronApp.emit('activate');
      });
      const second = await reopened;
      await second.waitForSelector('[data-testid="app-state"], .wizard');
      expect(app.windows().length).toBe(1);
    } finally {
      await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => {});
      await app.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
