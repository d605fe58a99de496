// The log as a CSV file a Dutch shop owner opens in Excel by double-clicking it.
//
// Choices, for Excel with Dutch regional settings (the owner's usual spreadsheet):
// - `;` between fields: Dutch Excel takes the comma as the decimal sign and splits on `;`, so a
//   comma-separated file would land in one column. LibreOffice and Numbers ask or sniff, and cope.
// - A UTF-8 byte order mark: without it Excel reads the file as Windows-1252 and garbles é, ë, €.
// - CRLF line ends, and every field quoted when it holds `;`, a quote or a line break (the library).
//   A message written in lines (a reason with its ways out) is one line in its cell: its lines read
//   on as sentences, as on the log screen, and each row keeps Excel's usual height.
// - Times as "2026-11-28 14:05:09" in the computer's own time zone: Excel reads that as a date and
//   time in every locale, sorts it, and it is the moment the owner saw on screen (written there in
//   words, to the minute: "28 nov 2026, 14:05").
// - A field that starts with =, +, -, @ or a tab gets a leading apostrophe, so text from the shop (an
//   order number, a customer's name in a message) is never run as a spreadsheet formula.
// The lines are the ones the screen shows (LogLine, redacted by the core), so the file holds no secret
// the screen does not.
import type { LogLine } from '../../../shared/contract';
import { type UiLogKey, uiLog } from '../../../shared/i18n/messages/ui-log';
import { inOneLine } from '../../../shared/i18n/one-line';
import { interpolate, type Locale } from '../../../shared/i18n/translate';
import { excelCsv, spreadsheetSafe } from '../excel-csv';

const LEVEL_KEYS: Record<LogLine['level'], UiLogKey> = {
  info: 'log.level.info',
  warn: 'log.level.warn',
  error: 'log.level.error',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as local "YYYY-MM-DD HH:MM:SS" (the core runs on the owner's computer). */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
  );
}

/** The CSV text for `lines` (newest first, as shown), with a header row in the owner's language. */
export function logCsv(lines: readonly LogLine[], locale: Locale): string {
  const t = (key: UiLogKey) => uiLog[locale][key];
  const header = [t('log.csv.time'), t('log.csv.level'), t('log.csv.order'), t('log.csv.message')];
  const rows = lines.map((line) => [
    localDateTime(line.at),
    t(LEVEL_KEYS[line.level]),
    spreadsheetSafe(line.orderNumber ?? ''),
    spreadsheetSafe(inOneLine(line.message[locale])),
  ]);
  return excelCsv([header, ...rows]);
}

/** winkelbrug-logboek-2026-11-28.csv: the day of the export, in the owner's language. */
export function logCsvFileName(now: Date, locale: Locale): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return interpolate(uiLog[locale]['log.csv.fileName'], { day });
}
