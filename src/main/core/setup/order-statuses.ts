// Which of the shop's order statuses mean "completed" and are proposed for booking. Status ids are
// the shop's own (read from /v1/orderstatuses, never hard-coded): the proposal goes by what the
// shop calls them, in Dutch or English, and by the credit flag the shop sets on credit statuses.
import type { OrderStatusChoice } from '../../../shared/contract';

export interface ShopOrderStatus {
  status: number;
  description: string;
  credit_order?: boolean;
}

const CANCELLED = /annul|cancel|geweigerd|refused|mislukt|failed|verlopen|expired/i;
const OPEN = /nieuw|new|behandeling|pending|wacht|waiting|in afwachting|open|processing|on hold|backorder/i;
const COMPLETED =
  /verzonden|shipped|betaald|paid|afgehaald|collected|picked up|afgerond|completed|complete|geleverd|delivered|voltooid|finished/i;
/** "Niet betaald", "unpaid", "not shipped": a completed word, negated. */
const NEGATED = /\b(niet|not|on|un)[- ]?(betaald|paid|verzonden|shipped|geleverd|delivered)/i;

export function classifyStatus(status: ShopOrderStatus): OrderStatusChoice {
  const name = status.description.trim() || String(status.status);
  let kind: OrderStatusChoice['kind'];
  if (status.credit_order) kind = 'credit';
  else if (CANCELLED.test(name)) kind = 'cancelled';
  else if (COMPLETED.test(name) && !NEGATED.test(name)) kind = 'completed';
  else if (OPEN.test(name)) kind = 'open';
  else kind = 'other';
  return { id: status.status, name, kind, suggested: kind === 'completed' || kind === 'credit' };
}

export function classifyStatuses(statuses: readonly ShopOrderStatus[]): OrderStatusChoice[] {
  const seen = new Set<number>();
  const out: OrderStatusChoice[] = [];
  for (const status of statuses) {
    if (seen.has(status.status)) continue;
    seen.add(status.status);
    out.push(classifyStatus(status));
  }
  return out.sort((a, b) => a.id - b.id);
}
