import { useState } from 'react';
import { useText } from '../../state/store-context';

/** A button that asks first ("Weet je het zeker?") before an action that cannot simply be undone. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
  testId,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  busy: boolean;
  testId: string;
}) {
  const t = useText();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" data-testid={testId} disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm">
      <p>{question}</p>
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          data-testid={`${testId}-confirm`}
          disabled={busy}
          // biome-ignore lint/a11y/noAutofocus: the question just appeared; the owner answers it next
          autoFocus
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
