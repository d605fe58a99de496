// The Moneybird records that fit a field: its options, each with what tells it apart (an account's
// code, a rate's part of the VAT return) and, for a rate whose sales belong elsewhere, a caution.
import type { MappingField } from '../../../../shared/contract';
import { countryName } from '../../../../shared/i18n/country-name';
import {
  type SetupMappingMessageKey,
  setupMappingMessages,
} from '../../../../shared/i18n/messages/setup-mapping';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import { writtenRate } from '../../../../shared/i18n/written-rate';
import { vatBoxCode } from '../../../../shared/reconciliation/vat-box-name';
import {
  type MoneybirdLedgerAccount,
  type MoneybirdReferenceData,
  type MoneybirdTaxRate,
  OUTSIDE_RETURN,
  rateKey,
  taxRatePercentage,
} from '../../bookkeeping';
import { parseDecimal } from '../../money/decimal';
import { misplacement, rateBox, rateBoxOf } from '../vat-box-of';
import type { Slot, TaxRateSlot } from './field-slots';
import { rateWording, say } from './field-texts';

export type MappingOption = MappingField['options'][number];

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

/** Where sold gift cards wait until redeemed: a debt to the customer, on the balance sheet. */
function liabilityAccounts(reference: MoneybirdReferenceData): MoneybirdLedgerAccount[] {
  return reference.ledgerAccounts.filter((a) => a.active && a.account_type === 'current_liabilities');
}

/** Accounts an invoice line may go to: active profit-and-loss accounts allowed on sales invoices. */
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

export function optionsFor(
  slot: Slot,
  reference: MoneybirdReferenceData,
  shopCountry: string,
): MappingOption[] {
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
export function anyRecord(
  slot: Slot,
  reference: MoneybirdReferenceData,
  id: string,
): { name?: string } | undefined {
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
