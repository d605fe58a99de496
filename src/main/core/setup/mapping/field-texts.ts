// The words of the mapping's fields: each field's label and help, and the lists of names its
// proposals and warnings quote.
import { countryName } from '../../../../shared/i18n/country-name';
import { bookkeepingMessages } from '../../../../shared/i18n/messages/bookkeeping';
import {
  type SetupMappingMessageKey,
  setupMappingMessages,
} from '../../../../shared/i18n/messages/setup-mapping';
import { paymentMethodName } from '../../../../shared/i18n/payment-method-name';
import { type LocalizedText, localize, type MessageParams } from '../../../../shared/i18n/translate';
import { type ListJoin, writtenList } from '../../../../shared/i18n/written-list';
import { rateNumber } from '../../../../shared/i18n/written-rate';
import type { VatTreatment } from '../../bookkeeping';
import { parseDecimal, ZERO } from '../../money/decimal';
import { GIFT_CARD_METHOD, type Slot } from './field-slots';

/** A message of the mapping's catalog; `wording` holds parameters that differ per language. */
export function say(
  key: SetupMappingMessageKey,
  params: MessageParams = {},
  wording: Record<string, LocalizedText> = {},
): LocalizedText {
  return localize(setupMappingMessages, key, params, wording);
}

export function treatmentName(treatment: VatTreatment, country = ''): LocalizedText {
  return localize(bookkeepingMessages, `treatment.${treatment}`, { country });
}

/** A percentage as each language writes it: "5,5" in Dutch, "5.5" in English. */
export const rateWording = (rate: string): LocalizedText => ({
  nl: rateNumber(rate, 'nl'),
  en: rateNumber(rate, 'en'),
});

export function labelAndHelp(slot: Slot, shopCountry: string): { label: LocalizedText; help: LocalizedText } {
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
export function nameList(names: ReadonlyArray<string | undefined>): string {
  const quoted = names.map((n) => `"${n ?? '?'}"`);
  return quoted.length > MAX_NAMES ? `${quoted.slice(0, MAX_NAMES).join(', ')}, …` : quoted.join(', ');
}

/** Quoted names as a list in each language: "a", "b" of "c" / "a", "b" or "c". */
export function quotedList(names: ReadonlyArray<string | undefined>, join: ListJoin): LocalizedText {
  const quoted = names.map((n) => `"${n ?? '?'}"`);
  return { nl: writtenList(quoted, 'nl', join), en: writtenList(quoted, 'en', join) };
}
