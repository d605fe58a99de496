// The log screen's part of the contract: which lines the owner asks for (level, order, period, words),
// a page of them newest first, the CSV export, and the one notification a run may raise. The filter
// rule is here too, as a pure function, so the lines the UI receives live are judged exactly as the
// core's query judges stored ones.
import { z } from 'zod';
import { LOCALES } from '../i18n/translate';
import { type LogLine, localizedTextSchema, logLineSchema, timestampSchema } from './status';

/** The levels the owner can see, lowest first (debug lines stay in the store, never on screen). */
export const LOG_LINE_LEVELS = ['info', 'warn', 'error'] as const;
export type LogLineLevel = (typeof LOG_LINE_LEVELS)[number];

/** The longest search text, in characters. */
export const LOG_SEARCH_MAX_LENGTH = 200;

export const logFilterSchema = z.strictObject({
  /** The lowest level shown: 'warn' shows warnings and errors. */
  minLevel: z.enum(LOG_LINE_LEVELS).optional(),
  /** Lines about this order only (its number exactly as the shop writes it). */
  orderNumber: z.string().trim().min(1).max(64).optional(),
  /** From this moment on (inclusive). The UI sends the start of the owner's day, in their time zone. */
  from: timestampSchema.optional(),
  /** Up to this moment (exclusive). */
  until: timestampSchema.optional(),
  /** Words the line contains, in the owner's language or in its order number; case does not matter. */
  text: z.string().trim().min(1).max(LOG_SEARCH_MAX_LENGTH).optional(),
  /** The language the owner reads: the search looks in that text. Default Dutch. */
  language: z.enum(LOCALES).optional(),
});
export type LogFilter = z.output<typeof logFilterSchema>;

/** The most lines one page holds. */
export const LOG_PAGE_MAX = 200;

export const logSearchArgsSchema = z.strictObject({
  filter: logFilterSchema,
  /** Lines older than this one (its seq), to page back; absent: the newest. */
  beforeSeq: z.int().positive().optional(),
  limit: z.int().min(1).max(LOG_PAGE_MAX).optional(),
});

export const logPageSchema = z.object({
  /** Newest first. */
  lines: z.array(logLineSchema),
  /** Whether older lines match too (ask again with beforeSeq = the last line's seq). */
  more: z.boolean(),
});
export type LogPage = z.infer<typeof logPageSchema>;

export const logExportArgsSchema = z.strictObject({ filter: logFilterSchema });

/** The most lines one export holds; a longer log is cut at the oldest lines, and the answer says so. */
export const LOG_EXPORT_MAX_LINES = 100_000;

export const logExportSchema = z.object({
  /** The CSV text, ready to save (it starts with a byte order mark, see log-csv.ts). */
  csv: z.string(),
  /** A name to save it under, such as winkelbrug-logboek-2026-11-28.csv. */
  fileName: z.string().regex(/^[\w.-]+\.csv$/),
  lines: z.int().nonnegative(),
  /** True when more lines matched than one export holds (the newest are in it). */
  truncated: z.boolean(),
});
export type LogExport = z.infer<typeof logExportSchema>;

/** What a run can have to tell the owner when they are not looking at the app. */
export const NOTIFICATION_KINDS = [
  'orders-parked',
  'orders-cancelled-in-shop',
  'connection-refused',
  'import-finished',
] as const;

export const notificationSchema = z.object({
  /** One per run: the run's id and the kind, so a shell can drop a repeat of the same event. */
  id: z.string().min(1).max(100),
  kind: z.enum(NOTIFICATION_KINDS),
  title: localizedTextSchema,
  body: localizedTextSchema,
});
export type AppNotification = z.infer<typeof notificationSchema>;

/**
 * Lower case for A–Z only: what SQLite's LIKE ignores, and nothing more, so a line the UI receives
 * live matches a search exactly when the stored line would.
 */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

const levelRank = (level: LogLineLevel) => LOG_LINE_LEVELS.indexOf(level);

/** Whether a line belongs in the filtered log (the core's SQL query applies the same rule). */
export function matchesLogFilter(line: LogLine, filter: LogFilter): boolean {
  if (filter.minLevel && levelRank(line.level) < levelRank(filter.minLevel)) return false;
  if (filter.orderNumber !== undefined && line.orderNumber !== filter.orderNumber) return false;
  const at = Date.parse(line.at);
  if (filter.from !== undefined && at < Date.parse(filter.from)) return false;
  if (filter.until !== undefined && at >= Date.parse(filter.until)) return false;
  if (filter.text !== undefined) {
    const needle = foldAsciiCase(filter.text);
    const message = line.message[filter.language ?? 'nl'];
    const inMessage = foldAsciiCase(message).includes(needle);
    const inOrder = line.orderNumber !== null && foldAsciiCase(line.orderNumber).includes(needle);
    if (!inMessage && !inOrder) return false;
  }
  return true;
}
