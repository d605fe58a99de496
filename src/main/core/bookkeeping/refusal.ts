// A refusal: the plan could not be made without guessing, so nothing is booked. It carries a code
// for the journal and tests, a message in Dutch and English naming what is wrong and what to change,
// and the figures involved (both figures when totals differ).
import { type BookkeepingMessageKey, bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';

export const REFUSAL_CODES = [
  'order_unreadable',
  'no_lines',
  'line_without_amount_incl_tax',
  'amount_not_whole_cents',
  'total_missing',
  'unmapped_tax_rate',
  'tax_rate_absent',
  'tax_rate_not_found',
  'tax_rate_unusable',
  'tax_rate_percentage_mismatch',
  'tax_rate_country_mismatch',
  'reverse_charge_without_vat_number',
  'intra_eu_supply_not_abroad',
  'export_inside_eu',
  'vat_number_unrecognised',
  'vat_number_of_shop_country',
  'oss_destination_differs',
  'oss_outside_eu',
  'zero_rated_order_with_vat',
  'lines_do_not_add_up',
  'vat_without_lines',
  'vat_mismatch',
  'rounding_not_configured',
  'ledger_account_not_found',
  'gift_card_sale_without_ledger',
  'period_locked',
  'workflow_not_found',
  'document_style_not_found',
  'financial_account_missing',
  'exchange_rate_missing',
  'credit_original_not_booked',
  'credit_rate_not_in_original',
  'credit_exceeds_original',
  'credit_vat_exceeds_original',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  kind: 'refusal';
  code: RefusalCode;
  message: LocalizedText;
  /** The figures and names involved, as plain text (amounts with 2 decimals). */
  details: Record<string, string>;
}

/**
 * Builds a refusal. `details` are plain figures and names (also message parameters); `wording` are
 * parameters that differ per language (e.g. the VAT treatment's name).
 */
export function refuse(
  code: RefusalCode,
  details: Record<string, string> = {},
  wording: Record<string, LocalizedText> = {},
): Refusal {
  const key = `refusal.${code}` as BookkeepingMessageKey;
  return { kind: 'refusal', code, message: localize(bookkeepingMessages, key, details, wording), details };
}

export const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'refusal';
