import { Link } from 'react-router';
import type { AppStatus } from '../../shared/contract';
import { formatCount, formatDuration, formatTime, pick } from '../i18n/text';
import { paths } from '../routes';
import { useApp, useSetup, useText } from '../state/store-context';
import {
  cannotSync,
  connectionStateKey,
  headlineOf,
  lastRunText,
  reasonInReminder,
} from './dashboard-status';

/**
 * Under "Geboekt", the booked orders told apart: those the shop called off since (their invoice is in
 * Moneybird still, so they are booked; the headline names them), and after a switch of
 * administration, those not in the one connected now.
 */
function BookedNotes({ counts }: { counts: AppStatus['counts'] }) {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const count = (n: number) => formatCount(n, locale);
  return (
    <>
      {counts.cancelled > 0 && (
        <span className="count-note count-note-attention" data-testid="count-booked-cancelled">
          {counts.cancelled === 1
            ? t('counts.booked.cancelled.one')
            : t('counts.booked.cancelled.other', { count: count(counts.cancelled) })}
        </span>
      )}
      {counts.bookedElsewhere !== undefined && (
        <span className="count-note" data-testid="count-booked-elsewhere">
          {counts.bookedElsewhere === 1
            ? t('counts.booked.elsewhere.one')
            : t('counts.booked.elsewhere.other', { count: count(counts.bookedElsewhere) })}
        </span>
      )}
    </>
  );
}

export function StatusPanel() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const connection = useApp((state) => state.connection);
  const status = useApp((state) => state.status);
  const setup = useSetup((state) => state.setup);

  if (connection !== 'open' || !status) {
    const key = connection === 'closed' ? 'state.disconnected' : 'state.connecting';
    return (
      <section className="panel status" data-testid="status-panel" data-state={connection}>
        <p className="state" data-testid="app-state" data-state={connection}>
          {t(key)}
        </p>
      </section>
    );
  }

  const headline = headlineOf(status, setup, t, locale);
  // Before the first run the headline says when it comes: no "not synced yet" a second time.
  const nextRunInHeadline = status.state === 'not-synced' && status.nextRunAt !== null;
  /** Who each connection is with, once known: two administrations can number invoices alike. */
  const connectedWith = {
    mijnwebwinkel: setup?.shopName ?? null,
    moneybird: setup?.administrationName ?? null,
  };
  return (
    <section className="panel status" data-testid="status-panel" data-state={status.state}>
      <p className={`state state-${headline.tone}`} data-testid="app-state" data-state={status.state}>
        {headline.text}
      </p>
      {status.reason && !reasonInReminder(status, setup) && (
        <p className="reason" data-testid="status-reason">
          {pick(status.reason, locale)}
        </p>
      )}
      {/* Set up, connected, and a run stopped for a bookkeeping choice (one missing since a switch of
          administration, say): the reason names it, this is the way there. */}
      {status.state === 'needs-setup' && status.reason && setup?.complete && !cannotSync(status) && (
        <p className="setting-fix">
          <Link to={paths.settingsSection('revenue')} data-testid="status-fix-setting">
            {t('parked.fixSetting')}
          </Link>
        </p>
      )}
      {status.progress && (
        <p className="progress" data-testid="progress">
          {t('status.progress', {
            done: formatCount(status.progress.done, locale),
            total: formatCount(status.progress.total, locale),
          })}
          {typeof status.progress.remainingMs === 'number' && status.progress.remainingMs > 0 && (
            <span data-testid="progress-eta">
              {' · '}
              {t('import.eta', { duration: formatDuration(status.progress.remainingMs, t) })}
            </span>
          )}
        </p>
      )}
      {(status.lastRun || !nextRunInHeadline) && (
        <dl className="facts">
          {status.lastRun && (
            <>
              <dt>{t('status.lastRun')}</dt>
              <dd data-testid="last-run">
                {lastRunText(status.lastRun, t, locale, status.counts.cancelled)}
              </dd>
            </>
          )}
          {!nextRunInHeadline && (
            <>
              <dt>{t('status.nextRun')}</dt>
              <dd data-testid="next-run">
                {status.nextRunAt ? formatTime(status.nextRunAt, locale) : t('status.nextRun.none')}
              </dd>
            </>
          )}
        </dl>
      )}
      <ul className="counts">
        {/* Deleted bookings only when there are any: they are in the headline's count then. */}
        {(['booked', 'parked', 'waiting', 'deleted'] as const)
          .filter((name) => name !== 'deleted' || status.counts[name] > 0)
          .map((name) => (
            <li key={name}>
              <span className="count" data-testid={`count-${name}`}>
                {formatCount(status.counts[name], locale)}
              </span>
              <span className="count-label">{t(`counts.${name}`)}</span>
              {name === 'booked' && <BookedNotes counts={status.counts} />}
            </li>
          ))}
      </ul>
      <ul className="connections">
        {(['mijnwebwinkel', 'moneybird'] as const).map((service) => {
          const state = status.connections[service];
          const name = state.state === 'connected' ? connectedWith[service] : null;
          return (
            <li key={service} data-testid={`connection-${service}`} data-state={state.state}>
              <span className={`dot dot-${state.state}`} aria-hidden="true" />
              {t(`connection.${service}`)}:{' '}
              {name ? t('connection.connected.named', { name }) : t(connectionStateKey(state, status.state))}
              {/* What the headline says already (a refused token stopped the run) is not said twice. */}
              {state.detail && state.detail.nl !== status.reason?.nl && (
                <span className="detail"> — {pick(state.detail, locale)}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
