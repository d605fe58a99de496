// The order as the shop has it: who ordered, where it goes, how it is paid, and its lines and VAT.
import type { MoneybirdInvoiceView, ShopOrderView } from '../../../shared/contract';
import { countryName } from '../../../shared/i18n/country-name';
import { paymentMethodName } from '../../../shared/i18n/payment-method-name';
import type { Locale } from '../../../shared/i18n/translate';
import { formatDate, formatMoney, pick, type Translate } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { LinesTable } from './LinesTable';
import { paymentStateText, paymentStatusName } from './payment-status-name';
import { formatRate, VatTable } from './VatTable';

/**
 * The customer's country in the page's language ("Netherlands" on the English page), from the code
 * the shop sends; the shop's own name for it (in the shop's language) when it sent no code the
 * platform knows.
 */
function countryOf(customer: ShopOrderView['customer'], locale: Locale): string | null {
  const code = customer.countryCode;
  if (code) {
    const name = pick(countryName(code), locale);
    if (name !== code) return name;
  }
  return customer.country ?? code;
}

export type Payment = MoneybirdInvoiceView['payments'][number];

/**
 * How the order is paid, as Winkelbrug judged it to decide on booking, after the method: "iDEAL ·
 * Betaald", "iDEAL · Nog niet betaald (winkel: Succesvol)". A credit order's payment is its refund:
 * the one booked on its credit invoice ("Terugbetaling € 13,90 op 2 nov 2026"), that none is booked
 * yet, or, before its credit invoice is read, what the shop says.
 */
function paymentText(
  shop: ShopOrderView,
  refunds: readonly Payment[] | null,
  t: Translate,
  locale: Locale,
): string {
  const { method, status, state } = shop.payment;
  // The catalogue's names are written for the middle of a sentence ("bankoverschrijving"); here one
  // opens the field. A brand keeps its own capitals ("iDEAL").
  const named = method && pick(paymentMethodName(method), locale);
  const brand = /\p{Lu}/u.test(named?.split(' ')[0] ?? '');
  const methodName = named && !brand ? named.charAt(0).toLocaleUpperCase(locale) + named.slice(1) : named;
  if (state === 'credit') {
    const refund =
      refunds === null
        ? status && paymentStatusName(status, t)
        : refunds.length === 0
          ? t('orderDetail.payment.noRefund')
          : refunds
              .map((r) =>
                t('orderDetail.payment.refund', {
                  // A refund is money going back: named by its size, the words say which way.
                  amount: formatMoney(r.amount.replace(/^-/, ''), locale, shop.currency),
                  date: formatDate(r.date, locale),
                }),
              )
              .join('; ');
    return [methodName, refund].filter(Boolean).join(' · ') || t('orderDetail.payment.unknown');
  }
  return [methodName, paymentStateText(state, status, t)].filter(Boolean).join(' · ');
}

export function ShopPart({ shop, refunds }: { shop: ShopOrderView; refunds: readonly Payment[] | null }) {
  const t = useText();
  const locale = useLocale();
  const { customer } = shop;
  const country = countryOf(customer, locale);
  return (
    <>
      <dl className="facts">
        <dt>{t('orderDetail.date')}</dt>
        <dd>
          {formatDate(shop.date, locale)}
          {shop.time ? `, ${shop.time.slice(0, 5)}` : ''}
        </dd>
        <dt>{t('orderDetail.customer')}</dt>
        <dd data-testid="shop-customer">
          {[customer.name, customer.company].filter(Boolean).join(', ') || t('orderList.noCustomer')}
        </dd>
        {customer.email && (
          <>
            <dt>{t('orderDetail.email')}</dt>
            <dd>{customer.email}</dd>
          </>
        )}
        {(customer.address || country) && (
          <>
            <dt>{t('orderDetail.address')}</dt>
            <dd data-testid="shop-address">{[customer.address, country].filter(Boolean).join(', ')}</dd>
          </>
        )}
        {customer.vatNumber && (
          <>
            <dt>{t('orderDetail.vatNumber')}</dt>
            <dd>{customer.vatNumber}</dd>
          </>
        )}
        <dt>{t('orderDetail.payment')}</dt>
        <dd data-testid="shop-payment">{paymentText(shop, refunds, t, locale)}</dd>
      </dl>
      <LinesTable
        testId="shop-lines"
        includesVat
        rows={shop.lines.map((line) => ({
          description: line.description,
          quantity: String(line.quantity),
          vat: line.rates.map((r) => formatRate(r, locale)).join(' / ') || '–',
          unitPrice: line.unitPrice === null ? '–' : formatMoney(line.unitPrice, locale, shop.currency),
          amount: line.amount === null ? '–' : formatMoney(line.amount, locale, shop.currency),
        }))}
        totals={
          shop.total === null
            ? []
            : [
                {
                  label: 'orderDetail.total',
                  amount: formatMoney(shop.total, locale, shop.currency),
                  testId: 'shop-total',
                },
              ]
        }
      />
      <VatTable vat={shop.vat} currency={shop.currency} testId="shop-vat" />
    </>
  );
}
