// The VAT of an order per rate, as the shop states it or as Moneybird booked it, in one table.
import type { VatLine } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenRate } from '../../../shared/i18n/written-rate';
import { formatMoney } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';

export function formatRate(rate: string | null, locale: Locale): string {
  return rate === null ? '–' : writtenRate(rate, locale);
}

export function VatTable({ vat, currency, testId }: { vat: VatLine[]; currency: string; testId: string }) {
  const t = useText();
  const locale = useLocale();
  if (vat.length === 0) return null;
  const withTaxable = vat.some((v) => v.taxable !== null);
  return (
    <table className="data-table compact-vat" data-testid={testId}>
      <caption>{t('orderDetail.vat')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('orderDetail.vat.rate')}</th>
          {withTaxable && (
            <th scope="col" className="amount">
              {t('orderDetail.vat.taxable')}
            </th>
          )}
          <th scope="col" className="amount">
            {t('orderDetail.vat.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {vat.map((v, index) => (
          // A rate may appear twice (two Moneybird rates of one percentage): the position keys it.
          // The core sends both sides highest rate first, so they read row by row alike.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is shown as sent, never reordered
          <tr key={index} data-testid={`${testId}-row`}>
            <th scope="row">{formatRate(v.rate, locale)}</th>
            {withTaxable && (
              <td className="amount">
                {v.taxable === null ? '–' : formatMoney(v.taxable, locale, currency)}
              </td>
            )}
            <td className="amount">{formatMoney(v.amount, locale, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
