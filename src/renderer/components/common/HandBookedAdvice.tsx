import { useText } from '../../state/store-context';

/**
 * The one advice about orders the owner already booked by hand in Moneybird, where booking earlier
 * orders is offered (the setup's and Settings' "Ook eerdere bestellingen", the dashboard's "Eerdere
 * bestellingen boeken"). It says what the engine does: before booking such an order it looks for
 * an invoice under the order's reference and takes that over; an invoice made without that
 * reference it cannot know, so that order would be booked twice. With the prefix in use, the
 * reference is shown by example; where it may still change (the setup), it is left out.
 */
export function HandBookedAdvice({ prefix }: { prefix?: string | null }) {
  const t = useText();
  return <>{prefix ? t('handBooked.advice', { prefix }) : t('handBooked.advice.noExample')}</>;
}
