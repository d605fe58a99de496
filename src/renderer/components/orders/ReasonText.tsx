// Why an order waits, as the core wrote it: a reason in lines (shared/i18n/reason-parts.ts) shown as
// the cancellation card shows its choices, the ways out as a list under the lead-in "Wat je kunt
// doen:". A reason of one line, as every reason stored before, stays one paragraph.
import type { ReactNode } from 'react';
import { reasonParts } from '../../../shared/i18n/reason-parts';
import { keptWhole } from './kept-whole';
import './orders.css';

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
