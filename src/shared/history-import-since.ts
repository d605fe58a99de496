// "Eerdere bestellingen boeken" (a history import): which day it may start from, and where the
// period it books ends. One rule the panel, the app service and the sync engine all go by, so the
// panel never offers what the core refuses, and the question before booking names the period the
// run books. Days are "YYYY-MM-DD".
//
// From the sync's start date on, the sync books by itself. An import since such a day books nothing
// the sync would not, counts the sync's orders as its own (its period reaches today), and, replacing
// an import that did not complete since an earlier day, leaves that one's first days unbooked while
// the start date says they are covered (the regular sync only looks at orders whose status
// changes). So an import starts before the start date, except on the day of the import the store
// holds: that is the same import, going on (running or paused: it resumes by itself from that day)
// or run again over its own period (the command line's "run it again"), which leaves no day out.
import { isoDateSchema } from './contract/status';
import { dayBefore } from './vat-return-due';

/** The import the store holds, as far as these rules need it. */
export interface ImportPeriod {
  since: string;
  /** The last day of its period; null: it reaches today. */
  until: string | null;
  status: 'running' | 'paused' | 'completed';
}

export type ImportSinceProblem = 'invalid' | 'future' | 'notBefore';

/** The day of the import that did not complete and goes on by itself (running or paused); else null. */
export function unfinishedImportSince(current: ImportPeriod | null | undefined): string | null {
  return current && (current.status === 'running' || current.status === 'paused') ? current.since : null;
}

/**
 * Why an import cannot start from `since`, or null when it can. `startDate`: the sync's start date
 * (null before the first run: any day up to today); `today`: the shop's day; `current`: the import
 * the store holds, whose own day is always allowed (the same import, going on or again).
 */
export function importSinceProblem(
  since: string,
  startDate: string | null,
  today: string,
  current: ImportPeriod | null | undefined = null,
): ImportSinceProblem | null {
  if (!isoDateSchema.safeParse(since).success) return 'invalid';
  if (since > today) return 'future';
  if (since === current?.since) return null;
  if (startDate !== null && since >= startDate) return 'notBefore';
  return null;
}

/**
 * The last day an import may start from, for a date picker: the day before the start date (or today),
 * or the day of the import the store holds when that is later.
 */
export function latestImportSince(
  startDate: string | null,
  today: string,
  current: ImportPeriod | null | undefined = null,
): string {
  const beforeStart = startDate !== null && startDate <= today ? dayBefore(startDate) : today;
  const own = current?.since;
  return own !== undefined && own > beforeStart && own <= today ? own : beforeStart;
}

/**
 * The last day of an import since `since`; null: it reaches today. The run asks the shop for every
 * order from `since` on, with no end, and books what the journal has not handled yet, so the period
 * ends where what it books ends:
 * - after an import that did not complete (stopped when the app closed, or paused) and is replaced, or the same day
 *   again: where that import's period ended, as it books what that one left (the start date has
 *   moved back to that import's day already, so the day before it would leave those orders out);
 * - else the day before the start date it found (from then on the sync had booked by itself), or
 *   none when it found no start date after `since`.
 * `startDate`: the sync's start date before this import moves it back; `current`: the import the
 * store holds before this one starts.
 */
export function importPeriodEnd(
  since: string,
  startDate: string | null,
  current: ImportPeriod | null | undefined,
): string | null {
  const inherits = current && (current.since === since || current.status !== 'completed');
  // One since a day after that period's end books only days the sync had booked by itself.
  if (inherits && (current.until === null || since <= current.until)) return current.until;
  return startDate !== null && since < startDate ? dayBefore(startDate) : null;
}
