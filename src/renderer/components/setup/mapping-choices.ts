// The mapping as the form holds it (path -> chosen id, '' for none) and what a save sends: the
// fields the owner changed, and the proposals the owner accepted by saving (not stored yet).
import { MAPPING_SECTIONS, type MappingField, type MappingSection } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import type { MessageKey, Translate } from '../../i18n/text';

export type MappingDraft = Record<string, string>;

export function draftOfFields(fields: MappingField[]): MappingDraft {
  return Object.fromEntries(fields.map((field) => [field.path, field.value ?? '']));
}

export function choicesToSave(fields: MappingField[], draft: MappingDraft): Record<string, string | null> {
  const choices: Record<string, string | null> = {};
  for (const field of fields) {
    const chosen = draft[field.path] ?? field.value ?? '';
    const proposed = field.value ?? '';
    if (chosen !== proposed) {
      // An unstored field left empty: nothing to store and nothing to clear.
      if (chosen !== '' || field.stored) choices[field.path] = chosen === '' ? null : chosen;
    } else if (!field.stored && field.value !== null) {
      choices[field.path] = field.value;
    }
  }
  return choices;
}

export function sectionsOf(fields: MappingField[], paths: string[]): MappingSection[] {
  const sections = new Set(
    fields.filter((field) => paths.includes(field.path)).map((field) => field.section),
  );
  return MAPPING_SECTIONS.filter((section) => sections.has(section));
}

/** Fields that booking cannot do without and that have no choice. */
export function missingRequired(fields: MappingField[], draft: MappingDraft): string[] {
  return fields
    .filter((field) => field.required && !(draft[field.path] ?? field.value))
    .map((field) => field.path);
}

/**
 * The fields that need the owner as Winkelbrug proposed them: a warning (no proposal, or a choice
 * it could not make), a required field without a value, or a problem the last save named. Judged on
 * the proposal, not the draft, so a field does not move away while the owner is choosing.
 */
export function needsOwner(field: MappingField, problems: Readonly<Record<string, unknown>>): boolean {
  return field.warning !== null || (field.required && field.value === null) || Boolean(problems[field.path]);
}

/**
 * Whether the owner's own pick answers a field that needed them: they chose its value in this form
 * (picked it, or kept what was filled in) and it is one of the records Moneybird offers for it.
 * Nothing chosen, a stored record Moneybird no longer offers (an inactive rate) or a value the last
 * save refused still needs them.
 */
export function ownerAnswered(
  field: MappingField,
  draft: MappingDraft,
  picked: ReadonlySet<string>,
  problems: Readonly<Record<string, unknown>>,
): boolean {
  if (!picked.has(field.path) || problems[field.path]) return false;
  const value = draft[field.path] ?? field.value ?? '';
  return value !== '' && field.options.some((option) => option.id === value);
}

/** What the record chosen in the form says against itself for this field (a tax rate of another VAT box); else null. */
export function cautionOf(
  field: MappingField,
  draft: MappingDraft,
): MappingField['options'][number]['caution'] {
  const value = draft[field.path] ?? field.value ?? '';
  return field.options.find((option) => option.id === value)?.caution ?? null;
}

/**
 * A field the owner cannot answer here yet: it asks (a warning), may stay empty, and Moneybird offers
 * nothing to choose (a VAT rate the administration does not have). It is counted apart from the
 * choices to make: the owner can go on, and orders that need it wait until it is added in Moneybird.
 */
export function missingInMoneybird(field: MappingField): boolean {
  return field.warning !== null && !field.required && field.options.length === 0;
}

/** A VAT-rate field (the shop's rates, and the rounding line's rate); the rest are accounts and the like. */
export const isRateField = (field: MappingField) =>
  field.path.startsWith('taxRates.') || field.path === 'rounding.taxRateId';

/** What the mapping says of the fields Moneybird has nothing for, naming them by their labels. */
export function missingText(
  fields: readonly MappingField[],
  locale: Locale,
): { key: MessageKey; params: { count: number; names: string } } | null {
  if (fields.length === 0) return null;
  const names = writtenList(
    fields.map((field) => field.label[locale]),
    locale,
  );
  const rates = fields.every(isRateField);
  const one = fields.length === 1;
  const key: MessageKey = rates
    ? one
      ? 'mapping.unavailable.rate.one'
      : 'mapping.unavailable.rate.other'
    : one
      ? 'mapping.unavailable.one'
      : 'mapping.unavailable.other';
  return { key, params: { count: fields.length, names } };
}

