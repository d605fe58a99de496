import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type { OrderChoice } from '../../../shared/contract';
import { formatCount, formatDate, formatEta } from '../../i18n/text';
import { useLocale, useSetup, useText } from '../../state/store-context';
import { BusyNote } from '../common/BusyNote';
import { DateField } from '../common/DateField';
import { HandBookedAdvice } from '../common/HandBookedAdvice';
import { ProblemText } from '../common/ProblemText';
import {
  draftOf,
  type OrderChoiceDraft,
  sinceIssue,
  startDateOf,
  statusesIssue,
  unsavedChanges,
} from './order-choice';

const ESTIMATE_DELAY_MS = 400;

/**
 * What the choice takes in: the orders in these statuses since the day, paid or not. Only the paid
 * ones are booked, so the count promises no bookings; the dry run says how many are booked, and the
 * booking time is worded as the dry run words it (an upper bound here).
 */
function OrderEstimate() {
  const t = useText();
  const locale = useLocale();
  const { estimate, estimating, estimateProblem } = useSetup((state) => state.orderChoice);
  return (
    <div className="estimate" aria-live="polite" data-testid="order-estimate">
      {estimating && !estimate ? (
        <p className="hint">{t('orderChoice.estimate.busy')}</p>
      ) : estimate ? (
        <p className={estimating ? 'estimate-text stale' : 'estimate-text'}>
          {estimate.orders === 0
            ? t('orderChoice.estimate.none')
            : t(estimate.orders === 1 ? 'orderChoice.estimate.one' : 'orderChoice.estimate', {
                orders: formatCount(estimate.orders, locale),
                since: formatDate(estimate.since, locale),
                duration: formatEta(estimate.etaMs, t),
              })}
        </p>
      ) : null}
      <ProblemText problem={estimateProblem} testId="estimate-problem" />
    </div>
  );
}

function StatusChoice({
  choice,
  draft,
  onChange,
  showIssue,
}: {
  choice: OrderChoice;
  draft: OrderChoiceDraft;
  onChange: (statuses: number[]) => void;
  showIssue: boolean;
}) {
  const t = useText();
  const issueId = useId();
  const issue = showIssue ? statusesIssue(draft) : null;
  return (
    <fieldset className="choice-group" aria-describedby={issue ? issueId : undefined}>
      <legend>{t('orderChoice.statuses.legend')}</legend>
      <p className="field-hint">{t('orderChoice.statuses.hint')}</p>
      {choice.statuses.map((status) => (
        <label key={status.id} className="check-row" data-testid="order-status">
          <input
            type="checkbox"
            value={status.id}
            checked={draft.statuses.includes(status.id)}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? [...draft.statuses, status.id]
                  : draft.statuses.filter((id) => id !== status.id),
              )
            }
          />
          <span>
            {status.name}
            {status.kind !== 'other' && (
              <span className="option-detail"> · {t(`orderChoice.kind.${status.kind}`)}</span>
            )}
          </span>
        </label>
      ))}
      {issue && (
        <p className="field-issue" id={issueId} data-testid="statuses-issue">
          {t(issue)}
        </p>
      )}
    </fieldset>
  );
}

