// Completes the owner's bookkeeping mapping with what Moneybird's reference data makes unambiguous:
// a tax rate when exactly one active sales rate fits, the only revenue ledger account, the only
// financial account, the default workflow and document style. What stays ambiguous is reported
// with the candidates, so the owner (or the CLI) is told exactly what to choose.
import {
  type BookkeepingSettings,
  bookkeepingSettingsSchema,
  DEFAULT_TAX_RATE_NEEDS,
  type MoneybirdReferenceData,
  proposeTaxRateMapping,
  type TaxRateNeed,
} from '../bookkeeping';

export interface MappingChoice {
  /** Dotted path in the mapping, as `config set` takes it. */
  path: string;
  value: string;
  label?: string;
}

export interface MappingGap {
  path: string;
  /** The Moneybird records that could fill it: none, or several (then the owner chooses). */
  candidates: Array<{ id: string; name?: string }>;
  /** Whether booking cannot start without it (else only orders that need it are parked). */
  essential: boolean;
}

/**
 * A stored value the bookkeeping schema refuses: `field` its dotted path, `problem` the schema's own
 * (English) words. Facts for the command line and the log; a text the owner reads names the field by
 * its label instead (setup/mapping/invalid-choice.ts) and says what is wrong in their words.
 */
export type MappingInvalid = { field: string; problem: string };

export type MappingResult =
  | { ok: true; settings: BookkeepingSettings; chosen: MappingChoice[]; gaps: MappingGap[] }
  | { ok: false; chosen: MappingChoice[]; gaps: MappingGap[]; invalid?: MappingInvalid };

type Mapping = Record<string, unknown>;

function getPath(target: Mapping, path: string): unknown {
  let node: unknown = target;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Mapping)[part];
  }
  return node;
}

/** Sets a dotted path in a plain object, creating objects on the way. Returns a new object. */
export function setPath(target: Mapping, path: string, value: unknown): Mapping {
  const parts = path.split('.');
  const copy: Mapping = structuredClone(target);
  let node = copy;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) node[part] = {};
    node = node[part] as Mapping;
  }
  const last = parts[parts.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** A rate as a path segment: "5.5" would split the dotted path, so it is written "5,5". */
export const rateSegment = (rate: string) => rate.replace('.', ',');

function needPath(need: TaxRateNeed): string {
  switch (need.treatment) {
    case 'domestic':
      return `taxRates.domestic.${rateSegment(need.rate)}`;
    case 'oss':
      return `taxRates.oss.${need.country}.${rateSegment(need.rate)}`;
    case 'reverse_charge':
      return 'taxRates.reverseCharge';
    case 'export':
      return 'taxRates.export';
  }
}

export function completeMapping(
  stored: Mapping,
  reference: MoneybirdReferenceData,
  options: {
    extraNeeds?: readonly TaxRateNeed[];
    shopCountry?: string;
    administrationCurrency?: string;
  } = {},
): MappingResult {
  let mapping: Mapping = structuredClone(stored);
  const chosen: MappingChoice[] = [];
  const gaps: MappingGap[] = [];
  const choose = (path: string, value: string, label?: string) => {
    if (getPath(mapping, path) !== undefined) return;
    mapping = setPath(mapping, path, value);
    chosen.push({ path, value, label });
  };
  const single = <T extends { id: string; name?: string }>(
    path: string,
    candidates: readonly T[],
    essential: boolean,
  ) => {
    if (getPath(mapping, path) !== undefined) return;
    if (candidates.length === 1) choose(path, candidates[0]!.id, candidates[0]!.name);
    else gaps.push({ path, candidates: candidates.map(({ id, name }) => ({ id, name })), essential });
  };

  if (options.shopCountry && getPath(mapping, 'shopCountry') === undefined) {
    mapping = setPath(mapping, 'shopCountry', options.shopCountry);
  }
  if (options.administrationCurrency && getPath(mapping, 'administrationCurrency') === undefined) {
    mapping = setPath(mapping, 'administrationCurrency', options.administrationCurrency);
  }

  const revenue = reference.ledgerAccounts.filter(
    (a) =>
      a.active &&
      a.account_type === 'revenue' &&
      (!('allowed_document_types' in a) ||
        !Array.isArray(a.allowed_document_types) ||
        (a.allowed_document_types as string[]).includes('sales_invoice')),
  );
  single('ledgerAccounts.revenue', revenue, true);

  const financial = reference.financialAccounts.filter((a) => a.active);
  single('financialAccountId', financial, true);

  const invoiceWorkflows = reference.workflows.filter((w) => w.active && w.type === 'InvoiceWorkflow');
  const defaultWorkflow = invoiceWorkflows.filter((w) => (w as { default?: boolean }).default === true);
  if (getPath(mapping, 'workflowId') === undefined) {
    const pick = defaultWorkflow.length === 1 ? defaultWorkflow : invoiceWorkflows;
    single('workflowId', pick, false);
  }
  const defaultStyle = reference.documentStyles.filter((s) => (s as { default?: boolean }).default === true);
  if (getPath(mapping, 'documentStyleId') === undefined) {
    single('documentStyleId', defaultStyle.length === 1 ? defaultStyle : reference.documentStyles, false);
  }

  const needs = [...DEFAULT_TAX_RATE_NEEDS, ...(options.extraNeeds ?? [])];
  const proposal = proposeTaxRateMapping(needs, reference.taxRates);
  for (const item of proposal.proposed) {
    if (item.taxRateId) choose(needPath(item.need), item.taxRateId, item.candidates[0]?.name);
  }
  for (const item of [...proposal.ambiguous, ...proposal.missing]) {
    const path = needPath(item.need);
    if (getPath(mapping, path) === undefined)
      gaps.push({ path, candidates: item.candidates, essential: false });
  }

  if (gaps.some((g) => g.essential)) return { ok: false, chosen, gaps };
  const parsed = bookkeepingSettingsSchema.safeParse(mapping);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      chosen,
      gaps,
      invalid: { field: issue?.path.join('.') || '(mapping)', problem: issue?.message ?? 'invalid' },
    };
  }
  return { ok: true, settings: parsed.data, chosen, gaps };
}
