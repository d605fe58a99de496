// What the owner chose for the desktop app itself, stored in the settings table like the rest. The
// core only keeps it; the Electron shell applies it (src/main/electron/login-item.ts).
import { z } from 'zod';
import { LOCALES } from '../../../shared/i18n/translate';
import { defineSetting } from '../store/settings';

/** Start Winkelbrug, hidden in the tray, when the owner logs in. On unless switched off. */
export const startAtLoginSetting = defineSetting('desktop.startAtLogin', z.boolean(), true);

/**
 * The language Winkelbrug speaks: the window, the tray and the desktop notifications alike. Null
 * until the owner chooses one; until then the app speaks the system's language where the shell
 * knows it (Dutch otherwise).
 */
export const appLanguageSetting = defineSetting('app.language', z.enum(LOCALES).nullable(), null);
