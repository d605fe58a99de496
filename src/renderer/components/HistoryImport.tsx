import { type FormEvent, useEffect, useState } from 'react';
import type { HistoryImport as HistoryImportState } from '../../shared/contract';
import { importPeriodEnd, importSinceProblem, latestImportSince } from '../../shared/history-import-since';
import type { Locale } from '../../shared/i18n/translate';
import { writtenList } from '../../shared/i18n/written-list';
import { shopLocalDate } from '../../shared/shop-calendar';
import { formatCount, formatDate, formatDuration, pick, type Translate } from '../i18n/text';
import { useApp, useSetup, useText } from '../state/store-context';
import { DateField } from './common/DateField';
import { HandBookedAdvice } from './common/HandBookedAdvice';
import { cannotSync, noLongerConnected } from './dashboard-status';
import { dayAfter, dueReturnsIn, importOffer, lockedDaysIn } from './history-import-period';

function progressText(history: HistoryImportState, t: Translate, locale: Locale): string {
  return history.total === null
    ? t('import.progress.unknownTotal', { done: formatCount(history.done, locale) })
    : t('import.progress', {
        done: formatCount(Math.min(history.done, history.total), locale),
        total: formatCount(history.total, locale),
      });
}

/**
 * A completed import: what came of the orders of its period (booked, skipped, waiting for the owner
 * or for a retry) as the journal has them now, and, when the period reached a VAT return that was
 * due already, whether any of them changed it (then the reminder the question before booking gave).
 */
function ImportDone({ history }: { history: HistoryImportState }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const { outcome, until } = history;
  const from = formatDate(history.since, locale);
  // The core counts only a period it knows the end of (importOutcome).
  if (!outcome || until === null) return <p data-testid="import-done">{t('import.done.plain', { from })}</p>;
  const count = (n: number) => formatCount(n, locale);
  const period = { from, until: formatDate(until, locale) };
  const handled = outcome.booked + outcome.skipped + outcome.parked + outcome.waiting;
  const parts = [
    t('import.done.booked', { count: count(outcome.booked) }),
    ...(outcome.skipped > 0 ? [t('import.done.skipped', { count: count(outcome.skipped) })] : []),
    outcome.parked === 0
      ? t('import.done.parked.none')
      : outcome.parked === 1
        ? t('import.done.parked.one')
        : t('import.done.parked.other', { count: count(outcome.parked) }),
    ...(outcome.waiting === 0
      ? []
      : [
          outcome.waiting === 1
            ? t('import.done.waiting.one')
            : t('import.done.waiting.other', { count: count(outcome.waiting) }),
        ]),
  ];
  const summary =
    handled === 0
      ? t('import.done.none.period', period)
      : t('import.done.period', { ...period, outcome: writtenList(parts, locale) });
  const due = outcome.dueReturn;
  return (
    <>
      <p data-testid="import-done">{summary}</p>
      {due && (
        <p data-testid="import-done-return-due">
          {due.booked === 0
            ? t('import.done.returnDue.none', { until: formatDate(due.until, locale) })
            : due.booked === outcome.booked && due.booked > 1
              ? t('import.done.returnDue.all', { until: formatDate(due.until, locale) })
              : due.booked === 1
                ? t('import.done.returnDue.one', { until: formatDate(due.until, locale) })
                : t('import.done.returnDue.other', {
                    until: formatDate(due.until, locale),
                    count: count(due.booked),
                  })}
        </p>
      )}
    </>
  );
}

const SINCE_ID = 'import-since-field';
const HINT_ID = 'import-since-hint';
const UNAVAILABLE_ID = 'import-unavailable';

/**
 * "Eerdere bestellingen boeken": the orders from before the sync's start date, booked on the owner's
 * word. The owner picks the first day (the start of the quarter before the start date is offered,
 * unless that quarter's VAT return is due already: then none is; never a day Moneybird has locked,
 * asked once when the panel opens) and confirms the period, warned about orders booked by hand
 * (those Winkelbrug cannot recognise), about orders dated in Moneybird's locked period (they wait
 * for the owner's choice) and about orders that belong in a VAT return due already (it changes).
 * While the lock is being read, or when it cannot be, the panel goes by the VAT returns alone.
 */
