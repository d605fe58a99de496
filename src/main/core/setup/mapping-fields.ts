// The bookkeeping mapping as the owner sees it in the setup and in Settings: one field for every
// choice that can park an order or stop a run, each with the Moneybird records that fit, what is
// stored, and otherwise what Winkelbrug proposes and why. Proposals are the ones the sync engine
// makes by itself at run time (`completeMapping`: the only revenue account, the only active rate at
// a percentage, the default workflow, ...), plus the rounding line's rate and account and a gift-card
// account where a name says which one it is. Where Moneybird's data leaves a real choice nothing is
// proposed: the field says what to choose or what to create in Moneybird.
//
// Pure functions: the reference data comes in, fields (or the mapping to store) go out. The parts
// are in `mapping/`: which fields there are (field-slots), their words (field-texts), the records
// that fit (field-options), what is stored (stored-choices) and the proposals (field-proposals).
import type { CheckProblem, MappingField } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/i18n/translate';
import { DEFAULT_TAX_RATE_NEEDS, type MoneybirdReferenceData, type TaxRateNeed } from '../bookkeeping';
import { type Decimal, parseDecimal } from '../money/decimal';
import { completeMapping, rateSegment, setPath } from '../sync/auto-mapping';
import { anyRecord, optionsFor } from './mapping/field-options';
import { engineProposal, roundingLedgerProposal, standardRevenue } from './mapping/field-proposals';
import {
  canonicalRate,
  domesticPath,
  GIFT_CARD_METHOD,
  GIFT_CARD_METHODS,
  isRequired,
  ossPath,
  PAYMENT_METHOD,
  parseFieldPath,
  type SlotAt,
  sectionOf,
} from './mapping/field-slots';
import { labelAndHelp, say } from './mapping/field-texts';
import {
  asRecord,
  child,
  type Mapping,
  MONEYBIRD_ID,
  removeSlot,
  storedValue,
} from './mapping/stored-choices';

export interface MappingFieldOptions {
  /** The shop's country (Store.region_code), for the wording of domestic rates; else the stored one, else NL. */
  shopCountry?: string;
  administrationCurrency?: string;
  /** Rates the shop's orders need beyond 21/9/0, reverse charge and export (OSS rates per country). */
  extraNeeds?: readonly TaxRateNeed[];
  /** The shop's payment providers (its orders' gateway names), most used first. */
  paymentProviders?: readonly string[];
  /** The shop's payment methods (its orders' method names: ideal, paypal, cash …), most used first. */
  paymentMethods?: readonly string[];
}

interface FieldContext {
  stored: Mapping;
  reference: MoneybirdReferenceData;
  shopCountry: string;
  completion: ReturnType<typeof completeMapping>;
  /** The revenue account in force (stored or proposed), for the rounding account's fallback. */
  revenue: string | null;
  paymentProviders: readonly string[];
}

function buildField(at: SlotAt, context: FieldContext): MappingField {
  const { slot } = at;
  const options = optionsFor(slot, context.reference, context.shopCountry);
  const { label, help } = labelAndHelp(slot, context.shopCountry);
  const base = { path: at.path, section: sectionOf(slot), label, help, options, required: isRequired(slot) };
  const stored = storedValue(context.stored, at);
  if (stored !== undefined) {
    let warning: LocalizedText | null = null;
    if (!options.some((o) => o.id === stored)) {
      const record = MONEYBIRD_ID.test(stored) ? anyRecord(slot, context.reference, stored) : undefined;
      warning = record
        ? say('warning.stored_unfit', { name: record.name ?? stored })
        : say('warning.stored_gone', { id: stored });
    }
    // Nothing to say of a stored choice that still fits: Settings says once whether all is saved.
    return {
      ...base,
      value: MONEYBIRD_ID.test(stored) ? stored : null,
      stored: true,
      reason: null,
      warning,
    };
  }
  const proposal =
    slot.kind === 'ledger' && slot.role === 'rounding'
      ? roundingLedgerProposal(options, context.revenue)
      : engineProposal(at, context.completion, options, context.reference, context.paymentProviders);
  return {
    ...base,
    value: proposal.value,
    stored: false,
    reason: proposal.reason,
    warning: proposal.warning,
  };
}

