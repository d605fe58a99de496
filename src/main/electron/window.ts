// The one window's options. Its life (built on open, destroyed on close, the app living on in the
// tray) is in lifecycle.ts.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './security';

export function mainWindowOptions(
  preloadPath: string,
  icon?: string,
  options: { packaged?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    width: 820,
    height: 680,
    minWidth: 520,
    minHeight: 480,
    show: false,
    title: 'Winkelbrug',
    autoHideMenuBar: true,
    ...(icon ? { icon } : {}),
    webPreferences: hardenedWebPreferences(preloadPath, options),
  };
}
