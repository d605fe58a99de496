import { type FormEvent, useState } from 'react';
import { useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { TokenField, tokenIssue } from '../common/TokenField';

/** A personal API token made in Moneybird, for owners who prefer that to logging in. */
export function PersonalTokenLogin() {
  const t = useText();
  const { busy, problem } = useSetup((state) => state.personalToken);
  const submitToken = useSetup((state) => state.submitPersonalToken);
  const [token, setToken] = useState('');
  const [attempted, setAttempted] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (tokenIssue(token) || busy) return;
    void submitToken(token.trim()).then((ok) => ok && setToken(''));
  }

  return (
    <form className="login-method check-form" onSubmit={submit} noValidate data-testid="moneybird-personal">
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
