import { useId } from 'react';
import type { MessageKey } from '../../i18n/text';
import { useText } from '../../state/store-context';

/** What is wrong with a pasted token before the core sees it (the contract's pastedTokenSchema). */
export function tokenIssue(value: string): MessageKey | null {
  const token = value.trim();
  if (token.length === 0) return 'token.empty';
  if (token.length > 512) return 'token.tooLong';
  if (/\s/.test(token)) return 'token.space';
  if (!/^[\x21-\x7e]+$/.test(token)) return 'token.characters';
  return null;
}

/**
 * A field for a pasted token or code: its label, where to find it, and a live check of what was
 * pasted (an empty field is only flagged once the owner tried to continue).
 */
export function TokenField({
  label,
  hint,
  value,
  onChange,
  attempted,
  disabled,
  testId,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  attempted: boolean;
  disabled?: boolean;
  testId?: string;
}) {
  const t = useText();
  const id = useId();
  const issue = tokenIssue(value);
  const shownIssue = issue === 'token.empty' && !attempted ? null : issue;
  const describedBy = [hint ? `${id}-hint` : null, shownIssue ? `${id}-issue` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        className="token-input"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="off"
        value={value}
        disabled={disabled}
        aria-invalid={shownIssue ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      />
      {shownIssue && (
        <p className="field-issue" id={`${id}-issue`}>
          {t(shownIssue)}
        </p>
      )}
    </div>
  );
}
