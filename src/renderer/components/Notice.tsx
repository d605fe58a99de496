import { pick } from '../i18n/text';
import { useApp } from '../state/store-context';

export function Notice() {
  const notice = useApp((state) => state.notice);
  const locale = useApp((state) => state.locale);
  const dismiss = useApp((state) => state.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="alert" data-testid="notice">
      <span>{pick(notice, locale)}</span>
      <button type="button" className="link-button" aria-label="×" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
