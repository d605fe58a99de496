import { useApp, useText } from '../state/store-context';

export function Header() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const setLocale = useApp((state) => state.setLocale);
  return (
    <header className="header">
      <div>
        <h1 className="title">{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <button
        type="button"
        className="link-button"
        data-testid="locale-switch"
        onClick={() => setLocale(locale === 'nl' ? 'en' : 'nl')}
      >
        {t('locale.switch')}
      </button>
    </header>
  );
}