const byRateDescending = (a: string, b: string) => {
  const x: Decimal = parseDecimal(a);
  const y: Decimal = parseDecimal(b);
  return x === y ? 0 : x > y ? -1 : 1;
};

/** Every field path the mapping shows, in order: fixed ones, the rates needed and any stored extras. */
function fieldPaths(stored: Mapping, needs: readonly TaxRateNeed[], methods: readonly string[]): SlotAt[] {
  const list: SlotAt[] = [];
  const seen = new Set<string>();
  const add = (at: SlotAt | undefined) => {
    if (at && !seen.has(at.path)) {
      seen.add(at.path);
      list.push(at);
    }
  };
  const keysOf = (node: unknown) => Object.keys(asRecord(node) ?? {});
  const ledgers = child(stored, 'ledgerAccounts');
  const taxRates = child(stored, 'taxRates');

  // revenue
  for (const role of ['revenue', 'shipping', 'paymentCosts', 'discounts'])
    add(parseFieldPath(`ledgerAccounts.${role}`));
  for (const treatment of keysOf(child(ledgers, 'revenueByTreatment')))
    add(parseFieldPath(`ledgerAccounts.revenueByTreatment.${treatment}`));
  const byRate = keysOf(child(ledgers, 'revenueByRate'))
    .map(canonicalRate)
    .filter((r): r is string => r !== undefined)
    .sort(byRateDescending);
  for (const rate of byRate) add(parseFieldPath(`ledgerAccounts.revenueByRate.${rateSegment(rate)}`));

  // tax rates: domestic (needed, then stored), reverse charge, export, OSS by country
  const domestic = [
    ...needs.filter((n) => n.treatment === 'domestic').map((n) => canonicalRate(n.rate)),
    ...keysOf(child(taxRates, 'domestic'))
      .map(canonicalRate)
      .filter((r): r is string => r !== undefined)
      .sort(byRateDescending),
  ];
  for (const rate of domestic) if (rate !== undefined) add(parseFieldPath(domesticPath(rate)));
  add(parseFieldPath('taxRates.reverseCharge'));
  add(parseFieldPath('taxRates.export'));
  const oss: Array<{ country: string; rate: string }> = [];
  for (const need of needs) {
    const rate = canonicalRate(need.rate);
    if (need.treatment === 'oss' && need.country && rate !== undefined)
      oss.push({ country: need.country.toUpperCase(), rate });
  }
  const storedOss = child(taxRates, 'oss');
  for (const country of keysOf(storedOss)) {
    for (const key of keysOf(child(storedOss, country))) {
      const rate = canonicalRate(key);
      if (rate !== undefined) oss.push({ country: country.toUpperCase(), rate });
    }
  }
  oss.sort((a, b) => a.country.localeCompare(b.country) || byRateDescending(a.rate, b.rate));
  for (const { country, rate } of oss) add(parseFieldPath(ossPath(country, rate)));

  // payments
  add(parseFieldPath('financialAccountId'));
  add(parseFieldPath(`financialAccountByPaymentMethod.${GIFT_CARD_METHOD}`));
  add(parseFieldPath('giftCardLedgerAccountId'));
  // The shop's own methods first (most used first), then any others stored earlier.
  for (const method of methods) add(parseFieldPath(`financialAccountByPaymentMethod.${method}`));
  for (const method of keysOf(child(stored, 'financialAccountByPaymentMethod')).sort())
    add(parseFieldPath(`financialAccountByPaymentMethod.${method}`));

  // rounding, invoice
  add(parseFieldPath('rounding.taxRateId'));
  add(parseFieldPath('rounding.ledgerAccountId'));
  add(parseFieldPath('workflowId'));
  add(parseFieldPath('documentStyleId'));
  return list;
}

