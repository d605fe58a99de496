// The fields a bookkeeping mapping has: each one parsed from its path (the same path the stored
// mapping and the owner's choices use), with the section of the setup it belongs in.
import type { MappingSection } from '../../../../shared/contract';
import { rateKey, VAT_TREATMENTS, type VatTreatment } from '../../bookkeeping';
import { parseDecimal, ZERO } from '../../money/decimal';
import { rateSegment } from '../../sync/auto-mapping';

export type LedgerRole =
  | 'revenue'
  | 'shipping'
  | 'paymentCosts'
  | 'discounts'
  | 'rounding'
  | 'giftCards'
  | 'byTreatment'
  | 'byRate';
export type TaxRateRole = 'domestic' | 'oss' | 'reverse_charge' | 'export' | 'rounding';

/** One field of the mapping, parsed from its path. */
export type Slot =
  | { kind: 'ledger'; role: LedgerRole; treatment?: VatTreatment; rate?: string }
  | { kind: 'financial'; method?: string }
  | TaxRateSlot
  | { kind: 'workflow' }
  | { kind: 'documentStyle' };

export type TaxRateSlot = { kind: 'taxRate'; role: TaxRateRole; rate?: string; country?: string };

export interface SlotAt {
  slot: Slot;
  /** The canonical path (rates written "5,5", countries upper-case). */
  path: string;
}

/** "21", "5,5", "5,50", "21.0" -> the canonical rate key ("21", "5.5"); undefined if not a percentage. */
export function canonicalRate(text: string): string | undefined {
  try {
    const value = parseDecimal(text.replace(',', '.'));
    return value >= ZERO && value <= 100_000_000n ? rateKey(value) : undefined;
  } catch {
    return undefined;
  }
}

export const PAYMENT_METHOD = /^[A-Za-z0-9_-]{1,40}$/;
export const GIFT_CARD_METHOD = 'gift_card';
/** The shop's gift-card methods share the gift-card field rather than each getting one. */
export const GIFT_CARD_METHODS = new Set(['gift_card', 'webshop_giftcard', 'podium_giftcard']);

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

export const domesticPath = (rate: string) => `taxRates.domestic.${rateSegment(rate)}`;
export const ossPath = (country: string, rate: string) => `taxRates.oss.${country}.${rateSegment(rate)}`;

export function sectionOf(slot: Slot): MappingSection {
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

export const isRequired = (slot: Slot) =>
  (slot.kind === 'ledger' && slot.role === 'revenue') || (slot.kind === 'financial' && !slot.method);
