import { useLocation } from 'react-router';
import { returnTo } from '../../routes';
import { useText } from '../../state/store-context';

/**
 * Back and Next. Next is a submit button of the step's form when `form` is given (so Enter in a
 * field and the button do the same), else a plain button.
 */
export function WizardFooter({
  onBack,
  onNext,
  form,
  nextLabel,
  nextDisabled,
  busy,
  backLabel,
}: {
  onBack?: () => void;
  onNext?: () => void;
  form?: string;
  nextLabel?: string;
  nextDisabled?: boolean;
  busy?: boolean;
  backLabel?: string;
}) {
  const t = useText();
  const toSettings = returnTo(useLocation().state) !== null;
  return (
    <div className="wizard-footer">
      {onBack ? (
        <button type="button" data-testid="wizard-back" onClick={onBack}>
          {backLabel ?? (toSettings ? t('wizard.backToSettings') : t('common.back'))}
        </button>
      ) : (
        <span />
      )}
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className="primary"
        data-testid="wizard-next"
        disabled={nextDisabled || busy}
        aria-busy={busy || undefined}
        onClick={form ? undefined : onNext}
      >
        {busy ? t('common.busy') : (nextLabel ?? t('common.next'))}
      </button>
    </div>
  );
}
