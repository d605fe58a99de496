// The mapping a run books with: the owner's stored choices (booking style, reference prefix, whether
// authorized payments count as paid, the shop's country), completed with what Moneybird's data makes
// unambiguous, and the booking plan of one order under it. Shared with the dry run (setup/dry-run.ts),
// so the dry run plans exactly as a run books.
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { cliMessages } from '../../../shared/i18n/messages/cli';
import { setupMappingMessages } from '../../../shared/i18n/messages/setup-mapping';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';
import {
  type BookingPlan,
  type BookkeepingSettings,
  type MoneybirdReferenceData,
  type OriginalBooking,
  planBooking,
  type Refusal,
  type ShopCapture,
  type TaxRateNeed,
} from '../bookkeeping';
import type { Order } from '../mijnwebwinkel/order-schema';
import { completeMapping, type MappingGap } from './auto-mapping';

/**
 * A setting the owner must choose before anything can be booked. `userMessage` says where in the
 * app (the status and the log show it); `cliMessage` how on the command line (the CLI prints it).
 */
export class SetupRequiredError extends Error {
  constructor(
    readonly code: 'statuses' | 'mapping' | 'mapping_invalid',
    readonly userMessage: LocalizedText,
    readonly gaps: MappingGap[] = [],
    readonly cliMessage?: LocalizedText,
  ) {
    super(userMessage.en);
    this.name = 'SetupRequiredError';
  }
}

/** How orders are booked, from the stored mapping: sales invoices unless it says external ones. */
export function bookingStyleOf(mapping: Record<string, unknown>): 'sales' | 'external' {
  return mapping.bookingStyle === 'external' ? 'external' : 'sales';
}

/** The prefix of the booking references, from the stored mapping; MWW when it holds no valid one. */
export function referencePrefixOf(mapping: Record<string, unknown>): string {
  const prefix = mapping.referencePrefix;
  return typeof prefix === 'string' && /^[A-Za-z0-9]{1,10}$/.test(prefix) ? prefix : 'MWW';
}

/** The owner's choice to count authorized payments (Klarna, Afterpay) as paid, from the stored mapping. */
export function acceptsAuthorizedPayments(mapping: Record<string, unknown>): boolean {
  return mapping.acceptAuthorizedPayments === true;
}

/** The shop's country as the stored mapping says; NL when it says nothing. */
export function storedShopCountry(mapping: Record<string, unknown>): string {
  return typeof mapping.shopCountry === 'string' ? String(mapping.shopCountry) : 'NL';
}

/** The foreign (OSS) rates an order needs mapped: one per VAT rate of a distance sale to another country. */
export function ossNeedsOf(order: Order, shopCountry: string): TaxRateNeed[] {
  if (!order.taxRegion || order.taxStrategy || order.taxRegion === shopCountry) return [];
  return (order.tax ?? []).map((line) => ({
    treatment: 'oss' as const,
    rate: rateText(line.rate),
    country: order.taxRegion!,
  }));
}

/**
 * The stored mapping completed with what Moneybird's data makes unambiguous, as a run books with it;
 * a gap that stops every booking, or an invalid setting, throws the SetupRequiredError that stops the run.
 */
export function completeRunMapping(
  stored: Record<string, unknown>,
  reference: { data: MoneybirdReferenceData; administrationCurrency: string },
  ossNeeds: readonly TaxRateNeed[],
): BookkeepingSettings {
  const mapping = completeMapping(stored, reference.data, {
    extraNeeds: ossNeeds,
    administrationCurrency: reference.administrationCurrency,
  });
  if (mapping.ok) return mapping.settings;
  if (mapping.invalid) {
    throw new SetupRequiredError(
      'mapping_invalid',
      localize(syncMessages, 'sync.mapping_invalid'),
      [],
      localize(cliMessages, 'cli.mapping_invalid', mapping.invalid),
    );
  }
  const gap = mapping.gaps.find((g) => g.essential)!;
  const candidates = gap.candidates.map((c) => `${c.id} (${c.name ?? '?'})`).join(', ') || '-';
  throw new SetupRequiredError(
    'mapping',
    neededChoice(gap),
    mapping.gaps,
    localize(cliMessages, 'cli.needs_mapping', { path: gap.path, candidates }),
  );
}

/** The choices no booking can do without, as Settings → Bookkeeping names them and where. */
const ESSENTIAL_CHOICES: Readonly<
  Record<string, { label: 'field.revenue.label' | 'field.financial.label'; section: 'revenue' | 'payments' }>
> = {
  'ledgerAccounts.revenue': { label: 'field.revenue.label', section: 'revenue' },
  financialAccountId: { label: 'field.financial.label', section: 'payments' },
};

/**
 * What the owner is to choose, in the words of the settings screen: the field and its part of
 * Settings → Bookkeeping; or, when Moneybird holds nothing to choose from, what to create there.
 */
function neededChoice(gap: MappingGap): LocalizedText {
  const choice = Object.hasOwn(ESSENTIAL_CHOICES, gap.path) ? ESSENTIAL_CHOICES[gap.path] : undefined;
  if (!choice) return localize(syncMessages, 'sync.needs_mapping.other');
  const section = localize(bookkeepingMessages, `section.${choice.section}`);
  if (gap.candidates.length === 0)
    return localize(
      syncMessages,
      'sync.needs_mapping.none',
      {},
      {
        section,
        what: localize(
          syncMessages,
          choice.section === 'revenue'
            ? 'sync.missing_in_moneybird.revenue'
            : 'sync.missing_in_moneybird.financial',
        ),
      },
    );
  return localize(
    syncMessages,
    'sync.needs_mapping',
    {},
    { section, label: localize(setupMappingMessages, choice.label) },
  );
}

/** The booking plan of one order, as a run makes it. */
export function planOrderBooking(
  order: Order,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
  original?: OriginalBooking,
  captures?: readonly ShopCapture[],
  moveOutOfLockedPeriod = false,
  today?: string,
): BookingPlan | Refusal {
  return planBooking({
    order,
    settings,
    reference,
    original,
    moveOutOfLockedPeriod,
    ...(today && { today }),
    ...(captures && { captures }),
    // Moneybird converts foreign currencies itself; the payment's base amount follows the invoice.
    exchangeRate: order.currency === settings.administrationCurrency ? undefined : '1',
  });
}

/** A VAT rate in millionths as the mapping names it: "21", "5.5". */
function rateText(rate: bigint): string {
  const whole = rate / 1_000_000n;
  const fraction = rate % 1_000_000n;
  return fraction === 0n
    ? String(whole)
    : `${whole}.${fraction.toString().padStart(6, '0').replace(/0+$/, '')}`;
}
