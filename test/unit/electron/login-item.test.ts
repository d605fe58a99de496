import { describe, expect, it } from 'vitest';
import { startAtLoginSetting } from '../../../src/main/core/setup/desktop-settings';
import {
  applyStartAtLogin,
  autostartDesktopEntry,
  HIDDEN_ARG,
  type LoginItemApp,
  loginItemOptions,
  startedHidden,
} from '../../../src/main/electron/login-item';
import { syncDraftOf, syncPatch } from '../../../src/renderer/components/settings/sync-settings-form';
import { settingsSchema, settingsUpdateSchema } from '../../../src/shared/contract';

function fakeApp(packaged = true, wasOpenedAtLogin = false) {
  const calls: unknown[] = [];
  const app: LoginItemApp = {
    isPackaged: packaged,
    setLoginItemSettings: (settings) => void calls.push(settings),
    getLoginItemSettings: () => ({ openAtLogin: true, wasOpenedAtLogin }),
  };
  return { app, calls };
}

function fakeAutostart() {
  const files = new Map<string, string>();
  return {
    files,
    autostart: {
      path: '/home/o/.config/autostart/winkelbrug.desktop',
      write: (path: string, text: string) => void files.set(path, text),
      remove: (path: string) => void files.delete(path),
    },
  };
}

describe('start at login', () => {
  it('is on by default and can be switched off through the contract', () => {
    expect(startAtLoginSetting.defaultValue).toBe(true);
    expect(settingsSchema.shape.startAtLogin.parse(false)).toBe(false);
    expect(settingsUpdateSchema.parse({ startAtLogin: false })).toEqual({ startAtLogin: false });
    expect(settingsUpdateSchema.safeParse({ startAtLogin: 'yes' }).success).toBe(false);
  });

  it('registers a Windows login item that starts hidden, and removes it when switched off', () => {
    const { app, calls } = fakeApp();
    expect(applyStartAtLogin(app, true, { platform: 'win32' })).toEqual({ applied: true, openAtLogin: true });
    applyStartAtLogin(app, false, { platform: 'win32' });
    expect(calls).toEqual([
      { openAtLogin: true, args: [HIDDEN_ARG] },
      { openAtLogin: false, args: [HIDDEN_ARG] },
    ]);
  });

  it('registers a macOS login item (hidden is recognised by wasOpenedAtLogin)', () => {
    const { app, calls } = fakeApp();
    applyStartAtLogin(app, true, { platform: 'darwin' });
    expect(calls).toEqual([{ openAtLogin: true }]);
    expect(loginItemOptions(false, 'darwin')).toEqual({ openAtLogin: false });
  });

  it('writes and removes an XDG autostart entry for the AppImage on Linux', () => {
    const { app, calls } = fakeApp();
    const { files, autostart } = fakeAutostart();
    const env = { platform: 'linux' as const, appImage: '/home/o/Apps/Winkelbrug "1".AppImage', autostart };
    expect(applyStartAtLogin(app, true, env).applied).toBe(true);
    expect(files.get(autostart.path)).toContain('Exec="/home/o/Apps/Winkelbrug \\"1\\".AppImage" --hidden');
    applyStartAtLogin(app, false, env);
    expect(files.size).toBe(0);
    expect(calls).toEqual([]);
    expect(applyStartAtLogin(app, true, { platform: 'linux', autostart })).toEqual({
      applied: false,
      reason: 'no-appimage',
    });
    expect(autostartDesktopEntry('/a.AppImage')).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
  });

  it('never registers a development run', () => {
    const { app, calls } = fakeApp(false);
    expect(applyStartAtLogin(app, true, { platform: 'win32' })).toEqual({
      applied: false,
      reason: 'not-packaged',
    });
    expect(calls).toEqual([]);
  });

  it('starts hidden in the tray only when started by the login item', () => {
    expect(startedHidden(['/app', HIDDEN_ARG], fakeApp().app, 'win32')).toBe(true);
    expect(startedHidden(['/app'], fakeApp().app, 'win32')).toBe(false);
    expect(startedHidden(['/app'], fakeApp(true, true).app, 'darwin')).toBe(true);
    expect(startedHidden(['/app'], fakeApp(true, false).app, 'darwin')).toBe(false);
    expect(startedHidden(['/app'], fakeApp(true, true).app, 'linux')).toBe(false);
  });
});

describe('Settings → Synchronisatie', () => {
  it('sends start at login only when the owner changed it', () => {
    const settings = {
      intervalMinutes: 15,
      bookingStyle: 'sales' as const,
      invoiceLanguage: 'nl' as const,
      referencePrefix: 'MWW',
      referencePrefixFixed: false,
      acceptAuthorizedPayments: false,
      updateContacts: true,
      partnerTokenOverridden: false,
      startAtLogin: true,
      language: 'nl' as const,
    };
    const draft = syncDraftOf(settings);
    expect(draft.startAtLogin).toBe(true);
    expect(syncPatch(settings, draft)).toEqual({});
    expect(syncPatch(settings, { ...draft, startAtLogin: false })).toEqual({ startAtLogin: false });
  });
});
