// The desktop shell as it is packaged, checked without an Electron binary: the builder's
// configuration (valid for electron-builder, with Electron's fuses set), the developer tools off in
// an installed build, and the app:// scheme the window loads its page from.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  APP_HOST,
  APP_PAGE_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  appProtocolAnswer,
} from '../../../src/main/electron/app-protocol';
import { isAppUrl } from '../../../src/main/electron/external-links';
import { isTrustedSender } from '../../../src/main/electron/ipc';
import { hardenedWebPreferences } from '../../../src/main/electron/security';
import { mainWindowOptions } from '../../../src/main/electron/window';

const root = resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder', () => {
    const require = createRequire(join(root, 'package.json'));
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('sets Electron’s fuses: no Node mode, no NODE_OPTIONS or --inspect, code only from a checked app.asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The code must be in an asar for the last two to mean anything.
    expect(config.asar).not.toBe(false);
  });
});

describe('installers', () => {
  type Target = { target: string; arch: string[] };
  const section = (name: string) => config[name] as Record<string, unknown>;

  it('names only files that exist (icons, entitlements, hooks, and what is packed)', () => {
    const named = [
      section('mac').icon,
      section('mac').entitlements,
      section('mac').entitlementsInherit,
      section('win').icon,
      section('linux').icon,
      config.afterSign,
    ] as string[];
    for (const file of named) expect(existsSync(join(root, file)), file).toBe(true);
    expect(existsSync(join(root, (config.directories as { buildResources: string }).buildResources))).toBe(
      true,
    );
    // The globs of files that ship each match something in the tree (out/ is built, not committed).
    for (const glob of [...(config.files as string[]), ...(config.asarUnpack as string[])]) {
      if (glob.startsWith('!') || glob.startsWith('out/') || glob.includes('node_modules')) continue;
      const dir = join(root, glob.replace(/\/?\*.*$/, ''));
      expect(existsSync(dir), glob).toBe(true);
    }
    expect(readFileSync(join(root, section('mac').entitlements as string), 'utf8')).toContain(
      'com.apple.security.cs.allow-jit',
    );
  });

  it('Windows: an NSIS installer per user, no administrator, Start-menu and desktop shortcuts', () => {
    expect((section('win').target as Target[]).map((t) => t.target)).toEqual(['nsis']);
    expect(section('nsis')).toMatchObject({
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
    });
  });

  it('macOS: dmg and zip for Apple silicon and Intel, hardened runtime with entitlements, notarised from env', () => {
    const targets = section('mac').target as Target[];
    expect(targets.map((t) => t.target).sort()).toEqual(['dmg', 'zip']);
    for (const t of targets) expect(t.arch.sort()).toEqual(['arm64', 'x64']);
    expect(section('mac')).toMatchObject({ hardenedRuntime: true, notarize: true });
  });

  it('Linux: an AppImage; native modules rebuilt and unpacked; updates from GitHub releases', () => {
    expect(section('linux').target).toBe('AppImage');
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/node_modules/better-sqlite3/**', '**/node_modules/@napi-rs/keyring*/**']),
    );
    expect(config.publish).toMatchObject({ provider: 'github', releaseType: 'draft' });
  });

  it('publishes to the repository it is built from, found by electron-builder in the checkout', async () => {
    // No owner or repo in the configuration and no `repository` in package.json: electron-builder
    // then reads the `origin` remote that actions/checkout writes, so a maintainer's fork or the
    // project's own repository needs no edit.
    expect(config.publish).not.toHaveProperty('owner');
    expect(config.publish).not.toHaveProperty('repo');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).not.toHaveProperty('repository');
    const require = createRequire(join(root, 'package.json'));
    const { getRepositoryInfo } = require('app-builder-lib/out/util/repositoryInfo') as {
      getRepositoryInfo(
        dir: string,
        metadata: object,
        dev: object | null,
      ): Promise<{ user: string; project: string }>;
    };
    const checkout = await mkdtemp(join(tmpdir(), 'winkelbrug-checkout-'));
    try {
      await mkdir(join(checkout, '.git'));
      await writeFile(
        join(checkout, '.git', 'config'),
        '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = https://github.com/een-winkel/winkelbrug\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
      );
      const info = await getRepositoryInfo(checkout, pkg, null);
      expect({ user: info.user, project: info.project }).toEqual({
        user: 'een-winkel',
        project: 'winkelbrug',
      });
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });

  it('says plainly when a build is not signed or not notarised', () => {
    const require = createRequire(join(root, 'package.json'));
    const { signingReport } = require(join(root, config.afterSign as string)) as {
      signingReport: (
        env: Record<string, string>,
        platform: string,
      ) => { signed: boolean; notarized: boolean; lines: string[] };
    };
    const mac = signingReport({}, 'darwin');
    expect(mac).toMatchObject({ signed: false, notarized: false });
    expect(mac.lines.join('\n')).toMatch(/CSC_LINK and CSC_KEY_PASSWORD not set.*Gatekeeper/);
    expect(mac.lines.join('\n')).toContain('APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID not set');
    expect(signingReport({}, 'win32').lines.join('\n')).toContain('SmartScreen');
    const all = {
      CSC_LINK: 'x',
      CSC_KEY_PASSWORD: 'x',
      APPLE_ID: 'x',
      APPLE_APP_SPECIFIC_PASSWORD: 'x',
      APPLE_TEAM_ID: 'x',
    };
    expect(signingReport(all, 'darwin')).toEqual({ signed: true, notarized: true, lines: [] });
    expect(signingReport({}, 'linux').lines).toEqual([]);
  });
});

describe('developer tools', () => {
  it('are off in an installed build and on while developing', () => {
    expect(hardenedWebPreferences('/p.cjs', { packaged: true }).devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', undefined, { packaged: true }).webPreferences?.devTools).toBe(false);
    expect(hardenedWebPreferences('/p.cjs', { packaged: false }).devTools).toBe(true);
    expect(hardenedWebPreferences('/p.cjs').devTools).toBe(true);
  });
});

describe('the app:// scheme', () => {
  let rendererDir: string;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'winkelbrug-app-scheme-'));
    rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(rendererDir, 'assets/app.js'), 'export {};');
    await writeFile(join(dir, 'secret.json'), '{}');
  });
  afterAll(() => rm(resolve(rendererDir, '..'), { recursive: true, force: true }));

  it('is a standard, secure scheme with no extra privileges', () => {
    expect(APP_PAGE_URL).toBe(`${APP_SCHEME}://${APP_HOST}/index.html`);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, bypassCSP: false });
    expect(APP_SCHEME_PRIVILEGES).not.toMatchObject({ allowServiceWorkers: true });
  });

  it('serves the renderer’s files with the CSP as a header', async () => {
    const page = await appProtocolAnswer(rendererDir, APP_PAGE_URL);
    expect(page.status).toBe(200);
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(page.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(String(page.body)).toContain('<div id="root">');
    const script = await appProtocolAnswer(rendererDir, 'app://winkelbrug/assets/app.js');
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the renderer folder, for another host, or for other methods', async () => {
    for (const url of [
      'app://winkelbrug/../secret.json',
      'app://winkelbrug/%2e%2e/secret.json',
      'app://winkelbrug/assets',
      'app://winkelbrug/x.exe',
      'app://other/index.html',
      'app://user:pw@winkelbrug/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect((await appProtocolAnswer(rendererDir, url)).status, url).toBeGreaterThanOrEqual(400);
    }
    expect((await appProtocolAnswer(rendererDir, APP_PAGE_URL, 'POST')).status).toBe(405);
  });

  it('is the app’s own page for navigation and IPC, and nothing else is', () => {
    expect(isAppUrl(`${APP_PAGE_URL}#/settings`, APP_PAGE_URL)).toBe(true);
    expect(isAppUrl('app://winkelbrug/assets/app.js', APP_PAGE_URL)).toBe(true);
    for (const url of [
      'app://other/index.html',
      'app://user:pw@winkelbrug/index.html',
      'file:///opt/Winkelbrug/resources/app.asar/out/renderer/index.html',
      'https://winkelbrug/index.html',
      'http://localhost:5173/',
    ]) {
      expect(isAppUrl(url, APP_PAGE_URL), url).toBe(false);
    }
    expect(isTrustedSender({ url: `${APP_PAGE_URL}#/`, parent: null }, APP_PAGE_URL)).toBe(true);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null }, APP_PAGE_URL)).toBe(false);
  });
});
