// Whether the setting a parked order waits for has been made since it was parked: the reason's own
// details say what was missing or refused (a rate for 0 % at home, tax rate 123 not found, workflow
// 7 gone), and the stored mapping says what is chosen now. Only where the two can tell it for sure:
// a reason whose details cannot say which choice failed (an account for a payment method, which may
// be chosen and still refused because Moneybird closed it) is never called made. Pure: the caller
// reads the mapping as stored (Settings → Boekhouding), loosely, since a half-done one is stored too.
import { parseDecimal, toPlain } from '../money/decimal';

/** The reason as the journal keeps it: its code and details. */
export interface ParkedReason {
  code: string;
  details?: Readonly<Record<string, unknown>> | null;
}

type Mapping = Readonly<Record<string, unknown>>;

const record = (value: unknown): Readonly<Record<string, unknown>> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A VAT percentage as the refusal keys it ("21", "5.5", "0"); undefined for anything else. */
function rateKeyOf(value: unknown): string | undefined {
  const raw = typeof value === 'number' ? String(value) : text(value);
  if (raw === undefined) return undefined;
  try {
    return toPlain(parseDecimal(raw));
  } catch {
    return undefined;
  }
}

/** The ids a percentage-keyed part of the mapping holds, by percentage ("21.00" read as "21"). */
function byRate(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, id] of Object.entries(record(value))) {
    const rate = rateKeyOf(key);
    const chosen = text(id);
    if (rate !== undefined && chosen !== undefined) out.set(rate, chosen);
  }
  return out;
}

/** The tax rates the mapping chooses for one VAT treatment (and, for OSS, country), by percentage. */
function ratesFor(mapping: Mapping, details: Readonly<Record<string, unknown>>): Map<string, string> {
  const taxRates = record(mapping.taxRates);
  switch (details.treatment) {
    case 'domestic':
      return byRate(taxRates.domestic);
    case 'oss': {
      const country = text(details.country)?.toUpperCase();
      const oss = record(taxRates.oss);
      const key = Object.keys(oss).find((c) => c.trim().toUpperCase() === country);
      return key === undefined ? new Map() : byRate(oss[key]);
    }
    case 'reverse_charge':
    case 'export': {
      // One 0 % rate for every line of such an order, whatever its percentage.
      const id = text(details.treatment === 'export' ? taxRates.export : taxRates.reverseCharge);
      const rate = rateKeyOf(details.rate) ?? '0';
      return id === undefined ? new Map() : new Map([[rate, id]]);
    }
    default:
      return new Map();
  }
}

/** The tax rate the mapping chooses now for the order's percentage and treatment. */
function mappedRate(mapping: Mapping, details: Readonly<Record<string, unknown>>): string | undefined {
  const rate = rateKeyOf(details.rate);
  return rate === undefined ? undefined : ratesFor(mapping, details).get(rate);
}

/** Every ledger account the mapping chooses, for any purpose. */
function chosenLedgerAccounts(mapping: Mapping): Set<string> {
  const out = new Set<string>();
  const add = (value: unknown) => {
    const id = text(value);
    if (id !== undefined) out.add(id);
  };
  const ledgers = record(mapping.ledgerAccounts);
  for (const [key, value] of Object.entries(ledgers)) {
    if (key === 'revenueByTreatment' || key === 'revenueByRate')
      for (const id of Object.values(record(value))) add(id);
    else add(value);
  }
  add(record(mapping.rounding).ledgerAccountId);
  add(mapping.giftCardLedgerAccountId);
  return out;
}

/**
 * Whether the choice `reason` waits for is made in `mapping` now: the rate that had none has one, a
 * rate, ledger account, workflow or document style Moneybird refused is no longer the one chosen.
 * False for every other reason, where the details do not tell, and for a credit order (`credit`).
 * Never for a wrong VAT box (the draft in Moneybird must be mended or deleted first, as its reason
 * says) nor for rounding (its reason does not say which of its two choices failed): saying "made"
 * there would promise a retry that parks again.
 */
export function settingMadeSince(
  reason: ParkedReason | null | undefined,
  mapping: Mapping,
  credit = false,
): boolean {
  // A credit order books on its original's rates and accounts, not on today's choices: a retry
  // after a change in Settings would park it again.
  if (!reason || credit) return false;
  const details = record(reason.details);
  switch (reason.code) {
    case 'unmapped_tax_rate':
      return mappedRate(mapping, details) !== undefined;
    case 'tax_rate_not_found':
    case 'tax_rate_unusable':
    case 'tax_rate_percentage_mismatch':
    case 'tax_rate_country_mismatch': {
      const refused = text(details.taxRateId);
      const now = mappedRate(mapping, details);
      return refused !== undefined && now !== undefined && now !== refused;
    }
    case 'ledger_account_not_found': {
      const refused = text(details.ledgerAccountId);
      return refused !== undefined && !chosenLedgerAccounts(mapping).has(refused);
    }
    case 'workflow_not_found':
      return text(details.workflowId) !== undefined && text(mapping.workflowId) !== text(details.workflowId);
    case 'document_style_not_found':
      return (
        text(details.documentStyleId) !== undefined &&
        text(mapping.documentStyleId) !== text(details.documentStyleId)
      );
    default:
      return false;
  }
}
