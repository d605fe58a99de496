import { writtenRate } from '../../../shared/i18n/written-rate';
import { vatBoxName } from '../../../shared/reconciliation/vat-box-name';
import { formatMoney } from '../../i18n/text';
import type { DryRunResult } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';

/**
 * Revenue and VAT per rate: what the VAT return will show for these orders. Each row names its part
 * of the return as the month per VAT rate does ("1a · hoog tarief", "3b · bedrijf in de EU (ICP)"),
 * so the accountant sees the boxes before anything is booked.
 */
export function VatPerRateTable({ perRate }: { perRate: DryRunResult['perRate'] }) {
  const t = useText();
  const locale = useLocale();
  if (perRate.length === 0) return null;
  return (
    <table className="data-table" data-testid="dry-run-per-rate">
      <caption>{t('dryRun.perRate.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dryRun.perRate.rate')}</th>
          <th scope="col" className="amount">
            {t('dryRun.perRate.base')}
          </th>
          <th scope="col" className="amount">
            {t('dryRun.perRate.vat')}
          </th>
        </tr>
      </thead>
      <tbody>
        {perRate.map((rate) => {
          const box = vatBoxName(rate.vatBox, locale);
          return (
            <tr
              key={`${rate.treatment}|${rate.country}|${rate.rate}|${rate.vatBox}`}
              data-rate={rate.rate}
              data-box={rate.vatBox}
            >
              <th scope="row">
                <span className="rate-name">{writtenRate(rate.rate, locale)}</span>
                {box !== null && (
                  <span className="option-detail block" data-testid="vat-box-name">
                    {box}
                  </span>
                )}
              </th>
              <td className="amount">{formatMoney(rate.base, locale)}</td>
              <td className="amount">{formatMoney(rate.vat, locale)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
