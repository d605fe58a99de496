// A CSV file a Dutch shop owner opens in Excel by double-clicking it: `;` between fields (Dutch
// Excel takes the comma as the decimal sign), a UTF-8 byte order mark (else Excel reads
// Windows-1252), CRLF line ends, and a field quoted when it holds `;`, a quote or any line break —
// a bare LF too, which the library leaves unquoted once the record delimiter is CRLF and on which
// Excel would start a new row.
import { stringify } from 'csv-stringify/sync';

export function excelCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], {
    delimiter: ';',
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}

/** Text a spreadsheet would read as a formula (=, +, -, @, a tab), made plain text. */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
