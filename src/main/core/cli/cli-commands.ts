// What each CLI command does, as a function from a parsed command to lines, a JSON summary and an
// exit code, so the commands are tested in-process and the entry script stays a thin shell.
import { cliMessages } from '../../../shared/i18n/messages/cli';
import { inOneLine } from '../../../shared/i18n/one-line';
import { type LocalizedText, localize, type MessageParams } from '../../../shared/i18n/translate';
import { shopLocalDate } from '../../../shared/shop-calendar';
import { bookkeepingSettingsSchema } from '../bookkeeping';
import {
  administrationSetting,
  defaultDataDir,
  LayeredSecrets,
  MissingConfigurationError,
  openRuntime,
  type Runtime,
} from '../core-runtime';
import { redact, redactText } from '../http/redact';
import { rememberAdministration } from '../moneybird/chosen-administration';
import { EnvSecretSource, OsKeychain, type SecretStore } from '../secrets/keychain';
import { type SettingDefinition, StoreOpenError, storeWriteErrorOf } from '../store';
import { setPath } from '../sync/auto-mapping';
import { entryAsOf } from '../sync/reason-as-of';
import type { RunReport } from '../sync/run-report';
import { earliestStartDate } from '../sync/start-date-rule';
import {
  bookkeepingMappingSetting,
  completedStatusesSetting,
  intervalMinutesSetting,
  startDateSetting,
} from '../sync/sync-settings';

export type CliCommand =
  | { name: 'sync' }
  | { name: 'status' }
  | { name: 'import'; since: string }
  | { name: 'retry'; orderNumber: string }
  | { name: 'skip'; orderNumber: string }
  | { name: 'config'; action: 'show' }
  | { name: 'config'; action: 'set'; key: string; value: string }
  | { name: 'config'; action: 'unset'; key: string };

export interface CliResult {
  exitCode: 0 | 1 | 2 | 3;
  lines: string[];
  json: unknown;
}

export interface CliOptions {
  env: Record<string, string | undefined>;
  /** Where tokens come from; default the environment, then the OS keychain. */
  secrets?: SecretStore;
}

type Language = 'nl' | 'en';

/** A CLI text in the language of the command line. */
function say(language: Language, key: keyof typeof cliMessages.nl, params?: MessageParams): string {
  return localize(cliMessages, key, params)[language];
}

