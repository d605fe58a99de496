// Notifications in the browser UI (the headless shell): the core's `notification` event shown with
// the browser's Notification API, once the owner allowed it. Permission is only ever asked from the
// owner's own click (the offer on the dashboard), never when a page loads. The desktop app shows the
// same event itself (src/main/electron/notifications.ts), so there this stays off.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Locale } from '../../shared/i18n/translate';
import type { CheckedClient } from '../bridge/checked-client';

/** What a shown notification needs of the browser's Notification class. */
export interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): Notification;
}

export interface BrowserNotificationsState {
  /** False in the desktop app and in a browser without notifications: nothing to offer. */
  available: boolean;
  permission: NotificationPermission;
  /** The owner clicked the offer at least once this session (a refusal is then explained). */
  asked: boolean;
  /** Asks the browser's permission; call only from the owner's click. */
  ask(): Promise<void>;
}

export type BrowserNotificationsStore = StoreApi<BrowserNotificationsState>;

export function createBrowserNotifications(
  client: CheckedClient,
  options: { transport: 'electron' | 'socket'; api: NotificationApi | undefined; locale: () => Locale },
): BrowserNotificationsStore {
  const api = options.transport === 'socket' ? options.api : undefined;
  const store = createStore<BrowserNotificationsState>()((set) => ({
    available: api !== undefined,
    permission: api?.permission ?? 'denied',
    asked: false,
    async ask() {
      if (!api) return;
      let permission: NotificationPermission;
      try {
        permission = await api.requestPermission();
      } catch {
        // An old browser without the promise form, or one that refuses outright.
        permission = api.permission;
      }
      set({ permission, asked: true });
    },
  }));

  if (api) {
    const shown = new Set<string>();
    client.on('notification', (notification) => {
      // The permission as the browser has it now: the owner may have changed it in its settings.
      if (api.permission !== 'granted' || shown.has(notification.id)) return;
      shown.add(notification.id);
      const locale = options.locale();
      const shownNotification = new api(notification.title[locale], {
        body: notification.body[locale],
        // A second tab with Winkelbrug open replaces this one instead of showing it twice.
        tag: notification.id,
        lang: locale,
      });
      shownNotification.onclick = () => {
        window.focus();
        shownNotification.close();
      };
    });
  }
  return store;
}

export const BrowserNotificationsContext = createContext<BrowserNotificationsStore | null>(null);

export function useBrowserNotifications<T>(selector: (state: BrowserNotificationsState) => T): T {
  const store = useContext(BrowserNotificationsContext);
  if (!store) throw new Error('useBrowserNotifications outside <BrowserNotificationsContext.Provider>');
  return useStore(store, selector);
}
