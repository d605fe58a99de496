// What an order needs from the owner or tells them, above its facts: held (parked, waiting,
// skipped) with Retry and Skip, its invoice deleted in Moneybird, or cancelled in the shop.
import { useState } from 'react';
import { Link } from 'react-router';
import type { OrderDetail } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import { formatDate, formatMoney, formatTime, pick, type Translate } from '../../i18n/text';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useApp, useLocale, useText } from '../../state/store-context';
import { OrderActions } from '../common/OrderActions';
import { keptWhole } from './kept-whole';
import { withOrderLinks } from './order-links';
import { ReasonText } from './ReasonText';

export function HeldBox({ order }: { order: OrderDetail }) {
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
export function DeletedBox({ order }: { order: OrderDetail }) {
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
export function CancelledBox({ order }: { order: OrderDetail }) {
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
