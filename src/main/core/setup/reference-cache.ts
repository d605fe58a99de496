// Moneybird's reference data (tax rates, ledger accounts, workflows, document styles, financial
// accounts), the administration's currency and its locked period, read the way the sync engine reads
// them: six list requests (the administrations each time: an accountant may lock a period after a
// VAT return, and a booking dated in it is refused), `active` filled in where Moneybird leaves
// it out. The setup's mapping proposal and dry run share one cached copy, so neither costs a
// Moneybird request per field or per order.
import type { MoneybirdReferenceData } from '../bookkeeping';
import { type Logger, silentLogger } from '../http/logger';
import { redactText } from '../http/redact';
import type { MoneybirdClient } from '../moneybird/client';
import type { Administration } from '../moneybird/schemas';

export interface LoadedReferenceData {
  data: MoneybirdReferenceData;
  /** The administration's currency (EUR when Moneybird does not say). */
  administrationCurrency: string;
  /** Every administration the login reaches, as read with the rest (the sync looks in the others). */
  administrations: Administration[];
}

/** What loading needs from the Moneybird client. */
export type ReferenceSource = Pick<
  MoneybirdClient,
  | 'administrationId'
  | 'administrations'
  | 'taxRates'
  | 'ledgerAccounts'
  | 'workflows'
  | 'documentStyles'
  | 'financialAccounts'
>;

/**
 * Reads the reference data of the client's administration. `administrationCurrency` is what an
 * earlier read found, kept should the administrations answer leave the currency out.
 */
export async function loadReferenceData(
  moneybird: ReferenceSource,
  options: { administrationCurrency?: string } = {},
): Promise<LoadedReferenceData> {
  const known = options.administrationCurrency;
  const [taxRates, ledgerAccounts, workflows, documentStyles, financialAccounts, administrations] =
    await Promise.all([
      moneybird.taxRates({ tax_rate_type: 'sales_invoice' }),
      moneybird.ledgerAccounts(),
      moneybird.workflows(),
      moneybird.documentStyles(),
      moneybird.financialAccounts(),
      moneybird.administrations(),
    ]);
  const administration = administrationOf(administrations, moneybird.administrationId);
  // Moneybird leaves `active` out on some records; an absent flag means active.
  const active = <T extends { active?: boolean }>(items: T[]) =>
    items.map((item) => ({ ...item, active: item.active ?? true }));
  return {
    data: {
      taxRates,
      ledgerAccounts: active(ledgerAccounts),
      workflows: active(workflows),
      documentStyles,
      financialAccounts: active(financialAccounts).map((a) => ({ ...a, name: a.name ?? undefined })),
      periodLockedUntil: lockedUntil(administration),
    },
    administrationCurrency: administration?.currency ?? known ?? 'EUR',
    administrations,
  };
}

function administrationOf(
  administrations: readonly Administration[] | undefined,
  id: string | undefined,
): Administration | undefined {
  return administrations?.find((a) => a.id === id);
}

/**
 * The administration's locked period as it stands now: one request. The sync reads it again at the
 * start of each run that books, and during a long one, while the rest of the reference data is kept
 * for an hour: an accountant may lock a period after a VAT return at any moment.
 */
export async function currentPeriodLock(
  moneybird: Pick<ReferenceSource, 'administrationId' | 'administrations'>,
): Promise<{ periodLockedUntil: string | null; administrations: Administration[] }> {
  const administrations = await moneybird.administrations();
  return {
    periodLockedUntil: lockedUntil(administrationOf(administrations, moneybird.administrationId)),
    administrations,
  };
}

/** The locked period as the window asks for it: the last locked day (null: none), or not known. */
export type PeriodLockRead = { known: true; lockedUntil: string | null } | { known: false };

/**
 * The locked period for the window's "Eerdere bestellingen boeken" (`import.periodLock`): one request,
 * read live. Never throws: without a client (nothing set up) or when Moneybird cannot be asked
 * (offline, the login refused) it is not known, and the window goes by the VAT returns alone.
 */
export async function readPeriodLock(
  moneybird: Pick<ReferenceSource, 'administrationId' | 'administrations'> | null,
  logger: Logger = silentLogger,
): Promise<PeriodLockRead> {
  if (!moneybird) return { known: false };
  try {
    return { known: true, lockedUntil: (await currentPeriodLock(moneybird)).periodLockedUntil };
  } catch (error) {
    const detail = redactText(error instanceof Error ? error.message : String(error));
    logger.log('info', `locked period not read for earlier orders: ${detail}`);
    return { known: false };
  }
}

/** A readable yyyy-mm-dd, or null: an unreadable date is no lock rather than a guessed one. */
function lockedUntil(administration: Administration | undefined): string | null {
  const day = administration?.period_locked_until?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

export interface ReferenceCache {
  /** The cached data while it is fresh, else read once (concurrent callers share the read). */
  get(): Promise<LoadedReferenceData>;
  /** Forgets the cached copy (after the owner changed something in Moneybird, or another administration). */
  invalidate(): void;
}

/**
 * One cached copy of the reference data for `moneybird()` (a function, so a reconnected client is
 * picked up after `invalidate`). A failed read is not cached.
 */
export function createReferenceCache(
  moneybird: () => ReferenceSource,
  options: { ttlMs?: number; now?: () => number } = {},
): ReferenceCache {
  const ttlMs = options.ttlMs ?? 10 * 60 * 1000;
  const now = options.now ?? Date.now;
  let cached: { value: LoadedReferenceData; at: number } | undefined;
  let loading: Promise<LoadedReferenceData> | undefined;
  let generation = 0;
  return {
    get() {
      if (cached && now() - cached.at < ttlMs) return Promise.resolve(cached.value);
      if (loading) return loading;
      const started = generation;
      const attempt = loadReferenceData(moneybird()).then((value) => {
        if (generation === started) cached = { value, at: now() };
        return value;
      });
      loading = attempt;
      const clear = () => {
        if (loading === attempt) loading = undefined;
      };
      attempt.then(clear, clear);
      return attempt;
    },
    invalidate() {
      generation += 1;
      cached = undefined;
      loading = undefined;
    },
  };
}
