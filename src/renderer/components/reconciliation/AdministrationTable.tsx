import type { Amounts, ReconciliationView } from '../../../shared/contract';
import { writtenRate } from '../../../shared/i18n/written-rate';
import { checkedAtText, checkedMonthsText } from '../../../shared/reconciliation/checked-at';
import { vatBoxName } from '../../../shared/reconciliation/vat-box-name';
import { formatCount, formatMoney } from '../../i18n/text';
import { useReconciliation } from '../../state/reconciliation-store';
import { useLocale, useText } from '../../state/store-context';
import { AmountCells } from './AmountCells';
import { administrationHeading } from './verdict-text';

const ZERO: Amounts = { inclTax: '0.00', exclTax: '0.00', vat: '0.00' };
const ADMINISTRATION_CELLS = { excl: 'administration-excl', vat: 'administration-vat' };

/**
 * When some of the period's bookings are in another Moneybird administration than the connected one
 * (booked before the owner switched): the Moneybird column split per administration, per line of the
 * VAT return, since each administration files its own return. The accountant copies each
 * administration's part into that administration's return. Once the owner compared the period with
 * Moneybird, the connected administration's heading says when it was read ("nagelezen om 21:05"; a
 * quarter compared in part, per month), the others that they were not (a comparison reads only the
 * connected one). Nothing when every booking is in the connected administration.
 */
export function AdministrationTable({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const names = useReconciliation((state) => state.administrationNames);
  if (view.administrations.length === 0) return null;
  const money = (amount: string) => formatMoney(amount, locale);
  // "nagelezen om 21:05", or per month for a quarter compared in part.
  const when = checkedMonthsText(view, locale, (iso) => checkedAtText(iso, locale));
  const key = (line: { rate: string; vatBox: string }) => `${line.vatBox}|${line.rate}`;
  // The lines as the table above has them, in the return's order.
  const lines = view.rates.filter((line) =>
    view.administrations.some((a) => a.rates.some((r) => key(r) === key(line))),
  );
  const amountsOf = (administration: ReconciliationView['administrations'][number], line: string) =>
    administration.rates.find((r) => key(r) === line) ?? ZERO;
  return (
    <section
      className="administrations"
      aria-labelledby="administrations-title"
      data-testid="administration-table"
    >
      <h3 id="administrations-title">{t('reconciliation.administrations.title')}</h3>
      <p className="hint">{t('reconciliation.administrations.returns')}</p>
      {/* A narrow window scrolls the table sideways; the region takes focus so the keyboard can too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-label={t('reconciliation.administrations.caption')} tabIndex={0}>
        <table className="data-table reconciliation-table">
          <caption className="visually-hidden">{t('reconciliation.administrations.caption')}</caption>
          <thead>
            <tr>
              <td />
              {view.administrations.map((a) => (
                <th
                  key={a.id}
                  scope="colgroup"
                  colSpan={2}
                  className="group"
                  data-testid="administration-heading"
                  data-administration={a.id}
                >
                  <span className="administration-name">{administrationHeading(a, names, t)}</span>
                  <span className="administration-facts">
                    {a.connected ? `${t('reconciliation.administrations.connectedTag')} · ` : ''}
                    {a.orders === 1
                      ? t('reconciliation.administrations.orders.one')
                      : t('reconciliation.administrations.orders', { count: formatCount(a.orders, locale) })}
                  </span>
                  {when !== null && (
                    <span className="checked-at" data-testid="administration-checked-at">
                      {a.connected ? when.text : t('reconciliation.administrations.notChecked')}
                    </span>
                  )}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">{t('reconciliation.col.rate')}</th>
              {view.administrations.map((a) => [
                <th key={`e${a.id}`} scope="col" className="amount">
                  {t('reconciliation.col.exclTax')}
                </th>,
                <th key={`v${a.id}`} scope="col" className="amount">
                  {t('reconciliation.col.vat')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr
                key={key(line)}
                data-testid="administration-row"
                data-rate={line.rate}
                data-box={line.vatBox}
              >
                <th scope="row">
                  <span className="rate-name">{writtenRate(line.rate, locale)}</span>
                  {line.vatBox !== '' && (
                    <span className="vat-box-name">{vatBoxName(line.vatBox, locale)}</span>
                  )}
                </th>
                {view.administrations.map((a) => (
                  <AmountCells
                    key={a.id}
                    administration={a.id}
                    amounts={amountsOf(a, key(line))}
                    money={money}
                    testIds={ADMINISTRATION_CELLS}
                  />
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="administration-total">
              <th scope="row">{t('reconciliation.total')}</th>
              {view.administrations.map((a) => (
                <AmountCells
                  key={a.id}
                  administration={a.id}
                  amounts={a.booked}
                  money={money}
                  testIds={ADMINISTRATION_CELLS}
                />
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
    </section>
  );
}
