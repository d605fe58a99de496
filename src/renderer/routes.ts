// The screens and their addresses (hash routes, so they work from file:// in Electron and from `/`
// in the headless shell): the first-run wizard, the dashboard and Settings with its sections.
import { MAPPING_SECTIONS, type MappingSection, type SetupState, type SetupStep } from '../shared/contract';

/** The wizard in order. Welcome is not counted in "Stap 2 van 6". */
export const WIZARD_STEPS = [
  'welcome',
  'shop',
  'orders',
  'moneybird',
  'mapping',
  'dry-run',
  'start',
] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type CountedStep = Exclude<WizardStep, 'welcome'>;
export const COUNTED_STEPS = WIZARD_STEPS.filter((step): step is CountedStep => step !== 'welcome');

export const SETTINGS_SECTIONS = [
  'connections',
  ...MAPPING_SECTIONS,
  'sync',
  'orders',
  'language',
  'advanced',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const paths = {
  dashboard: '/',
  settings: '/settings',
  /** Every order the journal knows, searchable. */
  orders: '/orders',
  /** One order: the shop's order, the invoice as booked, the journal's steps. */
  order: (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`,
  /** The whole log, filterable and exportable. */
  log: '/log',
  /** The month per VAT rate: do the books equal the shop? */
  reconciliation: '/reconciliation',
  settingsSection: (section: SettingsSection) => `/settings/${section}`,
  step: (step: WizardStep) => `/setup/${step}`,
  /** The mapping step scrolled to one of its parts (a parked order's cause in the dry run). */
  mappingSection: (section: MappingSection) => `/setup/mapping?section=${section}`,
} as const;

export function isWizardStep(value: string | undefined): value is WizardStep {
  return WIZARD_STEPS.some((step) => step === value);
}

export function isSettingsSection(value: string | undefined): value is SettingsSection {
  return SETTINGS_SECTIONS.some((section) => section === value);
}

export function isMappingSection(value: string | null | undefined): value is MappingSection {
  return MAPPING_SECTIONS.some((section) => section === value);
}

/** The wizard step that handles a step of the core's setup (choosing the administration is part of Moneybird). */
export function wizardStepOf(step: SetupStep): WizardStep {
  return step === 'administration' ? 'moneybird' : step;
}

/** Where the wizard (re)starts: welcome when nothing is done, else the first step not done. */
export function resumeStep(state: SetupState): WizardStep {
  const steps = Object.values(state.steps);
  if (steps.every((step) => step.state === 'missing')) return 'welcome';
  return state.next ? wizardStepOf(state.next) : 'dry-run';
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}

/**
 * Where to go when the app starts. Complete: stay where the address says (a reload), the dashboard
 * by default. Not complete: the wizard, at the step the address names if the owner got that far.
 */
export function startPath(state: SetupState, pathname: string): string | null {
  const wizard = /^\/setup\/([^/]+)$/.exec(pathname);
  const requested = wizard?.[1];
  if (state.complete) return null;
  const resume = resumeStep(state);
  if (isWizardStep(requested) && stepIndex(requested) <= stepIndex(resume)) return null;
  return paths.step(resume);
}

/** Navigation state: where a single wizard step returns to (a reconnect started in Settings). */
export interface ReturnState {
  returnTo: string;
}

export function returnTo(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('returnTo' in state)) return null;
  const value = (state as ReturnState).returnTo;
  return typeof value === 'string' && value.startsWith('/') ? value : null;
}
