// Which browser the browser tests start (test/support/browser.ts): the override, then an installed
// Chrome or Edge by Playwright's channel, then Chromium on PATH; a clear error naming what was tried.
import { describe, expect, it } from 'vitest';
import { planBrowser } from '../../support/browser';

const files =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('planBrowser', () => {
  it('takes WINKELBRUG_CHROMIUM alone when it names a file', () => {
    const plan = planBrowser({
      platform: 'win32',
      env: { WINKELBRUG_CHROMIUM: 'C:\\chrome\\chrome.exe', PATH: 'C:\\bin' },
      exists: files('C:\\chrome\\chrome.exe', 'C:\\bin\\chromium.exe'),
    });
    expect(plan).toMatchObject({
      ok: true,
      candidates: [{ kind: 'path', path: 'C:\\chrome\\chrome.exe', from: 'WINKELBRUG_CHROMIUM' }],
    });
  });

  it('refuses an override that names a missing file instead of falling back', () => {
    const plan = planBrowser({
      platform: 'linux',
      env: { WINKELBRUG_CHROMIUM: '/nope' },
      exists: files('/usr/bin/chromium'),
    });
    expect(plan).toEqual({ ok: false, message: expect.stringMatching(/WINKELBRUG_CHROMIUM.*\/nope/) });
  });

  it('on Windows and macOS tries an installed Chrome, then Edge, by channel', () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const plan = planBrowser({ platform, env: { PATH: '' }, exists: () => false });
      expect(plan.ok && plan.candidates).toEqual([
        { kind: 'channel', channel: 'chrome' },
        { kind: 'channel', channel: 'msedge' },
      ]);
    }
  });

  it('finds chromium or chromium-browser on PATH after the channels (Debian)', () => {
    const plan = planBrowser({
      platform: 'linux',
      env: { PATH: '/usr/local/bin:/usr/bin/' },
      exists: files('/usr/bin/chromium', '/usr/local/bin/chromium-browser'),
    });
    expect(plan.ok && plan.candidates).toEqual([
      { kind: 'channel', channel: 'chrome' },
      { kind: 'channel', channel: 'msedge' },
      { kind: 'path', path: '/usr/bin/chromium', from: 'chromium on PATH' },
      { kind: 'path', path: '/usr/local/bin/chromium-browser', from: 'chromium-browser on PATH' },
    ]);
  });

  it('reads Windows PATH with ; and .exe', () => {
    const plan = planBrowser({
      platform: 'win32',
      env: { Path: 'C:\\Tools\\;D:\\x' },
      exists: files('C:\\Tools\\chromium.exe'),
      channels: [],
    });
    expect(plan.ok && plan.candidates).toEqual([
      { kind: 'path', path: 'C:\\Tools\\chromium.exe', from: 'chromium.exe on PATH' },
    ]);
  });

  it('names everything it tried when nothing is there', () => {
    const plan = planBrowser({
      platform: 'linux',
      env: { PATH: '/usr/bin' },
      exists: () => false,
      channels: [],
    });
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toContain('WINKELBRUG_CHROMIUM (not set)');
    expect(plan.message).toContain('chromium on PATH (not found)');
    expect(plan.message).toContain('chromium-browser on PATH (not found)');
    expect(plan.message).toMatch(/set WINKELBRUG_CHROMIUM/);
  });
});
