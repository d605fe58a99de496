// The bookkeeping mapping as the owner sees it in the setup and in Settings: one field for every
// choice that can park an order or stop a run, each with the Moneybird records that fit, what is
// stored, and otherwise what Winkelbrug proposes and why. Proposals are the ones the sync engine
// makes by itself at run time (`completeMapping`: the only revenue account, the only active rate at
// a percentage, the default workflow, ...), plus the rounding line's rate and account and a gift-card
// account where a name says which one it is. Where Moneybird's data leaves a real choice nothing is
// proposed: the field says what to choose or what to create in Moneybird.
//
// Pure functions: the reference data comes in, fields (or the mapping to store) go out.
import type { CheckProblem, MappingField, MappingSection } from '../../../shared/contract';
import { countryName } from '../../../shared/i18n/country-name';
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import {
  type SetupMappingMessageKey,
  setupMappingMessages,
} from '../../../shared/i18n/messages/setup-mapping';
import { paymentMethodName } from '../../../shared/i18n/payment-method-name';
import { type LocalizedText, localize, type MessageParams } from '../../../shared/i18n/translate';
import { type ListJoin, writtenList } from '../../../shared/i18n/written-list';
import { rateNumber, writtenRate } from '../../../shared/i18n/written-rate';
import { vatBoxCode } from '../../../shared/reconciliation/vat-box-name';
import {
  DEFAULT_TAX_RATE_NEEDS,
  type MoneybirdLedgerAccount,
  type MoneybirdReferenceData,
  type MoneybirdTaxRate,
  meantForOtherSales,
  OUTSIDE_RETURN,
  outsideTheReturn,
  rateKey,
  type TaxRateNeed,
  taxRatePercentage,
  VAT_TREATMENTS,
  type VatTreatment,
} from '../bookkeeping';
import { type Decimal, parseDecimal, ZERO } from '../money/decimal';
import { completeMapping, rateSegment, setPath } from '../sync/auto-mapping';
import { misplacement, rateBox, rateBoxOf } from './vat-box-of';

type Mapping = Record<string, unknown>;
type MappingOption = MappingField['options'][number];

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

/** Moneybird's own name for its standard revenue account, in a new administration's chart. */
const STANDARD_REVENUE = /^(omzet|revenue|sales|verkopen|omzet webwinkel)$/i;

type Candidate = { id: string; name?: string };

