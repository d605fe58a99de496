import type { ReconciliationPeriod } from '../../../shared/contract';
import { shiftPeriod, useReconciliation, withKind } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import { periodName } from './period-name';

/** How far back the list of periods goes: three years of months, or twelve quarters. */
const PERIODS_BACK = { month: 36, quarter: 12 } as const;

const keyOf = (p: ReconciliationPeriod) => `${p.kind}:${p.year}:${p.index}`;

/** Month or quarter, and which one; previous and next step through them. */
export function PeriodPicker() {
  const t = useText();
  const locale = useLocale();
  const period = useReconciliation((state) => state.period);
  const setPeriod = useReconciliation((state) => state.setPeriod);
  const now = new Date();
  const current: ReconciliationPeriod = withKind(
    { kind: 'month', year: now.getFullYear(), index: now.getMonth() + 1 },
    period.kind,
  );
  const options = Array.from({ length: PERIODS_BACK[period.kind] + 1 }, (_, i) => shiftPeriod(current, -i));
  if (!options.some((o) => keyOf(o) === keyOf(period))) options.push(period);
  const latest = keyOf(period) === keyOf(current);
  return (
    <fieldset className="period-picker" data-testid="period-picker">
      <legend className="visually-hidden">{t('reconciliation.period.legend')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('reconciliation.period.legend')}>
        {(['month', 'quarter'] as const).map((kind) => (
          <label key={kind} className={period.kind === kind ? 'segment selected' : 'segment'}>
            <input
              type="radio"
              name="period-kind"
              value={kind}
              checked={period.kind === kind}
              data-testid={`period-kind-${kind}`}
              onChange={() => void setPeriod(withKind(period, kind))}
            />
            {t(kind === 'month' ? 'reconciliation.period.month' : 'reconciliation.period.quarter')}
          </label>
        ))}
      </div>
      <div className="period-steps">
        <button
          type="button"
          className="step-button"
          data-testid="period-previous"
          aria-label={t('reconciliation.period.previous')}
          title={t('reconciliation.period.previous')}
          onClick={() => void setPeriod(shiftPeriod(period, -1))}
        >
          ‹
        </button>
        <label className="visually-hidden" htmlFor="period-select">
          {t('reconciliation.period.choose')}
        </label>
        <select
          id="period-select"
          data-testid="period-select"
          value={keyOf(period)}
          onChange={(event) => {
            const chosen = options.find((o) => keyOf(o) === event.target.value);
            if (chosen) void setPeriod(chosen);
          }}
        >
          {options.map((option) => (
            <option key={keyOf(option)} value={keyOf(option)}>
              {periodName(option, locale, t)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="step-button"
          data-testid="period-next"
          aria-label={t('reconciliation.period.next')}
          title={t('reconciliation.period.next')}
          disabled={latest}
          onClick={() => void setPeriod(shiftPeriod(period, 1))}
        >
          ›
        </button>
      </div>
    </fieldset>
  );
}
