// The log screen's query: level, order, period and words, newest first, a page at a time; the same
// answer as the contract's rule for live lines; secrets stay redacted, also in the CSV export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLogChannels,
  heldLogLines,
  storedLogLines,
} from '../../../src/main/core/app-service/log-channels';
import {
  createLogRepository,
  databaseFileIn,
  type LogLevel,
  type LogRepository,
  openDatabase,
} from '../../../src/main/core/store';
import { type LogFilter, type LogLine, matchesLogFilter } from '../../../src/shared/contract';

/** The log's part of a data folder: the database with every migration, and the log repository. */
interface LogStore {
  db: Database;
  log: LogRepository;
}

const dirs: string[] = [];
const stores: LogStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): LogStore {
  const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-log-search-'));
  dirs.push(dir);
  const db = openDatabase(databaseFileIn(dir));
  const opened = { db, log: createLogRepository(db) };
  stores.push(opened);
  return opened;
}

const T0 = Date.parse('2026-11-01T08:00:00Z');
const HOUR = 60 * 60 * 1000;

/** Appends lines; each is [hours after T0, level, Dutch text, English text, order number]. */
function fill(s: LogStore, lines: Array<[number, LogLevel, string, string, string | null]>): void {
  for (const [hours, level, nl, en, orderNumber] of lines) {
    s.log.append({ at: T0 + hours * HOUR, level, message: { nl, en }, orderNumber });
  }
}

const SAMPLE: Array<[number, LogLevel, string, string, string | null]> = [
  [0, 'info', 'Synchronisatie gestart', 'Sync started', null],
  [1, 'debug', 'Contact opgehaald', 'Contact fetched', '1001'],
  [
    2,
    'info',
    'Bestelling 1001 geboekt als factuur 2026-0001',
    'Order 1001 booked as invoice 2026-0001',
    '1001',
  ],
  [
    3,
    'warn',
    'Bestelling 1002 geparkeerd: btw-tarief 0% ontbreekt',
    'Order 1002 parked: no 0% VAT rate',
    '1002',
  ],
  [25, 'error', 'Moneybird weigert de koppeling', 'Moneybird refuses the connection', null],
  [26, 'info', 'Korting_100 verwerkt', 'Discount_100 handled', '1003'],
  [27, 'warn', 'Bestelling 1001 opnieuw geprobeerd', 'Order 1001 retried', '1001'],
];

const search = (s: LogStore, filter: LogFilter, beforeSeq?: number, limit = 100) =>
  createLogChannels(storedLogLines(s.db))['log.search']({ filter, beforeSeq, limit }) as {
    lines: LogLine[];
    more: boolean;
  };
const texts = (lines: LogLine[]) => lines.map((line) => line.message.nl);

