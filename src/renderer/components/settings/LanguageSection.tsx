import { useId } from 'react';
import { LOCALES } from '../../../shared/i18n/translate';
import { useApp, useText } from '../../state/store-context';
import { SettingsCard } from './SettingsCard';

/** Settings → Taal: the language of Winkelbrug itself (invoices have their own, under Boekhouding → Factuur). */
export function LanguageSection({
  headingRef,
}: {
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const name = useId();
  const locale = useApp((state) => state.locale);
  const setLocale = useApp((state) => state.setLocale);
  return (
    <SettingsCard
      section="language"
      title={t('settings.language.title')}
      intro={t('settings.language.intro')}
      headingRef={headingRef}
    >
      <fieldset className="choice-group">
        <legend>{t('settings.language.legend')}</legend>
        {LOCALES.map((option) => (
          <label key={option} className="check-row" lang={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={locale === option}
              data-testid={`language-${option}`}
              onChange={() => void setLocale(option)}
            />
            <span>{t(`settings.language.${option}`)}</span>
          </label>
        ))}
      </fieldset>
    </SettingsCard>
  );
}
