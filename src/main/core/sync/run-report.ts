// What a run reports: per order (booked, parked, waiting or skipped, and why) and for the whole run,
// and the events the engine pushes while it runs (the UI's progress, its log, the notifications).
import type { LocalizedText } from '../../../shared/i18n/translate';
import type { JournalEntry, LogLevel, RunCounts, RunKind } from '../store';

export type OrderOutcome = 'booked' | 'parked' | 'waiting' | 'skipped';

export interface OrderReport {
  orderNumber: string;
  outcome: OrderOutcome;
  invoiceId: string | null;
  reason: LocalizedText | null;
  reasonCode: string | null;
  /** Set when the booking was already in Moneybird and was adopted rather than made again. */
  adopted?: true;
}

export interface RunReport {
  runId: number;
  kind: RunKind;
  startedAt: number;
  finishedAt: number;
  /** completed: every due order was handled (some may be parked); blocked: the owner must act first. */
  outcome: 'completed' | 'blocked' | 'failed';
  orders: OrderReport[];
  counts: RunCounts;
  /** `cli`: how to fix it on the command line, where that differs from the owner's way (a missing setting). */
  error: { code: string; message: LocalizedText; cli?: LocalizedText } | null;
  /** Booked orders this run found called off in the shop, brought to the owner (shop-cancellations.ts). */
  calledOff?: string[];
}

export type EngineEvent =
  | { type: 'run-started'; runId: number; kind: RunKind; startedAt: number }
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'order'; runId: number; report: OrderReport }
  | { type: 'run-finished'; report: RunReport }
  | {
      type: 'log';
      seq: number;
      at: number;
      level: LogLevel;
      message: LocalizedText;
      orderNumber: string | null;
    };

/** How the engine writes a log line: stored at once, announced to listeners. */
export type RunLog = (
  level: LogLevel,
  message: string | LocalizedText,
  orderNumber: string | null,
  runId: number | null,
  fields?: Record<string, unknown>,
) => void;

/** Stores a log line; the returned function announces it (after the caller's transaction commits). */
export type QuietRunLog = (...args: Parameters<RunLog>) => () => void;

/** An order's report from its journal entry as it stands after the run handled it. */
export function toReport(entry: JournalEntry, outcome: OrderOutcome): OrderReport {
  return {
    orderNumber: entry.orderNumber,
    outcome,
    invoiceId: entry.moneybird.invoiceId,
    reason: entry.reason?.message ?? null,
    reasonCode: entry.reason?.code ?? null,
  };
}
