import type { ReconciliationPeriod } from '../../../shared/contract';
import { shopCalendarDay } from '../../../shared/shop-calendar';
import { shiftPeriod, useReconciliation, withKind } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import { periodName } from './period-name';

/** How far back the list of periods goes: three years of months, or twelve quarters. */
const PERIODS_BACK = { month: 36, quarter: 12 } as const;

const keyOf = (p: ReconciliationPeriod) => `${p.kind}:${p.year}:${p.index}`;

/** The period's first month, counted from year 0: to tell which of two periods begins later. */
const firstMonthOf = (p: ReconciliationPeriod) =>
  p.year * 12 + (p.kind === 'quarter' ? (p.index - 1) * 3 : p.index - 1);

/** The month or quarter `today` is in, on the shop's calendar (as the core counts it). */
export function periodUnderWay(today: Date, kind: ReconciliationPeriod['kind']): ReconciliationPeriod {
  const { year, month } = shopCalendarDay(today);
  return withKind({ kind: 'month', year, index: month }, kind);
}

/**
 * The period seen as a month or a quarter: a month as the quarter it is in, a quarter as its last
 * month, or as the month under way while that one has not begun (it has nothing to show or compare).
 */
export function periodAs(
  period: ReconciliationPeriod,
  kind: ReconciliationPeriod['kind'],
  today: Date,
): ReconciliationPeriod {
  const seen = withKind(period, kind);
  const underWay = periodUnderWay(today, kind);
  return firstMonthOf(seen) > firstMonthOf(underWay) ? underWay : seen;
}

/** Whether this is the period under way (or a later one): the next one has not begun. */
export function isLatest(period: ReconciliationPeriod, today: Date): boolean {
  return firstMonthOf(period) >= firstMonthOf(periodUnderWay(today, period.kind));
}

/**
 * Month or quarter, and which one; previous and next step through them, up to the period under way:
 * one that has not begun has nothing to show or compare.
 */
export function PeriodPicker() {
  const t = useText();
  const locale = useLocale();
  const period = useReconciliation((state) => state.period);
  const setPeriod = useReconciliation((state) => state.setPeriod);
  const now = new Date();
  const current = periodUnderWay(now, period.kind);
  const options = Array.from({ length: PERIODS_BACK[period.kind] + 1 }, (_, i) => shiftPeriod(current, -i));
  if (!options.some((o) => keyOf(o) === keyOf(period))) options.push(period);
  const latest = isLatest(period, now);
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
              onChange={() => void setPeriod(periodAs(period, kind, now))}
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
