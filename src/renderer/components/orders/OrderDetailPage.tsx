// One order: where it stands and why, the shop's order, the invoice as Moneybird holds it, and each
// step of its journal with its time. Retry and Skip for a held order; links open the invoice and the
// contact in Moneybird (a new tab in the browser; the system browser from the desktop app).
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { MoneybirdInvoiceView, OrderDetail, ShopOrderView, VatLine } from '../../../shared/contract';
import { countryName } from '../../../shared/i18n/country-name';
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { type UiOrdersKey, uiOrders } from '../../../shared/i18n/messages/ui-orders';
import { paymentMethodName } from '../../../shared/i18n/payment-method-name';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import { writtenRate } from '../../../shared/i18n/written-rate';
import { vatBoxCode } from '../../../shared/reconciliation/vat-box-name';
import { formatDate, formatMoney, formatTime, type MessageKey, pick, type Translate } from '../../i18n/text';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useApp, useLocale, useText } from '../../state/store-context';
import { OrderActions } from '../common/OrderActions';
import { usePageTitle } from '../common/use-page-title';
import { keptWhole } from './kept-whole';
import { LinesTable } from './LinesTable';
import { OrderStateBadge } from './OrderStateBadge';
import { withOrderLinks } from './order-links';
import { paymentStateText, paymentStatusName } from './payment-status-name';
import { ReasonText } from './ReasonText';
import './orders.css';

function formatRate(rate: string | null, locale: Locale): string {
  return rate === null ? '–' : writtenRate(rate, locale);
}

