// Each step of an order's journal with its time, in the owner's words.
import type { OrderDetail } from '../../../shared/contract';
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { type UiOrdersKey, uiOrders } from '../../../shared/i18n/messages/ui-orders';
import type { Locale } from '../../../shared/i18n/translate';
import { formatTime, type Translate } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { keptWhole } from './kept-whole';
import { withOrderLinks } from './order-links';

/** Whether a step has its own words: a state a newer journal knows is shown by its name. */
function isStepKey(key: string): key is UiOrdersKey {
  return key.startsWith('orderStep.') && key in uiOrders.nl;
}

/** The reason an order left out of the books by the owner's "Niet opnieuw boeken" is skipped with. */
const LEFT_DELETED = 'deleted_by_owner';
/** The reason of an order the owner skipped ("Overslaan"). */
const SKIPPED_BY_OWNER = 'skipped_by_owner';

type Step = OrderDetail['steps'][number];

/**
 * The words of a step that took a booked order back, its invoice deleted in Moneybird: the owner's
 * "Opnieuw boeken", or "Niet opnieuw boeken" (the order skipped at once after), naming the deleted
 * invoice by its number where the journal kept it.
 */
function takenBackText(order: OrderDetail, steps: readonly Step[], index: number, t: Translate): string {
  const next = steps[index + 1];
  const choice = next?.state === 'skipped' && next.reasonCode === LEFT_DELETED ? 'leaveDeleted' : 'bookAgain';
  const credit = order.summary.creditedOrderNumber ? '.credit' : '';
  const invoice = steps[index]?.deletedInvoice?.number ?? null;
  return invoice === null
    ? t(`orderStep.${choice}${credit}`)
    : t(`orderStep.${choice}${credit}.named`, { invoice });
}

/** The reason of the steps a take-over recorded from a booking found in Moneybird. */
const TAKEN_OVER = 'taken_over';

/**
 * The words of a step. A credit's steps name its credit invoice and the refund its payment is; an
 * order of nothing has no payment to register, though the journal passes that step. The steps a
 * take-over recorded say what was found in Moneybird, not what Winkelbrug made there; the contact
 * step, whether the customer was found there, added, or booked on the shared contact (older
 * bookings did not keep which).
 */
function stepKey(order: OrderDetail, step: Step): string {
  const { creditedOrderNumber, total } = order.summary;
  const { state } = step;
  if (state === 'paid' && total !== null && Number(total) === 0) return 'orderStep.paid.zero';
  // Not booked: "Overgeslagen" only where the owner chose to skip it.
  if (state === 'skipped' && step.reasonCode === SKIPPED_BY_OWNER) return 'orderStep.skipped.byOwner';
  const base =
    step.reasonCode === TAKEN_OVER
      ? `orderStep.${state}.takenOver`
      : step.contact
        ? `orderStep.${state}.${step.contact}`
        : `orderStep.${state}`;
  const credit = `${base}.credit`;
  if (creditedOrderNumber && isStepKey(credit)) return credit;
  if (isStepKey(base) || step.reasonCode !== TAKEN_OVER) return base;
  // A step a take-over words as any other (the amounts compared, booked).
  return stepKey(order, { ...step, reasonCode: null });
}

/** The shared contact's names: Winkelbrug makes it in the language of the invoices. */
const SHARED_CONTACT_NAMES = {
  nl: bookkeepingMessages.nl['contact.without_email'],
  en: bookkeepingMessages.en['contact.without_email'],
};

/**
 * The shared contact by the name Moneybird holds it under, where the page has the invoice: it was
 * made in the invoices' language, which need not be the app's. Else as the app's language names it.
 */
function sharedContactName(order: OrderDetail, locale: Locale): string {
  const held = order.moneybird?.ok ? order.moneybird.value.contact.name : null;
  const names: readonly string[] = Object.values(SHARED_CONTACT_NAMES);
  return held !== null && names.includes(held) ? held : SHARED_CONTACT_NAMES[locale];
}

function stepText(order: OrderDetail, index: number, t: Translate, locale: Locale): string {
  const { steps } = order;
  const step = steps[index]!;
  // Only the owner's answer to a deleted invoice takes a booked order back to the queue; since the
  // journal keeps the deleted invoice, that step says so itself.
  if (step.deletedInvoice || (step.state === 'pending' && steps[index - 1]?.state === 'done'))
    return takenBackText(order, steps, index, t);
  const key = stepKey(order, step);
  if (!isStepKey(key)) return step.state;
  return key === 'orderStep.contact_ok.shared' ? t(key, { name: sharedContactName(order, locale) }) : t(key);
}

/** "Deels gecrediteerd met creditorder 974003 (creditfactuur 2026-0003)". */
function creditStepText(credit: NonNullable<Step['credit']>, t: Translate): string {
  const key = credit.partly ? 'orderStep.credited.partly' : 'orderStep.credited';
  return credit.invoiceNumber
    ? t(`${key}.named`, { order: credit.orderNumber, invoice: credit.invoiceNumber })
    : t(key, { order: credit.orderNumber });
}

export function Steps({ order }: { order: OrderDetail }) {
  const t = useText();
  const locale = useLocale();
  return (
    <section className="panel" data-testid="order-steps">
      <h3>{t('orderDetail.steps.title')}</h3>
      {order.earlierStepsUnknown && <p className="hint">{t('orderDetail.steps.earlierUnknown')}</p>}
      <ol className="step-times">
        {order.steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps in the order they happened; a state may recur
          <li key={index} data-testid="order-step" data-step={step.state}>
            {/* To the minute, as every time on the page: the seconds tell the owner nothing. */}
            <time dateTime={step.at}>{formatTime(step.at, locale)}</time>
            {/* A credit's step links the credit order, as the credit's page links back to this one. */}
            <span>
              {step.credit
                ? withOrderLinks(creditStepText(step.credit, t), [step.credit.orderNumber])
                : keptWhole(stepText(order, index, t, locale))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
