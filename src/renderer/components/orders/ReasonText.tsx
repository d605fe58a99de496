// Why an order waits, as the core wrote it. A reason with more than one way out is written in lines
// (messages/sync.ts): what happened, the lead-in "Wat je kunt doen:" / "What you can do:" on a line
// of its own, and one line per case that names its button. Shown here as the cancellation card shows
// its choices: the cases as a list under the same lead-in (orderDetail.cancelled.todo, read from the
// catalog, so the two cannot drift apart unnoticed: test/unit/renderer/order-screens.test.tsx checks
// every reason in lines of the sync catalog against it). Only that lead-in starts a list: a reason
// that quotes an outside text with line breaks (a Moneybird error) stays paragraphs. A reason of one
// line, as every reason stored before, stays one paragraph. Where lines are not kept (the log, a
// CSV, the command line), the lines read on as sentences.
import type { ReactNode } from 'react';
import { uiOrders } from '../../../shared/i18n/messages/ui-orders';
import { LOCALES } from '../../../shared/i18n/translate';
import { keptWhole } from './kept-whole';
import './orders.css';

/**
 * The lead-in of the ways out, in either language: a reason is stored in both and shown in the
 * owner's, and the order's page shows the same words above the cancellation card's choices.
 */
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

/**
 * `prefix` goes before the reason's first words, in its first paragraph: the dashboard's group says
 * "Bijvoorbeeld:" before the reason of one of its orders.
 */
export function ReasonText({
  text,
  className,
  testId,
  prefix,
}: {
  text: string;
  className: string;
  testId: string;
  prefix?: ReactNode;
}) {
  const { lead, todo, cases } = reasonParts(text);
  if (lead.length <= 1 && todo === null)
    return (
      <p className={className} data-testid={testId}>
        {prefix}
        {keptWhole(text)}
      </p>
    );
  return (
    <div className={`${className} reason-lines`} data-testid={testId}>
      {lead.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, in order
        <p key={index}>
          {index === 0 && prefix}
          {keptWhole(line)}
        </p>
      ))}
      {todo !== null && (
        <>
          <p className="todo-heading">{todo}</p>
          <ul className="todo-list" data-testid={`${testId}-cases`}>
            {cases.map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, in order
              <li key={index}>{keptWhole(line)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
