// The lines of an order or of its invoice, side by side on the order's page: the same columns, so
// the owner compares them line by line.
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/text';
import { useText } from '../../state/store-context';

export interface LineRow {
  description: string;
  quantity: string;
  vat: string;
  amount: string;
}

export function LinesTable({
  testId,
  amountLabel,
  rows,
  totals,
}: {
  testId: string;
  /** The last column: the line's amount (the shop) or its price (Moneybird). */
  amountLabel: MessageKey;
  rows: readonly LineRow[];
  /** Footer rows: a label and its amount, each with an optional test id. */
  totals: ReadonlyArray<{ label: MessageKey; amount: string; testId?: string }>;
}): ReactNode {
  const t = useText();
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{t('orderDetail.lines')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('orderDetail.line.description')}</th>
          <th scope="col" className="amount">
            {t('orderDetail.line.quantity')}
          </th>
          <th scope="col" className="amount">
            {t('orderDetail.line.vat')}
          </th>
          <th scope="col" className="amount">
            {t(amountLabel)}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines in the order their source lists them
          <tr key={index}>
            <td>{line.description}</td>
            <td className="amount">{line.quantity}</td>
            <td className="amount">{line.vat}</td>
            <td className="amount">{line.amount}</td>
          </tr>
        ))}
      </tbody>
      {totals.length > 0 && (
        <tfoot>
          {totals.map((total) => (
            <tr key={total.label}>
              <th scope="row" colSpan={3}>
                {t(total.label)}
              </th>
              <td className="amount" data-testid={total.testId}>
                {total.amount}
              </td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}
