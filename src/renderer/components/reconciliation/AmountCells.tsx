import type { Amounts } from '../../../shared/contract';

/**
 * Turnover excl. VAT and VAT as two cells of a row, each with its plain figure for tests and copying
 * (`data-amount`), under the test ids the table gives them.
 */
export function AmountCells({
  amounts,
  money,
  testIds,
  administration,
}: {
  amounts: Pick<Amounts, 'exclTax' | 'vat'>;
  money: (amount: string) => string;
  testIds: { excl: string; vat: string };
  /** The administration the figures are of, when the row splits them per administration. */
  administration?: string;
}) {
  return (
    <>
      <td
        className="amount"
        data-testid={testIds.excl}
        data-administration={administration}
        data-amount={amounts.exclTax}
      >
        {money(amounts.exclTax)}
      </td>
      <td
        className="amount"
        data-testid={testIds.vat}
        data-administration={administration}
        data-amount={amounts.vat}
      >
        {money(amounts.vat)}
      </td>
    </>
  );
}
