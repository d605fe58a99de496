import { useEffect } from 'react';
import { formatCount, formatDate, formatEta, formatMoney } from '../../i18n/text';
import { useLocale, useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { ProblemText } from '../common/ProblemText';
import { DryRunParkedList } from './DryRunParkedList';
import { PlannedOrderList } from './PlannedOrderList';
import { StepFrame } from './StepFrame';
import { VatPerRateTable } from './VatPerRateTable';
import { WizardFooter } from './WizardFooter';
import { useWizardNav } from './wizard-nav';

function DryRunSummary() {
  const t = useText();
  const locale = useLocale();
  const report = useSetup((state) => state.dryRun.report);
  if (!report) return null;
  return (
    <div className="dry-run" data-testid="dry-run-report">
      {report.orders === 0 ? (
        <p className="summary-line">{t('dryRun.nothing', { since: formatDate(report.since, locale) })}</p>
      ) : (
        <>
          <dl className="facts summary">
            <dt>{t('dryRun.orders')}</dt>
            <dd data-testid="dry-run-orders">
              {t('dryRun.orders.value', {
                orders: formatCount(report.orders, locale),
                since: formatDate(report.since, locale),
              })}
            </dd>
            <dt>{t('dryRun.total')}</dt>
            <dd data-testid="dry-run-total">{formatMoney(report.total, locale)}</dd>
            <dt>{t('dryRun.vat')}</dt>
            <dd data-testid="dry-run-vat">{formatMoney(report.vat, locale)}</dd>
            <dt>{t('dryRun.eta')}</dt>
            <dd>{formatEta(report.etaMs, t)}</dd>
          </dl>
          <VatPerRateTable perRate={report.perRate} />
        </>
      )}
      {/* Not booked now, each for what it is: an unpaid order follows once paid, a test order never. */}
      {report.unpaid > 0 && (
        <p className="hint" data-testid="dry-run-unpaid">
          {report.unpaid === 1
            ? t('dryRun.unpaid.one')
            : t('dryRun.unpaid.other', { count: formatCount(report.unpaid, locale) })}
        </p>
      )}
      {report.testOrders > 0 && (
        <p className="hint" data-testid="dry-run-test-orders">
          {report.testOrders === 1
            ? t('dryRun.testOrders.one')
            : t('dryRun.testOrders.other', { count: formatCount(report.testOrders, locale) })}
        </p>
      )}
      <PlannedOrderList sample={report.sample} orders={report.orders} />
      <DryRunParkedList parked={report.parked} />
    </div>
  );
}

export function DryRunStep() {
  const t = useText();
  const nav = useWizardNav('dry-run');
  const { busy, report, problem } = useSetup((state) => state.dryRun);
  const run = useSetup((state) => state.runDryRun);
  useEffect(() => {
    // Every visit plans again: the mapping may have changed since the last one.
    void run();
  }, [run]);

  return (
    <StepFrame
      testId="step-dry-run"
      title={t('dryRun.title')}
      why={<p>{t('dryRun.why')}</p>}
      footer={<WizardFooter onBack={nav.back} onNext={nav.next} nextDisabled={busy || !report} />}
    >
      {busy && <BusyNote text={t('dryRun.busy')} testId="dry-run-busy" />}
      <ProblemText problem={problem} testId="dry-run-problem" />
      {!busy && problem && (
        <button type="button" onClick={() => void run()}>
          {t('common.tryAgain')}
        </button>
      )}
      {!busy && <DryRunSummary />}
      {!busy && report && (
        <button type="button" className="link-button" onClick={() => void run()}>
          {t('dryRun.again')}
        </button>
      )}
    </StepFrame>
  );
}
