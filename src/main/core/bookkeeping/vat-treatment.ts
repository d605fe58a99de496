// Which VAT treatment an order had, and which Moneybird tax rate (by id) each of its rates maps to.
// A percentage alone is ambiguous in Moneybird (several 0 % rates, foreign rates carry a country),
// so every rate is mapped explicitly in the settings; an unmapped rate refuses the order.
import { countryName } from '../../../shared/i18n/country-name';
import { bookkeepingMessages } from '../../../shared/i18n/messages/bookkeeping';
import { syncMessages } from '../../../shared/i18n/messages/sync';
import { interpolate, type Locale, type LocalizedText, localize } from '../../../shared/i18n/translate';
import { writtenList } from '../../../shared/i18n/written-list';
import type { Order } from '../mijnwebwinkel/order-schema';
import { type Decimal, parseDecimal } from '../money/decimal';
import type { MoneybirdReferenceData, MoneybirdTaxRate } from './reference-data';
import { type Refusal, refuse } from './refusal';
import { type BookkeepingSettings, rateKey, type VatTreatment } from './settings';
import { OUTSIDE_RETURN } from './vat-box';

export interface DerivedVatTreatment {
  treatment: VatTreatment;
  /** The country whose rates were applied (OSS), else the shop's country. */
  country: string;
}

/**
 * reverse_charged_vat -> reverse charge; zero_percent -> export; otherwise the region decides: the
 * shop's own country (or no region, as on orders from before June 2021) is domestic, any other
 * region is an OSS distance sale at that country's rates.
 */
export function deriveVatTreatment(order: Order, shopCountry: string): DerivedVatTreatment {
  if (order.taxStrategy === 'reverse_charged_vat')
    return { treatment: 'reverse_charge', country: shopCountry };
  if (order.taxStrategy === 'zero_percent') return { treatment: 'export', country: shopCountry };
  const region = order.taxRegion ?? shopCountry;
  return region === shopCountry
    ? { treatment: 'domestic', country: shopCountry }
    : { treatment: 'oss', country: region };
}

/** How the booking a credit credits was treated; for an OSS sale its country, when that is known. */
export interface OriginalTreatment {
  treatment: VatTreatment;
  country?: string;
}

/**
 * The treatment an order is booked with: a credit keeps that of the booking it credits (`original`),
 * whatever tax settings the shop sent with the credit, and with it the original's country. A credit
 * corrects the original supply, so a credit of a sale to Belgium goes in Belgium's OSS return even
 * when the credit names no region, or another one. An OSS original of unknown country leaves the
 * credit's own.
 */
export function bookedTreatmentOf(
  order: Order,
  shopCountry: string,
  original: OriginalTreatment | undefined,
): DerivedVatTreatment {
  if (!original) return deriveVatTreatment(order, shopCountry);
  if (original.treatment !== 'oss') return { treatment: original.treatment, country: shopCountry };
  return { treatment: 'oss', country: original.country ?? deriveVatTreatment(order, shopCountry).country };
}

/** The treatment in the owner's words; an OSS sale names its country ("naar België", not "naar BE"). */
export function treatmentWording(derived: DerivedVatTreatment): LocalizedText {
  const wording: Record<string, LocalizedText> =
    derived.treatment === 'oss' ? { country: countryName(derived.country) } : {};
  return localize(bookkeepingMessages, `treatment.${derived.treatment}`, {}, wording);
}

/** The part of the VAT return a treatment belongs in, as the owner reads it ("rubriek 3b en de ICP-opgaaf"). */
export function requiredBoxWording(treatment: VatTreatment): LocalizedText {
  return localize(syncMessages, `sync.box_required.${treatment}`);
}

/**
 * Where lines land in the VAT return, as the owner reads it after "staat in" / "is in": a box of the
 * Dutch return by its number, as the aangifte and the month page name it ("rubriek 1e", "rubrieken
 * 1e en 3b"), an OSS country as the OSS return's ("de OSS-aangifte voor België"), and none (or
 * outside the return) as "geen enkele rubriek". `references` are Moneybird's ("NL/1e", "OSS/BE", or
 * `OUTSIDE_RETURN`); those stay in a log line's details, for support. A reference of another kind is
 * named as Moneybird gave it: there is nothing better to call it.
 */
export function vatBoxesWording(references: readonly string[]): LocalizedText {
  const known = [...new Set(references)].filter((r) => r !== '' && r !== OUTSIDE_RETURN).sort();
  const dutch = known.filter((r) => r.startsWith('NL/')).map((r) => r.slice('NL/'.length));
  const oss = known.filter((r) => r.startsWith('OSS/')).map((r) => r.slice('OSS/'.length));
  const other = known.filter((r) => !r.startsWith('NL/') && !r.startsWith('OSS/'));
  const say = (language: Locale): string => {
    const text = syncMessages[language];
    const parts: string[] = [];
    if (dutch.length > 0)
      parts.push(
        interpolate(text[dutch.length === 1 ? 'sync.box.one' : 'sync.box.many'], {
          boxes: writtenList(dutch, language),
        }),
      );
    if (oss.length > 0)
      parts.push(
        interpolate(text['sync.box.oss'], {
          countries: writtenList(
            oss.map((country) => countryName(country)[language]),
            language,
          ),
        }),
      );
    parts.push(...other);
    return parts.length > 0 ? writtenList(parts, language) : text['sync.no_box'];
  };
  return { nl: say('nl'), en: say('en') };
}

