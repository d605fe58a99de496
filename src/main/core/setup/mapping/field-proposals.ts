// What Winkelbrug proposes for a field the owner has not chosen yet, and why: the ones the sync
// engine makes by itself at run time (`completeMapping`), plus the rounding line's rate and account,
// an account per payment method and a gift-card account where a name says which one it is. Where
// Moneybird's data leaves a real choice nothing is proposed: the warning says what to choose or add.
import { countryName } from '../../../../shared/i18n/country-name';
import { paymentMethodName } from '../../../../shared/i18n/payment-method-name';
import type { LocalizedText } from '../../../../shared/i18n/translate';
import type { ListJoin } from '../../../../shared/i18n/written-list';
import { type MoneybirdReferenceData, meantForOtherSales, outsideTheReturn } from '../../bookkeeping';
import { parseDecimal, ZERO } from '../../money/decimal';
import type { completeMapping } from '../../sync/auto-mapping';
import type { MappingOption } from './field-options';
import { GIFT_CARD_METHOD, type Slot, type SlotAt } from './field-slots';
import { nameList, quotedList, rateWording, say, treatmentName } from './field-texts';

export interface Proposal {
  value: string | null;
  reason: LocalizedText | null;
  warning: LocalizedText | null;
}

/** Moneybird's own name for its standard revenue account, in a new administration's chart. */
const STANDARD_REVENUE = /^(omzet|revenue|sales|verkopen|omzet webwinkel)$/i;

type Candidate = { id: string; name?: string };

/** The one candidate named as Moneybird's standard revenue account, when there is exactly one. */
export function standardRevenue(candidates: readonly Candidate[]): Candidate | undefined {
  const standard = candidates.filter((c) => STANDARD_REVENUE.test((c.name ?? '').trim()));
  return standard.length === 1 ? standard[0] : undefined;
}

/** A gateway name as it may appear in an account's name: "klarna_checkout" -> "klarna". */
const providerWord = (gateway: string) => gateway.toLowerCase().split(/[^a-z]+/)[0] ?? '';

/**
 * The one account named after the payment provider most of the shop's orders are paid through
 * ("Mollie" for gateway "mollie"); bank transfers ("basic") name no account.
 */
function providerAccount(
  candidates: readonly Candidate[],
  providers: readonly string[],
): { account: Candidate; provider: string } | undefined {
  for (const gateway of providers) {
    const word = providerWord(gateway);
    if (word.length < 3 || word === 'basic') continue;
    const named = candidates.filter((c) => (c.name ?? '').toLowerCase().includes(word));
    if (named.length === 1) return { account: named[0]!, provider: named[0]!.name ?? word };
    return undefined;
  }
  return undefined;
}

const ORDINARY_ZERO = /geen btw|no vat|zero vat|nultarief|\b0\s*%\s*(btw|vat)\b|\b(btw|vat)\s*0\s*%/i;

/**
 * Accounts named for the rounding line's cents, most fitting first: one for rounding, else one for
 * payment or cash differences. Never Moneybird's catch-all "Ongecategoriseerde inkomsten" or an
 * "Overige opbrengsten": accountants clear those out, and a cent a day there is recurring work.
 * Without one, the cents go to the revenue account: the line's 0 % rate lies outside every box of
 * the VAT return, so only the revenue moves, by cents.
 */
const ROUNDING_LEDGER_HINTS: ReadonlyArray<{
  name: RegExp;
  reason: 'reason.rounding_ledger_named' | 'reason.rounding_ledger_differences';
}> = [
  { name: /afronding|rounding/i, reason: 'reason.rounding_ledger_named' },
  {
    name: /(betalings|betaal|kas)verschil|(payment|cash) differences?/i,
    reason: 'reason.rounding_ledger_differences',
  },
];
/** Accounts for what has no account of its own: never the revenue account of a shop's sales. */
const CATCH_ALL_REVENUE =
  /ongecategori[sz]eerd|uncategori[sz]ed|overige (opbrengsten|inkomsten)|other (income|revenue)|afronding|rounding/i;
const GIFT_CARD_HINT = /cadeau|gift ?card|giftcard|tegoedbon|waardebon|voucher/i;