describe('the log search', () => {
  it('shows every line but debug, newest first', () => {
    const s = store();
    fill(s, SAMPLE);
    const { lines, more } = search(s, {});
    expect(more).toBe(false);
    expect(texts(lines)).toEqual([
      'Bestelling 1001 opnieuw geprobeerd',
      'Korting_100 verwerkt',
      'Moneybird weigert de koppeling',
      'Bestelling 1002 geparkeerd: btw-tarief 0% ontbreekt',
      'Bestelling 1001 geboekt als factuur 2026-0001',
      'Synchronisatie gestart',
    ]);
  });

  it('filters by lowest level, by order and by period', () => {
    const s = store();
    fill(s, SAMPLE);
    expect(search(s, { minLevel: 'warn' }).lines.map((l) => l.level)).toEqual(['warn', 'error', 'warn']);
    expect(texts(search(s, { minLevel: 'error' }).lines)).toEqual(['Moneybird weigert de koppeling']);
    expect(texts(search(s, { orderNumber: '1001' }).lines)).toEqual([
      'Bestelling 1001 opnieuw geprobeerd',
      'Bestelling 1001 geboekt als factuur 2026-0001',
    ]);
    // From inclusive, until exclusive: the first day only.
    const firstDay = search(s, {
      from: new Date(T0).toISOString(),
      until: new Date(T0 + 24 * HOUR).toISOString(),
    });
    expect(firstDay.lines).toHaveLength(3);
    expect(firstDay.lines.every((l) => Date.parse(l.at) < T0 + 24 * HOUR)).toBe(true);
  });

  it('searches words in the chosen language and the order number, ignoring case, taking % and _ literally', () => {
    const s = store();
    fill(s, SAMPLE);
    expect(texts(search(s, { text: 'GEPARKEERD' }).lines)).toEqual([
      'Bestelling 1002 geparkeerd: btw-tarief 0% ontbreekt',
    ]);
    // The English word is not in the Dutch text: nothing, unless the owner reads English.
    expect(search(s, { text: 'parked' }).lines).toEqual([]);
    expect(search(s, { text: 'parked', language: 'en' }).lines.map((l) => l.orderNumber)).toEqual(['1002']);
    // Part of an order number finds the lines about it, also when the text does not name it.
    expect(search(s, { text: '003' }).lines.map((l) => l.orderNumber)).toEqual(['1003']);
    // % and _ are not wildcards: "0%" is only in the parked line, "a_1" nowhere.
    expect(texts(search(s, { text: '0%' }).lines)).toEqual([
      'Bestelling 1002 geparkeerd: btw-tarief 0% ontbreekt',
    ]);
    expect(texts(search(s, { text: 'g_1' }).lines)).toEqual(['Korting_100 verwerkt']);
  });

  it('pages back from the last line shown until nothing older matches', () => {
    const s = store();
    for (let i = 0; i < 25; i++) s.log.append({ at: T0 + i, level: 'info', message: `line ${i}` });
    const seen: string[] = [];
    let beforeSeq: number | undefined;
    for (;;) {
      const page = search(s, {}, beforeSeq, 10);
      seen.push(...page.lines.map((l) => l.message.en));
      if (!page.more) break;
      beforeSeq = page.lines.at(-1)!.seq;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `line ${24 - i}`));
  });

  it('gives the stored lines the same answer the contract rule gives the live ones', () => {
    const s = store();
    const levels: LogLevel[] = ['debug', 'info', 'warn', 'error'];
    const words = ['Geboekt', 'geparkeerd', 'Factuur', 'BTW', 'klaar_nu', '100%'];
    const all: LogLine[] = [];
    // A fixed pseudo-random walk, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
      return (seed >>> 16) % n;
    };
    for (let i = 0; i < 300; i++) {
      const level = levels[next(4)]!;
      const nl = `${words[next(6)]} ${words[next(6)]} ${i}`;
      const orderNumber = next(3) === 0 ? null : `A${next(20)}`;
      s.log.append({ at: T0 + i * HOUR, level, message: { nl, en: nl.toUpperCase() }, orderNumber });
    }
    all.push(...search(s, {}, undefined, 200).lines);
    all.push(...search(s, {}, all.at(-1)!.seq, 200).lines);
    const filters: LogFilter[] = [
      { text: 'geboekt' },
      { text: 'BTW', minLevel: 'warn' },
      { text: '_nu', language: 'en' },
      { text: '0%' },
      { orderNumber: 'A7', minLevel: 'info' },
      { text: 'a1' },
      { from: new Date(T0 + 50 * HOUR).toISOString(), until: new Date(T0 + 120 * HOUR).toISOString() },
      { minLevel: 'error', text: 'factuur', from: new Date(T0 + 10 * HOUR).toISOString() },
    ];
    for (const filter of filters) {
      const expected = all.filter((line) => matchesLogFilter(line, filter)).map((l) => l.seq);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(
        search(s, filter, undefined, 200).lines.map((l) => l.seq),
        JSON.stringify(filter),
      ).toEqual(expected);
    }
  });

  it('answers the same from lines held in memory (a core without a data folder)', () => {
    const s = store();
    fill(s, SAMPLE);
    const stored = search(s, {}).lines;
    const held = createLogChannels(heldLogLines(() => [...stored].reverse()));
    const filter: LogFilter = { minLevel: 'warn', text: 'bestelling' };
    expect(held['log.search']({ filter, limit: 100 })).toEqual(search(s, filter));
  });
});