/**
 * Whether a proposal that arrives keeps the owner's picks (keepPicks) or starts the form afresh:
 * fresh after a save (the proposal is what was saved); kept when fetched again on the owner's word,
 * or when it arrives while they have picked something (the form showed the proposal kept from an
 * earlier visit while this one loaded): a load in the background must never undo a pick.
 */
export function proposalKeepsPicks(form: {
  refetching: boolean;
  saving: boolean;
  picked: ReadonlySet<string>;
}): boolean {
  return form.refetching || (form.picked.size > 0 && !form.saving);
}

/**
 * The form after Moneybird's records were fetched again: a pick of the owner's stays while Moneybird
 * still offers it (or it was "nothing"); every other field starts from the new proposal, so a rate
 * just added in Moneybird is filled in where it is the only fit.
 */
export function keepPicks(
  fields: readonly MappingField[],
  draft: MappingDraft,
  picked: ReadonlySet<string>,
): { draft: MappingDraft; picked: Set<string> } {
  const next = draftOfFields([...fields]);
  const kept = new Set<string>();
  for (const field of fields) {
    if (!picked.has(field.path)) continue;
    const value = draft[field.path];
    if (value === undefined) continue;
    if (value !== '' && !field.options.some((option) => option.id === value)) continue;
    next[field.path] = value;
    kept.add(field.path);
  }
  return { draft: next, picked: kept };
}

/** What Moneybird lacks for the mapping yet: how many, and whether all of them are VAT rates. */
export interface Lacking {
  count: number;
  rates: boolean;
}

/** The header's words: a message, and apart from it the words for what Moneybird lacks. */
export interface AttentionText {
  key: MessageKey;
  params?: { count: number };
  lacking?: { key: MessageKey; params: { count: number } };
}

/**
 * What the mapping's header says: how many of the choices that needed the owner still do, and apart
 * from them what is marked too but cannot be chosen until it is added in Moneybird (a VAT rate), so
 * the numbers said add up to the fields marked.
 */
export function attentionText(
  needed: number,
  left: number,
  /** Choices Moneybird cannot offer yet (a rate to add there first): all chosen is then all that can be. */
  unavailable: number | Lacking = 0,
): AttentionText {
  const lacking = typeof unavailable === 'number' ? { count: unavailable, rates: true } : unavailable;
  if (needed === 0)
    return { key: lacking.count > 0 ? 'mapping.attention.doneForNow' : 'mapping.attention.none' };
  if (left === 0)
    return { key: lacking.count > 0 ? 'mapping.attention.doneForNow' : 'mapping.attention.done' };
  const first = left === needed;
  if (lacking.count === 0) {
    if (first)
      return needed === 1
        ? { key: 'mapping.attention.one' }
        : { key: 'mapping.attention.other', params: { count: needed } };
    return left === 1
      ? { key: 'mapping.attention.left.one' }
      : { key: 'mapping.attention.left.other', params: { count: left } };
  }
  const key: MessageKey = first
    ? left === 1
      ? 'mapping.attention.lacking.one'
      : 'mapping.attention.lacking.other'
    : left === 1
      ? 'mapping.attention.left.lacking.one'
      : 'mapping.attention.left.lacking.other';
  const what: MessageKey = lacking.rates
    ? lacking.count === 1
      ? 'mapping.lacking.rate.one'
      : 'mapping.lacking.rate.other'
    : lacking.count === 1
      ? 'mapping.lacking.one'
      : 'mapping.lacking.other';
  return { key, params: { count: left }, lacking: { key: what, params: { count: lacking.count } } };
}

/** The header as the owner reads it. */
export function attentionWords(text: AttentionText, t: Translate): string {
  if (!text.lacking) return t(text.key, text.params);
  return t(text.key, { ...text.params, lacking: t(text.lacking.key, text.lacking.params) });
}

export const SECTION_TITLE: Record<MappingSection, MessageKey> = {
  revenue: 'mapping.section.revenue',
  taxRates: 'mapping.section.taxRates',
  payments: 'mapping.section.payments',
  rounding: 'mapping.section.rounding',
  invoice: 'mapping.section.invoice',
};

export const SECTION_HINT: Record<MappingSection, MessageKey> = {
  revenue: 'mapping.section.revenue.hint',
  taxRates: 'mapping.section.taxRates.hint',
  payments: 'mapping.section.payments.hint',
  rounding: 'mapping.section.rounding.hint',
  invoice: 'mapping.section.invoice.hint',
};
