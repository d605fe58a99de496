// What is wrong with a filter's date field, said under that field, the same way on the log and the
// orders list: a day that is no day under the field that holds it, an end before the start under the
// end. On screen it stands right under the field, so it does not name it; a screen reader announces
// it apart from the field, so the announcement starts with the field's name. The field points at the
// visible words only (aria-describedby): its own label names it already.
import type { ReactNode } from 'react';
import { formatDate } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { dayText } from './day-text';

function FieldIssue({
  id,
  field,
  testId,
  children,
}: {
  /** The id the field's aria-describedby names. */
  id: string;
  /** The field's label, said first when the issue is announced. */
  field: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useText();
  return (
    <p className="field-issue" role="alert" data-testid={testId}>
      <span className="visually-hidden">{t('dateField.filter.issueOf', { field })}</span>
      <span id={id}>{children}</span>
    </p>
  );
}

/** The example day the issue gives, as the field shows a day. */
const EXAMPLE_DAY = '2026-09-30';

/**
 * Under a date field holding text that is no day: what to type. The list leaves the field out. The
 * way to type it and the example each stay on one line ("30-09-" and "2026" apart read as two things).
 */
export function UnreadableDayIssue({ id, field, testId }: { id: string; field: string; testId: string }) {
  const t = useText();
  const locale = useLocale();
  const kept = { format: t('dateField.placeholder'), example: dayText(EXAMPLE_DAY, locale) };
  // The message with its two parts left as "{format}" and "{example}", each put in whole below.
  const parts = t('dateField.filter.unreadable').split(/\{(format|example)\}/);
  return (
    <FieldIssue id={id} field={field} testId={testId}>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, never reordered
          <span key={i} style={{ whiteSpace: 'nowrap' }}>
            {kept[part as keyof typeof kept]}
          </span>
        ) : (
          part
        ),
      )}
    </FieldIssue>
  );
}

/** Under the end of a period that ends before it starts: the day to choose from. */
export function PeriodReversedIssue({
  id,
  field,
  from,
  testId,
}: {
  id: string;
  field: string;
  /** The start, yyyy-mm-dd. */
  from: string;
  testId: string;
}) {
  const t = useText();
  const locale = useLocale();
  return (
    <FieldIssue id={id} field={field} testId={testId}>
      {t('dateField.filter.reversed', { from: formatDate(from, locale) })}
    </FieldIssue>
  );
}
