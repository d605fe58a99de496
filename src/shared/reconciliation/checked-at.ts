// When a period was last compared with Moneybird, as the owner says it: "om 21:05" today, "op
// 12 november 2026 om 21:05" another day, in the computer's own time; and whether the booked side is
// Moneybird as read then. On screen (the booked column's heading, the verdict, the explanations) and
// in the CSV file alike.
import type { ReconciliationView } from '../contract/reconciliation';
import { uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../i18n/translate';
import { writtenDay } from '../i18n/written-day';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The local day (YYYY-MM-DD) of a moment. */
function localDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day ("12 november 2026") and time ("21:05") of a moment (ISO 8601), in local time. */
export function checkedAtParts(iso: string, locale: Locale): { day: string; time: string } {
  const moment = new Date(iso);
  const time = new Intl.DateTimeFormat(INTL_LOCALE[locale], { hour: '2-digit', minute: '2-digit' }).format(
    moment,
  );
  return { day: writtenDay(localDay(moment), locale), time };
}

/** "om 21:05" when `iso` is today, else "op 12 november 2026 om 21:05". */
export function checkedAtText(iso: string, locale: Locale, now: Date = new Date()): string {
  const { day, time } = checkedAtParts(iso, locale);
  const text = uiReconciliation[locale];
  return localDay(new Date(iso)) === localDay(now)
    ? interpolate(text['reconciliation.checkedAt.today'], { time })
    : interpolate(text['reconciliation.checkedAt.day'], { day, time });
}

/**
 * Whether the booked side is Moneybird as read when the owner compared the period with it, rather
 * than what Winkelbrug recorded when it booked: until then the words say "Winkelbrug boekte", not
 * "in Moneybird". Bookings in another administration are never read by a comparison, so a period
 * holding some is not.
 */
export function readInMoneybird(view: Pick<ReconciliationView, 'checkedAt' | 'administrations'>): boolean {
  return view.checkedAt !== null && view.administrations.length === 0;
}
