import { useNavigate } from 'react-router';
import type { StepState } from '../../../shared/contract';
import { pick } from '../../i18n/text';
import { paths, type ReturnState, type WizardStep } from '../../routes';
import { useLocale, useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { ConfirmButton } from './ConfirmButton';
import { SettingsCard } from './SettingsCard';

function ConnectionState({ step, connectedText }: { step: StepState | undefined; connectedText: string }) {
  const t = useText();
  const locale = useLocale();
  if (!step) return null;
  return (
    <p className={`connection-state state-${step.state}`} data-state={step.state}>
      <span
        className={`dot dot-${step.state === 'done' ? 'connected' : step.state === 'broken' ? 'unauthorized' : 'not-configured'}`}
        aria-hidden="true"
      />
      {step.state === 'done'
        ? connectedText
        : step.state === 'broken'
          ? t('settings.connection.broken', { reason: step.reason ? pick(step.reason, locale) : '' })
          : t('connection.not-configured')}
    </p>
  );
}

/** The shop and Moneybird: how they are connected, reconnecting (in the wizard), disconnecting. */
export function ConnectionsSection({
  headingRef,
}: {
  headingRef: (element: HTMLHeadingElement | null) => void;
}) {
  const t = useText();
  const navigate = useNavigate();
  const setup = useSetup((state) => state.setup);
  const disconnecting = useSetup((state) => state.disconnecting);
  const problem = useSetup((state) => state.disconnectProblem);
  const disconnect = useSetup((state) => state.disconnect);
  const back: ReturnState = { returnTo: paths.settingsSection('connections') };
  const reconnect = (step: WizardStep) => navigate(paths.step(step), { state: back });
  const shop = setup?.steps.shop;
  const moneybird = setup?.steps.moneybird;
  const administration = setup?.steps.administration;

  return (
    <SettingsCard section="connections" title={t('settings.connections.title')} headingRef={headingRef}>
      <ProblemText problem={setup?.keychainProblem ?? null} testId="keychain-problem" />
      <div className="connection-block" data-testid="settings-shop">
        <h4>{t('connection.mijnwebwinkel')}</h4>
        <ConnectionState step={shop} connectedText={t('shop.connected', { name: setup?.shopName ?? '' })} />
        <div className="form-actions">
          <button type="button" data-testid="shop-reconnect" onClick={() => reconnect('shop')}>
            {shop?.state === 'done' ? t('shop.change') : t('settings.connect')}
          </button>
          {shop?.state !== 'missing' && (
            <ConfirmButton
              label={t('settings.disconnect')}
              question={t('settings.disconnect.shop.question')}
              confirmLabel={t('settings.disconnect.confirm')}
              busy={disconnecting !== null}
              testId="shop-disconnect"
              onConfirm={() => void disconnect('mijnwebwinkel')}
            />
          )}
        </div>
      </div>
      <div className="connection-block" data-testid="settings-moneybird">
        <h4>{t('connection.moneybird')}</h4>
        <ConnectionState
          step={moneybird?.state === 'done' ? administration : moneybird}
          connectedText={t('moneybird.connected', { name: setup?.administrationName ?? '' })}
        />
        {moneybird?.state === 'done' && setup?.moneybirdLogin && (
          <p className="hint">
            {t(setup.moneybirdLogin === 'personal' ? 'moneybird.via.personal' : 'moneybird.via.oauth')}
          </p>
        )}
        <div className="form-actions">
          <button type="button" data-testid="moneybird-reconnect" onClick={() => reconnect('moneybird')}>
            {moneybird?.state === 'done' ? t('settings.moneybird.change') : t('settings.connect')}
          </button>
          {moneybird?.state !== 'missing' && (
            <ConfirmButton
              label={t('settings.disconnect')}
              question={t('settings.disconnect.moneybird.question')}
              confirmLabel={t('settings.disconnect.confirm')}
              busy={disconnecting !== null}
              testId="moneybird-disconnect"
              onConfirm={() => void disconnect('moneybird')}
            />
          )}
        </div>
      </div>
      <ProblemText problem={problem} testId="disconnect-problem" />
    </SettingsCard>
  );
}
