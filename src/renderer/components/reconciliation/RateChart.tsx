import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReconciliationView } from '../../../shared/contract';
import { readingOf } from '../../../shared/reconciliation/checked-at';
import { formatMoney } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { axisLabel, moneyAxis } from './money-axis';
import { lineName, lineTick } from './period-name';

/**
 * The shop's turnover excl. VAT next to that in the owner's books, what Winkelbrug booked (Moneybird's, once read), per line of the VAT return (rate and box, short:
 * "21% · 1a"): equal bars at a glance. The money axis has round steps, each gridline labelled with
 * its exact amount ("€ 15.000", `money-axis.ts`). The table
 * holds the same figures for a screen reader, so the chart is described once and not read out bar by
 * bar.
 */
export function RateChart({ view }: { view: ReconciliationView }) {
  const t = useText();
  const locale = useLocale();
  const shop = t('reconciliation.col.shop');
  // "In je boeken" (what Winkelbrug booked) or "In Moneybird" (as read): as the table's column says.
  const read = readingOf(view) === 'moneybird';
  const booked = t(read ? 'reconciliation.col.inMoneybird' : 'reconciliation.col.booked');
  const data = view.rates.map((line) => ({
    tick: lineTick(line, locale),
    name: lineName(line, locale, t),
    [shop]: Number(line.shop.exclTax),
    [booked]: Number(line.booked.exclTax),
  }));
  const money = (value: unknown) => formatMoney(String(value), locale);
  const axis = moneyAxis(
    view.rates.flatMap((line) => [Number(line.shop.exclTax), Number(line.booked.exclTax)]),
  );
  const axisMoney = (value: number) => axisLabel(value, axis.decimals, locale);
  // Wide enough for the longest label ("€ 1.500.000"), at about 8 pixels a character.
  const axisWidth = Math.max(64, 16 + 8 * Math.max(...axis.ticks.map((tick) => axisMoney(tick).length)));
  return (
    <figure className="rate-chart" data-testid="rate-chart">
      <figcaption>{t(read ? 'reconciliation.chart.title.checked' : 'reconciliation.chart.title')}</figcaption>
      <div
        role="img"
        aria-label={t(read ? 'reconciliation.chart.summary.checked' : 'reconciliation.chart.summary')}
      >
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            {/* Every line its tick, however many: each is a line of the return the owner looks for. */}
            <XAxis dataKey="tick" interval={0} tick={{ fontSize: 11 }} />
            <YAxis
              type="number"
              domain={axis.domain}
              ticks={axis.ticks}
              interval={0}
              allowDataOverflow={false}
              tickFormatter={axisMoney}
              width={axisWidth}
            />
            <Tooltip
              formatter={money}
              labelFormatter={(tick, payload) => String(payload?.[0]?.payload?.name ?? tick)}
            />
            {/* In the bars' order, the shop first (recharts sorts by name otherwise). */}
            <Legend itemSorter={(item) => (item.dataKey === shop ? 0 : 1)} />
            <Bar dataKey={shop} fill="#6b8f85" isAnimationActive={false} />
            <Bar dataKey={booked} fill="#1f6f5c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
