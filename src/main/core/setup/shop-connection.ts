// Checks a shop token live before anything is stored: the partner token first (the status list
// needs only that), then the shop token (the store's own record). Each way it can fail gets its
// own message: a wrong token, a plan without API access, the shop unreachable.
import type { CheckProblem, OrderStatusChoice, Shop, ShopCheck } from '../../../shared/contract';
import { setupMessages } from '../../../shared/i18n/messages/setup';
import { localize } from '../../../shared/i18n/translate';
import { shopReferencePrefix } from '../bookkeeping/order-reference';
import { ApiError } from '../http/errors';
import type { Logger } from '../http/logger';
import { redactText } from '../http/redact';
import { MijnwebwinkelClient } from '../mijnwebwinkel/client';
import { classifyStatuses } from './order-statuses';

export interface ShopConnectionOptions {
  baseUrl: string;
  logger?: Logger;
  timeoutMs?: number;
}

export function shopClient(options: ShopConnectionOptions, token: string, partnerToken: string) {
  return new MijnwebwinkelClient({
    baseUrl: options.baseUrl,
    token,
    partnerToken,
    logger: options.logger,
    timeoutMs: options.timeoutMs,
    // A person is waiting: one quick retry of a safe request, no long backoff.
    retry: { maxAttempts: 2 },
  });
}

function detailOf(error: unknown): string {
  return redactText(error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** A failure of a shop request, in the owner's words; `partner` when only the partner token was used. */
export function shopProblem(error: unknown, stage: 'partner' | 'shop'): CheckProblem {
  if (error instanceof ApiError) {
    if (error.status === 401 && stage === 'partner') {
      return { code: 'partner-token', message: localize(setupMessages, 'shop.partner-token') };
    }
    if (error.status === 401) {
      return { code: 'wrong-token', message: localize(setupMessages, 'shop.wrong-token') };
    }
    if (error.status === 403 || error.kind === 'plan-limit') {
      return { code: 'no-api-access', message: localize(setupMessages, 'shop.no-api-access') };
    }
    if (error.kind === 'transient' || error.kind === 'rate-limited' || error.kind === 'uncertain') {
      return { code: 'unreachable', message: localize(setupMessages, 'shop.unreachable') };
    }
  }
  return { code: 'invalid', message: localize(setupMessages, 'shop.other', { detail: detailOf(error) }) };
}

export interface ShopLookup {
  check: ShopCheck;
  /** The shop's statuses, read on the way (the partner-token check). */
  statuses: OrderStatusChoice[] | null;
  /** The shop's country (region code), for the mapping's domestic VAT. */
  country: string | null;
  /** The default reference prefix derived from the shop's identity (Store.id and name). */
  referencePrefix?: string;
}

/** Checks the tokens against the shop; never throws. */
export async function checkShop(client: MijnwebwinkelClient): Promise<ShopLookup> {
  let statuses: OrderStatusChoice[];
  try {
    statuses = classifyStatuses(await client.orderStatuses());
  } catch (error) {
    return { check: { ok: false, problem: shopProblem(error, 'partner') }, statuses: null, country: null };
  }
  try {
    const store = await client.store();
    const shop: Shop = {
      name: store.name.trim() || '?',
      domain: store.primary_domain?.trim() || null,
      country: store.region_code?.trim().toUpperCase() || null,
      currency: store.currency?.trim().toUpperCase() || null,
      plan: store.version?.trim() || null,
    };
    // The store record is open to every token; the orders are what need API access on the plan.
    await client.countOrders({ startDate: '2000-01-01' });
    return {
      check: { ok: true, shop },
      statuses,
      country: shop.country,
      referencePrefix: shopReferencePrefix(store),
    };
  } catch (error) {
    return { check: { ok: false, problem: shopProblem(error, 'shop') }, statuses, country: null };
  }
}