function languageOf(env: Record<string, string | undefined>): Language {
  const lang = env.WINKELBRUG_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

const SIMPLE_SETTINGS: Record<
  string,
  { setting: SettingDefinition<unknown>; parse: (v: string) => unknown }
> = {
  statuses: {
    setting: completedStatusesSetting as SettingDefinition<unknown>,
    parse: (v) => v.split(',').map((s) => (s.trim() === '' ? Number.NaN : Number(s.trim()))),
  },
  'start-date': { setting: startDateSetting as SettingDefinition<unknown>, parse: (v) => v },
  'interval-minutes': { setting: intervalMinutesSetting as SettingDefinition<unknown>, parse: Number },
  administration: { setting: administrationSetting as SettingDefinition<unknown>, parse: (v) => v },
};

const NUMERIC_MAPPING_KEYS = new Set(['externalDueDays']);
const BOOLEAN_MAPPING_KEYS = new Set(['acceptAuthorizedPayments', 'updateContacts']);

function text(message: LocalizedText, language: Language): string {
  return message[language];
}

/**
 * An order's reason on its one line after "NNN:". A reason in lines (its ways out) reads on as
 * sentences, so a script that reads one order per line gets every order, and only that, on each.
 */
function reasonLine(message: LocalizedText, language: Language): string {
  return inOneLine(text(message, language));
}

function defaultSecrets(env: Record<string, string | undefined>): SecretStore {
  return new LayeredSecrets([new EnvSecretSource(env), new OsKeychain()]);
}

function fatal(message: LocalizedText | string, language: Language, code: string): CliResult {
  const line = typeof message === 'string' ? message : text(message, language);
  return { exitCode: 1, lines: [line], json: { ok: false, error: { code, message } } };
}

/**
 * Runs one command; never throws for a problem the owner can act on. What it prints passes through
 * redaction: text from the APIs (an order field, an error message) that echoes a known secret.
 */
export async function runCli(command: CliCommand, options: CliOptions): Promise<CliResult> {
  const result = await runCommand(command, options);
  return { ...result, lines: result.lines.map(redactText), json: redact(result.json) };
}

async function runCommand(command: CliCommand, options: CliOptions): Promise<CliResult> {
  const language = languageOf(options.env);
  if (command.name === 'config') return runConfig(command, options, language);
  let runtime: Runtime;
  try {
    runtime = await openRuntime({
      env: options.env,
      dataDir: defaultDataDir(options.env),
      secrets: options.secrets ?? defaultSecrets(options.env),
    });
  } catch (error) {
    return openFailure(error, language);
  }
  try {
    switch (command.name) {
      case 'sync':
        return runReport(await runtime.engine.run('manual'), runtime, language);
      case 'import':
        return runReport(
          await runtime.engine.run('import', { importSince: command.since }),
          runtime,
          language,
        );
      case 'retry': {
        if (!runtime.store.journal.get(command.orderNumber)) {
          return fatal(
            localize(cliMessages, 'cli.unknown_order.retry', { order: command.orderNumber }),
            language,
            'unknown_order',
          );
        }
        runtime.engine.retry(command.orderNumber);
        return runReport(await runtime.engine.run('manual'), runtime, language);
      }
      case 'skip': {
        if (!runtime.store.journal.get(command.orderNumber)) {
          return fatal(
            localize(cliMessages, 'cli.unknown_order', { order: command.orderNumber }),
            language,
            'unknown_order',
          );
        }
        const entry = runtime.engine.skip(command.orderNumber);
        return {
          exitCode: 0,
          lines: [say(language, 'cli.skipped', { order: entry.orderNumber })],
          json: { ok: true, orderNumber: entry.orderNumber, state: entry.state },
        };
      }
      case 'status':
        return status(runtime, language);
    }
  } catch (error) {
    // A write the store refused (a full disk, a read-only file) is told with what to do about it.
    const storeFailure = storeWriteErrorOf(error, runtime.store.file);
    if (storeFailure) return fatal(storeFailure.userMessage, language, storeFailure.kind);
    return fatal(error instanceof Error ? error.message : String(error), language, 'unexpected_error');
  } finally {
    runtime.close();
  }
}

function openFailure(error: unknown, language: Language): CliResult {
  if (error instanceof MissingConfigurationError || error instanceof StoreOpenError) {
    const message = 'userMessage' in error ? error.userMessage : (error as StoreOpenError).text;
    return fatal(
      message,
      language,
      error instanceof StoreOpenError
        ? `store_${error.kind}`
        : error.keychainUnavailable !== undefined
          ? 'keychain_unavailable'
          : 'missing_configuration',
    );
  }
  if (error && typeof error === 'object' && 'userMessage' in error) {
    return fatal(error.userMessage as LocalizedText, language, 'configuration');
  }
  return fatal(error instanceof Error ? error.message : String(error), language, 'unexpected_error');
}

/**
 * The parked orders with their reasons as they read today (the shop's day), as the app shows them:
 * a locked period's reason written before its first open day's VAT return fell due says, once it is
 * due, that booking there changes a filed return (`entryAsOf`).
 */
function parkedOrders(runtime: Runtime) {
  const today = shopLocalDate(Date.now());
  return runtime.store.journal
    .list({ states: ['parked'], limit: 10_000 })
    .map((parked) => entryAsOf(parked, today))
    .map((e) => ({
      orderNumber: e.orderNumber,
      code: e.reason?.code ?? null,
      reason: e.reason?.message ?? null,
      invoiceId: e.moneybird.invoiceId,
    }));
}

function runReport(report: RunReport, runtime: Runtime, language: Language): CliResult {
  const parkedNow = parkedOrders(runtime);
  const byOutcome = (outcome: string) => report.orders.filter((o) => o.outcome === outcome);
  const json = {
    ok: report.outcome === 'completed',
    runId: report.runId,
    kind: report.kind,
    outcome: report.outcome,
    counts: report.counts,
    booked: byOutcome('booked').map((o) => ({ orderNumber: o.orderNumber, invoiceId: o.invoiceId })),
    parked: byOutcome('parked').map((o) => ({
      orderNumber: o.orderNumber,
      code: o.reasonCode,
      reason: o.reason,
    })),
    waiting: byOutcome('waiting').map((o) => ({
      orderNumber: o.orderNumber,
      code: o.reasonCode,
      reason: o.reason,
    })),
    skipped: byOutcome('skipped').map((o) => ({
      orderNumber: o.orderNumber,
      code: o.reasonCode,
      reason: o.reason,
    })),
    parkedTotal: parkedNow.length,
    error: report.error,
  };
  const lines: string[] = [];
  for (const order of report.orders) {
    if (order.outcome === 'skipped' && order.reasonCode !== 'unpaid') continue;
    const label = say(language, `cli.outcome.${order.outcome}`);
    const why = order.reason ? ` — ${reasonLine(order.reason, language)}` : '';
    lines.push(
      `${order.orderNumber}: ${label}${order.invoiceId && order.outcome === 'booked' ? ` (${order.invoiceId})` : ''}${why}`,
    );
  }
  if (report.error) {
    // A missing setting: the command line's way to set it, not the app's screen.
    lines.push(text(report.error.cli ?? report.error.message, language));
    return { exitCode: 1, lines, json };
  }
  const c = report.counts;
  lines.push(say(language, 'cli.run_done', { ...c, parkedNow: parkedNow.length }));
  return { exitCode: parkedNow.length > 0 ? 3 : 0, lines, json };
}

function status(runtime: Runtime, language: Language): CliResult {
  const counts = runtime.store.journal.counts();
  // Booked, but a comparison found the invoice deleted in Moneybird since: the owner decides, in the app.
  const deletedInMoneybird = runtime.store.vatFigures.goneCount();
  // Booked, but the shop called the order off since and no credit covers it: the owner decides too.
  const cancelledInShop = runtime.store.cancelledInShop.bookedCount();
  const last = runtime.store.runs.latest();
  const parked = parkedOrders(runtime);
  const importState = runtime.store.historyImport.get();
  const inProgress =
    counts.pending +
    counts.contact_ok +
    counts.invoice_created +
    counts.totals_ok +
    counts.sent +
    counts.paid;
  const lines = [
    say(language, 'cli.status', {
      // As the app counts them: an order cancelled in the shop since is booked still (its invoice
      // is in Moneybird), told apart; one whose invoice was deleted in Moneybird is not.
      done: counts.done - deletedInMoneybird,
      cancelledPart:
        cancelledInShop > 0 ? say(language, 'cli.status.cancelled', { count: cancelledInShop }) : '',
      parked: counts.parked,
      waiting: counts.waiting_transient,
      inProgress,
      skipped: counts.skipped,
      unpaid: counts.discovered,
    }),
  ];
  if (last) {
    lines.push(
      say(language, 'cli.last_run', {
        id: last.id,
        kind: last.kind,
        startedAt: new Date(last.startedAt).toISOString(),
        outcome: last.outcome,
      }),
    );
  }
  if (importState) {
    lines.push(
      say(language, 'cli.history_import', {
        since: importState.since,
        status: say(language, `cli.history_import.${importState.status}`),
        done: importState.done,
        total: importState.total ?? '?',
      }),
    );
    // What stopped a paused import, which says what to do about it.
    if (importState.status === 'paused' && importState.error)
      lines.push(reasonLine(importState.error.message, language));
  }
  if (deletedInMoneybird > 0) lines.push(say(language, 'cli.deleted', { count: deletedInMoneybird }));
  if (cancelledInShop > 0) lines.push(say(language, 'cli.cancelled_in_shop', { count: cancelledInShop }));
  for (const p of parked)
    lines.push(`${p.orderNumber}: ${p.reason ? reasonLine(p.reason, language) : p.code}`);
  return {
    exitCode: parked.length > 0 || deletedInMoneybird > 0 || cancelledInShop > 0 ? 3 : 0,
    lines,
    json: {
      ok: true,
      counts,
      deletedInMoneybird,
      cancelledInShop,
      lastRun: last ?? null,
      historyImport: importState ?? null,
      parked,
    },
  };
}

async function runConfig(
  command: Extract<CliCommand, { name: 'config' }>,
  options: CliOptions,
  language: Language,
): Promise<CliResult> {
  const { openStoreIn } = await import('../store');
  let store: ReturnType<typeof openStoreIn>;
  try {
    store = openStoreIn(defaultDataDir(options.env));
  } catch (error) {
    return openFailure(error, language);
  }
  try {
    if (command.action === 'show') {
      const shown: Record<string, unknown> = {};
      for (const [key, { setting }] of Object.entries(SIMPLE_SETTINGS))
        shown[key] = store.settings.get(setting);
      shown.mapping = store.settings.get(bookkeepingMappingSetting);
      return {
        exitCode: 0,
        lines: Object.entries(shown).map(([k, v]) => `${k} = ${JSON.stringify(v)}`),
        json: { ok: true, settings: shown },
      };
    }
    const simple = SIMPLE_SETTINGS[command.key];
    if (simple) {
      // Not back past the day the sync books from once it ran: that would book nothing (start-date-rule.ts).
      const earliest = simple.setting === startDateSetting ? earliestStartDate(store) : null;
      if (earliest && (command.action === 'unset' || command.value < earliest))
        return fatal(
          localize(cliMessages, 'cli.start_date_earlier', { start: earliest }),
          language,
          'invalid_setting',
        );
      if (command.action === 'unset') store.settings.remove(simple.setting);
      else store.settings.set(simple.setting, simple.parse(command.value));
      // The app checks the folder's administration against the one kept with the login.
      if (simple.setting === administrationSetting && command.action !== 'unset')
        await rememberAdministration(options.secrets ?? defaultSecrets(options.env), command.value);
    } else {
      const current = store.settings.get(bookkeepingMappingSetting);
      const value =
        command.action === 'unset'
          ? undefined
          : NUMERIC_MAPPING_KEYS.has(command.key)
            ? Number(command.value)
            : BOOLEAN_MAPPING_KEYS.has(command.key)
              ? command.value === 'true'
              : command.value;
      const next = setPath(current, command.key, value);
      const problem = mappingProblem(next, command.key);
      if (problem) {
        return fatal(
          localize(cliMessages, 'cli.setting_invalid', { key: command.key, problem }),
          language,
          'invalid_setting',
        );
      }
      store.settings.set(bookkeepingMappingSetting, next);
    }
    return {
      exitCode: 0,
      lines: [say(language, 'cli.setting_saved', { key: command.key })],
      json: { ok: true, key: command.key },
    };
  } catch (error) {
    const message =
      error && typeof error === 'object' && 'text' in error
        ? (error.text as LocalizedText)
        : error instanceof Error
          ? error.message
          : String(error);
    return fatal(message, language, 'invalid_setting');
  } finally {
    store.close();
  }
}

/** Whether the mapping, once complete, would reject what is stored at `key` (unknown keys too). */
function mappingProblem(mapping: Record<string, unknown>, key: string): string | null {
  const filled = setPath(
    mapping,
    'ledgerAccounts.revenue',
    (mapping.ledgerAccounts as Record<string, unknown> | undefined)?.revenue ?? '1',
  );
  const parsed = bookkeepingSettingsSchema.safeParse(filled);
  if (!parsed.success) {
    const issue = parsed.error.issues.find(
      (i) => key.startsWith(i.path.join('.')) || i.path.join('.').startsWith(key),
    );
    if (issue) return `${issue.path.join('.')}: ${issue.message}`;
  }
  // A key the schema does not know would be silently ignored: refuse it.
  let node: unknown = parsed.success ? parsed.data : filled;
  for (const part of key.split('.').slice(0, -1))
    node = (node as Record<string, unknown> | undefined)?.[part];
  const known = parsed.success && node !== undefined && typeof node === 'object';
  if (!known && parsed.success) return 'onbekende instelling / unknown setting';
  if (parsed.success) {
    const last = key.split('.').at(-1)!;
    const value = (node as Record<string, unknown>)[last];
    if (value === undefined && getRaw(mapping, key) !== undefined)
      return 'onbekende instelling / unknown setting';
  }
  return null;
}

function getRaw(target: Record<string, unknown>, path: string): unknown {
  let node: unknown = target;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}
