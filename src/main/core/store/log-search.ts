// The log as the owner filters it: by level, order, period and words, newest first, a page at a
// time. The filter rule is the contract's (matchesLogFilter): SQLite's LIKE ignores the case of A–Z
// only, as foldAsciiCase does, so live lines and stored lines are judged alike.
//
// Speed (200 000 lines, a busy month): a page of everything, of one level (migration 008's index) or
// of one order (migration 003's) takes about a millisecond, since the query holds only the conditions
// the filter sets and SQLite walks an index newest first, stopping at the page's end. One day of such
// a month takes some 15 ms; words found in no line read every line, some 70 ms.
import type { Database, Statement } from 'better-sqlite3';
import { z } from 'zod';
import { LOG_LINE_LEVELS, type LogFilter } from '../../../shared/contract/log';
import type { LogEntry, LogLevel } from './log-entries';

export interface LogSearch {
  /** Lines matching `filter`, newest first, older than `beforeSeq` when given; at most `limit`. */
  page(filter: LogFilter, options: { beforeSeq?: number; limit: number }): LogEntry[];
}

const rowSchema = z.object({
  seq: z.int(),
  at: z.int(),
  level: z.enum(['debug', 'info', 'warn', 'error']),
  message_en: z.string(),
  message_nl: z.string().nullable(),
  order_number: z.string().nullable(),
  run_id: z.int().nullable(),
});

/** The search text as a LIKE pattern: its own % and _ (and the escape) taken literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function levelsFrom(min: LogFilter['minLevel']): LogLevel[] {
  return LOG_LINE_LEVELS.slice(LOG_LINE_LEVELS.indexOf(min ?? 'info'));
}

export function createLogSearch(db: Database): LogSearch {
  // The query has only the conditions the filter sets: a condition such as "@order IS NULL OR …"
  // keeps SQLite from using the order's or the time's index. One prepared statement per shape.
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    page(filter, { beforeSeq, limit }) {
      const levels = levelsFrom(filter.minLevel);
      const where = [`level IN (${levels.map((_, i) => `@level${i}`).join(', ')})`];
      const params: Record<string, string | number> = { limit };
      levels.forEach((level, i) => {
        params[`level${i}`] = level;
      });
      if (beforeSeq !== undefined) {
        where.push('seq < @before');
        params.before = beforeSeq;
      }
      if (filter.orderNumber !== undefined) {
        where.push('order_number = @order');
        params.order = filter.orderNumber;
      }
      if (filter.from !== undefined) {
        where.push('at >= @from');
        params.from = Date.parse(filter.from);
      }
      if (filter.until !== undefined) {
        where.push('at < @until');
        params.until = Date.parse(filter.until);
      }
      if (filter.text !== undefined) {
        // The Dutch text of a plain (developer) message is its English text.
        const message =
          (filter.language ?? 'nl') === 'nl' ? 'COALESCE(message_nl, message_en)' : 'message_en';
        where.push(`(${message} LIKE @pattern ESCAPE '\\' OR order_number LIKE @pattern ESCAPE '\\')`);
        params.pattern = likePattern(filter.text);
      }
      const sql = `SELECT seq, at, level, message_en, message_nl, order_number, run_id FROM log_entries
        WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT @limit`;
      return prepared(sql)
        .all(params)
        .map((row) => {
          const r = rowSchema.parse(row);
          return {
            seq: r.seq,
            at: r.at,
            level: r.level,
            message: { en: r.message_en, nl: r.message_nl ?? r.message_en },
            // The screen and the export show the message only; the fields stay for diagnostics.
            fields: null,
            orderNumber: r.order_number,
            runId: r.run_id,
          };
        });
    },
  };
}
