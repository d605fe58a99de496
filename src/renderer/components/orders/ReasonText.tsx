// Why an order waits, as the core wrote it. A reason with more than one way out is written in lines
// (messages/sync.ts): what happened, a lead-in ending in a colon ("Wat je kunt doen:"), and one line
// per case that names its button. Shown here as the cancellation card shows its choices: the cases
// as a list under the lead-in. A reason of one line, as every reason stored before, stays one
// paragraph. Where lines are not kept (the log, a CSV), the lines read on as sentences.
import { keptWhole } from './kept-whole';
import './orders.css';

export interface ReasonParts {
  /** What happened: one paragraph per line. */
  lead: string[];
  /** The lead-in of the cases ("Wat je kunt doen:"), or null when the reason has no cases. */
  todo: string | null;
  /** One line per way out. */
  cases: string[];
}

/** The reason's lines: the first that ends in a colon, after some lead, starts the list of cases. */
export function reasonParts(text: string): ReasonParts {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const at = lines.findIndex((line, index) => index > 0 && line.endsWith(':'));
  if (at < 0 || at === lines.length - 1) return { lead: lines, todo: null, cases: [] };
  return { lead: lines.slice(0, at), todo: lines[at]!, cases: lines.slice(at + 1) };
}

export function ReasonText({ text, className, testId }: { text: string; className: string; testId: string }) {
  const { lead, todo, cases } = reasonParts(text);
  if (lead.length <= 1 && todo === null)
    return (
      <p className={className} data-testid={testId}>
        {keptWhole(text)}
      </p>
    );
  return (
    <div className={`${className} reason-lines`} data-testid={testId}>
      {lead.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one fixed text, in order
        <p key={index}>{keptWhole(line)}</p>
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
