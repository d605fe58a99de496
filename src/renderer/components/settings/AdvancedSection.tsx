import { useState } from 'react';
import { useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { SavedNote } from '../common/SavedNote';
import { TokenField } from '../common/TokenField';
import { useTokenForm } from '../common/use-token-form';
import { SettingsCard } from './SettingsCard';

/** Settings → Geavanceerd: another partner token than the one Winkelbrug comes with. */
export function AdvancedSection({
  headingRef,
}: {
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const overridden = useSetup((state) => state.settings.values?.partnerTokenOverridden ?? false);
  const { busy, problem } = useSetup((state) => state.partnerToken);
  const save = useSetup((state) => state.savePartnerToken);
  const { token, setToken, attempted, submit } = useTokenForm(save, busy);
  const [saved, setSaved] = useState(false);

  return (
    <SettingsCard
      section="advanced"
      title={t('settings.advanced.title')}
      intro={t('settings.advanced.intro')}
      headingRef={headingRef}
    >
      <p data-testid="partner-token-state">
        {overridden ? t('settings.partnerToken.overridden') : t('settings.partnerToken.default')}
      </p>
      <form className="check-form" onSubmit={(event) => void submit(event).then(setSaved)} noValidate>
        <TokenField
          label={t('settings.partnerToken.label')}
          hint={t('settings.partnerToken.hint')}
          value={token}
          attempted={attempted}
          disabled={busy}
          testId="partner-token"
          onChange={(value) => {
            setToken(value);
            setSaved(false);
          }}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy} data-testid="partner-token-save">
            {busy ? t('common.busy') : t('common.save')}
          </button>
          {overridden && (
            <button
              type="button"
              className="link-button"
              disabled={busy}
              data-testid="partner-token-reset"
              onClick={() => void save(null).then(setSaved)}
            >
              {t('settings.partnerToken.reset')}
            </button>
          )}
          <SavedNote shown={saved} />
        </div>
        <ProblemText problem={problem} testId="partner-token-problem" />
      </form>
    </SettingsCard>
  );
}