function VatTable({ vat, currency, testId }: { vat: VatLine[]; currency: string; testId: string }) {
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

type Payment = MoneybirdInvoiceView['payments'][number];

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

function ShopPart({ shop, refunds }: { shop: ShopOrderView; refunds: readonly Payment[] | null }) {
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

function invoiceStateText(state: string, t: Translate): string {
  const known = [
    'draft',
    'open',
    'scheduled',
    'pending_payment',
    'reminded',
    'late',
    'paid',
    'uncollectible',
  ] as const;
  const found = known.find((k) => k === state);
  return found ? t(`invoiceState.${found}`) : state;
}

type InvoiceLine = MoneybirdInvoiceView['lines'][number];

/**
 * Where a Moneybird line is booked, for the owner and their accountant: its tax rate by Moneybird's
 * name with its part of the VAT return ("Intracommunautaire levering · rubriek 3b"), and its ledger
 * account with its code ("Omzet · 8000"). What Moneybird does not tell is left out.
 */
function bookingOf(line: InvoiceLine, t: Translate, locale: Locale): string[] {
  const out: string[] = [];
  const box =
    line.vatBox === null
      ? null
      : line.vatBox.startsWith('NL/')
        ? t('orderDetail.line.box', { box: vatBoxCode(line.vatBox, locale) })
        : vatBoxCode(line.vatBox, locale);
  const both = (name: string | null, more: string | null) =>
    name && more ? t('orderDetail.line.nameAndMore', { name, more }) : (name ?? more);
  const taxRate = both(line.taxRateName, box);
  if (taxRate) out.push(t('orderDetail.line.taxRate', { taxRate }));
  const ledger = line.ledgerAccount && both(line.ledgerAccount.name, line.ledgerAccount.code);
  if (ledger) out.push(t('orderDetail.line.ledger', { ledger }));
  return out;
}

function MoneybirdPart({ invoice, links }: { invoice: MoneybirdInvoiceView; links: OrderDetail['links'] }) {
  const t = useText();
  const locale = useLocale();
  const { currency } = invoice;
  return (
    <>
      <dl className="facts">
        <dt>{t('orderDetail.invoice')}</dt>
        <dd data-testid="invoice-number">
          <strong className={invoice.number ? 'nowrap' : undefined}>
            {invoice.number ?? t('orderDetail.invoice.draft')}
          </strong>
          <span className="cell-note-inline" data-testid="invoice-kind">
            {' '}
            ·{' '}
            {t(
              invoice.credit
                ? `orderDetail.invoice.creditKind.${invoice.kind}`
                : `orderDetail.invoice.kind.${invoice.kind}`,
            )}
          </span>
        </dd>
        <dt>{t('orderDetail.invoice.state')}</dt>
        <dd data-testid="invoice-state">{invoiceStateText(invoice.state, t)}</dd>
        {invoice.date && (
          <>
            <dt>{t('orderDetail.date')}</dt>
            <dd>{formatDate(invoice.date, locale)}</dd>
          </>
        )}
        <dt>{t('orderDetail.contact')}</dt>
        <dd data-testid="invoice-contact">
          {[invoice.contact.name, invoice.contact.email].filter(Boolean).join(' · ') || '–'}
        </dd>
      </dl>
      <ExternalLinks links={links} />
      <LinesTable
        testId="invoice-lines"
        includesVat={invoice.pricesIncludeVat}
        rows={invoice.lines.map((line) => ({
          description: line.description,
          quantity: line.quantity ?? '–',
          vat: formatRate(line.rate, locale),
          unitPrice: formatMoney(line.price, locale, currency),
          amount: formatMoney(line.amount, locale, currency),
          // A heading at no price (the credit's, a moved booking's) carries no figures.
          textOnly: Number(line.price) === 0 && Number(line.amount) === 0,
          booking: bookingOf(line, t, locale),
        }))}
        totals={[
          { label: 'orderDetail.totalExcl', amount: formatMoney(invoice.totalExclVat, locale, currency) },
          {
            label: 'orderDetail.total',
            amount: formatMoney(invoice.totalInclVat, locale, currency),
            testId: 'invoice-total',
          },
        ]}
      />
      <VatTable vat={invoice.vat} currency={currency} testId="invoice-vat" />
      <h4 className="subheading">{t('orderDetail.payments')}</h4>
      {invoice.payments.length === 0 ? (
        <p className="empty">{t('orderDetail.payments.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="invoice-payments">
          {invoice.payments.map((p, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: payments as Moneybird lists them
            <li key={index}>
              {formatDate(p.date, locale)} · {formatMoney(p.amount, locale, currency)}
              {p.transaction && (
                <span className="cell-note-inline">
                  {' '}
                  · {keptWhole(t('orderDetail.payment.transaction', { id: p.transaction }))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The links to the invoice and its contact in Moneybird's web app. `invoiceLabel`: the invoice's link
 * named where it opens, when that is another administration than the one connected (`administration`),
 * where the contact's link opens too and is named so.
 */
function ExternalLinks({
  links,
  invoiceLabel,
  administration,
}: {
  links: OrderDetail['links'];
  invoiceLabel?: string;
  administration?: string;
}) {
  const t = useText();
  if (!links.invoice && !links.contact) return null;
  return (
    <p className="external-links">
      {links.invoice && (
        <a href={links.invoice} target="_blank" rel="noopener noreferrer" data-testid="open-invoice">
          {invoiceLabel ?? t('orderDetail.openInvoice')}
          <span className="visually-hidden"> {t('orderDetail.opensElsewhere')}</span>
        </a>
      )}
      {links.contact && (
        <a href={links.contact} target="_blank" rel="noopener noreferrer" data-testid="open-contact">
          {administration === undefined
            ? t('orderDetail.openContact')
            : t('orderDetail.openContactIn', { administration })}
          <span className="visually-hidden"> {t('orderDetail.opensElsewhere')}</span>
        </a>
      )}
    </p>
  );
}

function HeldBox({ order }: { order: OrderDetail }) {
  const t = useText();
  const locale = useLocale();
  const busy = useOrders((s) => s.detail?.busy ?? false);
  const retry = useOrders((s) => s.retry);
  const skip = useOrders((s) => s.skip);
  const takeOverInvoice = useOrders((s) => s.takeOverInvoice);
  const { state, reason, orderNumber } = order.summary;
  const why =
    state === 'parked' || state === 'waiting' || state === 'skipped' || state === 'not_eligible'
      ? t(`orderDetail.why.${state}`)
      : null;
  if (!why && !order.canRetry && !order.canSkip) return null;
  return (
    <div className={`held-box held-${state}`} data-testid="held-box">
      {why && <h3 className="subheading">{why}</h3>}
      {reason && <ReasonText text={pick(reason, locale)} className="reason-text" testId="order-reason" />}
      {order.nextAttemptAt && (
        <p className="hint">
          {t('orderDetail.nextAttempt', { time: formatTime(order.nextAttemptAt, locale) })}
        </p>
      )}
      {order.settingsSection && (
        <p>
          {/* The reason was written at the park; the setting it asks for may be made by now. */}
          {order.settingMade && (
            <span data-testid="setting-made">
              {t('orders.parked.settingMade.one', {
                made: t(`orders.parked.settingMade.${order.settingsSection}`),
              })}{' '}
            </span>
          )}
          <Link to={paths.settingsSection(order.settingsSection)} data-testid="fix-setting">
            {t('orderDetail.fixSetting')}
          </Link>
        </p>
      )}
      {(order.canRetry || order.canSkip) && (
        <OrderActions
          disabled={busy}
          takeOverInvoice={order.invoiceToTakeOver ? () => void takeOverInvoice(orderNumber) : undefined}
          retry={order.canRetry ? () => void retry(orderNumber) : undefined}
          skip={order.canSkip ? () => void skip(orderNumber) : undefined}
        />
      )}
    </div>
  );
}

/**
 * A booked order whose invoice was deleted in Moneybird: what that means for the books, and the
 * choice to have it booked again, confirmed first (it writes to the books).
 */
function DeletedBox({ order }: { order: OrderDetail }) {
  const t = useText();
  const busy = useOrders((s) => s.detail?.busy ?? false);
  const bookAgain = useOrders((s) => s.bookAgain);
  const leaveDeleted = useOrders((s) => s.leaveDeleted);
  const [confirming, setConfirming] = useState(false);
  const { orderNumber } = order.summary;
  if (!order.canBookAgain) return null;
  return (
    <div className="held-box held-deleted_in_moneybird" data-testid="deleted-box">
      <h3 className="subheading">{t('orderDetail.deleted.title')}</h3>
      <p>{t('orderDetail.deleted.explain')}</p>
      {confirming ? (
        <>
          <p data-testid="book-again-confirm">
            {keptWhole(
              t('orderDetail.deleted.confirm', { order: orderNumber, reference: order.reference ?? '' }),
            )}
          </p>
          <OrderActions disabled={busy}>
            <button
              type="button"
              className="primary"
              data-testid="book-again-yes"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                void bookAgain(orderNumber);
              }}
            >
              {t('orderDetail.deleted.confirmYes')}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('orderDetail.deleted.cancel')}
            </button>
          </OrderActions>
        </>
      ) : (
        <OrderActions disabled={busy}>
          <button type="button" data-testid="book-again" disabled={busy} onClick={() => setConfirming(true)}>
            {t('action.bookAgain')}
          </button>
          <button
            type="button"
            data-testid="leave-deleted"
            disabled={busy}
            onClick={() => void leaveDeleted(orderNumber)}
          >
            {t('action.leaveDeleted')}
          </button>
        </OrderActions>
      )}
    </div>
  );
}

/**
 * A booked order the shop called off since, its invoice still revenue in Moneybird: when and into
 * which status, and the owner's two ways out. Winkelbrug credits nothing itself (no credit order, so
 * no amount, date or refund to book); "Settled myself" only takes the notice off.
 */
function CancelledBox({ order }: { order: OrderDetail }) {
  const t = useText();
  const locale = useLocale();
  const busy = useOrders((s) => s.detail?.busy ?? false);
  const settle = useOrders((s) => s.settleCancellation);
  const refreshApp = useApp((s) => s.refresh);
  const cancelled = order.cancelledInShop;
  if (!cancelled) return null;
  const { orderNumber, invoiceNumber, currency } = order.summary;
  // The shop's own clock ("YYYY-MM-DD hh:mm:ss"), shown as the shop's order date and time are.
  const when = t('orderDetail.cancelled.when', {
    date: formatDate(cancelled.changed.slice(0, 10), locale),
    time: cancelled.changed.slice(11, 16),
  });
  const explain = invoiceNumber
    ? t('orderDetail.cancelled.explain', { status: cancelled.status, when, invoice: invoiceNumber })
    : t('orderDetail.cancelled.explainNoNumber', { status: cancelled.status, when });
  const money = (amount: string) => formatMoney(amount, locale, currency ?? 'EUR');
  const credited = Number(cancelled.credited) !== 0;
  const { rest } = cancelled;
  // Partly credited already: by which credit orders, and what Moneybird still counts as revenue.
  const partly = credited ? partlyCredited(cancelled, money, t, locale) : null;
  const todo = !credited
    ? t('orderDetail.cancelled.creditOrder')
    : rest === null
      ? t('orderDetail.cancelled.creditRestUnknown')
      : t('orderDetail.cancelled.creditRest', { rest: money(rest) });
  return (
    <div className="held-box held-cancelled_in_shop" data-testid="cancelled-box">
      <h3 className="subheading">{t('orderDetail.cancelled.title')}</h3>
      <p data-testid="cancelled-explain">
        {/* The credit orders it names open their pages. */}
        {withOrderLinks(
          [explain, partly, t('orderDetail.cancelled.noGuess')].filter(Boolean).join(' '),
          cancelled.credits.map((credit) => credit.orderNumber),
        )}
      </p>
      <p className="todo-heading">{t('orderDetail.cancelled.todo')}</p>
      <ul className="todo-list">
        {/* Partly credited already: what is left is what a credit order still has to cover. */}
        <li data-testid="cancelled-credit-todo">{todo}</li>
        <li>{t('orderDetail.cancelled.settledMyself')}</li>
      </ul>
      <OrderActions disabled={busy}>
        <button
          type="button"
          data-testid="settle-cancellation"
          disabled={busy}
          // The dashboard's count and the headline follow from the status, asked again after.
          onClick={() => void settle(orderNumber).then(refreshApp)}
        >
          {t('orderDetail.cancelled.settle')}
        </button>
      </OrderActions>
    </div>
  );
}

/**
 * "Daarvan is al € 5,45 incl. btw gecrediteerd met creditorder 974003 (creditfactuur 2026-0003). Nog
 * in je boekhouding: € 24,20 incl. btw (€ 20,00 omzet excl. btw en € 4,20 btw)."
 */
function partlyCredited(
  cancelled: NonNullable<OrderDetail['cancelledInShop']>,
  money: (amount: string) => string,
  t: Translate,
  locale: Locale,
): string {
  const named = cancelled.credits.map((c) =>
    c.invoiceNumber
      ? t('orderDetail.cancelled.credit', { order: c.orderNumber, invoice: c.invoiceNumber })
      : t('orderDetail.cancelled.creditNoNumber', { order: c.orderNumber }),
  );
  const credits = named.length === 0 ? t('orderDetail.cancelled.creditsUnknown') : writtenList(named, locale);
  const credited = money(cancelled.credited);
  const { rest, restExclVat, restVat } = cancelled;
  if (rest === null) return t('orderDetail.cancelled.partlyNoRest', { credited, credits });
  // The rest apart, turnover and VAT, where the page knows them: what a credit order still credits.
  return restExclVat !== null && restVat !== null
    ? t('orderDetail.cancelled.partlySplit', {
        credited,
        credits,
        rest: money(rest),
        restExcl: money(restExclVat),
        restVat: money(restVat),
      })
    : t('orderDetail.cancelled.partly', { credited, credits, rest: money(rest) });
}

/** Whether a step has its own words: a state a newer journal knows is shown by its name. */
function isStepKey(key: string): key is UiOrdersKey {
  return key.startsWith('orderStep.') && key in uiOrders.nl;
}

/** The reason an order left out of the books by the owner's "Niet opnieuw boeken" is skipped with. */
const LEFT_DELETED = 'deleted_by_owner';

type Step = OrderDetail['steps'][number];

/**
 * The words of a step that took a booked order back, its invoice deleted in Moneybird: the owner's
 * "Opnieuw boeken", or "Niet opnieuw boeken" (the order skipped at once after), naming the deleted
 * invoice by its number where the journal kept it.
 */
function takenBackText(order: OrderDetail, steps: readonly Step[], index: number, t: Translate): string {
  const next = steps[index + 1];
  const choice = next?.state === 'skipped' && next.reasonCode === LEFT_DELETED ? 'leaveDeleted' : 'bookAgain';
  const credit = order.summary.creditedOrderNumber ? '.credit' : '';
  const invoice = steps[index]?.deletedInvoice?.number ?? null;
  return invoice === null
    ? t(`orderStep.${choice}${credit}`)
    : t(`orderStep.${choice}${credit}.named`, { invoice });
}

/** The reason of the steps a take-over recorded from a booking found in Moneybird. */
const TAKEN_OVER = 'taken_over';

/**
 * The words of a step. A credit's steps name its credit invoice and the refund its payment is; an
 * order of nothing has no payment to register, though the journal passes that step. The steps a
 * take-over recorded say what was found in Moneybird, not what Winkelbrug made there; the contact
 * step, whether the customer was found there, added, or booked on the shared contact (older
 * bookings did not keep which).
 */
function stepKey(order: OrderDetail, step: Step): string {
  const { creditedOrderNumber, total } = order.summary;
  const { state } = step;
  if (state === 'paid' && total !== null && Number(total) === 0) return 'orderStep.paid.zero';
  const base =
    step.reasonCode === TAKEN_OVER
      ? `orderStep.${state}.takenOver`
      : step.contact
        ? `orderStep.${state}.${step.contact}`
        : `orderStep.${state}`;
  const credit = `${base}.credit`;
  if (creditedOrderNumber && isStepKey(credit)) return credit;
  if (isStepKey(base) || step.reasonCode !== TAKEN_OVER) return base;
  // A step a take-over words as any other (the amounts compared, booked).
  return stepKey(order, { ...step, reasonCode: null });
}

/** The shared contact's names: Winkelbrug makes it in the language of the invoices. */
const SHARED_CONTACT_NAMES = {
  nl: bookkeepingMessages.nl['contact.without_email'],
  en: bookkeepingMessages.en['contact.without_email'],
};

/**
 * The shared contact by the name Moneybird holds it under, where the page has the invoice: it was
 * made in the invoices' language, which need not be the app's. Else as the app's language names it.
 */
function sharedContactName(order: OrderDetail, locale: Locale): string {
  const held = order.moneybird?.ok ? order.moneybird.value.contact.name : null;
  const names: readonly string[] = Object.values(SHARED_CONTACT_NAMES);
  return held !== null && names.includes(held) ? held : SHARED_CONTACT_NAMES[locale];
}

function stepText(order: OrderDetail, index: number, t: Translate, locale: Locale): string {
  const { steps } = order;
  const step = steps[index]!;
  // Only the owner's answer to a deleted invoice takes a booked order back to the queue; since the
  // journal keeps the deleted invoice, that step says so itself.
  if (step.deletedInvoice || (step.state === 'pending' && steps[index - 1]?.state === 'done'))
    return takenBackText(order, steps, index, t);
  const key = stepKey(order, step);
  if (!isStepKey(key)) return step.state;
  return key === 'orderStep.contact_ok.shared' ? t(key, { name: sharedContactName(order, locale) }) : t(key);
}

/** "Deels gecrediteerd met creditorder 974003 (creditfactuur 2026-0003)". */
function creditStepText(credit: NonNullable<Step['credit']>, t: Translate): string {
  const key = credit.partly ? 'orderStep.credited.partly' : 'orderStep.credited';
  return credit.invoiceNumber
    ? t(`${key}.named`, { order: credit.orderNumber, invoice: credit.invoiceNumber })
    : t(key, { order: credit.orderNumber });
}

function Steps({ order }: { order: OrderDetail }) {
  const t = useText();
  const locale = useLocale();
  return (
    <section className="panel" data-testid="order-steps">
      <h3>{t('orderDetail.steps.title')}</h3>
      {order.earlierStepsUnknown && <p className="hint">{t('orderDetail.steps.earlierUnknown')}</p>}
      <ol className="step-times">
        {order.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps in the order they happened; a state may recur
          <li key={index} data-testid="order-step" data-step={step.state}>
            {/* To the minute, as every time on the page: the seconds tell the owner nothing. */}
            <time dateTime={step.at}>{formatTime(step.at, locale)}</time>
            {/* A credit's step links the credit order, as the credit's page links back to this one. */}
            <span>
              {step.credit
                ? withOrderLinks(creditStepText(step.credit, t), [step.credit.orderNumber])
                : keptWhole(stepText(order, index, t, locale))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * "Op jouw verzoek opnieuw geboekt, omdat factuur 2026-0198 in Moneybird was verwijderd.": the
 * invoices the order was booked on before and that were deleted in Moneybird, by their numbers as the
 * journal kept them, so the owner and their accountant can tell where a number in Moneybird went.
 * Null for an order never booked again, or booked again before the journal kept which invoice was
 * deleted (the heading then says how it is booked now, and its steps that it was booked again). A
 * number the journal never learnt, or the one the order is booked under now (an external invoice's
 * reference is made again as it was), is not named: "de vorige factuur".
 */
function bookedAgainText(order: OrderDetail, t: Translate, locale: Locale): string | null {
  const deleted = order.steps.flatMap((step) => (step.deletedInvoice ? [step.deletedInvoice.number] : []));
  if (deleted.length === 0) return null;
  const now = order.summary.invoiceNumber;
  const named = [...new Set(deleted.filter((n): n is string => n !== null && n !== now))];
  const credit = order.summary.creditedOrderNumber ? '.credit' : '';
  if (named.length === 0) return t(`orderDetail.bookedAgain${credit}.unnamed`);
  if (named.length === 1) return t(`orderDetail.bookedAgain${credit}`, { invoice: named[0]! });
  return t(`orderDetail.bookedAgain${credit}.many`, { invoices: writtenList(named, locale) });
}

/**
 * How the booking is named: an invoice or a credit invoice, whether it was deleted since, and, when
 * it is in another administration than the connected one (booked before a switch), which.
 */
function bookedAsKey(order: OrderDetail): MessageKey {
  const { summary } = order;
  const credit = summary.creditedOrderNumber !== null;
  if (summary.state === 'deleted_in_moneybird')
    return credit ? 'orderDetail.bookedAsCreditDeleted' : 'orderDetail.bookedAsDeleted';
  if (order.bookedElsewhere && order.bookedElsewhereIn !== null)
    return credit ? 'orderDetail.bookedAsCreditIn' : 'orderDetail.bookedAsIn';
  if (order.bookedElsewhere)
    return credit ? 'orderDetail.bookedAsCreditElsewhere' : 'orderDetail.bookedAsElsewhere';
  return credit ? 'orderDetail.bookedAsCredit' : 'orderDetail.bookedAs';
}

/**
 * Whether the heading says the booking was taken over rather than booked: found in the connected
 * administration and taken over, still there, with its number known. Its day is the take-over's; the
 * invoice was made elsewhere, on its own date.
 */
function takenOverHere(order: OrderDetail): boolean {
  const { summary } = order;
  return (
    order.adopted &&
    summary.invoiceNumber !== null &&
    summary.state !== 'deleted_in_moneybird' &&
    !order.bookedElsewhere
  );
}

/** "Geboekt op … als factuur …", or for a booking found in Moneybird, "Overgenomen op …: factuur …". */
function bookedText(order: OrderDetail, bookedAt: string, t: Translate, locale: Locale): string {
  const { summary } = order;
  const time = formatTime(bookedAt, locale);
  const invoice = summary.invoiceNumber;
  if (invoice === null) return t('orderDetail.booked', { time });
  if (takenOverHere(order))
    return t(summary.creditedOrderNumber ? 'orderDetail.adoptedAsCredit' : 'orderDetail.adoptedAs', {
      time,
      invoice,
    });
  return t(bookedAsKey(order), { time, invoice, administration: order.bookedElsewhereIn ?? '' });
}

/** The payments on the order's own booking as Moneybird holds it (a credit order's: its refunds). */
function bookedRefunds(order: OrderDetail): readonly Payment[] | null {
  if (!order.moneybird?.ok || order.reasonCode === 'booking_not_ours') return null;
  return order.moneybird.value.payments;
}

/**
 * What the "In Moneybird" part says when the connected administration holds nothing of the order:
 * for one parked over an invoice in another administration, that administration by name and the
 * invoice by number and state as Moneybird holds it there now, or that it is gone from there.
 */
function nothingHereText(order: OrderDetail, t: Translate): string {
  if (order.reasonCode === 'booking_not_ours') return t('orderDetail.moneybird.notOurs');
  if (order.summary.state === 'skipped')
    return t(
      order.reasonCode === 'cancelled_in_shop'
        ? 'orderDetail.moneybird.nothingSetAside'
        : 'orderDetail.moneybird.nothingSkipped',
    );
  if (!order.reasonCode?.startsWith('booked_elsewhere_')) return t('orderDetail.moneybird.nothing');
  const found = order.elsewhereInvoice;
  if (found?.gone)
    return found.administration === null
      ? t('orderDetail.moneybird.elsewhereGoneUnnamed')
      : t('orderDetail.moneybird.elsewhereGone', { administration: found.administration });
  if (!found || found.administration === null) return t('orderDetail.moneybird.elsewhere');
  const invoice =
    found.number === null
      ? t(found.state === 'draft' ? 'orderDetail.elsewhere.draft' : 'orderDetail.elsewhere.unread')
      : found.state === null
        ? t('orderDetail.elsewhere.invoice', { number: found.number })
        : t('orderDetail.elsewhere.invoiceState', {
            number: found.number,
            state: invoiceStateText(found.state, t).toLowerCase(),
          });
  const key =
    order.reasonCode === 'booked_elsewhere_not_ours'
      ? 'orderDetail.moneybird.elsewhereNotOursIn'
      : 'orderDetail.moneybird.elsewhereIn';
  return t(key, { administration: found.administration, invoice });
}

/** The link to the invoice in another administration, named by its number and where it opens. */
function elsewhereLinkLabel(order: OrderDetail, t: Translate): string | undefined {
  const found = order.elsewhereInvoice;
  if (!found || found.gone || found.administration === null) return undefined;
  if (found.number !== null)
    return t('orderDetail.openInvoiceIn', { invoice: found.number, administration: found.administration });
  return found.state === 'draft'
    ? t('orderDetail.openDraftIn', { administration: found.administration })
    : undefined;
}

/** Whether the shop states a credit order with amounts above zero (as it usually does). */
function shownPositive(shop: ShopOrderView): boolean {
  return shop.total === null ? shop.lines.some((l) => Number(l.amount) > 0) : Number(shop.total) > 0;
}

/** "Bestelling 1019", or for a credit order, as the log calls it, "Creditorder 1023". */
function orderTitle(
  summary: Pick<OrderDetail['summary'], 'orderNumber' | 'creditedOrderNumber'>,
  t: Translate,
) {
  const key = summary.creditedOrderNumber ? 'orderDetail.titleCredit' : 'orderDetail.title';
  return t(key, { order: summary.orderNumber });
}

function OrderView({ order }: { order: OrderDetail }) {
  const t = useText();
  const locale = useLocale();
  const note = useOrders((s) => s.detail?.note ?? null);
  const { summary } = order;
  return (
    <>
      <section className="panel order-detail" data-testid="order-detail" data-order={summary.orderNumber}>
        <div className="order-title">
          <h2 className="page-title">{orderTitle(summary, t)}</h2>
          <OrderStateBadge state={summary.state} />
        </div>
        {summary.bookedAt && (
          <p className="booked-as" data-testid="booked-as">
            {keptWhole(
              [bookedText(order, summary.bookedAt, t, locale), bookedAgainText(order, t, locale)]
                .filter(Boolean)
                .join(' '),
            )}
          </p>
        )}
        {summary.creditedOrderNumber && (
          <p data-testid="credit-of">
            <Link to={paths.order(summary.creditedOrderNumber)}>
              {t('orderDetail.creditOf', { order: summary.creditedOrderNumber })}
            </Link>
          </p>
        )}
        {/* The heading says it already when it names the invoice taken over. */}
        {order.adopted && !takenOverHere(order) && <p className="hint">{t('orderDetail.adopted')}</p>}
        {order.adoptedContactChanged && (
          <p className="notice-inline" data-testid="adopted-contact-changed">
            {t('orderDetail.adoptedContactChanged', order.adoptedContactChanged)}
          </p>
        )}
        <HeldBox order={order} />
        <DeletedBox order={order} />
        <CancelledBox order={order} />
        {note && (
          <p className="notice-inline" role="status" data-testid="order-note">
            {pick(note, locale)}
          </p>
        )}
      </section>
      <section className="panel" data-testid="order-shop">
        <h3>{t('orderDetail.shop.title')}</h3>
        {order.shop === null ? (
          <p className="empty">{t('orderDetail.shop.unavailable')}</p>
        ) : order.shop.ok ? (
          <>
            {summary.creditedOrderNumber && shownPositive(order.shop.value) && (
              <p className="hint" data-testid="shop-credit-positive">
                {t('orderDetail.shop.creditPositive')}
              </p>
            )}
            <ShopPart shop={order.shop.value} refunds={bookedRefunds(order)} />
          </>
        ) : (
          <p className="problem" data-testid="shop-problem">
            {pick(order.shop.problem, locale)}
          </p>
        )}
      </section>
      <section className="panel" data-testid="order-moneybird">
        <h3>{t('orderDetail.moneybird.title')}</h3>
        {order.moneybird === null ? (
          <>
            <p className="empty" data-testid="moneybird-nothing">
              {keptWhole(nothingHereText(order, t))}
            </p>
            <ExternalLinks
              links={order.links}
              invoiceLabel={elsewhereLinkLabel(order, t)}
              administration={order.elsewhereInvoice?.administration ?? undefined}
            />
          </>
        ) : order.moneybird.ok ? (
          <>
            {/* Not the order's booking: the invoice under its reference, to judge before taking it over. */}
            {order.reasonCode === 'booking_not_ours' && (
              <p className="moneybird-elsewhere" data-testid="moneybird-under-reference">
                {t('orderDetail.moneybird.underReference')}
              </p>
            )}
            <MoneybirdPart invoice={order.moneybird.value} links={order.links} />
          </>
        ) : order.bookedElsewhere ? (
          // Not a problem: the invoice stands in the administration it was booked in.
          <>
            <p className="moneybird-elsewhere" data-testid="moneybird-elsewhere">
              {keptWhole(pick(order.moneybird.problem, locale))}
            </p>
            <ExternalLinks
              links={order.links}
              invoiceLabel={
                order.bookedElsewhereIn !== null && summary.invoiceNumber !== null
                  ? t('orderDetail.openInvoiceIn', {
                      invoice: summary.invoiceNumber,
                      administration: order.bookedElsewhereIn,
                    })
                  : undefined
              }
              administration={order.bookedElsewhereIn ?? undefined}
            />
          </>
        ) : (
          <>
            {/* A deleted booking is the box above's subject: here a plain note, not a second alarm. */}
            <p
              className={summary.state === 'deleted_in_moneybird' ? 'empty' : 'problem'}
              data-testid="moneybird-problem"
            >
              {pick(order.moneybird.problem, locale)}
            </p>
            <ExternalLinks links={order.links} />
          </>
        )}
      </section>
      <Steps order={order} />
    </>
  );
}

export function OrderDetailPage() {
  const t = useText();
  const locale = useLocale();
  const { orderNumber = '' } = useParams();
  const detail = useOrders((s) => s.detail);
  const loadDetail = useOrders((s) => s.loadDetail);
  const closeDetail = useOrders((s) => s.closeDetail);
  const current = detail?.orderNumber === orderNumber ? detail : null;
  usePageTitle(orderTitle(current?.order?.summary ?? { orderNumber, creditedOrderNumber: null }, t));
  useEffect(() => {
    void loadDetail(orderNumber);
    return closeDetail;
  }, [orderNumber, loadDetail, closeDetail]);
  return (
    <div className="order-page" aria-busy={current?.loading ?? true}>
      <p className="back-link">
        <Link to={paths.orders} data-testid="back-to-orders">
          ← {t('orderDetail.back')}
        </Link>
      </p>
      {current?.problem ? (
        <p className="problem panel" role="alert" data-testid="order-problem">
          {t('orderDetail.failed', { order: orderNumber, reason: pick(current.problem, locale) })}
        </p>
      ) : current?.order ? (
        <OrderView order={current.order} />
      ) : current && !current.loading ? (
        <p className="panel empty" data-testid="order-not-found">
          {t('orderDetail.notFound', { order: orderNumber })}
        </p>
      ) : (
        <p className="panel empty">{t('orderDetail.loading', { order: orderNumber })}</p>
      )}
    </div>
  );
}
