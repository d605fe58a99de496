import { describe, expect, it } from 'vitest';
import { excelCsv, spreadsheetSafe } from '../../../src/main/core/excel-csv';

describe('a CSV for Excel with Dutch settings', () => {
  it('quotes a field with a bare line feed, so Excel keeps it in its row', () => {
    const csv = excelCsv([
      ['kop', 'tekst'],
      ['1', 'regel één\nregel twee'],
      ['2', 'a;b "c"'],
    ]);
    expect(csv).toBe('\uFEFFkop;tekst\r\n1;"regel één\nregel twee"\r\n2;"a;b ""c"""\r\n');
  });

  it('makes text a spreadsheet would run as a formula plain text', () => {
    expect(['=SUM(A1)', '+31 6', '-2', '@x', '\tx', 'Truus'].map(spreadsheetSafe)).toEqual([
      "'=SUM(A1)",
      "'+31 6",
      "'-2",
      "'@x",
      "'\tx",
      'Truus',
    ]);
  });
});
