import { type ReactNode, useEffect, useRef, useState } from 'react';
import { pick } from '../../i18n/text';
import { useLocale, useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { ADMINISTRATION_FORM, AdministrationChoice, administrationReady } from './AdministrationChoice';
import { BrowserLogin } from './BrowserLogin';
import { OutOfBandLogin } from './OutOfBandLogin';
import { PersonalTokenLogin } from './PersonalTokenLogin';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

/** The ways in: the browser login first, the others behind "Andere manieren". */
function LoginOptions() {
  const t = useText();
  const browserLogin = useSetup((state) => state.setup?.browserLoginAvailable ?? false);
  if (!browserLogin) return <PersonalTokenLogin />;
  return (
    <>
      <BrowserLogin />
      <details className="other-ways" data-testid="moneybird-other-ways">
        <summary>{t('moneybird.otherWays')}</summary>
        <OutOfBandLogin />
        <PersonalTokenLogin />
      </details>
    </>
  );
}

export function MoneybirdStep() {
  const t = useText();
  const locale = useLocale();
  const nav = useWizardNav('moneybird');
  const setup = useSetup((state) => state.setup);
  const administrations = useSetup((state) => state.administrations.list);
  const choosing = useSetup((state) => state.administrations.choosing);
  // Volgende stores the administration selected: only once one is picked that was not refused.
  const ready = useSetup((state) => administrationReady(state.administrations));
  // Opened from Settings to reconnect: the ways to log in straight away.
  const [relogin, setRelogin] = useState(nav.returnPath !== null);
  const [rechoose, setRechoose] = useState(false);
  const moneybird = setup?.steps.moneybird;
  const administration = setup?.steps.administration;
  const loggedIn = moneybird?.state === 'done' || administrations !== null;
  const chosen = administration?.state === 'done';

  // A new login while re-logging in: choose the administration again.
  const seenList = useRef(administrations);
  useEffect(() => {
    if (administrations === seenList.current) return;
    seenList.current = administrations;
    if (relogin && administrations !== null) {
      setRelogin(false);
      setRechoose(true);
    }
  }, [administrations, relogin]);

  let body: ReactNode;
  // Choosing the administration: Volgende stores the one selected and goes on.
  let choosingHere = false;
  if (!loggedIn || relogin) {
    body = (
      <>
        {moneybird?.state === 'broken' && moneybird.reason && (
          <ProblemText problem={t('moneybird.broken', { reason: pick(moneybird.reason, locale) })} />
        )}
        <LoginOptions />
        {relogin && (
          <button type="button" className="link-button" onClick={() => setRelogin(false)}>
            {t('common.cancel')}
          </button>
        )}
      </>
    );
  } else if (chosen && !rechoose) {
    body = (
      <div className="connected" data-testid="moneybird-connected">
        <p className="connected-line">
          {t('moneybird.connected', { name: setup?.administrationName ?? '' })}
        </p>
        <p className="hint">
          {t(setup?.moneybirdLogin === 'personal' ? 'moneybird.via.personal' : 'moneybird.via.oauth')}
        </p>
        <div className="form-actions">
          <button type="button" className="link-button" onClick={() => setRechoose(true)}>
            {t('moneybird.administrations.other')}
          </button>
          <button type="button" className="link-button" onClick={() => setRelogin(true)}>
            {t('moneybird.relogin')}
          </button>
        </div>
      </div>
    );
  } else {
    choosingHere = true;
    body = (
      <>
        <div className="connected compact">
          <p className="connected-line">{t('moneybird.loggedIn')}</p>
        </div>
        {/* Which administration to book in is a question, not a failure (a data folder put back
            from a backup, an administration no longer reached): a calm note above the choice. */}
        {administration?.state === 'broken' && administration.reason && (
          <p className="setup-note" role="status" data-testid="administration-note">
            {pick(administration.reason, locale)}
          </p>
        )}
        <AdministrationChoice
          onChosen={() => {
            setRechoose(false);
            nav.next();
          }}
        />
      </>
    );
  }

  return (
    <StepFrame
      testId="step-moneybird"
      title={t('moneybird.title')}
      why={<p>{t('moneybird.why')}</p>}
      footer={
        choosingHere ? (
          <WizardFooter onBack={nav.back} form={ADMINISTRATION_FORM} busy={choosing} nextDisabled={!ready} />
        ) : (
          <WizardFooter onBack={nav.back} onNext={nav.next} nextDisabled={!chosen} />
        )
      }
    >
      {body}
    </StepFrame>
  );
}
