// The shop's payment status in the owner's language. Mijnwebwinkel sends it as words in the shop's
// own language ("Succesvol"), beside a number; the words are what the owner knows from the shop.
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
