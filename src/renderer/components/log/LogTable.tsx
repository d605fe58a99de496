import type { LogLine } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { pick } from '../../i18n/text';
import { useLog } from '../../state/log-store';
import { useLocale, useText } from '../../state/store-context';

const timeFormats = new Map<Locale, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

/** A log moment to the second, as the owner writes it: "28-11-2026 14:05:09" (en: "28/11/2026 14:05:09"). */
export function logTime(iso: string, locale: Locale): string {
  let format = timeFormats.get(locale);
  if (!format) {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    format = {
      date: new Intl.DateTimeFormat(tag, { dateStyle: 'short' }),
      time: new Intl.DateTimeFormat(tag, { timeStyle: 'medium' }),
    };
    timeFormats.set(locale, format);
  }
  const moment = new Date(iso);
  return `${format.date.format(moment)} ${format.time.format(moment)}`;
}

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
        <time dateTime={line.at}>{logTime(line.at, locale)}</time>
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

  if (lines.length === 0) {
    return (
      <p className="empty" data-testid={loading ? 'log-loading' : 'log-empty'} aria-live="polite">
        {loading ? t('log.loading') : t(filtered ? 'log.empty.filtered' : 'log.empty')}
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
