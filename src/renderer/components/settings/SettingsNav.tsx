import { Link, NavLink } from 'react-router';
import { MAPPING_SECTIONS } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';
import { paths, type SettingsSection } from '../../routes';
import { useText } from '../../state/store-context';
import { SECTION_TITLE } from '../setup/mapping-choices';

const TOP_LEVEL: { section: SettingsSection; title: MessageKey }[] = [
  { section: 'connections', title: 'settings.connections.title' },
  { section: 'revenue', title: 'settings.bookkeeping.title' },
  { section: 'sync', title: 'settings.sync.title' },
  { section: 'orders', title: 'settings.orders.title' },
  { section: 'language', title: 'settings.language.title' },
  { section: 'advanced', title: 'settings.advanced.title' },
];

/**
 * The parts of Settings as links; Boekhouding with its own parts under it. One entry is marked as the
 * page open: Boekhouding leads to its first part (Omzet) and is never marked itself, so that part is
 * not marked twice.
 */
export function SettingsNav() {
  const t = useText();
  return (
    <nav className="settings-nav" aria-label={t('settings.nav.label')}>
      <ul>
        {TOP_LEVEL.map(({ section, title }) => (
          <li key={section}>
            {section === 'revenue' ? (
              <Link to={paths.settingsSection(section)} data-testid={`settings-link-${section}`}>
                {t(title)}
              </Link>
            ) : (
              <NavLink to={paths.settingsSection(section)} data-testid={`settings-link-${section}`}>
                {t(title)}
              </NavLink>
            )}
            {section === 'revenue' && (
              <ul>
                {MAPPING_SECTIONS.map((part) => (
                  <li key={part}>
                    <NavLink to={paths.settingsSection(part)}>{t(SECTION_TITLE[part])}</NavLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
