// The log the shop owner can read in the app, kept for a configurable period. Callers redact what
// they log; this store redacts again on the way in (token=…, partner_token=…, Bearer …, secret-named
// fields), because a secret that reaches the disk stays there.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { redact, redactText } from '../http/redact';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogEntryInput {
  at: number;
  level: LogLevel;
  /** A developer message, or a text for the owner in both languages. */
  message: string | LocalizedText;
  fields?: Record<string, unknown> | null;
  orderNumber?: string | null;
  runId?: number | null;
}

export interface LogEntry {
  /** Increases with every entry and is never reused. */
  seq: number;
  at: number;
  level: LogLevel;
  /** For a plain message, nl and en are the same text. */
  message: LocalizedText;
  fields: Record<string, unknown> | null;
  orderNumber: string | null;
  runId: number | null;
}

export interface LogQuery {
  /** Only entries with a higher seq (to page, or to catch up after live lines). */
  afterSeq?: number;
  /** The lowest level to include. */
  minLevel?: LogLevel;
  orderNumber?: string;
  limit: number;
}

export interface LogRepository {
  append(entry: LogEntryInput): number;
  /** Entries newest first. */
  recent(query: LogQuery): LogEntry[];
  /** Deletes entries older than `retentionMs` before `now`; how many. */
  prune(now: number, retentionMs: number): number;
}

// The shared rules catch name=value after ?, & or ;. In free text ("booked with token=…") the name
// can follow a space or start the text, so the store also catches it wherever it stands.
const LOOSE_SECRET_PARAM =
  /\b((?:partner_|access_|refresh_)?token|client_secret|api_?key|password)=[^\s&#"'<>]+/gi;

/** The shared redaction, plus secret parameters anywhere in free text. */
export function redactForLog(text: string): string {
  return redactText(text).replace(LOOSE_SECRET_PARAM, '$1=[redacted]');
}

function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactForLog(value);
  if (value === null || typeof value !== 'object') return value;
  // Deeper than anyone reads (and a guard against cycles).
  if (depth > 8) return '[…]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, depth + 1)]));
}

export const DEFAULT_LOG_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

const rowSchema = z.object({
  seq: z.int(),
  at: z.int(),
  level: z.enum(LOG_LEVELS),
  message_en: z.string(),
  message_nl: z.string().nullable(),
  fields: z.string().nullable(),
  order_number: z.string().nullable(),
  run_id: z.int().nullable(),
});

function parseFields(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** JSON for the fields column; values JSON cannot hold (bigint, cycles) become text rather than fail. */
function fieldsText(fields: Record<string, unknown>): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(redactValue(redact(fields)), (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[circular]';
      seen.add(value);
    }
    return value;
  });
}

export function createLogRepository(db: Database): LogRepository {
  const insert = db.prepare(
    `INSERT INTO log_entries (at, level, message_en, message_nl, fields, order_number, run_id)
     VALUES (@at, @level, @message_en, @message_nl, @fields, @order_number, @run_id)`,
  );
  const prune = db.prepare('DELETE FROM log_entries WHERE at < ?');
  const levelsFrom = (min: LogLevel) => LOG_LEVELS.slice(LOG_LEVELS.indexOf(min));
  const query = db.prepare(
    `SELECT * FROM log_entries
     WHERE seq > @after AND level IN (SELECT value FROM json_each(@levels))
       AND (@order IS NULL OR order_number = @order)
     ORDER BY seq DESC LIMIT @limit`,
  );

  return {
    append: (entry) => {
      const message =
        typeof entry.message === 'string'
          ? { en: redactForLog(entry.message), nl: null }
          : { en: redactForLog(entry.message.en), nl: redactForLog(entry.message.nl) };
      const result = insert.run({
        at: Math.trunc(entry.at),
        level: entry.level,
        message_en: message.en,
        message_nl: message.nl,
        fields: entry.fields ? fieldsText(entry.fields) : null,
        order_number: entry.orderNumber ?? null,
        run_id: entry.runId ?? null,
      });
      return Number(result.lastInsertRowid);
    },
    recent: ({ afterSeq = 0, minLevel = 'debug', orderNumber, limit }) =>
      query
        .all({
          after: afterSeq,
          levels: JSON.stringify(levelsFrom(minLevel)),
          order: orderNumber ?? null,
          limit,
        })
        .map((row) => {
          const r = rowSchema.parse(row);
          return {
            seq: r.seq,
            at: r.at,
            level: r.level,
            message: { en: r.message_en, nl: r.message_nl ?? r.message_en },
            fields: parseFields(r.fields),
            orderNumber: r.order_number,
            runId: r.run_id,
          };
        }),
    prune: (now, retentionMs) => prune.run(now - retentionMs).changes,
  };
}