function StartChoice({
  choice,
  draft,
  onChange,
}: {
  choice: OrderChoice;
  draft: OrderChoiceDraft;
  onChange: (patch: Partial<OrderChoiceDraft>) => void;
}) {
  const t = useText();
  const locale = useLocale();
  const dateId = useId();
  const issue = sinceIssue(draft, choice.today, choice.earliest);
  return (
    <fieldset className="choice-group">
      <legend>{t('orderChoice.start.legend')}</legend>
      <label className="check-row">
        <input
          type="radio"
          name="start-mode"
          value="now"
          data-testid="start-now"
          checked={draft.mode === 'now'}
          onChange={() => onChange({ mode: 'now' })}
        />
        <span>
          {t('orderChoice.start.now')}
          <span className="option-detail">
            {' '}
            · {t('orderChoice.start.now.detail', { date: formatDate(choice.today, locale) })}
          </span>
        </span>
      </label>
      <label className="check-row">
        <input
          type="radio"
          name="start-mode"
          value="earlier"
          data-testid="start-earlier"
          checked={draft.mode === 'earlier'}
          onChange={() => onChange({ mode: 'earlier' })}
        />
        <span>{t('orderChoice.start.earlier')}</span>
      </label>
      {draft.mode === 'earlier' && (
        <div className="field nested">
          <label htmlFor={dateId}>{t('orderChoice.since.label')}</label>
          <DateField
            id={dateId}
            testId="start-date"
            value={draft.since}
            max={choice.today}
            required
            invalid={issue !== null}
            describedBy={issue ? `${dateId}-issue` : `${dateId}-hint`}
            onChange={(since) => onChange({ since })}
          />
          {issue ? (
            <p className="field-issue" id={`${dateId}-issue`}>
              {t(issue, {
                today: formatDate(choice.today, locale),
                start: formatDate(choice.earliest ?? choice.today, locale),
              })}
            </p>
          ) : (
            <p className="field-hint" id={`${dateId}-hint`}>
              {choice.earliest === null
                ? t('orderChoice.since.hint')
                : t('orderChoice.since.hint.synced', { start: formatDate(choice.earliest, locale) })}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}

/**
 * Which orders Winkelbrug books: the statuses that mean "done" and from which day, with a live
 * estimate in the setup. Used by the wizard (Next submits it) and Settings (its own Save button).
 */
export function OrderChoiceForm({
  formId,
  onSaved,
  onEdit,
  onPending,
  prefix = null,
  withEstimate = true,
  children,
}: {
  formId: string;
  /**
   * Whether to count the orders the choice takes in and say how long booking them takes: the
   * setup's first run books them all. Not in Settings: there the orders since the date are mostly
   * booked already, and a regular run books only orders whose status changes from then on (the
   * dashboard's "Eerdere bestellingen boeken" books earlier ones), so the count would promise a
   * booking that does not come. Then no estimate is asked and no room is kept for one.
   */
  withEstimate?: boolean;
  onSaved: () => void;
  /** Something changed since the last save. */
  onEdit?: () => void;
  /** How many choices differ from what is stored, whenever that may change (Settings' save state). */
  onPending?: (count: number) => void;
  /**
   * The reference prefix in use, for the advice on orders booked by hand (Settings); none in the
   * setup, where the prefix may still change (bookings found under "MWW" make it that).
   */
  prefix?: string | null;
  /** Buttons inside the form (Settings' Save). */
  children?: ReactNode;
}) {
  const t = useText();
  const { loading, choice, problem, saveProblem } = useSetup((state) => state.orderChoice);
  const load = useSetup((state) => state.loadOrderChoice);
  const estimateOrders = useSetup((state) => state.estimateOrders);
  const clearEstimate = useSetup((state) => state.clearEstimate);
  const saveOrders = useSetup((state) => state.saveOrders);
  const [draft, setDraft] = useState<OrderChoiceDraft | null>(null);
  const [attempted, setAttempted] = useState(false);

  // The choice as the core answers it now, not one kept from an earlier visit: the wizard's, from
  // before the first run, would still let the start date move back and show the advice that goes
  // with it (Settings, opened after the setup, then flashed it and made its draft from it).
  const [fresh, setFresh] = useState(false);
  useEffect(() => {
    let mounted = true;
    void load().finally(() => {
      if (mounted) setFresh(true);
    });
    return () => {
      mounted = false;
    };
  }, [load]);
  useEffect(() => {
    if (choice && fresh) setDraft((current) => current ?? draftOf(choice));
  }, [choice, fresh]);
  useEffect(() => {
    if (choice && draft) onPending?.(unsavedChanges(choice, draft));
  }, [choice, draft, onPending]);

  const today = choice?.today ?? '';
  const since = draft ? startDateOf(draft, today) : '';
  const statusKey = draft?.statuses.join(',') ?? '';
  const valid =
    draft !== null && !statusesIssue(draft) && !sinceIssue(draft, today, choice?.earliest ?? null);
  useEffect(() => {
    if (!withEstimate || !valid || !statusKey) {
      clearEstimate();
      return;
    }
    const timer = setTimeout(
      () => void estimateOrders(statusKey.split(',').map(Number), since),
      ESTIMATE_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [withEstimate, valid, statusKey, since, estimateOrders, clearEstimate]);

  if (!fresh || (loading && !choice)) return <BusyNote text={t('orderChoice.loading')} />;
  if (!choice || !draft) {
    return (
      <div>
        <ProblemText problem={problem} testId="orders-problem" />
        {problem && (
          <button type="button" onClick={() => void load()}>
            {t('common.tryAgain')}
          </button>
        )}
      </div>
    );
  }

  function edit(patch: Partial<OrderChoiceDraft>) {
    setDraft((current) => (current ? { ...current, ...patch } : current));
    onEdit?.();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!draft || !valid) return;
    void saveOrders(draft.statuses, since).then((ok) => ok && onSaved());
  }

  return (
    <form id={formId} className="order-choice" onSubmit={submit} noValidate>
      <StatusChoice
        choice={choice}
        draft={draft}
        showIssue={attempted || draft.statuses.length === 0}
        onChange={(statuses) => edit({ statuses })}
      />
      <StartChoice choice={choice} draft={draft} onChange={edit} />
      {withEstimate && <OrderEstimate />}
      {/* Only where earlier days are booked from here on (the setup): once the sync ran, the date
          moves only later, and "Eerdere bestellingen boeken" carries the advice. */}
      {draft.mode === 'earlier' && choice.earliest === null && (
        <p className="hint warning-text" data-testid="hand-booked-advice">
          <HandBookedAdvice prefix={prefix} />
        </p>
      )}
      <ProblemText problem={saveProblem} testId="orders-save-problem" />
      {children}
    </form>
  );
}
