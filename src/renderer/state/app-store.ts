// The UI's state: what the core last said (status, recent log), the connection to the core, the
// chosen language, and the last refusal to show. Filled by requests and kept current by events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppStatus, Failure, LogLine } from '../../shared/contract';
import { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '../../shared/i18n/translate';
import type { CheckedClient } from '../bridge/checked-client';
import type { ConnectionPhase } from '../bridge/socket-bridge';

const LOG_LIMIT = 100;
const LOCALE_KEY = 'winkelbrug.locale';

export interface AppState {
  connection: ConnectionPhase;
  status: AppStatus | null;
  log: LogLine[];
  locale: Locale;
  notice: LocalizedText | null;
  setLocale(locale: Locale): void;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  dismissNotice(): void;
}

export type AppStore = StoreApi<AppState>;

function storedLocale(): Locale {
  try {
    const value = globalThis.localStorage?.getItem(LOCALE_KEY);
    return LOCALES.find((l) => l === value) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Merges log lines by sequence number, oldest first, keeping the newest LOG_LIMIT. */
export function mergeLog(current: LogLine[], incoming: LogLine[]): LogLine[] {
  const bySeq = new Map<number, LogLine>();
  for (const line of [...current, ...incoming]) bySeq.set(line.seq, line);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-LOG_LIMIT);
}

export function createAppStore(
  client: CheckedClient,
  onConnection: (listener: (phase: ConnectionPhase) => void) => () => void,
): AppStore {
  const store = createStore<AppState>()((set, get) => {
    const report = (error: Failure) => set({ notice: error.message });

    return {
      connection: 'connecting',
      status: null,
      log: [],
      locale: storedLocale(),
      notice: null,
      setLocale(locale) {
        try {
          globalThis.localStorage?.setItem(LOCALE_KEY, locale);
        } catch {
          // Private mode or a locked profile: the choice lasts for this session only.
        }
        document.documentElement.lang = locale;
        set({ locale });
      },
      async refresh() {
        const [status, log] = await Promise.all([
          client.call('app.status', {}),
          client.call('log.recent', { limit: LOG_LIMIT }),
        ]);
        if (status.ok) set({ status: status.result });
        else report(status.error);
        if (log.ok) set({ log: mergeLog(get().log, log.result.lines) });
        else report(log.error);
      },
      async syncNow() {
        set({ notice: null });
        const reply = await client.call('sync.runNow', {});
        if (!reply.ok) report(reply.error);
        else if (!reply.result.accepted && reply.result.reason) set({ notice: reply.result.reason });
      },
      async pause() {
        set({ notice: null });
        const reply = await client.call('sync.pause', {});
        if (reply.ok) set({ status: reply.result });
        else report(reply.error);
      },
      async resume() {
        set({ notice: null });
        const reply = await client.call('sync.resume', {});
        if (reply.ok) set({ status: reply.result });
        else report(reply.error);
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  });

  client.on('status.changed', (status) => store.setState({ status }));
  client.on('sync.progress', (progress) => {
    const { status } = store.getState();
    if (!status || status.progress?.runId !== progress.runId) return;
    const waiting = Math.max(0, progress.total - progress.done);
    store.setState({ status: { ...status, progress, counts: { ...status.counts, waiting } } });
  });
  client.on('log.line', (line) => store.setState({ log: mergeLog(store.getState().log, [line]) }));
  onConnection((phase) => {
    store.setState({ connection: phase });
    // After (re)connecting, events may have been missed: ask for the whole picture again.
    if (phase === 'open') void store.getState().refresh();
  });
  document.documentElement.lang = store.getState().locale;
  return store;
}
