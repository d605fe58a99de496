// One order: where it stands and why, the shop's order, the invoice as Moneybird holds it, and each
// step of its journal with its time. Retry and Skip for a held order; links open the invoice and the
// contact in Moneybird (a new tab in the browser; the system browser from the desktop app).
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import type { OrderDetail, ShopOrderView } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import { formatTime, type MessageKey, pick, type Translate } from '../../i18n/text';
import { paths } from '../../routes';
import { useOrders } from '../../state/orders-store';
import { useLocale, useText } from '../../state/store-context';
import { usePageTitle } from '../common/use-page-title';
import { keptWhole } from './kept-whole';
import { OrderStateBadge } from './OrderStateBadge';
import './orders.css';
import { ExternalLinks, invoiceStateText, MoneybirdPart } from './MoneybirdPart';
import { CancelledBox, DeletedBox, HeldBox } from './OrderNotices';
import { Steps } from './OrderSteps';
import { type Payment, ShopPart } from './ShopPart';

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