/** The one candidate named as Moneybird's standard revenue account, when there is exactly one. */
function standardRevenue(candidates: readonly Candidate[]): Candidate | undefined {
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

// ---- the fields there are --------------------------------------------------------------------------

type LedgerRole =
  | 'revenue'
  | 'shipping'
  | 'paymentCosts'
  | 'discounts'
  | 'rounding'
  | 'giftCards'
  | 'byTreatment'
  | 'byRate';
type TaxRateRole = 'domestic' | 'oss' | 'reverse_charge' | 'export' | 'rounding';

/** One field of the mapping, parsed from its path. */
type Slot =
  | { kind: 'ledger'; role: LedgerRole; treatment?: VatTreatment; rate?: string }
  | { kind: 'financial'; method?: string }
  | TaxRateSlot
  | { kind: 'workflow' }
  | { kind: 'documentStyle' };

type TaxRateSlot = { kind: 'taxRate'; role: TaxRateRole; rate?: string; country?: string };

interface SlotAt {
  slot: Slot;
  /** The canonical path (rates written "5,5", countries upper-case). */
  path: string;
}

/** "21", "5,5", "5,50", "21.0" -> the canonical rate key ("21", "5.5"); undefined if not a percentage. */
function canonicalRate(text: string): string | undefined {
  try {
    const value = parseDecimal(text.replace(',', '.'));
    return value >= ZERO && value <= 100_000_000n ? rateKey(value) : undefined;
  } catch {
    return undefined;
  }
}

const PAYMENT_METHOD = /^[A-Za-z0-9_-]{1,40}$/;
const GIFT_CARD_METHOD = 'gift_card';
/** The shop's gift-card methods share the gift-card field rather than each getting one. */
const GIFT_CARD_METHODS = new Set(['gift_card', 'webshop_giftcard', 'podium_giftcard']);

/** The field a path names, or undefined when no field has that path. */
export function parseFieldPath(path: string): SlotAt | undefined {
  const parts = path.split('.');
  const at = (slot: Slot, canonical: string): SlotAt => ({ slot, path: canonical });
  switch (path) {
    case 'ledgerAccounts.revenue':
    case 'ledgerAccounts.shipping':
    case 'ledgerAccounts.paymentCosts':
    case 'ledgerAccounts.discounts':
      return at({ kind: 'ledger', role: parts[1] as LedgerRole }, path);
    case 'rounding.ledgerAccountId':
      return at({ kind: 'ledger', role: 'rounding' }, path);
    case 'rounding.taxRateId':
      return at({ kind: 'taxRate', role: 'rounding' }, path);
    case 'giftCardLedgerAccountId':
      return at({ kind: 'ledger', role: 'giftCards' }, path);
    case 'financialAccountId':
      return at({ kind: 'financial' }, path);
    case 'taxRates.reverseCharge':
      return at({ kind: 'taxRate', role: 'reverse_charge', rate: '0' }, path);
    case 'taxRates.export':
      return at({ kind: 'taxRate', role: 'export', rate: '0' }, path);
    case 'workflowId':
      return at({ kind: 'workflow' }, path);
    case 'documentStyleId':
      return at({ kind: 'documentStyle' }, path);
  }
  const [first, second, third, fourth] = parts;
  if (first === 'taxRates' && second === 'domestic' && parts.length === 3) {
    const rate = canonicalRate(third!);
    if (rate !== undefined) return at({ kind: 'taxRate', role: 'domestic', rate }, domesticPath(rate));
  }
  if (first === 'taxRates' && second === 'oss' && parts.length === 4 && /^[A-Za-z]{2}$/.test(third!)) {
    const rate = canonicalRate(fourth!);
    const country = third!.toUpperCase();
    if (rate !== undefined)
      return at({ kind: 'taxRate', role: 'oss', rate, country }, ossPath(country, rate));
  }
  if (first === 'ledgerAccounts' && second === 'revenueByTreatment' && parts.length === 3) {
    const treatment = VAT_TREATMENTS.find((t) => t === third);
    if (treatment) return at({ kind: 'ledger', role: 'byTreatment', treatment }, path);
  }
  if (first === 'ledgerAccounts' && second === 'revenueByRate' && parts.length === 3) {
    const rate = canonicalRate(third!);
    if (rate !== undefined)
      return at(
        { kind: 'ledger', role: 'byRate', rate },
        `ledgerAccounts.revenueByRate.${rateSegment(rate)}`,
      );
  }
  if (first === 'financialAccountByPaymentMethod' && parts.length === 2 && PAYMENT_METHOD.test(second!)) {
    return at({ kind: 'financial', method: second }, path);
  }
  return undefined;
}

const domesticPath = (rate: string) => `taxRates.domestic.${rateSegment(rate)}`;
const ossPath = (country: string, rate: string) => `taxRates.oss.${country}.${rateSegment(rate)}`;

function sectionOf(slot: Slot): MappingSection {
  switch (slot.kind) {
    case 'ledger':
      return slot.role === 'rounding' ? 'rounding' : slot.role === 'giftCards' ? 'payments' : 'revenue';
    case 'financial':
      return 'payments';
    case 'taxRate':
      return slot.role === 'rounding' ? 'rounding' : 'taxRates';
    case 'workflow':
    case 'documentStyle':
      return 'invoice';
  }
}

const isRequired = (slot: Slot) =>
  (slot.kind === 'ledger' && slot.role === 'revenue') || (slot.kind === 'financial' && !slot.method);

// ---- texts ---------------------------------------------------------------------------------------

/** A message of the mapping's catalog; `wording` holds parameters that differ per language. */
function say(
  key: SetupMappingMessageKey,
  params: MessageParams = {},
  wording: Record<string, LocalizedText> = {},
): LocalizedText {
  return localize(setupMappingMessages, key, params, wording);
}

function treatmentName(treatment: VatTreatment, country = ''): LocalizedText {
  return localize(bookkeepingMessages, `treatment.${treatment}`, { country });
}

/** A percentage as each language writes it: "5,5" in Dutch, "5.5" in English. */
const rateWording = (rate: string): LocalizedText => ({
  nl: rateNumber(rate, 'nl'),
  en: rateNumber(rate, 'en'),
});

function labelAndHelp(slot: Slot, shopCountry: string): { label: LocalizedText; help: LocalizedText } {
  const pair = (base: string, params: MessageParams = {}, wording: Record<string, LocalizedText> = {}) => ({
    label: say(`${base}.label` as SetupMappingMessageKey, params, wording),
    help: say(`${base}.help` as SetupMappingMessageKey, params, wording),
  });
  switch (slot.kind) {
    case 'ledger':
      switch (slot.role) {
        case 'revenue':
          return pair('field.revenue');
        case 'shipping':
          return pair('field.shipping');
        case 'paymentCosts':
          return pair('field.paymentCosts');
        case 'discounts':
          return pair('field.discounts');
        case 'rounding':
          return pair('field.roundingLedger');
        case 'giftCards':
          return pair('field.giftCardLedger');
        case 'byTreatment':
          return pair('field.revenueByTreatment', {}, { treatment: treatmentName(slot.treatment!, 'EU') });
        case 'byRate':
          return pair('field.revenueByRate', {}, { rate: rateWording(slot.rate!) });
      }
      break;
    case 'financial':
      if (!slot.method) return pair('field.financial');
      if (slot.method === GIFT_CARD_METHOD) return pair('field.giftCard');
      return pair('field.paymentMethod', {}, { method: paymentMethodName(slot.method) });
    case 'taxRate':
      switch (slot.role) {
        case 'domestic': {
          const wording = { rate: rateWording(slot.rate!), country: countryName(shopCountry) };
          // At 0 % the choice decides between box 1e and no box at all: the help says which is which.
          if (parseDecimal(slot.rate!) === ZERO)
            return {
              label: say('field.domestic.label', {}, wording),
              help: say('field.domesticZero.help', {}, wording),
            };
          return pair('field.domestic', {}, wording);
        }
        case 'oss':
          return pair(
            'field.oss',
            {},
            { rate: rateWording(slot.rate!), country: countryName(slot.country!) },
          );
        case 'reverse_charge':
          return pair('field.reverseCharge');
        case 'export':
          return pair('field.export');
        case 'rounding':
          return pair('field.roundingTaxRate');
      }
      break;
    case 'workflow':
      return pair('field.workflow');
    case 'documentStyle':
      return pair('field.documentStyle');
  }
  throw new Error('unreachable');
}

const MAX_NAMES = 6;
function nameList(names: ReadonlyArray<string | undefined>): string {
  const quoted = names.map((n) => `"${n ?? '?'}"`);
  return quoted.length > MAX_NAMES ? `${quoted.slice(0, MAX_NAMES).join(', ')}, …` : quoted.join(', ');
}

// ---- the Moneybird records that fit --------------------------------------------------------------

const PROFIT_AND_LOSS = new Set(['revenue', 'direct_costs', 'expenses', 'other_income_expenses']);

function allowsSalesInvoices(account: MoneybirdLedgerAccount): boolean {
  const allowed = (account as { allowed_document_types?: unknown }).allowed_document_types;
  return !Array.isArray(allowed) || (allowed as unknown[]).includes('sales_invoice');
}

/** The revenue accounts the engine may pick by itself (the same filter as `completeMapping`). */
function revenueAccounts(reference: MoneybirdReferenceData): MoneybirdLedgerAccount[] {
  return reference.ledgerAccounts.filter(
    (a) => a.active && a.account_type === 'revenue' && allowsSalesInvoices(a),
  );
}

/** Accounts an invoice line may go to: active profit-and-loss accounts allowed on sales invoices. */
/** Where sold gift cards wait until redeemed: a debt to the customer, on the balance sheet. */
function liabilityAccounts(reference: MoneybirdReferenceData): MoneybirdLedgerAccount[] {
  return reference.ledgerAccounts.filter((a) => a.active && a.account_type === 'current_liabilities');
}

function lineAccounts(reference: MoneybirdReferenceData): MoneybirdLedgerAccount[] {
  return reference.ledgerAccounts.filter(
    (a) => a.active && PROFIT_AND_LOSS.has(a.account_type) && allowsSalesInvoices(a),
  );
}

const usableRate = (r: MoneybirdTaxRate) => r.active !== false && r.tax_rate_type === 'sales_invoice';

function ratesAt(
  reference: MoneybirdReferenceData,
  rate: string,
  country: string | null,
): MoneybirdTaxRate[] {
  const wanted = parseDecimal(rate);
  return reference.taxRates.filter(
    (r) =>
      usableRate(r) &&
      taxRatePercentage(r) === wanted &&
      (country === null ? !r.country : r.country?.toUpperCase() === country),
  );
}

/**
 * What tells two rates apart for the owner and the accountant: the percentage as each language writes
 * it, and the part of the VAT return a sale on the rate lands in (`rateBoxOf`: the rule the dry run
 * names its rows by, for the rate by itself), named as the order page and the month view name it:
 * "0% · rubriek 1e", "0% · buiten de aangifte", "21% · OSS België". Where that part is not known (a
 * rate exempt by name, without a box from Moneybird), the percentage alone: no box is guessed.
 */
function rateDetail(rate: MoneybirdTaxRate): LocalizedText | null {
  const percentage = taxRatePercentage(rate);
  if (percentage === undefined) return null;
  const written = { nl: writtenRate(rateKey(percentage), 'nl'), en: writtenRate(rateKey(percentage), 'en') };
  const box = rateBoxOf(rate);
  if (box === undefined) return written;
  if (box === OUTSIDE_RETURN) return say('option.rate.outside', {}, { rate: written });
  const code = { nl: vatBoxCode(box, 'nl'), en: vatBoxCode(box, 'en') };
  return say(
    box.startsWith('NL/') ? 'option.rate.box' : 'option.rate.elsewhere',
    {},
    { rate: written, box: code },
  );
}

/** What kind of money account a financial account is, in the owner's words; another type as Moneybird names it. */
function financialType(type: string): LocalizedText {
  const key = `financialType.${type}`;
  return Object.hasOwn(setupMappingMessages.nl, key)
    ? localize(setupMappingMessages, key as SetupMappingMessageKey)
    : untranslated(type);
}

/** The same words in both languages: an account code, an IBAN, a currency. */
const untranslated = (text: string): LocalizedText => ({ nl: text, en: text });

/**
 * What goes wrong when a rate is chosen for a slot whose sales belong in another part of the VAT
 * return (`misplacement`, the rule the check after each create applies): where the rate's sales land
 * (by what the rate says, or, for one that says nothing, where Moneybird puts an ordinary rate), that
 * such orders then wait with a draft in Moneybird, and which rate to choose instead: the one among the
 * slot's options that fits by what it says, else what to choose or add. Null where the rate fits,
 * where its box is not known, and for OSS rates and the rounding line (which carries no sale).
 */
function rateCaution(
  slot: TaxRateSlot,
  rate: MoneybirdTaxRate,
  candidates: readonly MoneybirdTaxRate[],
  shopCountry: string,
): LocalizedText | null {
  if (slot.role !== 'domestic' && slot.role !== 'reverse_charge' && slot.role !== 'export') return null;
  const role = slot.role;
  const placed = misplacement(role, rate);
  if (!placed) return null;
  const box =
    placed.box === OUTSIDE_RETURN
      ? say('caution.box_none')
      : say(
          'caution.box',
          {},
          { box: { nl: vatBoxCode(placed.box, 'nl'), en: vatBoxCode(placed.box, 'en') } },
        );
  const what =
    role === 'domestic'
      ? say('caution.domestic', {}, { box, country: countryName(shopCountry) })
      : say(placed.guessed ? `caution.${role}.guessed` : `caution.${role}`, {}, { box });
  // For ICP or export, the one rate that says it fits (its box or its name), not one placed by a guess.
  // At home the choice between the ordinary rates (box 1e or outside the return) is the owner's.
  const fitting =
    role === 'domestic'
      ? []
      : candidates.filter((c) => c.id !== rate.id && !misplacement(role, c) && rateBox(c)?.guessed === false);
  const instead =
    fitting.length === 1
      ? say('caution.choose', { name: fitting[0]!.name ?? fitting[0]!.id })
      : say(`caution.choose_any.${role}`, {}, role === 'domestic' ? { rate: rateWording(slot.rate!) } : {});
  const waits = say('caution.waits');
  const sentence = (language: 'nl' | 'en') => [what[language], waits[language], instead[language]].join(' ');
  return { nl: sentence('nl'), en: sentence('en') };
}

function optionsFor(slot: Slot, reference: MoneybirdReferenceData, shopCountry: string): MappingOption[] {
  const option = (
    id: string,
    name: string | undefined,
    detail: LocalizedText | null,
    caution: LocalizedText | null = null,
  ): MappingOption => ({
    id,
    name: name ?? id,
    detail,
    ...(caution ? { caution } : {}),
  });
  switch (slot.kind) {
    case 'ledger': {
      const accounts =
        slot.role === 'revenue'
          ? revenueAccounts(reference)
          : slot.role === 'giftCards'
            ? liabilityAccounts(reference)
            : lineAccounts(reference);
      return accounts.map((a) => {
        const code = (a as { account_id?: unknown }).account_id;
        return option(a.id, a.name, typeof code === 'string' && code !== '' ? untranslated(code) : null);
      });
    }
    case 'financial':
      return reference.financialAccounts
        .filter((a) => a.active)
        .map((a) => {
          const identifier = (a as { identifier?: unknown }).identifier;
          const kind = a.type ? financialType(a.type) : undefined;
          const number = typeof identifier === 'string' && identifier !== '' ? identifier : undefined;
          const written = (language: 'nl' | 'en') => [kind?.[language], number].filter(Boolean).join(' · ');
          return option(a.id, a.name, kind || number ? { nl: written('nl'), en: written('en') } : null);
        });
    case 'taxRate': {
      const rates =
        slot.role === 'domestic'
          ? ratesAt(reference, slot.rate!, null)
          : slot.role === 'oss'
            ? ratesAt(reference, slot.rate!, slot.country!)
            : ratesAt(reference, '0', null);
      return rates.map((r) => option(r.id, r.name, rateDetail(r), rateCaution(slot, r, rates, shopCountry)));
    }
    case 'workflow':
      return reference.workflows
        .filter((w) => w.active && w.type === 'InvoiceWorkflow')
        .map((w) => option(w.id, w.name, w.currency ? untranslated(w.currency) : null));
    case 'documentStyle':
      return reference.documentStyles.map((s) => option(s.id, s.name, null));
  }
}

/** Every record of the slot's kind, active or not, to tell a record that is gone from one that does not fit. */
function anyRecord(slot: Slot, reference: MoneybirdReferenceData, id: string): { name?: string } | undefined {
  switch (slot.kind) {
    case 'ledger':
      return reference.ledgerAccounts.find((a) => a.id === id);
    case 'financial':
      return reference.financialAccounts.find((a) => a.id === id);
    case 'taxRate':
      return reference.taxRates.find((r) => r.id === id);
    case 'workflow':
      return reference.workflows.find((w) => w.id === id);
    case 'documentStyle':
      return reference.documentStyles.find((s) => s.id === id);
  }
}

// ---- what is stored -------------------------------------------------------------------------------

function child(node: unknown, key: string): unknown {
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as Mapping)[key]
    : undefined;
}