function fieldContext(
  stored: Mapping,
  reference: MoneybirdReferenceData,
  options: MappingFieldOptions,
): FieldContext {
  const completion = completeMapping(stored, reference, { extraNeeds: options.extraNeeds ?? [] });
  const storedCountry = child(stored, 'shopCountry');
  const shopCountry = (
    options.shopCountry ?? (typeof storedCountry === 'string' ? storedCountry : 'NL')
  ).toUpperCase();
  const revenueAt = parseFieldPath('ledgerAccounts.revenue')!;
  const storedRevenue = storedValue(stored, revenueAt);
  const proposedRevenue =
    completion.chosen.find((c) => c.path === revenueAt.path)?.value ??
    standardRevenue(completion.gaps.find((g) => g.path === revenueAt.path)?.candidates ?? [])?.id;
  return {
    stored,
    reference,
    shopCountry,
    completion,
    revenue: storedRevenue ?? proposedRevenue ?? null,
    paymentProviders: options.paymentProviders ?? [],
  };
}

/**
 * One field for every mapping choice that can park an order or stop a run: the stored value, else
 * Winkelbrug's proposal (else null), the Moneybird records that fit, why, and what to check.
 */
export function mappingFields(
  stored: Mapping,
  reference: MoneybirdReferenceData,
  options: MappingFieldOptions = {},
): MappingField[] {
  const needs = [...DEFAULT_TAX_RATE_NEEDS, ...(options.extraNeeds ?? [])];
  const context = fieldContext(stored, reference, options);
  const methods = (options.paymentMethods ?? [])
    .map((m) => m.trim().toLowerCase())
    .filter((m) => PAYMENT_METHOD.test(m) && !GIFT_CARD_METHODS.has(m));
  return fieldPaths(stored, needs, methods).map((at) => buildField(at, context));
}

// ---- saving the owner's choices -------------------------------------------------------------------

export type ApplyOutcome =
  | { ok: true; mapping: Mapping }
  | { ok: false; field: string; problem: CheckProblem };

/**
 * The mapping to store after the owner's choices (path -> Moneybird id; null clears the stored
 * choice). Each path must name a field and each id must be one of that field's options (a stored id
 * sent back unchanged is kept even when Moneybird no longer offers it). On a refusal nothing is to
 * be stored: the outcome names the field and says why.
 */
export function applyMappingChoices(
  stored: Mapping,
  choices: Readonly<Record<string, string | null>>,
  reference: MoneybirdReferenceData,
  fields?: readonly MappingField[],
): ApplyOutcome {
  const context = fieldContext(stored, reference, {});
  const planned: Array<{ at: SlotAt; id: string | null }> = [];
  for (const [path, id] of Object.entries(choices)) {
    const at = parseFieldPath(path);
    if (!at)
      return {
        ok: false,
        field: path,
        problem: { code: 'invalid', message: say('refuse.unknown_field', { path }) },
      };
    if (id !== null) {
      const field = fields?.find((f) => f.path === at.path) ?? buildField(at, context);
      const unchanged = storedValue(stored, at) === id;
      if (!unchanged && !field.options.some((o) => o.id === id))
        return {
          ok: false,
          field: path,
          problem: {
            code: 'invalid',
            message: say('refuse.not_an_option', { id: String(id) }, { label: field.label }),
          },
        };
    }
    planned.push({ at, id });
  }
  let mapping: Mapping = structuredClone(stored);
  for (const { at, id } of planned) {
    mapping = removeSlot(mapping, at);
    if (id !== null) mapping = setPath(mapping, at.path, id);
  }
  return { ok: true, mapping };
}

/** The stored mapping with every proposal the fields show taken over (what accepting them all stores). */
export function acceptProposals(stored: Mapping, fields: readonly MappingField[]): Mapping {
  let mapping: Mapping = structuredClone(stored);
  for (const field of fields) {
    if (field.stored || field.value === null) continue;
    const at = parseFieldPath(field.path);
    if (!at) continue;
    mapping = setPath(removeSlot(mapping, at), at.path, field.value);
  }
  return mapping;
}
