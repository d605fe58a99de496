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
