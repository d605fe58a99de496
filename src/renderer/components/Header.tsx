import { NavLink, useLocation } from 'react-router';
import { paths } from '../routes';
import { useApp, useSetup, useText } from '../state/store-context';

export function Header() {
  const t = useText();
  const locale = useApp((state) => state.locale);
  const setLocale = useApp((state) => state.setLocale);
  const complete = useSetup((state) => state.setup?.complete ?? false);
  const inWizard = useLocation().pathname.startsWith('/setup');
  // During the first setup the wizard is the only way on; afterwards the two screens.
  const showNav = complete || !inWizard;
  return (
    <header className="header">
      <div>
        <h1 className="title">{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-side">
        {showNav && (
          <nav className="main-nav" aria-label={t('nav.label')}>
            <NavLink to={paths.dashboard} end data-testid="nav-dashboard">
              {t('nav.dashboard')}
            </NavLink>
            <NavLink to={paths.orders} data-testid="nav-orders">
              {t('nav.orders')}
            </NavLink>
            <NavLink to={paths.log} data-testid="nav-log">
              {t('nav.log')}
            </NavLink>
            <NavLink to={paths.settings} data-testid="nav-settings">
              {t('nav.settings')}
            </NavLink>
          </nav>
        )}
        <button
          type="button"
          className="link-button"
          data-testid="locale-switch"
          lang={locale === 'nl' ? 'en' : 'nl'}
          onClick={() => void setLocale(locale === 'nl' ? 'en' : 'nl')}
        >
          {t('locale.switch')}
        </button>
      </div>
    </header>
  );
}
