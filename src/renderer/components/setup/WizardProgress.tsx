import { COUNTED_STEPS, type WizardStep } from '../../routes';
import { useText } from '../../state/store-context';

/** "Stap 2 van 6" and the steps by name, the current one marked. */
export function WizardProgress({ step }: { step: WizardStep }) {
  const t = useText();
  const index = (COUNTED_STEPS as readonly WizardStep[]).indexOf(step);
  return (
    <nav className="wizard-progress" aria-label={t('wizard.progress.label')}>
      {index >= 0 && (
        <p className="step-count" data-testid="step-count">
          {t('wizard.progress', { step: index + 1, total: COUNTED_STEPS.length })}
        </p>
      )}
      <ol className="step-list">
        {COUNTED_STEPS.map((name, i) => (
          <li
            key={name}
            className={i < index ? 'step-done' : i === index ? 'step-current' : 'step-later'}
            aria-current={i === index ? 'step' : undefined}
          >
            {t(`wizard.step.${name}`)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
