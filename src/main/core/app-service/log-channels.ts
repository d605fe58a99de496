// The log screen's channels: a filtered page of the log (newest first) and the filtered log as CSV.
// In the product the lines come from the data folder's store; a core without one (the shells'
// in-process stand-in, a core whose folder would not open) searches the lines its controller holds.

import type { Database } from 'better-sqlite3';
import {
  LOG_EXPORT_MAX_LINES,
  type LogFilter,
  type LogLine,
  matchesLogFilter,
} from '../../../shared/contract';
import { createLogSearch } from '../store/log-search';
import type { Handlers } from './dispatch';
import { logCsv, logCsvFileName } from './log-csv';
import { logLineOf } from './status-mapping';

export type LogChannel = 'log.search' | 'log.exportCsv';
export type LogHandlers = Pick<Handlers, LogChannel>;

/** Where the lines come from: newest first, older than `beforeSeq`, at most `limit`. */
export interface LogLines {
  page(filter: LogFilter, options: { beforeSeq?: number; limit: number }): LogLine[];
}

/** The stored log (redacted on the way in, and again as a LogLine on the way out). */
export function storedLogLines(db: Database): LogLines {
  const search = createLogSearch(db);
  return {
    page: (filter, options) =>
      search
        .page(filter, options)
        .map((entry) => logLineOf(entry))
        .filter((line): line is LogLine => line !== null),
  };
}

/** Lines held in memory (oldest first), searched with the same rule. */
export function heldLogLines(lines: () => readonly LogLine[]): LogLines {
  return {
    page: (filter, { beforeSeq, limit }) =>
      lines()
        .filter((line) => (beforeSeq === undefined || line.seq < beforeSeq) && matchesLogFilter(line, filter))
        .sort((a, b) => b.seq - a.seq)
        .slice(0, limit),
  };
}

/** Lines read per query while an export is put together. */
const EXPORT_BATCH = 2_000;

export interface LogChannelOptions {
  now?: () => Date;
  /** The most lines one export holds (default LOG_EXPORT_MAX_LINES). */
  maxExportLines?: number;
}

export function createLogChannels(source: LogLines, options: LogChannelOptions = {}): LogHandlers {
  const now = options.now ?? (() => new Date());
  const maxLines = options.maxExportLines ?? LOG_EXPORT_MAX_LINES;
  return {
    'log.search': ({ filter, beforeSeq, limit = 100 }) => {
      // One more than asked says whether there is a next page, without counting every match.
      const lines = source.page(filter, { beforeSeq, limit: limit + 1 });
      return { lines: lines.slice(0, limit), more: lines.length > limit };
    },
    'log.exportCsv': ({ filter }) => {
      const lines: LogLine[] = [];
      let beforeSeq: number | undefined;
      let truncated = false;
      for (;;) {
        const batch = source.page(filter, { beforeSeq, limit: EXPORT_BATCH });
        const room = maxLines - lines.length;
        lines.push(...batch.slice(0, room));
        if (batch.length > room) truncated = true;
        if (truncated || batch.length < EXPORT_BATCH) break;
        beforeSeq = batch.at(-1)!.seq;
        // Exactly full: one more look says whether anything was left out.
        if (lines.length === maxLines) {
          truncated = source.page(filter, { beforeSeq, limit: 1 }).length > 0;
          break;
        }
      }
      const locale = filter.language ?? 'nl';
      return {
        csv: logCsv(lines, locale),
        fileName: logCsvFileName(now(), locale),
        lines: lines.length,
        truncated,
      };
    },
  };
}
