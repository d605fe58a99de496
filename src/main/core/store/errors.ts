// Typed failures of the store. Each carries a {nl,en} text for the shop owner (what happened, what to
// do) and the facts a caller needs to react, so nothing has to parse an error message.
import { storeMessages } from '../../../shared/i18n/messages/store';
import { type LocalizedText, localize } from '../../../shared/i18n/translate';

export type StoreOpenFailure =
  | 'corrupt'
  | 'foreign'
  | 'newer-version'
  | 'not-a-file'
  | 'no-permission'
  | 'busy'
  | 'disk-full'
  | 'unreadable'
  | 'migration-failed';

/** The database file could not be opened. The file is never replaced or deleted when this is thrown. */
export class StoreOpenError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly kind: StoreOpenFailure,
    readonly file: string,
    params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    const text = localize(storeMessages, `store.open.${kind}`, { file, ...params });
    super(text.en, options);
    this.name = 'StoreOpenError';
    this.text = text;
  }
}

/** A stored setting no longer matches its schema; the stored value is left as it is. */
export class SettingValueError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly key: string,
    readonly field: string,
    readonly problem: string,
  ) {
    const text = localize(storeMessages, 'store.setting.invalid', { key, field, problem });
    super(text.en);
    this.name = 'SettingValueError';
    this.text = text;
  }
}

/** Refused: a setting whose name says it holds a secret. Secrets live in the OS keychain only. */
export class SecretSettingError extends Error {
  readonly text: LocalizedText;

  constructor(readonly key: string) {
    const text = localize(storeMessages, 'store.setting.secret', { key });
    super(text.en);
    this.name = 'SecretSettingError';
    this.text = text;
  }
}

export type JournalFailure = 'illegal' | 'conflict' | 'not-found' | 'id-conflict';

/** A journal step was refused. Nothing was written. */
export class JournalTransitionError extends Error {
  readonly text: LocalizedText;

  constructor(
    readonly kind: JournalFailure,
    readonly orderNumber: string,
    params: Record<string, string | number>,
  ) {
    const text = localize(storeMessages, `store.journal.${kind}`, { order: orderNumber, ...params });
    super(text.en);
    this.name = 'JournalTransitionError';
    this.text = text;
  }
}

export type StoreWriteFailure = 'disk-full' | 'read-only' | 'io-error';

/**
 * Writing to the database failed for a reason outside Winkelbrug (a full disk, a file or disk made
 * read-only, a failing disk). The transaction that failed left nothing half-written, so nothing is
 * lost; the run stops and says what to do. `kind` is the code a run's report and the CLI carry.
 */
export class StoreWriteError extends Error {
  readonly text: LocalizedText;
  readonly kind: `store_${'disk_full' | 'read_only' | 'io_error'}`;

  constructor(
    readonly failure: StoreWriteFailure,
    readonly file: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    const text = localize(storeMessages, `store.write.${failure}`, { file, detail });
    super(text.en, options);
    this.name = 'StoreWriteError';
    this.text = text;
    this.kind = `store_${failure.replace('-', '_') as 'disk_full' | 'read_only' | 'io_error'}`;
  }

  /** The owner's text, under the name the engine and the shells read it by. */
  get userMessage(): LocalizedText {
    return this.text;
  }
}

/** A database or file-system failure that is a write failure the owner must fix, as a StoreWriteError. */
export function storeWriteErrorOf(error: unknown, file: string): StoreWriteError | undefined {
  if (error instanceof StoreWriteError) return error;
  const code =
    error && typeof error === 'object' && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const failure: StoreWriteFailure | undefined =
    code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT'
      ? 'disk-full'
      : code.startsWith('SQLITE_READONLY') || code === 'EROFS'
        ? 'read-only'
        : code.startsWith('SQLITE_IOERR') || code === 'EIO'
          ? 'io-error'
          : undefined;
  if (!failure) return undefined;
  const detail = error instanceof Error ? `${code}: ${error.message}` : code;
  return new StoreWriteError(failure, file, detail, { cause: error });
}

/** The owner's text a store failure carries (each of the errors above), or undefined for any other. */
export function storeErrorText(error: unknown): LocalizedText | undefined {
  const known =
    error instanceof StoreOpenError ||
    error instanceof StoreWriteError ||
    error instanceof SettingValueError ||
    error instanceof SecretSettingError ||
    error instanceof JournalTransitionError;
  return known ? error.text : undefined;
}
