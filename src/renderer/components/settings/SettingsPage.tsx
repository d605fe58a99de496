import { useEffect, useRef } from 'react';
import { Navigate, useParams } from 'react-router';
import { isMappingSection, isSettingsSection, paths, type SettingsSection } from '../../routes';
import { useSetup, useText } from '../../state/store-context';
import { usePageTitle } from '../common/use-page-title';
import { AdvancedSection } from './AdvancedSection';
import { BookkeepingSection } from './BookkeepingSection';
import { ConnectionsSection } from './ConnectionsSection';
import { LanguageSection } from './LanguageSection';
import { OrdersSection } from './OrdersSection';
import { SettingsNav } from './SettingsNav';
import { SyncSettingsSection } from './SyncSettingsSection';

type HeadingRef = (element: HTMLHeadingElement | null) => void;

function SectionCard({ section, headingRef }: { section: SettingsSection; headingRef: HeadingRef }) {
  if (isMappingSection(section)) return <BookkeepingSection focusSection={section} headingRef={headingRef} />;
  switch (section) {
    case 'connections':
      return <ConnectionsSection headingRef={headingRef} />;
    case 'sync':
      return <SyncSettingsSection headingRef={headingRef} />;
    case 'orders':
      return <OrdersSection headingRef={headingRef} />;
    case 'language':
      return <LanguageSection headingRef={headingRef} />;
    case 'advanced':
      return <AdvancedSection headingRef={headingRef} />;
  }
}

/**
 * Settings, one part at a time (#/settings/<part>), with the parts listed beside it. Arriving on a
 * part focuses its heading; the parts of Boekhouding are focused by the mapping editor once it has
 * loaded, so a parked order's link lands on the setting that fixes it.
 */
export function SettingsPage() {
  const t = useText();
  const { section } = useParams();
  const loadSettings = useSetup((state) => state.loadSettings);
  const heading = useRef<HTMLHeadingElement | null>(null);
  usePageTitle(t('settings.title'));

  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);

  useEffect(() => {
    if (!isSettingsSection(section) || isMappingSection(section)) return;
    heading.current?.focus();
  }, [section]);

  if (!isSettingsSection(section)) return <Navigate to={paths.settingsSection('connections')} replace />;

  return (
    <div className="settings" data-testid="settings-page">
      <h2 className="page-title">{t('settings.title')}</h2>
      <div className="settings-layout">
        <SettingsNav />
        <div className="settings-cards">
          <SectionCard
            section={section}
            headingRef={(element) => {
              heading.current = element;
            }}
          />
        </div>
      </div>
    </div>
  );
}
