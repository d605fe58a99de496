// The shop's payment records of the orders a run books (GET /orders/{number}/payments with their
// mutations): one request per order booked, none for orders that have none (zero totals, credit
// orders, which carry no payment of their own). A credit's refund is recorded on its original's
// payment, so a credit reads its original's records (`refundsOf`). A shop whose plan or partner
// access does not include the payments view answers 401, 402 or 403: the run then stops asking, books
// sales on the order's own date as before, and leaves credits awaiting their refund. A run makes its
// own reader, so the next run asks again (a refusal may have been a passing one).
import { readShopPayments, type ShopPaymentRecords, type ShopRefund } from '../bookkeeping/shop-payments';
import { ApiError } from '../http/errors';
import type { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import type { Order } from '../mijnwebwinkel/order-schema';

export class ShopPaymentRecordReader {
  private unavailable = false;

  constructor(private readonly shop: Pick<MijnwebwinkelClient, 'orderPayments'>) {}

  /** The order's captures and refunds; undefined when the shop has none to give for it. */
  async recordsOf(order: Order): Promise<ShopPaymentRecords | undefined> {
    if (order.total === undefined || order.total === 0n || order.creditedOrderNumber !== undefined)
      return undefined;
    return this.read(order.number);
  }

  /** Credit notes (#11): the refunds recorded on the original order's payments; [] when none. */
  async refundsOf(originalNumber: string): Promise<ShopRefund[]> {
    return (await this.read(originalNumber))?.refunds ?? [];
  }

  private async read(orderNumber: string): Promise<ShopPaymentRecords | undefined> {
    if (this.unavailable) return undefined;
    try {
      return readShopPayments(await this.shop.orderPayments(orderNumber));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.kind === 'not-found') return undefined;
      // Whatever the body says: the order list and the orders themselves are read with the same
      // token, so a refusal here is about this view, not the connection.
      const refused =
        error.kind === 'authentication' ||
        error.kind === 'plan-limit' ||
        error.status === 401 ||
        error.status === 403;
      if (refused) {
        this.unavailable = true;
        return undefined;
      }
      throw error;
    }
  }
}
