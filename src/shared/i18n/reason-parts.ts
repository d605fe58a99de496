// A reason with more than one way out is written in lines (messages/sync.ts): what happened, the
// lead-in "Wat je kunt doen:" / "What you can do:" on a line of its own, and one line per case that
// names its button. The lead-in is the cancellation card's (orderDetail.cancelled.todo, read from the
// catalog, so the two cannot drift apart unnoticed: test/unit/renderer/order-screens.test.tsx checks
// every reason in lines of the sync catalog against it). Only that lead-in starts the cases: a reason
// that quotes an outside text with line breaks (a Moneybird error) is all lead. The order's page lists
// the cases (orders/ReasonText.tsx); a skip and the log keep what happened only.
import { uiOrders } from './messages/ui-orders';
import { LOCALES } from './translate';

/** The lead-in of the ways out, in either language: a reason is stored in both. */
const TODO_LEAD_INS: ReadonlySet<string> = new Set(
  LOCALES.map((locale) => uiOrders[locale]['orderDetail.cancelled.todo']),
);

export interface ReasonParts {
  /** What happened: one paragraph per line. */
  lead: string[];
  /** The lead-in of the cases ("Wat je kunt doen:"), or null when the reason has no cases. */
  todo: string | null;
  /** One line per way out. */
  cases: string[];
}

/** The reason's lines: the catalog's lead-in, after some lead and before some case, starts the list. */
export function reasonParts(text: string): ReasonParts {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const at = lines.findIndex((line, index) => index > 0 && TODO_LEAD_INS.has(line));
  if (at < 0 || at === lines.length - 1) return { lead: lines, todo: null, cases: [] };
  return { lead: lines.slice(0, at), todo: lines[at]!, cases: lines.slice(at + 1) };
}

/** What happened, in one line: the reason without its ways out (the whole reason when it has none). */
export function reasonLead(text: string): string {
  return reasonParts(text).lead.join(' ');
}
