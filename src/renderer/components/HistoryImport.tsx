import { type FormEvent, useState } from 'react';
import type { HistoryImport as HistoryImportState } from '../../shared/contract';
import { formatDate, formatDuration, type Translate } from '../i18n/text';
import { useApp, useText } from '../state/store-context';

function progressText(history: HistoryImportState, t: Translate): string {
  return history.total === null
    ? t('import.progress.unknownTotal', { done: history.done })
    : t('import.progress', { done: Math.min(history.done, history.total), total: history.total });
}

function defaultSince(): string {
  const date = new Date();
  date.setMonth(date.getMonth() - 3);
  return date.toISOString().slice(0, 10);
}

export function HistoryImport() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const history = useApp((state) => state.historyImport);
  const status = useApp((state) => state.status);
  const connected = useApp((state) => state.connection === 'open');
  const startImport = useApp((state) => state.startImport);
  const [since, setSince] = useState(defaultSince);
  const running = history?.status === 'running' && status?.state === 'syncing';
  const disabled =
    !connected || !status || status.state === 'paused' || status.state === 'needs-setup' || running;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (since) void startImport(since);
  }

  return (
    <section className="panel history-import" data-testid="history-import">
      <h2>{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <form className="import-form" onSubmit={submit}>
        <label>
          {t('import.since')}{' '}
          <input
            type="date"
            data-testid="import-since"
            value={since}
            max={new Date().toISOString().slice(0, 10)}
            required
            onChange={(event) => setSince(event.target.value)}
          />
        </label>
        <button type="submit" data-testid="import-start" disabled={disabled}>
          {t('import.start')}
        </button>
      </form>
      {history && (
        <div className="import-state" data-testid="import-state" data-status={history.status}>
          <p>{t(`import.status.${history.status}`, { since: formatDate(history.since, locale) })}</p>
          <p data-testid="import-progress">{progressText(history, t)}</p>
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
}
