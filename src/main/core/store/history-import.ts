// The history import's progress: from which date, how many orders in all, how many done, and where
// to continue. One import at a time; the row survives a restart, so an interrupted import resumes.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { isoDateSchema } from '../../../shared/contract/status';
import { writeTransaction } from './write-transaction';

// An import is never given up: a run that fails leaves it running (the next run goes on with it), and
// one that is blocked pauses it with the blocker. (The table's CHECK, from migration 2, also allows a
// status 'failed' that no version ever wrote.)
export const IMPORT_STATUSES = ['running', 'paused', 'completed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export interface ImportPauseReason {
  code: string;
  message: { nl: string; en: string };
}

export interface HistoryImportState {
  /** The first order date to import, YYYY-MM-DD. */
  since: string;
  /**
   * The last order date of the import's period, YYYY-MM-DD; null when it reaches today (or the
   * import finished before its period's end was kept).
   */
  until: string | null;
  status: ImportStatus;
  /** Orders to import in all, once known. */
  total: number | null;
  done: number;
  /** Where the import continues (an opaque position, e.g. the last order number handled). */
  resumeAt: string | null;
  /** Why a paused import stopped: the blocker of the run that paused it. Null otherwise. */
  error: ImportPauseReason | null;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export interface HistoryImportRepository {
  get(): HistoryImportState | undefined;
  /**
   * Starts a new import of the orders from `since` up to `until` (null: up to today), replacing a
   * finished one. Refused while one is running or paused.
   */
  start(since: string, until?: string | null): HistoryImportState;
  progress(update: { done: number; total?: number | null; resumeAt?: string | null }): HistoryImportState;
  /** Stops the import until a run can go on with it; `reason` is what stopped it. */
  pause(reason: ImportPauseReason | null): HistoryImportState;
  /** Goes on with a paused import; its reason is cleared. */
  resume(): HistoryImportState;
  complete(): HistoryImportState;
  /** Forgets the import (the owner cancelled it). */
  clear(): void;
}

// A day as `start` accepts it: a real calendar day as YYYY-MM-DD.
const rowSchema = z.object({
  since: isoDateSchema,
  until: isoDateSchema.nullable(),
  status: z.enum(IMPORT_STATUSES),
  total: z.int().nonnegative().nullable(),
  done: z.int().nonnegative(),
  resume_at: z.string().nullable(),
  error: z.string().nullable(),
  started_at: z.int(),
  updated_at: z.int(),
  finished_at: z.int().nullable(),
});
const errorSchema = z.object({ code: z.string(), message: z.object({ nl: z.string(), en: z.string() }) });

export class HistoryImportStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryImportStateError';
  }
}

export function createHistoryImportRepository(
  db: Database,
  now: () => number = Date.now,
): HistoryImportRepository {
  const select = db.prepare('SELECT * FROM history_import WHERE id = 1');
  const replace = db.prepare(
    `INSERT OR REPLACE INTO history_import (id, since, until, status, total, done, resume_at, error,
       started_at, updated_at, finished_at) VALUES (1, ?, ?, 'running', NULL, 0, NULL, NULL, ?, ?, NULL)`,
  );
  const update = db.prepare(
    `UPDATE history_import SET status = @status, total = @total, done = @done, resume_at = @resume_at,
       error = @error, updated_at = @updated_at, finished_at = @finished_at WHERE id = 1`,
  );
  const remove = db.prepare('DELETE FROM history_import');

  const read = (): HistoryImportState | undefined => {
    const row = select.get();
    if (!row) return undefined;
    const r = rowSchema.parse(row);
    let error: HistoryImportState['error'] = null;
    if (r.error !== null) {
      const parsed = errorSchema.safeParse(safeJson(r.error));
      error = parsed.success ? parsed.data : { code: 'unreadable', message: { nl: r.error, en: r.error } };
    }
    return {
      since: r.since,
      until: r.until,
      status: r.status,
      total: r.total,
      done: r.done,
      resumeAt: r.resume_at,
      error,
      startedAt: r.started_at,
      updatedAt: r.updated_at,
      finishedAt: r.finished_at,
    };
  };

  const change = writeTransaction(db, (apply: (state: HistoryImportState) => HistoryImportState) => {
    const current = read();
    if (!current) throw new HistoryImportStateError('No history import has been started');
    const next = apply(current);
    update.run({
      status: next.status,
      total: next.total,
      done: next.done,
      resume_at: next.resumeAt,
      error: next.error ? JSON.stringify(next.error) : null,
      updated_at: now(),
      finished_at: next.finishedAt,
    });
    return read()!;
  });
  const modify = (apply: (state: HistoryImportState) => HistoryImportState) => change(apply);
  const requireActive = (state: HistoryImportState) => {
    if (state.status === 'completed') {
      throw new HistoryImportStateError('The history import has already completed');
    }
  };

  const start = writeTransaction(db, (since: string, until: string | null) => {
    for (const day of until === null ? [since] : [since, until]) {
      if (!isoDateSchema.safeParse(day).success)
        throw new HistoryImportStateError(`Not a date (YYYY-MM-DD): ${day}`);
    }
    if (until !== null && until < since) {
      throw new HistoryImportStateError(`The period ends (${until}) before it begins (${since})`);
    }
    const current = read();
    if (current && (current.status === 'running' || current.status === 'paused')) {
      throw new HistoryImportStateError(`A history import since ${current.since} is still ${current.status}`);
    }
    const time = now();
    replace.run(since, until, time, time);
    return read()!;
  });

  return {
    get: read,
    start: (since, until = null) => start(since, until),
    progress: ({ done, total, resumeAt }) =>
      modify((state) => {
        requireActive(state);
        if (!Number.isInteger(done) || done < 0)
          throw new HistoryImportStateError(`Invalid done count ${done}`);
        return {
          ...state,
          done,
          total: total === undefined ? state.total : total,
          resumeAt: resumeAt === undefined ? state.resumeAt : resumeAt,
        };
      }),
    pause: (reason) =>
      modify((state) => {
        requireActive(state);
        return { ...state, status: 'paused', error: reason };
      }),
    resume: () =>
      modify((state) => {
        requireActive(state);
        return { ...state, status: 'running', error: null };
      }),
    complete: () =>
      modify((state) => {
        requireActive(state);
        return { ...state, status: 'completed', finishedAt: now() };
      }),
    clear: () => {
      remove.run();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
