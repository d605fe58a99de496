// A stored bookkeeping choice the schema refuses, in the owner's words: the field by its label and
// the part of the Boekingen step (Settings → Boekhouding) it is in, as that screen names them, and
// what is wrong with it. The schema's path and message are the command line's and the log's, never
// the owner's: "ledgerAccounts.revenue: Invalid string" says nothing to a shop owner.
import type { MappingSection } from '../../../../shared/contract';
import { uiSetup } from '../../../../shared/i18n/messages/ui-setup';
import { type LocalizedText, localize } from '../../../../shared/i18n/translate';
import { parseFieldPath, type Slot, sectionOf } from './field-slots';
import { labelAndHelp, say } from './field-texts';

/** The part a path's first step belongs to, when the path itself is no field (a whole table, a bad key). */
const SECTION_OF_ROOT: Readonly<Record<string, MappingSection>> = {
  taxRates: 'taxRates',
  ledgerAccounts: 'revenue',
  rounding: 'rounding',
  financialAccountId: 'payments',
  financialAccountByPaymentMethod: 'payments',
  giftCardLedgerAccountId: 'payments',
  workflowId: 'invoice',
  documentStyleId: 'invoice',
};

/** What is wrong with a field of this kind that holds no such Moneybird record. */
function problemOf(slot: Slot): LocalizedText {
  switch (slot.kind) {
    case 'ledger':
      return say('invalid.problem.ledger');
    case 'financial':
      return say('invalid.problem.financial');
    case 'taxRate':
      return say('invalid.problem.taxRate');
    case 'workflow':
      return say('invalid.problem.workflow');
    case 'documentStyle':
      return say('invalid.problem.documentStyle');
  }
}

export const sectionName = (section: MappingSection): LocalizedText =>
  localize(uiSetup, `mapping.section.${section}`);

/**
 * The dry run's refusal for a stored choice the bookkeeping schema refuses at `path` (as
 * `completeMapping` reports it): named by its label and part where the path is a field, by its part
 * where only that is known, else as a choice of the step.
 */
export function invalidChoiceText(path: string, shopCountry: string): LocalizedText {
  const at = parseFieldPath(path);
  if (at) {
    const { label } = labelAndHelp(at.slot, shopCountry);
    return say(
      'dryrun.mapping_invalid',
      {},
      { label, section: sectionName(sectionOf(at.slot)), problem: problemOf(at.slot) },
    );
  }
  const root = path.split('.')[0] ?? '';
  const section = Object.hasOwn(SECTION_OF_ROOT, root) ? SECTION_OF_ROOT[root] : undefined;
  if (section) return say('dryrun.mapping_invalid.section', {}, { section: sectionName(section) });
  return say('dryrun.mapping_invalid.unnamed');
}
