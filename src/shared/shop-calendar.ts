// The shop's calendar. Mijnwebwinkel's shops keep Dutch time and their order dates and status
// times carry no zone; the app counts its days by the same calendar (an order's day, "this month",
// "last month", a VAT return's quarter), in the core and on the screens alike, whatever zone the
// owner's computer is set to.

/** Where the shop's clock hangs: its dates and times, and every day the app counts. */
export const SHOP_TIME_ZONE = 'Europe/Amsterdam';

/** Made once: making a formatter costs many times what formatting a date does. */
const shopClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: SHOP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** "YYYY-MM-DD hh:mm:ss" in the shop's time zone, as the status_changed filters take it. */
export function shopLocalTime(epochMs: number): string {
  const parts = shopClock.formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

export function shopLocalDate(epochMs: number): string {
  return shopLocalTime(epochMs).slice(0, 10);
}

/**
 * A moment on the shop's clock ("YYYY-MM-DD hh:mm:ss", no zone) as milliseconds since the epoch; null
 * for anything else. The zone's offset is the one in force at that moment (summer or winter time).
 */
export function shopTimeToEpoch(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, se] = match.map(Number) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, se ?? 0);
  if (Number.isNaN(asUtc)) return null;
  // The shop's clock at a moment, less that moment: the zone's offset then. Taken at the first guess
  // and once more at the corrected one, so a moment beside a switch of summer time lands right.
  const offsetAt = (ms: number) => {
    const local = shopTimeToUtcMs(shopLocalTime(ms));
    return local === null ? 0 : local - ms;
  };
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

function shopTimeToUtcMs(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, se] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, se!);
}

/** The day on the shop's calendar a moment falls in, as numbers: the year, the month (1–12), the day. */
export function shopCalendarDay(moment: Date): { year: number; month: number; day: number } {
  const [year, month, day] = shopLocalDate(moment.getTime()).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  return { year, month, day };
}
