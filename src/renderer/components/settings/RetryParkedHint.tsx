import { waitedForChange } from '../../state/app-store';
import { useApp, useText } from '../../state/store-context';

/**
 * After a setting was changed: the parked orders that waited for it, with one button to try them
 * again (the dashboard's Retry for each).
 */
export function RetryParkedHint() {
  const t = useText();
  const adjusted = useApp((state) => state.adjustedSections);
  const adjustedAt = useApp((state) => state.adjustedAt);
  const parked = useApp((state) => state.orders?.parked ?? []);
  const busy = useApp((state) => state.busyOrder !== null);
  const retryParked = useApp((state) => state.retryParked);
  const waiting = waitedForChange(parked, adjusted, adjustedAt);
  if (waiting.length === 0) return null;
  return (
    <div className="retry-hint" role="status" data-testid="retry-adjusted">
      <p>
        {waiting.length === 1
          ? t('settings.retryParked.one')
          : t('parked.adjusted', { count: waiting.length })}
      </p>
      <button
        type="button"
        className="primary"
        data-testid="retry-adjusted-orders"
        disabled={busy}
        onClick={() => void retryParked(adjusted)}
      >
        {t('action.retry')}
      </button>
    </div>
  );
}
