// The log screen's state: the form becomes the contract's filter (days in the owner's time zone),
// a live line appears only when it matches the filter on screen, an older search's reply never
// overwrites a newer one, and paging asks for the lines before the last one shown.
import { describe, expect, it } from 'vitest';
import type { CheckedClient } from '../../../src/renderer/bridge/checked-client';
import {
  createLogStore,
  EMPTY_LOG_FORM,
  filterOf,
  periodReversed,
} from '../../../src/renderer/state/log-store';
import type { LogLine, RequestArgs } from '../../../src/shared/contract';

const line = (
  seq: number,
  level: LogLine['level'],
  nl: string,
  orderNumber: string | null = null,
): LogLine => ({
  seq,
  at: new Date(Date.UTC(2026, 10, 28, 9, 0, seq)).toISOString(),
  level,
  message: { nl, en: nl },
  orderNumber,
});

type SearchArgs = RequestArgs<'log.search'>;

/** A client whose log.search replies the test hands out by hand, in any order. */
function fakeClient() {
  const searches: Array<{ args: SearchArgs; reply(lines: LogLine[], more?: boolean): void }> = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const client = {
    call: (channel: string, args: unknown) =>
      new Promise((resolve) => {
        if (channel !== 'log.search') throw new Error(`unexpected call ${channel}`);
        searches.push({
          args: args as SearchArgs,
          reply: (lines, more = false) => resolve({ ok: true, result: { lines, more } }),
        });
      }),
    on: (channel: string, listener: (payload: unknown) => void) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    },
  } as unknown as CheckedClient;
  const push = (payload: LogLine) => listeners.get('log.line')?.(payload);
  return { client, searches, push };
}

/** Lets the awaited replies run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the log form', () => {
  it('becomes a filter from the start of the first day to the end of the last, in local time', () => {
    const filter = filterOf(
      {
        minLevel: 'warn',
        orderNumber: ' 1042 ',
        fromDay: '2026-11-01',
        untilDay: '2026-11-30',
        text: ' btw ',
      },
      'nl',
    );
    expect(filter).toEqual({
      language: 'nl',
      minLevel: 'warn',
      orderNumber: '1042',
      from: new Date(2026, 10, 1).toISOString(),
      until: new Date(2026, 11, 1).toISOString(),
      text: 'btw',
    });
    expect(filterOf(EMPTY_LOG_FORM, 'en')).toEqual({ language: 'en' });
  });

  it('knows a period that ends before it starts', () => {
    expect(periodReversed({ ...EMPTY_LOG_FORM, fromDay: '2026-11-02', untilDay: '2026-11-01' })).toBe(true);
    expect(periodReversed({ ...EMPTY_LOG_FORM, fromDay: '2026-11-02', untilDay: '2026-11-02' })).toBe(false);
    expect(periodReversed({ ...EMPTY_LOG_FORM, untilDay: '2026-11-01' })).toBe(false);
  });
});

describe('the log store', () => {
  it('adds a live line that matches the filter on screen, on top, and leaves others out', async () => {
    const { client, searches, push } = fakeClient();
    const store = createLogStore(client, () => 'nl');
    store.getState().setForm({ minLevel: 'warn' });
    searches[0]!.reply([line(3, 'warn', 'Geparkeerd', '7')]);
    await settle();
    push(line(4, 'info', 'Geboekt', '8'));
    push(line(5, 'error', 'Moneybird weigert'));
    push(line(5, 'error', 'Moneybird weigert'));
    expect(store.getState().lines.map((l) => l.seq)).toEqual([5, 3]);
    expect(store.getState().live).toBe(1);
  });

  it('drops the reply to an older search when a newer one was asked', async () => {
    const { client, searches } = fakeClient();
    const store = createLogStore(client, () => 'nl');
    void store.getState().search();
    store.getState().setForm({ minLevel: 'error' });
    expect(searches).toHaveLength(2);
    searches[1]!.reply([line(9, 'error', 'Fout')]);
    await settle();
    searches[0]!.reply([line(9, 'error', 'Fout'), line(8, 'info', 'Info')]);
    await settle();
    expect(store.getState().lines.map((l) => l.seq)).toEqual([9]);
  });

  it('pages back from the last line shown, with the same filter', async () => {
    const { client, searches } = fakeClient();
    const store = createLogStore(client, () => 'en');
    void store.getState().search();
    searches[0]!.reply([line(20, 'info', 'b'), line(19, 'info', 'a')], true);
    await settle();
    void store.getState().loadMore();
    expect(searches[1]!.args).toMatchObject({ filter: { language: 'en' }, beforeSeq: 19 });
    searches[1]!.reply([line(18, 'info', 'z')], false);
    await settle();
    expect(store.getState().lines.map((l) => l.seq)).toEqual([20, 19, 18]);
    expect(store.getState().more).toBe(false);
  });

  it('asks nothing while the period runs backwards', async () => {
    const { client, searches } = fakeClient();
    const store = createLogStore(client, () => 'nl');
    store.getState().setForm({ fromDay: '2026-11-05', untilDay: '2026-11-01' });
    await settle();
    expect(searches).toHaveLength(0);
    expect(store.getState().lines).toEqual([]);
  });
});