function roundingRateProposal(
  options: readonly MappingOption[],
  reference: MoneybirdReferenceData,
): Proposal {
  if (options.length === 0) return { value: null, reason: null, warning: say('warning.none_rounding_rate') };
  const ordinary = options.filter((o) => !forOtherSales(o, reference));
  // First a rate outside the VAT return ("Geen btw"): the balancing cents are then no sale in box 1e.
  const outside = ordinary.filter((o) => isOutsideTheReturn(o, reference));
  if (outside.length === 1)
    return {
      value: outside[0]!.id,
      reason: say('reason.rounding_rate_outside', { name: outside[0]!.name }),
      warning: null,
    };
  const named = ordinary.filter((o) => ORDINARY_ZERO.test(o.name));
  if (outside.length === 0 && named.length === 1)
    return {
      value: named[0]!.id,
      reason: say('reason.rounding_rate_named', { name: named[0]!.name }),
      warning: null,
    };
  if (outside.length === 0 && named.length === 0 && ordinary.length === 1)
    return {
      value: ordinary[0]!.id,
      reason: say('reason.rounding_rate_only', { name: ordinary[0]!.name }),
      warning: null,
    };
  if (ordinary.length === 0) return { value: null, reason: null, warning: say('warning.none_rounding_rate') };
  const choices = outside.length > 1 ? outside : named.length > 1 ? named : ordinary;
  return {
    value: null,
    reason: null,
    warning: say('warning.choose_rounding_rate', {
      count: choices.length,
      names: nameList(choices.map((o) => o.name)),
    }),
  };
}

/** Whether a 0 % rate offered lies outside the VAT return (`outsideTheReturn`). */
function isOutsideTheReturn(candidate: Candidate, reference: MoneybirdReferenceData): boolean {
  const rate = reference.taxRates.find((r) => r.id === candidate.id);
  return rate !== undefined && outsideTheReturn(rate);
}

/**
 * Whether a 0 % rate offered is meant for other sales than an ordinary one at 0 % at home
 * (`meantForOtherSales`: the proposal's own definition, so advice and proposal never disagree).
 */
function forOtherSales(candidate: Candidate, reference: MoneybirdReferenceData): boolean {
  const rate = reference.taxRates.find((r) => r.id === candidate.id);
  return rate !== undefined && meantForOtherSales(rate);
}

/**
 * The open domestic 0 % field, from every 0 % rate Moneybird offers for it: that orders at 0 % wait
 * for the choice, and that the reverse-charge, intra-community and export rates are for other sales;
 * with no ordinary one, to add it in Moneybird. Which ordinary rate lands where ("0% btw": box 1e;
 * "Geen btw": outside the return) the field's help says, and each option's detail names its part of
 * the return, so the warning does not say it a third time. Undefined when there is at most one
 * ordinary one and none for other sales: nothing to choose between.
 */
function domesticZeroWarning(
  candidates: readonly Candidate[],
  reference: MoneybirdReferenceData,
): LocalizedText | undefined {
  const other = candidates.filter((c) => forOtherSales(c, reference));
  const ordinary = candidates.filter((c) => !forOtherSales(c, reference));
  if (other.length === 0)
    return ordinary.length > 1 ? say('warning.choose_domestic_zero_between') : undefined;
  const names = (list: readonly Candidate[], join: ListJoin) =>
    quotedList(
      list.map((c) => c.name),
      join,
    );
  if (ordinary.length === 0)
    return say('warning.choose_domestic_zero_none', {}, { other: names(other, 'and') });
  return say('warning.choose_domestic_zero', {}, { other: names(other, 'or') });
}

export function roundingLedgerProposal(options: readonly MappingOption[], revenue: string | null): Proposal {
  for (const hint of ROUNDING_LEDGER_HINTS) {
    const found = options.filter((o) => hint.name.test(o.name));
    if (found.length === 1)
      return { value: found[0]!.id, reason: say(hint.reason, { name: found[0]!.name }), warning: null };
    if (found.length > 1)
      return {
        value: null,
        reason: null,
        warning: say('warning.choose_rounding_ledger', {
          count: found.length,
          names: nameList(found.map((o) => o.name)),
        }),
      };
  }
  const onRevenue = revenue === null ? undefined : options.find((o) => o.id === revenue);
  if (onRevenue)
    return {
      value: onRevenue.id,
      reason: say('reason.rounding_ledger_revenue', { name: onRevenue.name }),
      warning: null,
    };
  return { value: null, reason: null, warning: say('warning.revenue_first') };
}