/** The CSV as a spreadsheet reads it: without the byte order mark, split on semicolons. */
function rowsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv.slice(1), { delimiter: ';' }) as string[][];
}

describe('the CSV export of the log', () => {
  const exportOf = (s: LogStore, filter: LogFilter, maxExportLines?: number) =>
    createLogChannels(storedLogLines(s.db), { now: () => new Date(2026, 10, 28, 9, 30), maxExportLines })[
      'log.exportCsv'
    ]({ filter }) as { csv: string; fileName: string; lines: number; truncated: boolean };

  it('holds the filtered lines as shown, with a Dutch header, semicolons, a BOM and CRLF', () => {
    const s = store();
    fill(s, SAMPLE);
    const filter: LogFilter = { minLevel: 'warn' };
    const result = exportOf(s, filter);
    expect(result.fileName).toBe('winkelbrug-logboek-2026-11-28.csv');
    expect(result.truncated).toBe(false);
    expect(result.csv).toContain('\r\n');
    const [header, ...rows] = rowsOf(result.csv);
    expect(header).toEqual(['Tijd', 'Soort', 'Bestelling', 'Melding']);
    const shown = search(s, filter).lines;
    expect(rows.map((row) => [row[1], row[2], row[3]])).toEqual(
      shown.map((l) => [l.level === 'warn' ? 'Waarschuwing' : 'Fout', l.orderNumber ?? '', l.message.nl]),
    );
    expect(rows.every((row) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(row[0]!))).toBe(true);
    expect(result.lines).toBe(shown.length);
  });

  it('writes English when the owner reads English', () => {
    const s = store();
    fill(s, SAMPLE);
    const result = exportOf(s, { language: 'en', orderNumber: '1002' });
    expect(result.fileName).toBe('winkelbrug-log-2026-11-28.csv');
    expect(rowsOf(result.csv).map((row) => row.slice(1))).toEqual([
      ['Kind', 'Order', 'Message'],
      ['Warning', '1002', 'Order 1002 parked: no 0% VAT rate'],
    ]);
  });

  it('keeps secrets out and text from the shop from running as a formula', () => {
    const s = store();
    s.log.append({
      at: T0,
      level: 'error',
      message: 'GET https://api.example/orders?token=abc123secret failed; Bearer eyJhbGciOiJIUzI1NiJ9.x.y',
      orderNumber: '=HYPERLINK("http://evil")',
    });
    s.log.append({ at: T0 + 1, level: 'info', message: { nl: '+31 6 1234 5678 belde; "ja"', en: 'x' } });
    const { csv } = exportOf(s, {});
    expect(csv).not.toContain('abc123secret');
    expect(csv).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    const rows = rowsOf(csv);
    expect(rows[1]![3]).toBe('\'+31 6 1234 5678 belde; "ja"');
    expect(rows[2]![2]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[2]![3]).toContain('token=[redacted]');
  });

  it('reads a long log in batches, and says when it had to leave the oldest lines out', () => {
    const s = store();
    const insert = s.db.transaction(() => {
      for (let i = 0; i < 4_500; i++) s.log.append({ at: T0 + i, level: 'info', message: `line ${i}` });
    });
    insert();
    const whole = exportOf(s, {});
    expect(whole).toMatchObject({ lines: 4_500, truncated: false });
    expect(rowsOf(whole.csv)).toHaveLength(4_501);
    const cut = exportOf(s, {}, 4_000);
    expect(cut).toMatchObject({ lines: 4_000, truncated: true });
    expect(rowsOf(cut.csv).at(-1)![3]).toBe('line 500');
    expect(exportOf(s, {}, 4_500)).toMatchObject({ lines: 4_500, truncated: false });
  });
});