function asRecord(node: unknown): Mapping | undefined {
  return node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as Mapping) : undefined;
}

/** The keys of a rate-keyed record that mean `rate` ("5.5", "5,5", "5.50" all mean 5.5). */
function rateKeysOf(record: Mapping | undefined, rate: string): string[] {
  if (!record) return [];
  return Object.keys(record).filter((key) => canonicalRate(key) === rate);
}

function countryKeysOf(record: Mapping | undefined, country: string): string[] {
  if (!record) return [];
  return Object.keys(record).filter((key) => key.toUpperCase() === country);
}

/** Where a slot lives in the mapping: the record holding it and every key that means it. */
function locate(mapping: Mapping, at: SlotAt): Array<{ container: string[]; key: string }> {
  const { slot } = at;
  if (slot.kind === 'taxRate' && slot.role === 'domestic') {
    const record = asRecord(child(child(mapping, 'taxRates'), 'domestic'));
    return rateKeysOf(record, slot.rate!).map((key) => ({ container: ['taxRates', 'domestic'], key }));
  }
  if (slot.kind === 'taxRate' && slot.role === 'oss') {
    const oss = asRecord(child(child(mapping, 'taxRates'), 'oss'));
    return countryKeysOf(oss, slot.country!).flatMap((country) =>
      rateKeysOf(asRecord(oss![country]), slot.rate!).map((key) => ({
        container: ['taxRates', 'oss', country],
        key,
      })),
    );
  }
  if (slot.kind === 'ledger' && slot.role === 'byRate') {
    const record = asRecord(child(child(mapping, 'ledgerAccounts'), 'revenueByRate'));
    return rateKeysOf(record, slot.rate!).map((key) => ({
      container: ['ledgerAccounts', 'revenueByRate'],
      key,
    }));
  }
  const parts = at.path.split('.');
  let node: unknown = mapping;
  for (const part of parts.slice(0, -1)) node = child(node, part);
  const key = parts[parts.length - 1]!;
  return asRecord(node) && Object.hasOwn(node as Mapping, key)
    ? [{ container: parts.slice(0, -1), key }]
    : [];
}