/** A Moneybird tax rate's percentage as a Decimal, or undefined if it has none. */
export function taxRatePercentage(rate: MoneybirdTaxRate): Decimal | undefined {
  if (rate.percentage === null || rate.percentage === undefined) return undefined;
  try {
    return parseDecimal(rate.percentage);
  } catch {
    return undefined;
  }
}

/** The mapped tax_rate_id for one shop rate under a treatment, if any. */
export function mappedTaxRateId(
  derived: DerivedVatTreatment,
  rate: Decimal,
  settings: BookkeepingSettings,
): string | undefined {
  const key = rateKey(rate);
  switch (derived.treatment) {
    case 'domestic':
      return settings.taxRates.domestic[key];
    case 'reverse_charge':
      return settings.taxRates.reverseCharge;
    case 'export':
      return settings.taxRates.export;
    case 'oss':
      return settings.taxRates.oss[derived.country]?.[key];
  }
}

/**
 * The Moneybird tax rate for one shop rate, checked against the reference data: it must exist, be an
 * active sales-invoice rate, carry the shop's percentage, and for OSS belong to the order's country.
 */
export function resolveTaxRate(
  order: Order,
  derived: DerivedVatTreatment,
  rate: Decimal,
  settings: BookkeepingSettings,
  reference: MoneybirdReferenceData,
): MoneybirdTaxRate | Refusal {
  const treatment = treatmentWording(derived);
  const details = {
    order: order.number,
    rate: rateKey(rate),
    treatment: derived.treatment,
    country: derived.country,
  };
  const id = mappedTaxRateId(derived, rate, settings);
  if (id === undefined) {
    // Nothing to choose in Settings when Moneybird has no such rate: the owner adds it there first.
    if (derived.treatment === 'domestic' || derived.treatment === 'oss') {
      const candidate = reference.taxRates.some(
        (r) =>
          r.active !== false &&
          r.tax_rate_type === 'sales_invoice' &&
          taxRatePercentage(r) === rate &&
          (derived.treatment !== 'oss' || r.country?.toUpperCase() === derived.country),
      );
      if (!candidate) {
        const countryPart = derived.treatment === 'oss' ? countryPartOf(derived.country) : { nl: '', en: '' };
        return refuse('tax_rate_absent', details, { treatment, countryPart });
      }
    }
    return refuse('unmapped_tax_rate', details, { treatment });
  }
  const taxRate = reference.taxRates.find((r) => r.id === id);
  if (!taxRate) return refuse('tax_rate_not_found', { ...details, taxRateId: id }, { treatment });
  const name = taxRate.name ?? id;
  if (taxRate.active === false || taxRate.tax_rate_type !== 'sales_invoice')
    return refuse('tax_rate_unusable', { ...details, taxRateId: id, name }, { treatment });
  const percentage = taxRatePercentage(taxRate);
  if (percentage !== rate)
    return refuse(
      'tax_rate_percentage_mismatch',
      {
        ...details,
        taxRateId: id,
        name,
        moneybirdRate: percentage === undefined ? '?' : rateKey(percentage),
      },
      { treatment },
    );
  const rateCountry = taxRate.country?.toUpperCase() || undefined;
  if (derived.treatment === 'oss' && rateCountry !== derived.country)
    return refuse(
      'tax_rate_country_mismatch',
      { ...details, taxRateId: id, name, moneybirdCountry: rateCountry ?? '-' },
      {
        treatment,
        country: countryName(derived.country),
        moneybirdCountry: rateCountry
          ? countryName(rateCountry)
          : localize(bookkeepingMessages, 'country.none'),
      },
    );
  return taxRate;
}

/** ", for Italy" in the owner's words: which country an OSS rate must be for. */
function countryPartOf(country: string): LocalizedText {
  const name = countryName(country);
  return { nl: ` voor ${name.nl}`, en: ` for ${name.en}` };
}

/**
 * After Moneybird refused a rate of a booking: the refusal the rates it holds now give for the rates
 * the plan chose (one deleted or deactivated since they were read), or null when each still fits.
 */
export function refusedTaxRateOf(
  plan: {
    orderNumber: string;
    vatTreatment: VatTreatment;
    vatCountry: string;
    taxRateIds: Record<string, string>;
  },
  rates: readonly MoneybirdTaxRate[],
): Refusal | null {
  const derived = { treatment: plan.vatTreatment, country: plan.vatCountry };
  const treatment = treatmentWording(derived);
  for (const [rate, taxRateId] of Object.entries(plan.taxRateIds)) {
    const details = {
      order: plan.orderNumber,
      rate,
      treatment: derived.treatment,
      country: derived.country,
      taxRateId,
    };
    const now = rates.find((r) => r.id === taxRateId);
    if (!now) return refuse('tax_rate_not_found', details, { treatment });
    if (now.active === false || now.tax_rate_type !== 'sales_invoice')
      return refuse('tax_rate_unusable', { ...details, name: now.name ?? taxRateId }, { treatment });
  }
  return null;
}
