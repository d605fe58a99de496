import type { Amounts, ReconciliationView } from '../../../shared/contract';
import { writtenDifference } from '../../../shared/i18n/written-money';
import { writtenRate } from '../../../shared/i18n/written-rate';
import { type Reading, readingOf } from '../../../shared/reconciliation/checked-at';
import { vatBoxName } from '../../../shared/reconciliation/vat-box-name';
import { formatMoney, type Translate } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { AmountCells } from './AmountCells';
import { checkedWhen } from './verdict-text';

const SHOP_CELLS = { excl: 'shop-excl', vat: 'shop-vat' };
const BOOKED_CELLS = { excl: 'booked-excl', vat: 'booked-vat' };

const isZero = (a: Amounts) => Number(a.exclTax) === 0 && Number(a.vat) === 0 && Number(a.inclTax) === 0;

/**
 * The booked column's name, one of the page's two names for the booked side: "In je boeken", what
 * Winkelbrug booked (in every administration, when the period's bookings are in more than one; and
 * for a quarter of which only some months were compared, the line under it says which were read, and
 * when), or, once the owner compared the period with Moneybird, "In Moneybird", as it was read then.
 */
function bookedColumnName(
  view: Pick<ReconciliationView, 'administrations'>,
  reading: Reading,
  t: Translate,
): string {
  if (view.administrations.length > 0) return t('reconciliation.col.bookedAll');
  return t(reading === 'moneybird' ? 'reconciliation.col.inMoneybird' : 'reconciliation.col.booked');
}

/** A text per reading: what Winkelbrug booked, Moneybird as read, or a quarter read in part. */
const byReading = <K extends string>(reading: Reading, booked: K, checked: K, mixed: K): K =>
  reading === 'moneybird' ? checked : reading === 'mixed' ? mixed : booked;

/**
 * One difference cell, in the direction the verdict says it: "€ +3.062,08" is more in Moneybird (or
 * booked) than in the shop, "€ -68,10" less, the sign where every screen writes a negative amount's
 * (`writtenDifference`); "Gelijk" when nothing differs. `amount` is the view's difference, Moneybird
 * minus the shop, as its data-amount keeps it for tests and tools.
 */
function DifferenceCell({ amount, testId }: { amount: string; testId: string }) {
  const locale = useLocale();
  const t = useText();
  if (Number(amount) === 0)
    return (
      <td className="amount equal" data-testid={testId} data-amount={amount}>
        {t('reconciliation.equal')}
      </td>
    );
  return (
    <td className="amount differs" data-testid={testId} data-amount={amount}>
      {writtenDifference(amount, locale)}
    </td>
  );
}

/**
 * The line's third line: the Moneybird tax rates it was booked on, or, when nothing is booked on it
 * because Moneybird has no such rate, that it has none (its orders wait until the owner adds it).
 */
function TaxRateNames({ line }: { line: ReconciliationView['rates'][number] }) {
  const t = useText();
  if (line.taxRateNames.length > 0)
    return <span className="tax-rate-names">{line.taxRateNames.join(', ')}</span>;
  if (!line.taxRateAbsent) return null;
  return (
    <span className="tax-rate-names tax-rate-absent" data-testid="tax-rate-absent">
      {t('reconciliation.taxRateAbsent')}
    </span>
  );
}

/**
 * Per line of the VAT return (a rate in a box of the Dutch return, or of an OSS country): the shop's
 * turnover excl. VAT and VAT (what the VAT return asks), what Winkelbrug booked in Moneybird (or
 * Moneybird as read when the owner compared the period, and when), and the difference, with a
 * legend that says which way it goes. Each line names its box in the return's words and the
 * Moneybird rates it was booked on. The data-amount attributes carry the exact figures for tests and
 * tools.
 */
export function RateTable({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const money = (amount: string) => formatMoney(amount, locale);
  const reading = readingOf(view);
  const when = checkedWhen(view, locale);
  const caption = t(
    byReading(
      reading,
      'reconciliation.table.caption',
      'reconciliation.table.caption.checked',
      'reconciliation.table.caption.mixed',
    ),
  );
  return (
    <>
      {/* A narrow window scrolls the table sideways; the region takes focus so the keyboard can too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-label={caption} tabIndex={0}>
        {/* A period whose differences are all explained shows them calmly, as its verdict does. */}
        <table
          className={`data-table reconciliation-table standing-${view.standing}`}
          data-testid="rate-table"
        >
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              <th scope="colgroup" colSpan={2} className="group">
                {t('reconciliation.col.shop')}
              </th>
              <th
                scope="colgroup"
                colSpan={2}
                className="group"
                data-testid="booked-heading"
                data-read={reading}
              >
                {/* Bookings in more than one administration: the column adds them up (split below). */}
                {bookedColumnName(view, reading, t)}
                {when !== null && (
                  <span className="checked-at" data-testid="checked-at">
                    {when.text}
                  </span>
                )}
              </th>
              <th scope="colgroup" colSpan={2} className="group" data-testid="difference-heading">
                {t('reconciliation.col.difference')}
              </th>
            </tr>
            <tr>
              <th scope="col">{t('reconciliation.col.rate')}</th>
              {[0, 1, 2].map((i) => [
                <th key={`e${i}`} scope="col" className="amount">
                  {t('reconciliation.col.exclTax')}
                </th>,
                <th key={`v${i}`} scope="col" className="amount">
                  {t('reconciliation.col.vat')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {view.rates.map((line) => (
              <tr
                key={`${line.vatBox}|${line.rate}`}
                data-testid="rate-row"
                data-rate={line.rate}
                data-box={line.vatBox}
                className={isZero(line.difference) ? undefined : 'row-differs'}
              >
                <th scope="row">
                  <span className="rate-name">{writtenRate(line.rate, locale)}</span>
                  {line.vatBox !== '' && (
                    <span className="vat-box-name" data-testid="vat-box-name">
                      {vatBoxName(line.vatBox, locale)}
                    </span>
                  )}
                  <TaxRateNames line={line} />
                </th>
                <AmountCells amounts={line.shop} money={money} testIds={SHOP_CELLS} />
                <AmountCells amounts={line.booked} money={money} testIds={BOOKED_CELLS} />
                <DifferenceCell amount={line.difference.exclTax} testId="difference-excl" />
                <DifferenceCell amount={line.difference.vat} testId="difference-vat" />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="total-row">
              <th scope="row">{t('reconciliation.total')}</th>
              <td className="amount" data-testid="shop-excl" data-amount={view.total.shop.exclTax}>
                {money(view.total.shop.exclTax)}
              </td>
              <td className="amount" data-testid="shop-vat" data-amount={view.total.shop.vat}>
                {money(view.total.shop.vat)}
              </td>
              <td className="amount" data-testid="booked-excl" data-amount={view.total.booked.exclTax}>
                {money(view.total.booked.exclTax)}
              </td>
              <td className="amount" data-testid="booked-vat" data-amount={view.total.booked.vat}>
                {money(view.total.booked.vat)}
              </td>
              <DifferenceCell amount={view.total.difference.exclTax} testId="difference-excl" />
              <DifferenceCell amount={view.total.difference.vat} testId="difference-vat" />
            </tr>
          </tfoot>
        </table>
      </section>
      <p className="hint table-legend" data-testid="difference-legend">
        {t(reading === 'moneybird' ? 'reconciliation.table.legend.checked' : 'reconciliation.table.legend')}
      </p>
    </>
  );
}
