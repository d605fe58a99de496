import type { ReactNode } from 'react';
import type { SettingsSection } from '../../routes';

/** One part of Settings: a card with the part's id (so #/settings/<part> lands on it) and heading. */
export function SettingsCard({
  section,
  title,
  intro,
  children,
  headingRef,
}: {
  section: SettingsSection | 'bookkeeping';
  title: string;
  intro?: string;
  children: ReactNode;
  headingRef?: (element: HTMLHeadingElement | null) => void;
}) {
  return (
    <section className="panel settings-card" id={section} data-testid={`settings-${section}`}>
      <h3 tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      {intro && <p className="why">{intro}</p>}
      {children}
    </section>
  );
}
