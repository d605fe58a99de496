// The desktop shell shows the core's notification event in the app's language, once per id, and
// a click opens the window; other events and a system without notifications show nothing.
import { describe, expect, it } from 'vitest';
import { desktopNotifications } from '../../../src/main/electron/notifications';
import type { AppNotification, CoreEvent } from '../../../src/shared/contract';

const parked: AppNotification = {
  id: 'run-7-orders-parked',
  kind: 'orders-parked',
  title: { nl: '2 bestellingen wachten op jou', en: '2 orders need you' },
  body: { nl: 'Winkelbrug kon 2 bestellingen niet boeken.', en: 'Winkelbrug could not book 2 orders.' },
};
const event = (payload: AppNotification): CoreEvent => ({ channel: 'notification', payload });

function harness(options: { supported?: boolean; locale?: 'nl' | 'en' } = {}) {
  const shown: Array<{ title: string; body: string; click: () => void }> = [];
  let opened = 0;
  let locale = options.locale ?? 'nl';
  const listener = desktopNotifications({
    supported: () => options.supported ?? true,
    show: (notification, onClick) => shown.push({ ...notification, click: onClick }),
    locale: () => locale,
    openWindow: () => {
      opened += 1;
    },
  });
  const setLocale = (next: 'nl' | 'en') => {
    locale = next;
  };
  return { listener, shown, opened: () => opened, setLocale };
}

describe('desktop notifications', () => {
  it('shows the notification in the app’s language, and a click opens the window', () => {
    const { listener, shown, opened } = harness();
    listener(event(parked));
    expect(shown.map(({ title, body }) => ({ title, body }))).toEqual([
      { title: '2 bestellingen wachten op jou', body: 'Winkelbrug kon 2 bestellingen niet boeken.' },
    ]);
    shown[0]!.click();
    expect(opened()).toBe(1);
  });

  it('speaks English when the app does, and the language the owner switched to since', () => {
    const { listener, shown, setLocale } = harness({ locale: 'en' });
    listener(event(parked));
    expect(shown[0]?.title).toBe('2 orders need you');
    setLocale('nl');
    listener(event({ ...parked, id: 'run-8-orders-parked' }));
    expect(shown[1]?.title).toBe('2 bestellingen wachten op jou');
  });

  it('shows the same notification once, and the next run’s again', () => {
    const { listener, shown } = harness();
    listener(event(parked));
    listener(event(parked));
    listener(event({ ...parked, id: 'run-8-orders-parked' }));
    expect(shown).toHaveLength(2);
  });

  it('ignores other events, and shows nothing where the system has no notifications', () => {
    const { listener, shown } = harness();
    listener({ channel: 'sync.progress', payload: { runId: '1', done: 1, total: 2 } });
    expect(shown).toEqual([]);
    const unsupported = harness({ supported: false });
    unsupported.listener(event(parked));
    expect(unsupported.shown).toEqual([]);
  });
});
