import { useApp, useText } from '../state/store-context';

export function SyncActions() {
  const t = useText();
  const status = useApp((state) => state.status);
  const connected = useApp((state) => state.connection === 'open');
  const syncNow = useApp((state) => state.syncNow);
  const pause = useApp((state) => state.pause);
  const resume = useApp((state) => state.resume);
  const paused = status?.state === 'paused';
  const disabled = !connected || !status;

  return (
    <section className="actions">
      <button
        type="button"
        className="primary"
        data-testid="sync-now"
        disabled={disabled || status?.state === 'syncing' || paused}
        onClick={() => void syncNow()}
      >
        {t('action.syncNow')}
      </button>
      {paused ? (
        <button type="button" data-testid="resume" disabled={disabled} onClick={() => void resume()}>
          {t('action.resume')}
        </button>
      ) : (
        <button type="button" data-testid="pause" disabled={disabled} onClick={() => void pause()}>
          {t('action.pause')}
        </button>
      )}
    </section>
  );
}
