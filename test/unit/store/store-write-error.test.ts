// Which failures of a write are the owner's to fix (a full disk, a read-only file, a failing disk),
// and what they are told: in Dutch and English, what happened and what to do.
import { describe, expect, it } from 'vitest';
import {
  SettingValueError,
  StoreWriteError,
  storeErrorText,
  storeWriteErrorOf,
} from '../../../src/main/core/store';

const failure = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('store write failures', () => {
  it('maps SQLite and file-system codes to what the owner can act on', () => {
    const cases: Array<[string, string | undefined]> = [
      ['SQLITE_FULL', 'store_disk_full'],
      ['ENOSPC', 'store_disk_full'],
      ['SQLITE_READONLY', 'store_read_only'],
      ['SQLITE_READONLY_DBMOVED', 'store_read_only'],
      ['EROFS', 'store_read_only'],
      ['SQLITE_IOERR', 'store_io_error'],
      ['SQLITE_IOERR_WRITE', 'store_io_error'],
      ['SQLITE_IOERR_FSYNC', 'store_io_error'],
      ['SQLITE_CONSTRAINT_UNIQUE', undefined],
      ['SQLITE_BUSY', undefined],
      ['ECONNRESET', undefined],
    ];
    for (const [code, kind] of cases) {
      expect(storeWriteErrorOf(failure(code), '/data/winkelbrug.sqlite')?.kind, code).toBe(kind);
    }
    expect(storeWriteErrorOf(new Error('no code'), '/f')).toBeUndefined();
    expect(storeWriteErrorOf('text', '/f')).toBeUndefined();
  });

  it('says what happened and what to do, naming the file, in both languages', () => {
    const full = storeWriteErrorOf(failure('SQLITE_FULL', 'database or disk is full'), '/data/w.sqlite')!;
    expect(full).toBeInstanceOf(StoreWriteError);
    expect(full.userMessage).toBe(full.text);
    expect(full.text.nl).toContain('/data/w.sqlite');
    expect(full.text.nl).toMatch(/vol.*Maak ruimte vrij/s);
    expect(full.text.en).toMatch(/full.*Free some space/s);
    const io = storeWriteErrorOf(failure('SQLITE_IOERR_WRITE', 'disk I/O error'), '/data/w.sqlite')!;
    expect(io.text.en).toContain('SQLITE_IOERR_WRITE: disk I/O error');
    expect(io.text.nl).toMatch(/Controleer de schijf/);
    const readOnly = storeWriteErrorOf(failure('SQLITE_READONLY'), '/data/w.sqlite')!;
    expect(readOnly.text.nl).toMatch(/schrijfrechten/);
    expect(readOnly.text.en).toMatch(/write permission/);
    // Already mapped: kept as it is.
    expect(storeWriteErrorOf(full, '/other')).toBe(full);
  });
});

describe("a store failure's own text", () => {
  it('is found on every store error, so no caller shows the owner its English message', () => {
    const setting = new SettingValueError('bookkeeping.mapping', 'rounding.taxRateId', 'Expected string');
    expect(storeErrorText(setting)?.nl).toMatch(
      /^De opgeslagen instelling "bookkeeping.mapping" is ongeldig/,
    );
    const written = new StoreWriteError('disk-full', '/data/winkelbrug.sqlite', 'SQLITE_FULL');
    expect(storeErrorText(written)).toEqual(written.text);
    expect(storeErrorText(new Error('database is locked'))).toBeUndefined();
    expect(storeErrorText('text')).toBeUndefined();
  });
});
