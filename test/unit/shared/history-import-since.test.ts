// The one rule for "Eerdere bestellingen boeken", as the panel, the app service and the sync engine
// all go by it: which day an import may start from (before the sync's start date, or the day of the
// import the store holds: that import going on, or again over its own period), and where the period
// it books ends (the day before the start date it found, or, replacing an import that did not
// complete, where that one's period ended).
import { describe, expect, it } from 'vitest';
import {
  type ImportPeriod,
  importPeriodEnd,
  importSinceProblem,
  latestImportSince,
  unfinishedImportSince,
} from '../../../src/shared/history-import-since';

const TODAY = '2026-12-05';
const START = '2026-11-29';

const importOf = (status: ImportPeriod['status'], since = '2026-11-29', until = '2027-01-31') => ({
  since,
  until,
  status,
});

describe('which day an import may start from', () => {
  it.each([
    // [case, since, start date, import the store holds, problem]
    ['no start date yet: any day up to today', '2020-01-01', null, null, null],
    ['no start date yet: today', TODAY, null, null, null],
    ['no start date yet: tomorrow', '2026-12-06', null, null, 'future'],
    ['before the start date', '2026-10-01', START, null, null],
    ['the day before the start date', '2026-11-28', START, null, null],
    ['the start date itself', START, START, null, 'notBefore'],
    ['after the start date', '2026-12-01', START, null, 'notBefore'],
    ['a day to come', '2026-12-06', START, null, 'future'],
    ['a start date after today: today', TODAY, '2026-12-10', null, null],
    ['the paused import’s own day: it goes on', START, START, importOf('paused'), null],
    ['the running import’s own day: it goes on', START, START, importOf('running'), null],
    ['a later day while one is paused', '2026-12-01', START, importOf('paused'), 'notBefore'],
    ['a later day while one runs', '2026-12-01', START, importOf('running'), 'notBefore'],
    ['an earlier day while one is paused: it replaces it', '2026-10-01', START, importOf('paused'), null],
    // The same import again, over its own period (importPeriodEnd): no day is left out.
    ['a completed import’s day again', START, START, importOf('completed'), null],
    ['a later day after a completed one', '2026-12-01', START, importOf('completed'), 'notBefore'],
    // Begun before this rule (the command line let it), since a day after the start date.
    [
      'an older paused import after the start date: it still goes on',
      '2026-12-01',
      START,
      importOf('paused', '2026-12-01'),
      null,
    ],
    ['not a date', '', START, null, 'invalid'],
    ['no calendar day', '2026-02-30', START, null, 'invalid'],
    ['not written as YYYY-MM-DD', '1-10-2026', null, null, 'invalid'],
  ] as const)('%s', (_case, since, startDate, current, problem) => {
    expect(importSinceProblem(since, startDate, TODAY, current)).toBe(problem);
  });

  it('allows the day of the import the store holds only once it has come', () => {
    // Only an import already begun goes on; one since a day to come was never begun.
    expect(importSinceProblem('2026-12-06', START, TODAY, importOf('paused', '2026-12-06'))).toBe('future');
  });

  it('tells the day of the import that goes on by itself: running or paused, not completed', () => {
    expect(unfinishedImportSince(importOf('running'))).toBe(START);
    expect(unfinishedImportSince(importOf('paused'))).toBe(START);
    expect(unfinishedImportSince(importOf('completed'))).toBeNull();
    expect(unfinishedImportSince(null)).toBeNull();
    expect(unfinishedImportSince(undefined)).toBeNull();
  });

  it('ends a date picker at the last day allowed', () => {
    expect(latestImportSince(START, TODAY)).toBe('2026-11-28');
    expect(latestImportSince('2024-03-01', TODAY)).toBe('2024-02-29');
    expect(latestImportSince(null, TODAY)).toBe(TODAY);
    // A start date after today: any day up to today.
    expect(latestImportSince('2026-12-10', TODAY)).toBe(TODAY);
    // The day of the import the store holds may be picked (the same import, going on or again).
    expect(latestImportSince(START, TODAY, importOf('paused'))).toBe(START);
    expect(latestImportSince(START, TODAY, importOf('completed'))).toBe(START);
    expect(latestImportSince(START, TODAY, importOf('paused', '2026-10-01'))).toBe('2026-11-28');
  });

  it('takes only a calendar day, as the contract writes dates', () => {
    expect(importSinceProblem('2024-02-29', null, TODAY)).toBeNull();
    for (const day of ['2026-02-29', '2026-13-01', '2026-1-01', 'gisteren'])
      expect(importSinceProblem(day, null, TODAY), day).toBe('invalid');
  });
});

describe('where the period an import books ends', () => {
  it.each([
    // [case, since, start date before the import, import the store holds, end]
    ['the day before the start date it found', '2026-10-01', START, null, '2026-11-28'],
    ['the day before a start date on the 1st of March', '2024-01-01', '2024-03-01', null, '2024-02-29'],
    ['no start date: up to today', '2026-10-01', null, null, null],
    ['a start date before its day: up to today', '2026-10-01', '2026-09-01', null, null],
    // The paused import moved the start date back to its day: the day before it would leave its
    // period out.
    ['the paused import resumed: its own end', START, START, importOf('paused'), '2027-01-31'],
    [
      'an earlier day replacing a paused one: that one’s end',
      '2026-10-01',
      START,
      importOf('paused'),
      '2027-01-31',
    ],
    [
      'an earlier day replacing a running one: that one’s end',
      '2026-10-01',
      START,
      importOf('running'),
      '2027-01-31',
    ],
    [
      'one that reached today, replaced: up to today',
      '2026-10-01',
      START,
      { ...importOf('paused'), until: null },
      null,
    ],
    ['after a completed one: its own end', '2026-10-01', START, importOf('completed'), '2026-11-28'],
    ['a completed one’s day again: its end', START, START, importOf('completed'), '2027-01-31'],
  ] as const)('%s', (_case, since, startDate, current, end) => {
    expect(importPeriodEnd(since, startDate, current)).toBe(end);
  });
});