function valueAt(mapping: Mapping, place: { container: string[]; key: string }): unknown {
  let node: unknown = mapping;
  for (const part of place.container) node = child(node, part);
  return child(node, place.key);
}

/** The stored value of a slot: its text (the last of equivalent keys wins, as the schema reads it). */
function storedValue(mapping: Mapping, at: SlotAt): string | undefined {
  const places = locate(mapping, at);
  for (const place of places.reverse()) {
    const value = valueAt(mapping, place);
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

const MONEYBIRD_ID = /^[1-9]\d{0,19}$/;

// ---- proposals -----------------------------------------------------------------------------------

interface Proposal {
  value: string | null;
  reason: LocalizedText | null;
  warning: LocalizedText | null;
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

/** Quoted names as a list in each language: "a", "b" of "c" / "a", "b" or "c". */
function quotedList(names: ReadonlyArray<string | undefined>, join: ListJoin): LocalizedText {
  const quoted = names.map((n) => `"${n ?? '?'}"`);
  return { nl: writtenList(quoted, 'nl', join), en: writtenList(quoted, 'en', join) };
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

function roundingLedgerProposal(options: readonly MappingOption[], revenue: string | null): Proposal {
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
function engineProposal(
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

// ---- the fields ----------------------------------------------------------------------------------

interface FieldContext {
  stored: Mapping;
  reference: MoneybirdReferenceData;
  shopCountry: string;
  completion: ReturnType<typeof completeMapping>;
  /** The revenue account in force (stored or proposed), for the rounding account's fallback. */
  revenue: string | null;
  paymentProviders: readonly string[];
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
 * Removes every key that means the slot (a stored key may itself hold a dot, as "21.0" does, so keys
 * are walked, not joined into a path), and a country left empty by that inside the OSS rates.
 */
function removeSlot(mapping: Mapping, at: SlotAt): Mapping {
  const next: Mapping = structuredClone(mapping);
  const recordAt = (container: readonly string[]) => {
    let node: unknown = next;
    for (const part of container) node = child(node, part);
    return asRecord(node);
  };
  for (const place of locate(next, at)) {
    const record = recordAt(place.container);
    if (record) delete record[place.key];
  }
  if (at.slot.kind === 'taxRate' && at.slot.role === 'oss') {
    const oss = recordAt(['taxRates', 'oss']);
    for (const country of countryKeysOf(oss, at.slot.country!)) {
      if (Object.keys(asRecord(oss![country]) ?? {}).length === 0) delete oss![country];
    }
  }
  return next;
}

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
