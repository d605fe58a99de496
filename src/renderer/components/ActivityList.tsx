import { formatTime, pick } from '../i18n/text';
import { useApp, useText } from '../state/store-context';

export function ActivityList() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const log = useApp((state) => state.log);
  const newestFirst = [...log].reverse();
  return (
    <section className="panel activity">
      <h2>{t('activity.title')}</h2>
      {newestFirst.length === 0 ? (
        <p className="empty" data-testid="activity-empty">
          {t('activity.empty')}
        </p>
      ) : (
        <ol className="activity-list" data-testid="activity-list">
          {newestFirst.map((line) => (
            <li key={line.seq} className={`level-${line.level}`} data-testid="activity-item">
              <time dateTime={line.at}>{formatTime(line.at, locale)}</time>
              {line.orderNumber && <span className="order">#{line.orderNumber}</span>}
              <span className="message">{pick(line.message, locale)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
