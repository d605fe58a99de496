import type { AppStatus } from '../../shared/contract';
import type { Locale } from '../../shared/i18n/translate';
import { formatCount, formatDuration, formatTime, pick, type Translate } from '../i18n/text';
import { useApp, useSetup, useText } from '../state/store-context';
import { headlineOf } from './dashboard-status';

function lastRunText(status: AppStatus, t: Translate, locale: Locale): string {
  const run = status.lastRun;
  if (!run) return t('status.lastRun.never');
  const time = formatTime(run.finishedAt, locale);
  if (run.outcome === 'failed') return t('status.lastRun.failed', { time });
  if (run.outcome === 'cancelled') return t('status.lastRun.cancelled', { time });
  return `${time} · ${t('status.lastRun.summary', {
    booked: formatCount(run.booked, locale),
    parked: formatCount(run.parked, locale),
  })}`;
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
  return (
    <section className="panel status" data-testid="status-panel" data-state={status.state}>
      <p className={`state state-${headline.tone}`} data-testid="app-state" data-state={status.state}>
        {headline.text}
      </p>
      {status.reason && (
        <p className="reason" data-testid="status-reason">
          {pick(status.reason, locale)}
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
      <dl className="facts">
        <dt>{t('status.lastRun')}</dt>
        <dd data-testid="last-run">{lastRunText(status, t, locale)}</dd>
        <dt>{t('status.nextRun')}</dt>
        <dd data-testid="next-run">
          {status.nextRunAt ? formatTime(status.nextRunAt, locale) : t('status.nextRun.none')}
        </dd>
      </dl>
      <ul className="counts">
        {/* Deleted bookings and orders cancelled in the shop only when there are any: they are in the
            headline's count then. */}
        {(['booked', 'parked', 'waiting', 'deleted', 'cancelled'] as const)
          .filter((name) => (name !== 'deleted' && name !== 'cancelled') || status.counts[name] > 0)
          .map((name) => (
            <li key={name}>
              <span className="count" data-testid={`count-${name}`}>
                {formatCount(status.counts[name], locale)}
              </span>
              <span className="count-label">{t(`counts.${name}`)}</span>
            </li>
          ))}
      </ul>
      <ul className="connections">
        {(['mijnwebwinkel', 'moneybird'] as const).map((service) => {
          const state = status.connections[service];
          return (
            <li key={service} data-testid={`connection-${service}`} data-state={state.state}>
              <span className={`dot dot-${state.state}`} aria-hidden="true" />
              {t(`connection.${service}`)}: {t(`connection.${state.state}`)}
              {state.detail && <span className="detail"> — {pick(state.detail, locale)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
