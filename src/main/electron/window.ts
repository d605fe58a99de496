// The one window. Closing it hides it (the app lives on in the tray) unless the app is quitting.
import type { BrowserWindowConstructorOptions } from 'electron';
import { hardenedWebPreferences } from './security';

export interface WindowLike {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  hide(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
  loadURL(url: string): Promise<void>;
}

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

export function keepInTrayOnClose(window: Pick<WindowLike, 'on' | 'hide'>, isQuitting: () => boolean): void {
  window.on('close', (event) => {
    if (isQuitting()) return;
    event.preventDefault();
    window.hide();
  });
}

export function showWindow(window: Pick<WindowLike, 'show' | 'focus' | 'isMinimized' | 'restore'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
