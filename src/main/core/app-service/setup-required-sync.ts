// The SyncController while the core cannot start: a token is missing (needs-setup, naming what is
// missing and how to provide it) or the data directory cannot be opened (error). It answers every
// request with that reason instead of crashing; Pause and Resume still work, so the shell behaves
// the same as a configured one.
import type { AppStatus, CoreEvent, LogLine } from '../../../shared/contract';
import { app } from '../../../shared/i18n/messages/app';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import type { Store } from '../store';
import { countsOfStore } from './status-mapping';
import { heldOrdersIn, lastRunSummary, recentLogLines } from './store-history';
import { NO_HELD_ORDERS, type SyncController } from './sync-controller';

export interface SetupRequiredOptions {
  state: 'needs-setup' | 'error';
  /** What is missing or wrong, and what to do; a function when it changes as the owner sets up. */
  reason: LocalizedText | (() => LocalizedText);
  connections: AppStatus['connections'] | (() => AppStatus['connections']);
  /** The data folder, when it opened: its history stays visible while the sync waits for the setup. */
  history?: Store;
  now?: () => Date;
}

export function createSetupRequiredController(options: SetupRequiredOptions): SyncController {
  const now = options.now ?? (() => new Date());
  const { history } = options;
  // This session's notes are numbered after the stored log, so the UI merges them in order; also
  // after a line stored since this controller began (the second of two disconnects logs one).
  const nextStoredSeq = () => (history ? (recentLogLines(history, 1)[0]?.seq ?? -1) + 1 : 0);
  const firstSeq = nextStoredSeq();
  const listeners = new Set<(event: CoreEvent) => void>();
  const log: LogLine[] = [];
  let paused = false;

  function emit(event: CoreEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One failing listener must not stop the others.
      }
    }
  }

  const reason = () => (typeof options.reason === 'function' ? options.reason() : options.reason);

  function status(): AppStatus {
    return {
      state: paused ? 'paused' : options.state,
      reason: paused ? null : reason(),
      lastRun: history ? lastRunSummary(history) : null,
      nextRunAt: null,
      progress: null,
      counts: history
        ? countsOfStore(history)
        : { booked: 0, parked: 0, waiting: 0, deleted: 0, cancelled: 0 },
      connections: typeof options.connections === 'function' ? options.connections() : options.connections,
    };
  }

  function note(key: 'sync.log.paused' | 'sync.log.resumed'): void {
    const at = now();
    const message = localize(app, key);
    // With a data folder the note is stored like every other line: numbered by the store, so a line
    // stored after it (a disconnect) never takes its number and hides it in the window's log.
    const stored = storedNote(at.getTime(), message);
    const line: LogLine = {
      seq: stored ?? Math.max(firstSeq + log.length, (log.at(-1)?.seq ?? -1) + 1, nextStoredSeq()),
      at: at.toISOString(),
      level: 'info',
      message,
      orderNumber: null,
    };
    if (stored === null) log.push(line);
    emit({ channel: 'log.line', payload: line });
    emit({ channel: 'status.changed', payload: status() });
  }

  /** The note's number in the store, or null without one (or when it cannot be written). */
  function storedNote(at: number, message: LocalizedText): number | null {
    if (!history) return null;
    try {
      return history.log.append({ at, level: 'info', message });
    } catch {
      return null;
    }
  }

  const refused = () => ({ accepted: false, runId: null, reason: reason() });

  return {
    status,
    runNow: refused,
    pause() {
      if (paused) return;
      paused = true;
      note('sync.log.paused');
    },
    resume() {
      if (!paused) return;
      paused = false;
      note('sync.log.resumed');
    },
    setIntervalMinutes: () => {},
    recentLog: (limit) => {
      if (limit <= 0) return [];
      if (!history) return log.slice(-limit);
      // The stored log, then this session's pause and resume notes (numbered after it).
      return [...recentLogLines(history, limit), ...log].slice(-limit);
    },
    heldOrders: (limit) =>
      history ? heldOrdersIn(history, limit, shopLocalDate(now().getTime())) : NO_HELD_ORDERS,
    retryOrder: refused,
    retryOrders: refused,
    skipOrder: refused,
    historyImport: () => null,
    startImport: refused,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
