import type { OrderOverviewState } from '../../../shared/contract';
import { useText } from '../../state/store-context';

/** Where an order is, in a word, coloured by whether it needs the owner. */
export function OrderStateBadge({ state }: { state: OrderOverviewState }) {
  const t = useText();
  return (
    <span className={`badge badge-${state}`} data-testid="order-state">
      {t(`orderState.${state}`)}
    </span>
  );
}