function giftCardProposal(options: readonly MappingOption[]): Proposal {
  const found = options.filter((o) => GIFT_CARD_HINT.test(o.name));
  if (found.length === 1)
    return {
      value: found[0]!.id,
      reason: say('reason.gift_card_named', { name: found[0]!.name }),
      warning: null,
    };
  return { value: null, reason: say('reason.gift_card_optional'), warning: null };
}

/** Wording of "{where}" after a percentage: " zonder land", " voor DE", " voor btw verlegd". */
function whereOf(slot: Extract<Slot, { kind: 'taxRate' }>): LocalizedText {
  switch (slot.role) {
    case 'oss':
      return say('where.country', {}, { country: countryName(slot.country ?? '') });
    case 'reverse_charge':
    case 'export':
      return say('where.treatment', {}, { treatment: treatmentName(slot.role) });
    default:
      return say('where.none');
  }
}

/** What the engine proposes by itself for a slot (`completeMapping`), worded for the owner. */
export function engineProposal(
  at: SlotAt,
  completion: ReturnType<typeof completeMapping>,
  options: readonly MappingOption[],
  reference: MoneybirdReferenceData,
  providers: readonly string[],
): Proposal {
  const { slot } = at;
  const chosen = completion.chosen.find((c) => c.path === at.path);
  const gap = completion.gaps.find((g) => g.path === at.path);
  const names = (list: ReadonlyArray<{ name?: string }>) => nameList(list.map((c) => c.name));
  switch (slot.kind) {
    case 'ledger':
      // Settling gift cards against a liability is a choice of how the owner keeps them: never guessed.
      if (slot.role === 'giftCards')
        return { value: null, reason: say('reason.gift_card_ledger_optional'), warning: null };
      if (slot.role !== 'revenue') return { value: null, reason: say('reason.on_revenue'), warning: null };
      if (chosen) return { value: chosen.value, reason: say('reason.only_revenue'), warning: null };
      if (gap && gap.candidates.length > 1) {
        // Moneybird's catch-all account ("Ongecategoriseerde inkomsten") is no choice for sales:
        // one revenue account besides it is the one.
        const catchAll = gap.candidates.filter((c) => CATCH_ALL_REVENUE.test(c.name ?? ''));
        const rest = gap.candidates.filter((c) => !CATCH_ALL_REVENUE.test(c.name ?? ''));
        if (rest.length === 1)
          return {
            value: rest[0]!.id,
            reason: say('reason.only_revenue_besides', {
              name: rest[0]!.name ?? rest[0]!.id,
              others: names(catchAll),
            }),
            warning: null,
          };
        // Several revenue accounts, one of them Moneybird's standard "Omzet": pre-filled, with a
        // note to check it, since shops often keep per-rate or per-country accounts beside it.
        const standard = standardRevenue(rest);
        if (standard)
          return {
            value: standard.id,
            reason: say('reason.standard_revenue', { name: standard.name ?? standard.id }),
            warning: say('warning.check_revenue', {
              count: gap.candidates.length,
              names: names(gap.candidates),
            }),
          };
      }
      return {
        value: null,
        reason: null,
        warning:
          gap && gap.candidates.length > 1
            ? say('warning.choose_revenue', { count: gap.candidates.length, names: names(gap.candidates) })
            : say('warning.none_revenue'),
      };
    case 'financial':
      if (slot.method === GIFT_CARD_METHOD) return giftCardProposal(options);
      if (slot.method) return methodProposal(slot.method, options);
      if (chosen) return { value: chosen.value, reason: say('reason.only_financial'), warning: null };
      if (gap && gap.candidates.length > 1) {
        const matched = providerAccount(gap.candidates, providers);
        if (matched)
          return {
            value: matched.account.id,
            reason: say('reason.provider_financial', { name: matched.provider }),
            warning: say('warning.check_financial', { count: gap.candidates.length }),
          };
      }
      return {
        value: null,
        reason: null,
        warning:
          gap && gap.candidates.length > 1
            ? say('warning.choose_financial', { count: gap.candidates.length, names: names(gap.candidates) })
            : say('warning.none_financial'),
      };
    case 'workflow':
    case 'documentStyle': {
      const isWorkflow = slot.kind === 'workflow';
      if (chosen) {
        const record = isWorkflow
          ? reference.workflows.find((w) => w.id === chosen.value)
          : reference.documentStyles.find((s) => s.id === chosen.value);
        const isDefault = (record as { default?: unknown } | undefined)?.default === true;
        const reason = isWorkflow
          ? isDefault
            ? 'reason.default_workflow'
            : 'reason.only_workflow'
          : isDefault
            ? 'reason.default_style'
            : 'reason.only_style';
        return { value: chosen.value, reason: say(reason), warning: null };
      }
      const several = gap !== undefined && gap.candidates.length > 1;
      return {
        value: null,
        reason: say('reason.moneybird_default'),
        warning: several
          ? say(isWorkflow ? 'warning.choose_workflow' : 'warning.choose_style', {
              count: gap!.candidates.length,
              names: names(gap!.candidates),
            })
          : null,
      };
    }
    case 'taxRate': {
      if (slot.role === 'rounding') return roundingRateProposal(options, reference);
      const where = whereOf(slot);
      const domesticZero = slot.role === 'domestic' && parseDecimal(slot.rate!) === ZERO;
      // The 0 % rates for other sales beside the one proposed or to choose (the options hold them all).
      const others = domesticZero ? options.filter((o) => forOtherSales(o, reference)) : [];
      if (chosen) {
        const name = reference.taxRates.find((r) => r.id === chosen.value)?.name ?? chosen.value;
        if (others.length > 0)
          return {
            value: chosen.value,
            reason: say(
              'reason.only_ordinary_zero',
              {},
              {
                other: quotedList(
                  others.map((o) => o.name),
                  'or',
                ),
              },
            ),
            warning: null,
          };
        const reason =
          slot.role === 'reverse_charge'
            ? say('reason.named_reverse_charge', { name })
            : slot.role === 'export'
              ? say('reason.named_export', { name })
              : slot.role === 'oss'
                ? say(
                    'reason.only_oss_rate',
                    {},
                    { rate: rateWording(slot.rate!), country: countryName(slot.country!) },
                  )
                : say('reason.only_domestic_rate', {}, { rate: rateWording(slot.rate!) });
        return { value: chosen.value, reason, warning: null };
      }
      const candidates = gap?.candidates ?? [];
      if (domesticZero) {
        const advice = domesticZeroWarning(options, reference);
        if (advice) return { value: null, reason: null, warning: advice };
      }
      if (candidates.length > 1)
        return {
          value: null,
          reason: null,
          warning: say(
            'warning.choose_rate',
            { count: candidates.length, names: names(candidates) },
            { where, rate: rateWording(slot.rate!) },
          ),
        };
      if ((slot.role === 'reverse_charge' || slot.role === 'export') && options.length > 0)
        return {
          value: null,
          reason: null,
          warning: say(
            options.length === 1 ? 'warning.choose_zero_treatment.one' : 'warning.choose_zero_treatment',
            { count: options.length, names: names(options) },
            { treatment: treatmentName(slot.role) },
          ),
        };
      if (slot.role === 'reverse_charge' || slot.role === 'export')
        return {
          value: null,
          reason: null,
          warning: say('warning.none_zero_treatment', {}, { treatment: treatmentName(slot.role) }),
        };
      return {
        value: null,
        reason: null,
        warning: say('warning.none_rate', {}, { where, rate: rateWording(slot.rate!) }),
      };
    }
  }
}

