// What the owner chose for the desktop app itself, stored in the settings table like the rest. The
// core only keeps it; the Electron shell applies it (src/main/electron/login-item.ts).
import { z } from 'zod';
import { defineSetting } from '../store/settings';

/** Start Winkelbrug, hidden in the tray, when the owner logs in. On unless switched off. */
export const startAtLoginSetting = defineSetting('desktop.startAtLogin', z.boolean(), true);
