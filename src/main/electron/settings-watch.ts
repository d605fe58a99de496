// The settings the desktop shell applies itself: start at login (Settings → Synchronisatie) and the
// app's language (Settings → Taal, or the switch in the header), which the tray and the desktop
// notifications speak as well as the window. Every settings reply the core gives the window is also
// handed to the shell, so a choice takes effect the moment it is saved. Pure; tested with a fake
// service (test/unit/electron/settings-watch.test.ts).
import { settingsSchema } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/translate';

export interface ShellSettings {
  startAtLogin: boolean;
  language: Locale;
}

interface DispatchingService {
  dispatch(channel: unknown, args: unknown, source: string): Promise<{ ok: boolean; result?: unknown }>;
}

const shellSettingsSchema = settingsSchema.pick({ startAtLogin: true, language: true });

/** The service as the window sees it, with every settings reply also handed to `onSettings`. */
export function watchSettings<S extends DispatchingService>(
  service: S,
  onSettings: (settings: ShellSettings) => void,
): S {
  const dispatch = (async (channel: unknown, args: unknown, source: string) => {
    const reply = await service.dispatch(channel, args, source);
    if (reply.ok && (channel === 'settings.update' || channel === 'settings.get')) {
      const settings = shellSettingsSchema.safeParse(reply.result);
      if (settings.success) onSettings(settings.data);
    }
    return reply;
  }) as S['dispatch'];
  return Object.assign(Object.create(service) as S, { dispatch });
}
