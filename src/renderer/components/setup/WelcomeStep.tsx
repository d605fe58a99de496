import { COUNTED_STEPS } from '../../routes';
import { useText } from '../../state/store-context';
import { StepFrame } from './StepFrame';
import { useWizardNav } from './wizard-nav';

/** What Winkelbrug does, what the owner needs at hand, and what the next steps are. */
export function WelcomeStep() {
  const t = useText();
  const nav = useWizardNav('welcome');
  return (
    <StepFrame
      testId="step-welcome"
      title={t('welcome.title')}
      why={<p>{t('welcome.why')}</p>}
      footer={
        <div className="wizard-footer">
          <span />
          <button type="button" className="primary" data-testid="wizard-next" onClick={nav.next}>
            {t('welcome.start')}
          </button>
        </div>
      }
    >
      <h3 className="subheading">{t('welcome.need.title')}</h3>
      <ul className="plain-list">
        <li>{t('welcome.need.shop')}</li>
        <li>{t('welcome.need.moneybird')}</li>
      </ul>
      <h3 className="subheading">{t('welcome.steps.title')}</h3>
      <ol className="welcome-steps">
        {COUNTED_STEPS.map((step) => (
          <li key={step}>
            <strong>{t(`wizard.step.${step}`)}</strong> — {t(`welcome.steps.${step}`)}
          </li>
        ))}
      </ol>
      <p className="hint">{t('welcome.safe')}</p>
    </StepFrame>
  );
}
