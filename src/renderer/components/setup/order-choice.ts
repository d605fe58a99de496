// The "which orders" choice as the form holds it, and what is wrong with it before it is saved.
import type { OrderChoice } from '../../../shared/contract';
import type { MessageKey } from '../../i18n/text';

export type StartMode = 'now' | 'earlier';

export interface OrderChoiceDraft {
  statuses: number[];
  mode: StartMode;
  /** The earlier start date, when mode is 'earlier'. */
  since: string;
}

/** The first day of the quarter of a date: an earlier start that keeps a VAT quarter whole. */
export function quarterStart(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  const first = Math.floor((Number(month) - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

export function draftOf(choice: OrderChoice): OrderChoiceDraft {
  const earlier = choice.startDate < choice.today;
  // Offered: the quarter's first day, or the earliest day a save takes when that is later.
  const offered = quarterStart(choice.today);
  return {
    statuses: [...choice.selected],
    mode: earlier ? 'earlier' : 'now',
    since: earlier
      ? choice.startDate
      : choice.earliest !== null && choice.earliest > offered
        ? choice.earliest
        : offered,
  };
}

/**
 * How many of the two choices differ from what is stored: the statuses (in any order), and the day
 * booking starts from. Settings counts them as its other parts count their changes.
 */
export function unsavedChanges(choice: OrderChoice, draft: OrderChoiceDraft): number {
  const stored = new Set(choice.selected);
  const statusesChanged =
    draft.statuses.length !== stored.size || draft.statuses.some((status) => !stored.has(status));
  const startChanged = startDateOf(draft, choice.today) !== choice.startDate;
  return Number(statusesChanged) + Number(startChanged);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function startDateOf(draft: OrderChoiceDraft, today: string): string {
  return draft.mode === 'now' ? today : draft.since;
}

export function statusesIssue(draft: OrderChoiceDraft): MessageKey | null {
  return draft.statuses.length === 0 ? 'orderChoice.statuses.none' : null;
}

/**
 * What is wrong with the start date, or null. `earliest`: the day the sync books from once it ran
 * (`OrderChoice.earliest`); a day before it would book nothing.
 */
export function sinceIssue(
  draft: OrderChoiceDraft,
  today: string,
  earliest: string | null = null,
): MessageKey | null {
  if (draft.mode === 'now') return null;
  if (!ISO_DATE.test(draft.since) || Number.isNaN(Date.parse(draft.since)))
    return 'orderChoice.since.invalid';
  if (draft.since > today) return 'orderChoice.since.future';
  if (earliest !== null && draft.since < earliest) return 'orderChoice.since.beforeStart';
  return null;
}
