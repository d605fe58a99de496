import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { BRIDGE_GLOBAL, type WinkelbrugBridge } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { formatCount, formatDate, type Translate } from '../../i18n/text';
import { paths } from '../../routes';
import { useApp, useLocale, useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

/**
 * The desktop app: the preload injected its bridge (resolve-bridge.ts). The browser UI of the
 * headless shell talks over a socket and has no login item to offer.
 */
function isDesktop(): boolean {
  const injected = (window as unknown as Record<string, WinkelbrugBridge | undefined>)[BRIDGE_GLOBAL];
  return injected?.transport === 'electron';
}

/**
 * "Alles klaar": the choices in one view, whether to start at login (desktop only), and the button
 * that starts booking.
 */
/** "12 bestellingen boeken, 3 wachten op jou": what the first run books, and what will wait. */
function firstRunText(orders: number, parked: number, t: Translate, locale: Locale): string {
  const booking =
    orders === 1
      ? t('start.summary.first.value.one')
      : t('start.summary.first.value', { orders: formatCount(orders, locale) });
  if (parked === 0) return booking;
  return parked === 1
    ? t('start.summary.first.parked.one', { booking })
    : t('start.summary.first.parked.other', { booking, parked: formatCount(parked, locale) });
}

export function StartStep() {
  const t = useText();
  const locale = useLocale();
  const navigate = useNavigate();
  const nav = useWizardNav('start');
  const setup = useSetup((state) => state.setup);
  const choice = useSetup((state) => state.orderChoice.choice);
  const loadOrderChoice = useSetup((state) => state.loadOrderChoice);
  const report = useSetup((state) => state.dryRun.report);
  const finishing = useSetup((state) => state.finishing);
  const finishProblem = useSetup((state) => state.finishProblem);
  const finish = useSetup((state) => state.finish);
  const refresh = useApp((state) => state.refresh);
  const storedStartAtLogin = useSetup((state) => state.settings.values?.startAtLogin);
  const loadSettings = useSetup((state) => state.loadSettings);
  const updateSettings = useSetup((state) => state.updateSettings);
  const savingSettings = useSetup((state) => state.settings.saving);
  const saveProblem = useSetup((state) => state.settings.saveProblem);
  const [desktop] = useState(isDesktop);
  // The owner's own choice; until there is one, the stored setting (on by default).
  const [startAtLogin, setStartAtLogin] = useState<boolean | null>(null);
  const startAtLoginChecked = startAtLogin ?? storedStartAtLogin ?? true;

  useEffect(() => {
    if (!choice) void loadOrderChoice();
  }, [choice, loadOrderChoice]);

  useEffect(() => {
    if (desktop) void loadSettings();
  }, [desktop, loadSettings]);

  const statuses = choice
    ? choice.statuses.filter((status) => choice.selected.includes(status.id)).map((status) => status.name)
    : [];
  const since =
    choice && choice.startDate < choice.today
      ? t('start.summary.since.date', { date: formatDate(choice.startDate, locale) })
      : t('start.summary.since.now');

  async function start() {
    if (desktop && !(await updateSettings({ startAtLogin: startAtLoginChecked }))) return;
    if (!(await finish())) return;
    void refresh();
    navigate(paths.dashboard);
  }

  return (
    <StepFrame
      testId="step-start"
      title={t('start.title')}
      why={<p>{t('start.why')}</p>}
      footer={
        <WizardFooter
          onBack={nav.back}
          onNext={() => void start()}
          busy={finishing || savingSettings}
          nextLabel={t('start.button')}
        />
      }
    >
      <dl className="facts summary" data-testid="start-summary">
        <dt>{t('start.summary.shop')}</dt>
        <dd>{setup?.shopName ?? '—'}</dd>
        <dt>{t('start.summary.administration')}</dt>
        <dd>{setup?.administrationName ?? '—'}</dd>
        <dt>{t('start.summary.statuses')}</dt>
        <dd>{statuses.length > 0 ? statuses.join(', ') : '—'}</dd>
        <dt>{t('start.summary.since')}</dt>
        <dd>{since}</dd>
        {report && (
          <>
            <dt>{t('start.summary.first')}</dt>
            <dd data-testid="start-first-run">
              {firstRunText(report.orders, report.parked.length, t, locale)}
            </dd>
          </>
        )}
      </dl>
      {desktop && (
        <label className="check-row">
          <input
            type="checkbox"
            checked={startAtLoginChecked}
            data-testid="start-at-login"
            onChange={(event) => setStartAtLogin(event.target.checked)}
          />
          <span>
            {t('start.startAtLogin')}
            <span className="option-detail block">{t('start.startAtLogin.hint')}</span>
          </span>
        </label>
      )}
      {desktop && <ProblemText problem={saveProblem} testId="start-at-login-problem" />}
      <p className="hint">{t('start.after')}</p>
      <ProblemText problem={finishProblem} testId="finish-problem" />
    </StepFrame>
  );
}
