import { useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { TokenField } from '../common/TokenField';
import { useTokenForm } from '../common/use-token-form';

/** A personal API token made in Moneybird, for owners who prefer that to logging in. */
export function PersonalTokenLogin() {
  const t = useText();
  const { busy, problem } = useSetup((state) => state.personalToken);
  const submitToken = useSetup((state) => state.submitPersonalToken);
  const { token, setToken, attempted, submit } = useTokenForm(submitToken, busy);

  return (
    <form
      className="login-method check-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="moneybird-personal"
    >
      <h4>{t('moneybird.personal.title')}</h4>
      <TokenField
        label={t('moneybird.personal.label')}
        hint={t('moneybird.personal.hint')}
        value={token}
        attempted={attempted}
        disabled={busy}
        testId="moneybird-personal-token"
        onChange={setToken}
      />
      <button type="submit" disabled={busy} data-testid="moneybird-personal-submit">
        {busy ? t('common.busy') : t('moneybird.connect')}
      </button>
      <ProblemText problem={problem} testId="moneybird-personal-problem" />
    </form>
  );
}
