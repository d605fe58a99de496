import type { ReactNode } from 'react';
import { useText } from '../../state/store-context';

/**
 * What the owner can do with an order that waits for them, in one order wherever it is offered (the
 * overview's parked list, the order's page): take over the invoice found for it, try again, skip. An
 * action without a handler is not offered; `children` come first (an action of that place alone).
 */
export function OrderActions({
  disabled,
  retryTitle,
  takeOverInvoice,
  retry,
  skip,
  children,
}: {
  disabled: boolean;
  /** Said on Retry's button (syncing is paused, say). */
  retryTitle?: string;
  takeOverInvoice?: () => void;
  retry?: () => void;
  skip?: () => void;
  children?: ReactNode;
}) {
  const t = useText();
  const action = (testId: string, label: string, onClick: (() => void) | undefined, title?: string) =>
    onClick && (
      <button type="button" data-testid={testId} disabled={disabled} title={title} onClick={onClick}>
        {label}
      </button>
    );
  return (
    <div className="order-actions">
      {children}
      {action('take-over-invoice', t('action.takeOverInvoice'), takeOverInvoice)}
      {action('retry-order', t('action.retry'), retry, retryTitle)}
      {action('skip-order', t('action.skip'), skip)}
    </div>
  );
}
