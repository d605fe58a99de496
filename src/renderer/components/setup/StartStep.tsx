import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { formatDate } from '../../i18n/text';
import { paths } from '../../routes';
import { useApp, useLocale, useSetup, useText } from '../../state/store-context';
import { ProblemText } from '../common/ProblemText';
import { StepFrame } from './StepFrame';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

/** "Alles klaar": the choices in one view, and the button that starts booking. */
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

  useEffect(() => {
    if (!choice) void loadOrderChoice();
  }, [choice, loadOrderChoice]);

  const statuses = choice
    ? choice.statuses.filter((status) => choice.selected.includes(status.id)).map((status) => status.name)
    : [];
  const since =
    choice && choice.startDate < choice.today
      ? t('start.summary.since.date', { date: formatDate(choice.startDate, locale) })
      : t('start.summary.since.now');

  function start() {
    void finish().then((ok) => {
      if (!ok) return;
      void refresh();
      navigate(paths.dashboard);
    });
  }

  return (
    <StepFrame
      testId="step-start"
      title={t('start.title')}
      why={<p>{t('start.why')}</p>}
      footer={
        <WizardFooter onBack={nav.back} onNext={start} busy={finishing} nextLabel={t('start.button')} />
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
            <dd>{t('start.summary.first.value', { orders: report.orders, parked: report.parked.length })}</dd>
          </>
        )}
      </dl>
      <p className="hint">{t('start.after')}</p>
      <ProblemText problem={finishProblem} testId="finish-problem" />
    </StepFrame>
  );
}
