// The desktop shell's notifications: the core decides (at most one per run, see
// core/app-service/run-notification.ts) and pushes a `notification` event; this shows it with the
// system's notification centre, in the app's language as the tray speaks it. Clicking it opens
// the window. Electron's Notification is passed in, so this is tested without Electron
// (test/unit/electron/notifications.test.ts).
import type { CoreEvent } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/translate';

export interface DesktopNotificationOptions {
  /** Whether the system can show notifications at all (Electron's Notification.isSupported()). */
  supported(): boolean;
  /** Shows one; `onClick` when the owner clicks it. */
  show(notification: { title: string; body: string }, onClick: () => void): void;
  /** The app's language now (the owner may change it while the app runs). */
  locale(): Locale;
  /** Opens (or brings forward) the window. */
  openWindow(): void;
}

/** How many shown ids are remembered, to drop an event that arrives twice. */
const REMEMBERED = 20;

/** A listener for the core's events that shows each notification once. */
export function desktopNotifications(options: DesktopNotificationOptions): (event: CoreEvent) => void {
  const shown: string[] = [];
  return (event) => {
    if (event.channel !== 'notification' || !options.supported()) return;
    const { id, title, body } = event.payload;
    if (shown.includes(id)) return;
    shown.push(id);
    if (shown.length > REMEMBERED) shown.shift();
    const locale = options.locale();
    options.show({ title: title[locale], body: body[locale] }, options.openWindow);
  };
}
