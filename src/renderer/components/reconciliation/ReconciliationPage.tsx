import { useEffect } from 'react';
import { formatCount, formatMoney } from '../../i18n/text';
import { useReconciliation } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import './reconciliation.css';
import { downloadText } from '../common/download-text';
import { FocusHeading } from '../common/FocusHeading';
import { ProblemText } from '../common/ProblemText';
import { usePageTitle } from '../common/use-page-title';
import { checkResultText } from './check-result-text';
import { Explanations } from './Explanations';
import { PeriodPicker } from './PeriodPicker';
import { RateChart } from './RateChart';
import { RateTable } from './RateTable';

/** The verdict in one sentence: "Klopt", or how much differs and that the list says why. */
function Verdict() {
  const t = useText();
  const locale = useLocale();
  const view = useReconciliation((state) => state.view);
  if (!view) return null;
  const foreign =
    view.counts.foreignCurrency > 0 ? (
      <p className="hint" data-testid="foreign-currency" data-count={view.counts.foreignCurrency}>
        {t('reconciliation.foreignCurrency', { count: formatCount(view.counts.foreignCurrency, locale) })}
      </p>
    ) : null;
  if (view.counts.orders === 0)
    return (
      <>
        <p className="verdict" data-testid="verdict" data-verdict="empty">
          {t('reconciliation.empty')}
        </p>
        {foreign}
      </>
    );
  const differs = Number(view.total.difference.exclTax) !== 0 || Number(view.total.difference.vat) !== 0;
  const sentence =
    view.verdict === 'agrees'
      ? t('reconciliation.verdict.agrees')
      : differs
        ? t('reconciliation.verdict.explained', {
            amount: formatMoney(view.total.difference.exclTax, locale),
            vat: formatMoney(view.total.difference.vat, locale),
          })
        : t('reconciliation.verdict.explainedEqual');
  return (
    <>
      <p className={`verdict verdict-${view.verdict}`} data-testid="verdict" data-verdict={view.verdict}>
        {view.verdict === 'agrees' ? '✓ ' : ''}
        {sentence}
      </p>
      {view.verdict === 'incomplete' && (
        <p className="verdict verdict-incomplete" data-testid="verdict-incomplete">
          {t('reconciliation.verdict.incomplete', {
            count: view.counts.shopNotRecorded + view.counts.bookedNotRecorded,
          })}
        </p>
      )}
      <p className="hint" data-testid="period-counts">
        {t('reconciliation.counts', {
          orders: formatCount(view.counts.orders, locale),
          inBooks: formatCount(view.counts.inBooks, locale),
        })}
      </p>
      {view.counts.inOtherAdministration > 0 && (
        <p className="hint" data-testid="other-administration" data-count={view.counts.inOtherAdministration}>
          {view.counts.inOtherAdministration === 1
            ? t('reconciliation.otherAdministration.one')
            : t('reconciliation.otherAdministration', {
                count: formatCount(view.counts.inOtherAdministration, locale),
              })}
        </p>
      )}
      {view.counts.cancelledInShop > 0 && (
        <p className="hint" data-testid="cancelled-in-shop" data-count={view.counts.cancelledInShop}>
          {view.counts.cancelledInShop === 1
            ? t('reconciliation.cancelledInShop.one')
            : t('reconciliation.cancelledInShop', {
                count: formatCount(view.counts.cancelledInShop, locale),
              })}
        </p>
      )}
      {foreign}
    </>
  );
}

function ExportButton() {
  const t = useText();
  const exporting = useReconciliation((state) => state.exporting);
  const exportCsv = useReconciliation((state) => state.exportCsv);
  return (
    <button
      type="button"
      data-testid="export-csv"
      disabled={exporting}
      onClick={async () => {
        const file = await exportCsv();
        if (file) downloadText(file.csv, file.fileName, 'text/csv;charset=utf-8');
      }}
    >
      {t('reconciliation.export')}
    </button>
  );
}

/** The file the last export saved, under the buttons. */
function ExportedNote() {
  const t = useText();
  const exported = useReconciliation((state) => state.exported);
  if (!exported) return null;
  return (
    <p className="saved toolbar-note" role="status" data-testid="exported">
      {t('reconciliation.exported', { file: exported })}
    </p>
  );
}

/**
 * Compares the period with Moneybird as it is now: an invoice changed or deleted there since it was
 * booked. The line under it says why one would, that it is busy, or what it found.
 */
function CheckButton() {
  const t = useText();
  const checking = useReconciliation((state) => state.checking);
  const checkMoneybird = useReconciliation((state) => state.checkMoneybird);
  return (
    <button
      type="button"
      data-testid="check-moneybird"
      disabled={checking}
      aria-describedby="check-moneybird-status"
      onClick={() => void checkMoneybird()}
    >
      {t('reconciliation.check')}
    </button>
  );
}

function CheckStatus() {
  const t = useText();
  const locale = useLocale();
  const checking = useReconciliation((state) => state.checking);
  const checked = useReconciliation((state) => state.checked);
  const text = checking
    ? t('reconciliation.check.busy')
    : checked === null
      ? t('reconciliation.check.hint')
      : checkResultText(checked, locale, t);
  return (
    <p
      id="check-moneybird-status"
      className={checked || checking ? 'check-status' : 'check-status hint'}
      role="status"
      data-testid="check-status"
      data-state={checking ? 'busy' : checked ? 'done' : 'idle'}
    >
      {text}
    </p>
  );
}

/** The month per VAT rate: do the books in Moneybird equal the shop, this month or quarter? */
export function ReconciliationPage() {
  const t = useText();
  usePageTitle(t('reconciliation.title'));
  const view = useReconciliation((state) => state.view);
  const loading = useReconciliation((state) => state.loading);
  const problem = useReconciliation((state) => state.problem);
  const load = useReconciliation((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="reconciliation" data-testid="reconciliation" aria-busy={loading}>
      <section className="panel">
        <FocusHeading level={2} className="page-title">
          {t('reconciliation.title')}
        </FocusHeading>
        <p className="hint">{t('reconciliation.intro')}</p>
        <div className="reconciliation-toolbar">
          <PeriodPicker />
          <div className="toolbar-actions">
            <CheckButton />
            <ExportButton />
          </div>
        </div>
        <CheckStatus />
        <ExportedNote />
        <ProblemText problem={problem} />
        {loading && !view ? <p className="busy">{t('reconciliation.loading')}</p> : <Verdict />}
        {view && view.rates.length > 0 && (
          <>
            <RateTable view={view} />
            <RateChart view={view} />
          </>
        )}
      </section>
      {view && view.counts.orders > 0 && <Explanations view={view} />}
    </div>
  );
}
