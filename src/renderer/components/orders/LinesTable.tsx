// The lines of an order or of its invoice, side by side on the order's page: the same columns
// (quantity, VAT, price per item, amount), so the owner compares them line by line.
import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/text';
import { useText } from '../../state/store-context';
import { keptWhole } from './kept-whole';

export interface LineRow {
  description: string;
  quantity: string;
  vat: string;
  unitPrice: string;
  amount: string;
  /** A line of text only (a heading such as the credit's, at no price): shown without figures. */
  textOnly?: boolean;
  /** How the line is booked (its tax rate and its ledger account), under its description. */
  booking?: readonly string[];
}

export function LinesTable({
  testId,
  includesVat,
  rows,
  totals,
}: {
  testId: string;
  /** Whether the prices and amounts include VAT (the shop's always do; an invoice says). */
  includesVat: boolean;
  rows: readonly LineRow[];
  /** Footer rows: a label and its amount, each with an optional test id. */
  totals: ReadonlyArray<{ label: MessageKey; amount: string; testId?: string }>;
}): ReactNode {
  const t = useText();
  return (
    <table className="data-table lines-table" data-testid={testId}>
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
            {t(includesVat ? 'orderDetail.line.unitPriceIncl' : 'orderDetail.line.unitPriceExcl')}
          </th>
          <th scope="col" className="amount">
            {t(includesVat ? 'orderDetail.line.amountIncl' : 'orderDetail.line.amountExcl')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines in the order their source lists them
          <tr key={index} data-testid={`${testId}-row`} className={line.textOnly ? 'text-line' : undefined}>
            <td>
              {keptWhole(line.description)}
              {!line.textOnly && line.booking && line.booking.length > 0 && (
                <span className="line-booking" data-testid="line-booking">
                  {line.booking.map((part) => (
                    <span key={part}>{part}</span>
                  ))}
                </span>
              )}
            </td>
            <td className="amount">{line.textOnly ? '' : line.quantity}</td>
            <td className="amount">{line.textOnly ? '' : line.vat}</td>
            <td className="amount" data-testid="line-unit-price">
              {line.textOnly ? '' : line.unitPrice}
            </td>
            <td className="amount" data-testid="line-amount">
              {line.textOnly ? '' : line.amount}
            </td>
          </tr>
        ))}
      </tbody>
      {totals.length > 0 && (
        <tfoot>
          {totals.map((total) => (
            <tr key={total.label}>
              <th scope="row" colSpan={4}>
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
