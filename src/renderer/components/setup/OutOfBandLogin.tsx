import { useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { TokenField } from '../common/TokenField';
import { useTokenForm } from '../common/use-token-form';

/** For when the browser cannot reach this computer: Moneybird shows a code to paste here. */
export function OutOfBandLogin() {
  const t = useText();
  const { url, busy, problem } = useSetup((state) => state.outOfBand);
  const start = useSetup((state) => state.startOutOfBand);
  const submitCode = useSetup((state) => state.submitOutOfBandCode);
  const { token: code, setToken: setCode, attempted, submit } = useTokenForm(submitCode, busy);

  return (
    <div className="login-method" data-testid="moneybird-oob">
      <h4>{t('moneybird.oob.title')}</h4>
      <p className="field-hint">{t('moneybird.oob.hint')}</p>
      {url === null ? (
        <button type="button" data-testid="moneybird-oob-start" disabled={busy} onClick={() => void start()}>
          {t('moneybird.oob.open')}
        </button>
      ) : (
        <form className="check-form" onSubmit={(event) => void submit(event)} noValidate>
          <p className="hint">
            {t('moneybird.login.noWindow')}{' '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {t('moneybird.login.openPage')}
            </a>
          </p>
          <TokenField
            label={t('moneybird.oob.code')}
            value={code}
            attempted={attempted}
            disabled={busy}
            testId="moneybird-oob-code"
            onChange={setCode}
          />
          <button type="submit" disabled={busy} data-testid="moneybird-oob-submit">
            {busy ? t('common.busy') : t('moneybird.connect')}
          </button>
        </form>
      )}
      <ProblemText problem={problem} testId="moneybird-oob-problem" />
    </div>
  );
}