export function HistoryImport() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const history = useApp((state) => state.historyImport);
  const status = useApp((state) => state.status);
  const connected = useApp((state) => state.connection === 'open');
  const startImport = useApp((state) => state.startImport);
  const prefix = useApp((state) => state.referencePrefix);
  const setup = useSetup((state) => state.setup);
  const loadSetup = useSetup((state) => state.loadSetup);
  const readPeriodLock = useApp((state) => state.readPeriodLock);
  const startDate = setup?.startDate ?? null;
  // The shop's day, as the core counts the days the sync books by itself.
  const today = shopLocalDate(Date.now());
  // null: the date offered, which follows the start date; a date once the owner picks one.
  const [picked, setPicked] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Moneybird's lock date: undefined while not known (being read, or it could not be), null for none.
  const [lock, setLock] = useState<string | null | undefined>(undefined);
  const lockedUntil = lock ?? null;
  const offer = importOffer(startDate, today, lockedUntil);
  const suggested = offer.since;
  const since = picked ?? suggested ?? '';
  // The period the run books, as the core ends it: an import that did not complete and is replaced
  // (or resumed) hands on its period's end, so the warnings below cover what is booked.
  const until = importPeriodEnd(since, startDate, history);
  // No day offered and none picked yet: nothing to book, and nothing wrong either.
  const problem =
    picked === null && suggested === null ? null : importSinceProblem(since, startDate, today, history);
  const checked = problem === null && since !== '';
  const lockedDays = checked ? lockedDaysIn(since, until, lockedUntil, today) : null;
  const dueReturns = checked ? dueReturnsIn(since, until, today, lockedUntil) : null;
  const administration = setup?.administrationName ?? null;

  // A finished run can move the start date (the first run sets it, booking earlier orders moves it
  // back to their first day): ask the core again, so the period offered starts before it.
  const lastRunId = status?.lastRun?.runId;
  useEffect(() => {
    if (lastRunId !== undefined) void loadSetup();
  }, [lastRunId, loadSetup]);

  // The lock, asked once the core can reach Moneybird (set up, this window connected): one request
  // when the panel opens, none per keystroke. Not answered or not known: nothing is said of it.
  const canAskLock = connected && status !== null && status.state !== 'needs-setup';
  useEffect(() => {
    if (!canAskLock) return;
    let current = true;
    readPeriodLock().then(
      (read) => {
        if (current) setLock(read);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, [canAskLock, readPeriodLock]);

  const running = history?.status === 'running' && status?.state === 'syncing';
  // What paused the import is what the status panel says (the last run's blocker, still in force).
  const reasonAbove = !!history?.error && !!status?.reason && status.reason.nl === history.error.nl;
  // No longer connected: nothing can be booked, as the reminder above says; earlier orders are not
  // offered until the owner connects again (an import under way still shows where it stands).
  const reconnect = status !== null && cannotSync(status) && noLongerConnected(status, setup);
  const unavailable = !status
    ? null
    : cannotSync(status)
      ? t('import.unavailable.needsSetup')
      : status.state === 'paused'
        ? t('import.unavailable.paused')
        : null;
  const disabled = !connected || !status || status.state === 'needs-setup' || unavailable !== null || running;
  // A blocker in force (said in the status panel above): confirming keeps the period, and booking
  // starts once the blocker is solved, as a paused import goes on.
  const blocked = status?.state === 'error' && status.reason !== null;

  function ask(event: FormEvent) {
    event.preventDefault();
    if (!problem && since !== '') setConfirming(true);
  }

  function book() {
    setConfirming(false);
    // The next offer follows the start date this import moves back.
    setPicked(null);
    void startImport(since);
  }

  const problemText =
    problem === 'future'
      ? t('import.since.future', { today: formatDate(today, locale) })
      : problem === 'notBefore' && startDate
        ? t('import.since.notBefore', { start: formatDate(startDate, locale) })
        : problem === 'invalid'
          ? t('import.since.invalid')
          : null;

  if (reconnect && !history) return null;
  return (
    <section
      className="panel history-import"
      data-testid="history-import"
      data-period-lock={lock === undefined ? 'unknown' : (lock ?? 'none')}
    >
      <h2>{t('import.title')}</h2>
      {!reconnect && period()}
      {history && (
        <div className="import-state" data-testid="import-state" data-status={history.status}>
          {history.status === 'completed' ? (
            <ImportDone history={history} />
          ) : history.status === 'paused' && history.error && reasonAbove ? (
            // Paused by the blocker the status panel above says already: pointed to, not repeated.
            <>
              <p data-testid="import-paused-above">
                {t('import.status.paused.above', { since: formatDate(history.since, locale) })}
              </p>
              <p data-testid="import-progress">{progressText(history, t, locale)}</p>
            </>
          ) : history.status === 'paused' && history.error ? (
            // Paused by a blocker: what stopped it, and that it goes on once that is solved.
            <>
              <p>{t('import.status.paused.because', { since: formatDate(history.since, locale) })}</p>
              <p className="problem" data-testid="import-pause-reason">
                {pick(history.error, locale)}
              </p>
              <p>{t('import.paused.continues')}</p>
              <p data-testid="import-progress">{progressText(history, t, locale)}</p>
            </>
          ) : (
            <>
              <p>{t(`import.status.${history.status}`, { since: formatDate(history.since, locale) })}</p>
              <p data-testid="import-progress">{progressText(history, t, locale)}</p>
            </>
          )}
          {history.status === 'running' && (
            <p data-testid="import-eta">
              {history.remainingMs === null
                ? t('import.eta.unknown')
                : t('import.eta', { duration: formatDuration(history.remainingMs, t) })}
            </p>
          )}
        </div>
      )}
    </section>
  );

  /** The period offered, the button, and the question before anything is booked. */
  function period() {
    return (
      <>
        <p className="hint">
          {startDate ? t('import.hint', { start: formatDate(startDate, locale) }) : t('import.hint.noStart')}
        </p>
        <form className="import-form" onSubmit={ask} noValidate>
          <label htmlFor={SINCE_ID}>{t('import.since')}</label>
          <DateField
            id={SINCE_ID}
            testId="import-since"
            value={since}
            max={latestImportSince(startDate, today, history)}
            required
            disabled={confirming}
            invalid={problem !== null}
            describedBy={problemText || picked === null || since === suggested ? HINT_ID : undefined}
            onChange={setPicked}
          />
          {!confirming && (
            <button
              type="submit"
              data-testid="import-start"
              disabled={disabled || problem !== null || since === ''}
              aria-describedby={unavailable ? UNAVAILABLE_ID : undefined}
            >
              {t('import.start')}
            </button>
          )}
        </form>
        {problemText ? (
          <p className="field-issue" id={HINT_ID} data-testid="import-since-problem" role="alert">
            {problemText}
          </p>
        ) : suggested === null ? (
          picked === null && (
            <p className="field-hint" id={HINT_ID} data-testid="import-since-hint">
              {offer.locked
                ? t('import.since.none.locked', { lock: formatDate(offer.locked, locale) })
                : t('import.since.none', {
                    start: formatDate(startDate ?? today, locale),
                    quarter: offer.quarter,
                    year: offer.year,
                    due: formatDate(offer.due, locale),
                  })}
            </p>
          )
        ) : (
          since === suggested && (
            <p className="field-hint" id={HINT_ID} data-testid="import-since-hint">
              {offer.locked
                ? t('import.since.suggested.locked', {
                    since: formatDate(suggested, locale),
                    lock: formatDate(offer.locked, locale),
                  })
                : t('import.since.suggested', {
                    quarter: offer.quarter,
                    year: offer.year,
                    due: formatDate(offer.due, locale),
                  })}
            </p>
          )
        )}
        {unavailable && !confirming && (
          <p className="field-hint" id={UNAVAILABLE_ID} data-testid={UNAVAILABLE_ID}>
            {unavailable}
          </p>
        )}
        {confirming && (
          <div className="import-confirm" data-testid="import-confirm">
            <p data-testid="import-confirm-period">
              {until
                ? t(administration ? 'import.confirm.period.administration' : 'import.confirm.period', {
                    from: formatDate(since, locale),
                    until: formatDate(until, locale),
                    administration: administration ?? '',
                  })
                : t(administration ? 'import.confirm.open.administration' : 'import.confirm.open', {
                    from: formatDate(since, locale),
                    administration: administration ?? '',
                  })}
            </p>
            {lockedDays && (
              <p data-testid="import-confirm-locked">
                {t(lockedDays.all ? 'import.confirm.lockedUntil.all' : 'import.confirm.lockedUntil', {
                  lock: formatDate(lockedDays.until, locale),
                  next: formatDate(dayAfter(lockedDays.until), locale),
                  bookInOpenPeriod: t('action.bookInOpenPeriod'),
                  skip: t('action.skip'),
                })}
                {/* Booked on the first open day, they change a VAT return that was due already. */}
                {lockedDays.returnDue &&
                  ` ${t('import.confirm.lockedUntil.returnDue', {
                    next: formatDate(dayAfter(lockedDays.until), locale),
                    quarter: lockedDays.returnDue.quarter,
                    year: lockedDays.returnDue.year,
                  })}`}
              </p>
            )}
            {dueReturns && (
              <p data-testid="import-confirm-return-due">
                {dueReturns.all
                  ? t('import.confirm.returnDue.all')
                  : dueReturns.from
                    ? t('import.confirm.returnDue.afterLock', {
                        from: formatDate(dueReturns.from, locale),
                        until: formatDate(dueReturns.until, locale),
                      })
                    : t('import.confirm.returnDue', { until: formatDate(dueReturns.until, locale) })}
                {/* Whether those days are locked is only unknown while the lock is not read. */}
                {lock === undefined &&
                  ` ${t('import.confirm.locked', {
                    bookInOpenPeriod: t('action.bookInOpenPeriod'),
                    skip: t('action.skip'),
                  })}`}
              </p>
            )}
            <p data-testid="import-confirm-warning">
              <HandBookedAdvice prefix={prefix} />
            </p>
            {blocked && (
              <p data-testid="import-confirm-blocked">
                {t('import.confirm.blocked', { yes: t('import.confirm.yes') })}
              </p>
            )}
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                data-testid="import-confirm-yes"
                disabled={disabled}
                // biome-ignore lint/a11y/noAutofocus: the question just appeared; the owner answers it next
                autoFocus
                onClick={book}
              >
                {t('import.confirm.yes')}
              </button>
              <button type="button" data-testid="import-confirm-cancel" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
      </>
    );
  }
}
