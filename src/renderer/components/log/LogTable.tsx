import type { LogLine } from '../../../shared/contract';
import { formatTime, pick } from '../../i18n/text';
import { periodReversed, useLog } from '../../state/log-store';
import { useLocale, useText } from '../../state/store-context';

function Row({ line }: { line: LogLine }) {
  const t = useText();
  const locale = useLocale();
  return (
    <tr
      className={`log-row level-${line.level}`}
      data-testid="log-line"
      data-seq={line.seq}
      data-level={line.level}
    >
      <td className="log-time">
        {/* Written as on every other screen, "30 nov 2026, 08:50": the lines are in the log's own
            order (newest on top), so seconds would order nothing; the CSV keeps them. */}
        <time dateTime={line.at}>{formatTime(line.at, locale)}</time>
      </td>
      <td className="log-level">
        <span className={`log-badge log-badge-${line.level}`}>{t(`log.level.${line.level}`)}</span>
      </td>
      <td className="log-order" data-testid="log-line-order">
        {line.orderNumber ?? ''}
      </td>
      <td className="log-message" data-testid="log-line-message">
        {pick(line.message, locale)}
      </td>
    </tr>
  );
}

/** The lines found, newest first, with a button for older ones. */
export function LogTable() {
  const t = useText();
  const lines = useLog((state) => state.lines);
  const loading = useLog((state) => state.loading);
  const more = useLog((state) => state.more);
  const loadingMore = useLog((state) => state.loadingMore);
  const loadMore = useLog((state) => state.loadMore);
  const filtered = useLog(
    (state) =>
      state.form.minLevel !== 'info' ||
      state.form.orderNumber.trim() !== '' ||
      state.form.fromDay !== '' ||
      state.form.untilDay !== '' ||
      state.form.text.trim() !== '',
  );
  // An end before the start is said under "Tot en met": here only what to do.
  const reversed = useLog((state) => periodReversed(state.form));

  if (lines.length === 0) {
    return (
      <p className="empty" data-testid={loading ? 'log-loading' : 'log-empty'} aria-live="polite">
        {loading
          ? t('log.loading')
          : t(reversed ? 'log.empty.reversed' : filtered ? 'log.empty.filtered' : 'log.empty')}
      </p>
    );
  }
  return (
    <>
      <div className="log-table-wrap">
        <table className="data-table log-table" data-testid="log-table" aria-busy={loading || undefined}>
          <caption className="visually-hidden">{t('log.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.column.time')}</th>
              <th scope="col">{t('log.column.level')}</th>
              <th scope="col">{t('log.column.order')}</th>
              <th scope="col">{t('log.column.message')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <Row key={line.seq} line={line} />
            ))}
          </tbody>
        </table>
      </div>
      {more && (
        <div className="log-more">
          <button type="button" data-testid="log-more" disabled={loadingMore} onClick={() => void loadMore()}>
            {t('log.more')}
          </button>
        </div>
      )}
    </>
  );
}
