import { useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';

/**
 * Logging in to Moneybird in the browser: the owner logs in there and allows Winkelbrug; the core
 * reports the way back as setup.login events.
 */
export function BrowserLogin() {
  const t = useText();
  const login = useSetup((state) => state.browserLogin);
  const start = useSetup((state) => state.startBrowserLogin);
  const cancel = useSetup((state) => state.cancelBrowserLogin);
  const waiting = login.phase === 'starting' || login.phase === 'waiting' || login.phase === 'exchanging';

  if (waiting) {
    return (
      <div className="login-wait" data-testid="moneybird-waiting">
        <BusyNote
          text={t(login.phase === 'exchanging' ? 'moneybird.login.exchanging' : 'moneybird.login.waiting')}
        />
        <p className="hint">{t('moneybird.login.waiting.hint')}</p>
        {login.url && (
          <p className="hint">
            {t('moneybird.login.noWindow')}{' '}
            <a href={login.url} target="_blank" rel="noopener noreferrer" data-testid="moneybird-login-link">
              {t('moneybird.login.openPage')}
            </a>
          </p>
        )}
        <button type="button" data-testid="moneybird-cancel" onClick={() => void cancel()}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }

  return (
    <div className="login-start">
      <p className="field-hint">{t('moneybird.login.hint')}</p>
      <button type="button" className="primary" data-testid="moneybird-login" onClick={() => void start()}>
        {login.problem ? t('common.tryAgain') : t('moneybird.login')}
      </button>
      <ProblemText problem={login.problem} testId="moneybird-login-problem" />
    </div>
  );
}
