import { useState } from 'react';
import { pick } from '../../i18n/text';
import { useLocale, useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { TokenField } from '../common/TokenField';
import { useTokenForm } from '../common/use-token-form';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

/** Pasting the shop token and checking it live; the shop's name confirms the right shop. */
function ShopTokenForm({ onCancel, onConnected }: { onCancel?: () => void; onConnected: () => void }) {
  const t = useText();
  const check = useSetup((state) => state.shopCheck);
  const connectShop = useSetup((state) => state.connectShop);
  const { token, setToken, attempted, setAttempted, submit } = useTokenForm(connectShop, check.busy);

  return (
    <form
      className="check-form"
      onSubmit={(event) => void submit(event).then((ok) => ok && onConnected())}
      noValidate
    >
      <TokenField
        label={t('shop.token.label')}
        hint={t('shop.token.hint')}
        value={token}
        attempted={attempted}
        disabled={check.busy}
        testId="shop-token"
        onChange={(value) => {
          setToken(value);
          if (check.problem) setAttempted(false);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="shop-check" disabled={check.busy}>
          {t('shop.check')}
        </button>
        {onCancel && (
          <button type="button" className="link-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
      {check.busy && <BusyNote text={t('shop.checking')} />}
      <ProblemText problem={check.problem} testId="shop-problem" />
    </form>
  );
}

export function ShopStep() {
  const t = useText();
  const locale = useLocale();
  const nav = useWizardNav('shop');
  const setup = useSetup((state) => state.setup);
  const checked = useSetup((state) => state.shopCheck.shop);
  // Opened from Settings to connect another shop: the form straight away.
  const [changing, setChanging] = useState(nav.returnPath !== null);
  const step = setup?.steps.shop;
  const connectedName = checked?.name ?? (step?.state === 'done' ? (setup?.shopName ?? '') : null);
  const connected = connectedName !== null && !changing;

  return (
    <StepFrame
      testId="step-shop"
      title={t('shop.title')}
      why={<p>{t('shop.why')}</p>}
      footer={<WizardFooter onBack={nav.back} onNext={nav.next} nextDisabled={connectedName === null} />}
    >
      {step?.state === 'broken' && step.reason && !checked && (
        <ProblemText problem={t('shop.broken', { reason: pick(step.reason, locale) })} />
      )}
      {connected ? (
        <div className="connected" data-testid="shop-connected">
          <p className="connected-line">{t('shop.connected', { name: connectedName })}</p>
          {checked?.domain && <p className="hint">{checked.domain}</p>}
          <button type="button" className="link-button" onClick={() => setChanging(true)}>
            {t('shop.change')}
          </button>
        </div>
      ) : (
        <ShopTokenForm
          onCancel={connectedName !== null ? () => setChanging(false) : undefined}
          onConnected={() => setChanging(false)}
        />
      )}
    </StepFrame>
  );
}
