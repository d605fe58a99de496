import '../log/log.css';
import { useBrowserNotifications } from '../../state/browser-notifications';
import { useText } from '../../state/store-context';

/**
 * In the browser UI: an offer to turn on notifications, which asks the browser's permission only
 * when the owner clicks it. Once answered it says how things stand after that click, and otherwise
 * stays out of the way (nothing while granted or refused earlier).
 */
export function NotificationOffer() {
  const t = useText();
  const available = useBrowserNotifications((state) => state.available);
  const permission = useBrowserNotifications((state) => state.permission);
  const asked = useBrowserNotifications((state) => state.asked);
  const ask = useBrowserNotifications((state) => state.ask);
  if (!available) return null;
  if (permission !== 'default' && !asked) return null;

  return (
    <section
      className="panel notification-offer"
      aria-labelledby="notification-offer-title"
      data-testid="notification-offer"
    >
      <h2 id="notification-offer-title">{t('notifications.offer.title')}</h2>
      {permission === 'default' && (
        <>
          <p>{t('notifications.offer.text')}</p>
          <button type="button" data-testid="notifications-allow" onClick={() => void ask()}>
            {t('notifications.offer.button')}
          </button>
        </>
      )}
      {permission === 'granted' && (
        <p role="status" data-testid="notifications-granted">
          {t('notifications.granted')}
        </p>
      )}
      {permission === 'denied' && (
        <p role="status" data-testid="notifications-denied">
          {t('notifications.denied')}
        </p>
      )}
    </section>
  );
}