/**
 * The account names a payment method's money usually lands in: PayPal in a PayPal account, cash and
 * card payments at the counter in the till ("Kas"). Methods paid through a provider (iDEAL, cards
 * online via Mollie) have no account of their own: they use the default account above.
 */
const METHOD_ACCOUNT_HINTS: ReadonlyArray<{ method: RegExp; account: RegExp }> = [
  { method: /^paypal/i, account: /paypal/i },
  { method: /^(cash|contant|kas)/i, account: /\b(kas|contant|cash)\b/i },
  // Mijnwebwinkel's own counter methods are `cash` and `card` (gateway `basic`).
  { method: /^(card$|pin|pos|sumup|zettle|card_present|terminal)/i, account: /\b(pin|kas|sumup|zettle)\b/i },
];

function methodProposal(method: string, options: readonly MappingOption[]): Proposal {
  const hint = METHOD_ACCOUNT_HINTS.find((h) => h.method.test(method));
  const found = hint ? options.filter((o) => hint.account.test(o.name)) : [];
  if (found.length === 1)
    return {
      value: found[0]!.id,
      reason: say('reason.method_financial', { name: found[0]!.name }, { method: paymentMethodName(method) }),
      warning: null,
    };
  return {
    value: null,
    reason: say('reason.method_default', {}, { method: paymentMethodName(method) }),
    warning: null,
  };
}
