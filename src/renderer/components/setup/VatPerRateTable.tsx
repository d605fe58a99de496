import { formatMoney } from '../../i18n/text';
import type { DryRunResult } from '../../state/setup-store';
import { useLocale, useText } from '../../state/store-context';

/** Revenue and VAT per rate: what the VAT return will show for these orders. */
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
        {perRate.map((rate) => (
          <tr key={rate.label}>
            <th scope="row">{rate.label}</th>
            <td className="amount">{formatMoney(rate.base, locale)}</td>
            <td className="amount">{formatMoney(rate.vat, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
