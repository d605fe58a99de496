// Sync runs: when each run started and finished, what started it, what it did and how it ended.
// A run still marked running when the store opens was cut off (the app was killed or the computer
// went down); it is closed as interrupted.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { storeMessages } from '../../../shared/i18n/messages/store';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import { redact } from '../http/redact';

export const RUN_KINDS = ['scheduled', 'manual', 'import'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

export const RUN_OUTCOMES = [
  'running',
  'completed',
  'completed_with_parked',
  'failed',
  'cancelled',
  'interrupted',
] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

export interface RunCounts {
  seen: number;
  booked: number;
  parked: number;
  skipped: number;
  waiting: number;
}

export interface RunError {
  code: string;
  message: LocalizedText;
}

export interface SyncRun {
  id: number;
  kind: RunKind;
  startedAt: number;
  finishedAt: number | null;
  outcome: RunOutcome;
  counts: RunCounts;
  /** Booked orders the run found called off in the shop (they wait for the owner since). */
  calledOff: number;
  error: RunError | null;
}

export interface SyncRunRepository {
  start(kind: RunKind): SyncRun;
  /** Saves counts so far, so a run cut off still shows what it did. */
  updateCounts(id: number, counts: RunCounts): void;
  finish(
    id: number,
    outcome: Exclude<RunOutcome, 'running'>,
    counts: RunCounts,
    error?: RunError | null,
    calledOff?: number,
  ): SyncRun;
  get(id: number): SyncRun | undefined;
  latest(): SyncRun | undefined;
  /** The most recent runs, newest first. */
  recent(limit: number): SyncRun[];
  /** Closes runs left running by a previous process; how many. */
  closeInterrupted(): number;
  /** Deletes finished runs that started before `before`; how many. */
  prune(before: number): number;
}

const rowSchema = z.object({
  id: z.int(),
  kind: z.enum(RUN_KINDS),
  started_at: z.int(),
  finished_at: z.int().nullable(),
  outcome: z.enum(RUN_OUTCOMES),
  seen: z.int(),
  booked: z.int(),
  parked: z.int(),
  skipped: z.int(),
  waiting: z.int(),
  called_off: z.int(),
  error: z.string().nullable(),
});
const errorSchema = z.object({
  code: z.string(),
  message: z.object({ nl: z.string(), en: z.string() }),
});

function fromRow(row: unknown): SyncRun {
  const r = rowSchema.parse(row);
  let error: RunError | null = null;
  if (r.error !== null) {
    try {
      error = errorSchema.parse(JSON.parse(r.error));
    } catch {
      error = { code: 'unreadable', message: { nl: r.error, en: r.error } };
    }
  }
  return {
    id: r.id,
    kind: r.kind,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    outcome: r.outcome,
    counts: { seen: r.seen, booked: r.booked, parked: r.parked, skipped: r.skipped, waiting: r.waiting },
    calledOff: r.called_off,
    error,
  };
}

export function createSyncRunRepository(db: Database, now: () => number = Date.now): SyncRunRepository {
  const insert = db.prepare("INSERT INTO sync_runs (kind, started_at, outcome) VALUES (?, ?, 'running')");
  const counts = db.prepare(
    `UPDATE sync_runs SET seen = @seen, booked = @booked, parked = @parked, skipped = @skipped,
       waiting = @waiting WHERE id = @id AND outcome = 'running'`,
  );
  const finish = db.prepare(
    `UPDATE sync_runs SET outcome = @outcome, finished_at = @finished_at, seen = @seen, booked = @booked,
       parked = @parked, skipped = @skipped, waiting = @waiting, called_off = @called_off, error = @error
     WHERE id = @id AND outcome = 'running'`,
  );
  const byId = db.prepare('SELECT * FROM sync_runs WHERE id = ?');
  const recent = db.prepare('SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?');
  const interrupted = db.prepare(
    "UPDATE sync_runs SET outcome = 'interrupted', finished_at = ?, error = ? WHERE outcome = 'running'",
  );
  const prune = db.prepare("DELETE FROM sync_runs WHERE started_at < ? AND outcome <> 'running'");

  const repo: SyncRunRepository = {
    start: (kind) => {
      const id = Number(insert.run(kind, now()).lastInsertRowid);
      return repo.get(id)!;
    },
    updateCounts: (id, c) => {
      counts.run({ id, ...c });
    },
    finish: (id, outcome, c, error = null, calledOff = 0) => {
      const result = finish.run({
        id,
        outcome,
        finished_at: now(),
        ...c,
        called_off: calledOff,
        // The run's error may quote an API's answer: a known secret in it is redacted before it is kept.
        error: error ? JSON.stringify(redact(error)) : null,
      });
      const run = repo.get(id);
      if (!run) throw new Error(`Sync run ${id} does not exist`);
      if (result.changes === 0 && run.outcome !== outcome) {
        throw new Error(`Sync run ${id} already finished as ${run.outcome}`);
      }
      return run;
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? fromRow(row) : undefined;
    },
    latest: () => repo.recent(1)[0],
    recent: (limit) => recent.all(limit).map(fromRow),
    closeInterrupted: () => {
      const error: RunError = {
        code: 'interrupted',
        message: localize(storeMessages, 'store.run.interrupted'),
      };
      return interrupted.run(now(), JSON.stringify(error)).changes;
    },
    prune: (before) => prune.run(before).changes,
  };
  return repo;
}
