import { pick } from '../i18n/text';
import { useApp, useText } from '../state/store-context';

export function Notice() {
  const t = useText();
  const notice = useApp((state) => state.notice);
  const locale = useApp((state) => state.locale);
  const dismiss = useApp((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{pick(notice, locale)}</span>
      {/* The "×" is seen, not read: a screen reader says what the button does. */}
      <button
        type="button"
        className="link-button"
        aria-label={t('common.close')}
        title={t('common.close')}
        data-testid="notice-close"
        onClick={dismiss}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
