import { useApp, useSetup, useText } from '../state/store-context';
import { cannotSync, noLongerConnected, RECONNECT_REASON_ID, reasonInReminder } from './dashboard-status';

const UNAVAILABLE_ID = 'sync-unavailable';

export function SyncActions() {
  const t = useText();
  const status = useApp((state) => state.status);
  const setup = useSetup((state) => state.setup);
  const connected = useApp((state) => state.connection === 'open');
  const syncNow = useApp((state) => state.syncNow);
  const pause = useApp((state) => state.pause);
  const resume = useApp((state) => state.resume);
  const paused = status?.state === 'paused';
  const disabled = !connected || !status;
  // Nothing can sync while the shop or Moneybird is not connected: the buttons say why they are off.
  const unavailable = status !== null && cannotSync(status);
  // No longer connected: the reminder above says so and offers to connect again; the buttons point
  // there rather than say it once more.
  const saidAbove = unavailable && reasonInReminder(status, setup);
  const describedBy = saidAbove ? RECONNECT_REASON_ID : unavailable ? UNAVAILABLE_ID : undefined;

  return (
    <section className="actions">
      <button
        type="button"
        className="primary"
        data-testid="sync-now"
        disabled={disabled || unavailable || status?.state === 'syncing' || paused}
        aria-describedby={describedBy}
        onClick={() => void syncNow()}
      >
        {t('action.syncNow')}
      </button>
      {paused ? (
        <button type="button" data-testid="resume" disabled={disabled} onClick={() => void resume()}>
          {t('action.resume')}
        </button>
      ) : (
        <button
          type="button"
          data-testid="pause"
          disabled={disabled || unavailable}
          aria-describedby={describedBy}
          onClick={() => void pause()}
        >
          {t('action.pause')}
        </button>
      )}
      {unavailable && !saidAbove && (
        <p className="actions-reason" id={UNAVAILABLE_ID} data-testid={UNAVAILABLE_ID}>
          {noLongerConnected(status, setup)
            ? t('action.unavailable.disconnected')
            : t('action.unavailable.needsSetup')}
        </p>
      )}
    </section>
  );
}
