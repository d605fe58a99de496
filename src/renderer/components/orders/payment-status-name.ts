// The shop's payment status in the owner's language. Mijnwebwinkel sends it as words in the shop's
// own language ("Succesvol"), beside a number; the words are what the owner knows from the shop.
import type { PaymentStateShown } from '../../../shared/contract';
import type { Translate } from '../../i18n/text';

/** The statuses Mijnwebwinkel names an order's payment by, as it writes them (Dutch or English). */
const KNOWN = {
  succesvol: 'paymentStatus.successful',
  successful: 'paymentStatus.successful',
  'in afwachting': 'paymentStatus.pending',
  pending: 'paymentStatus.pending',
  mislukt: 'paymentStatus.failed',
  failed: 'paymentStatus.failed',
  geannuleerd: 'paymentStatus.cancelled',
  cancelled: 'paymentStatus.cancelled',
  canceled: 'paymentStatus.cancelled',
  terugbetaald: 'paymentStatus.refunded',
  refunded: 'paymentStatus.refunded',
  onbekend: 'paymentStatus.unknown',
  unknown: 'paymentStatus.unknown',
} as const;

/**
 * "Succesvol" → "Successful" in English (and the other way round). A status this app does not know
 * is shown as the shop sent it: a made-up name would hide which it is.
 */
export function paymentStatusName(status: string, t: Translate): string {
  const key = status.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.hasOwn(KNOWN, key) ? t(KNOWN[key as keyof typeof KNOWN]) : status;
}

type KnownStatus = (typeof KNOWN)[keyof typeof KNOWN];

/**
 * The shop's words that say what Winkelbrug's judgement of the payment says already: shown beside it
 * they would only repeat it. "Onbekend" adds nothing either.
 */
const AGREEING: Record<PaymentStateShown, readonly KnownStatus[]> = {
  paid: ['paymentStatus.successful'],
  zero_total: ['paymentStatus.successful'],
  authorized: [],
  credit: [],
  refunded: ['paymentStatus.refunded'],
  failed: ['paymentStatus.failed'],
  unpaid: ['paymentStatus.pending'],
};

/**
 * The payment as Winkelbrug judged it to decide on booking ("Betaald", "Nog niet betaald"), with the
 * shop's own words after it where they say something else: "Nog niet betaald (winkel: Succesvol)".
 * Not for a credit order: its payment is the refund (see the order's page).
 */
export function paymentStateText(
  state: Exclude<PaymentStateShown, 'credit'>,
  shopStatus: string | null,
  t: Translate,
): string {
  const words = t(`orderDetail.payment.state.${state}`);
  if (shopStatus === null) return words;
  const key = shopStatus.trim().toLowerCase().replace(/\s+/g, ' ');
  const known = Object.hasOwn(KNOWN, key) ? KNOWN[key as keyof typeof KNOWN] : null;
  const repeats = key === words.toLowerCase();
  if (repeats || known === 'paymentStatus.unknown' || (known !== null && AGREEING[state].includes(known)))
    return words;
  return t('orderDetail.payment.shopSays', { state: words, shop: paymentStatusName(shopStatus, t) });
}
