// Settings: key -> JSON value. Each setting is declared once with its zod schema and default; a
// stored value is parsed on every read, and one that no longer fits is reported (naming the key and
// the field) and left in place, never overwritten behind the owner's back. Secrets never come here.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { SecretSettingError, SettingValueError } from './errors';

export interface SettingDefinition<T> {
  key: string;
  schema: z.ZodType<T>;
  defaultValue: T;
}

export function defineSetting<T>(key: string, schema: z.ZodType<T>, defaultValue: T): SettingDefinition<T> {
  return { key, schema, defaultValue };
}

export type SettingRead<T> =
  | { ok: true; value: T; stored: boolean }
  | { ok: false; value: T; error: SettingValueError };

export interface SettingsRepository {
  /** The stored value, or the default when none is stored or the stored one is invalid (with the error). */
  read<T>(setting: SettingDefinition<T>): SettingRead<T>;
  /** The value to use: stored if valid, else the default. */
  get<T>(setting: SettingDefinition<T>): T;
  /** Validates, then stores. Throws SettingValueError (nothing stored) when the value does not fit. */
  set<T>(setting: SettingDefinition<T>, value: T): void;
  remove(setting: SettingDefinition<unknown> | string): void;
  /** Every stored key, for diagnostics. */
  keys(): string[];
}

// A setting named like a credential is refused outright: the keychain is the only place for those.
const SECRET_NAME = /(token|secret|password|passwd|api[-_.]?key|credential)/i;

function firstIssue(error: z.ZodError): { field: string; problem: string } {
  const issue = error.issues[0];
  return {
    field: issue && issue.path.length > 0 ? issue.path.join('.') : '(value)',
    problem: issue?.message ?? 'invalid',
  };
}

export function createSettingsRepository(db: Database, now: () => number = Date.now): SettingsRepository {
  const select = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM settings WHERE key = ?');
  const keys = db.prepare('SELECT key FROM settings ORDER BY key').pluck();

  const repo: SettingsRepository = {
    read<T>(setting: SettingDefinition<T>): SettingRead<T> {
      const text = select.get(setting.key) as string | undefined;
      if (text === undefined) return { ok: true, value: setting.defaultValue, stored: false };
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        const error = new SettingValueError(setting.key, '(value)', 'not JSON');
        return { ok: false, value: setting.defaultValue, error };
      }
      const parsed = setting.schema.safeParse(raw);
      if (parsed.success) return { ok: true, value: parsed.data, stored: true };
      const { field, problem } = firstIssue(parsed.error);
      return {
        ok: false,
        value: setting.defaultValue,
        error: new SettingValueError(setting.key, field, problem),
      };
    },
    get: (setting) => repo.read(setting).value,
    set<T>(setting: SettingDefinition<T>, value: T): void {
      if (SECRET_NAME.test(setting.key)) throw new SecretSettingError(setting.key);
      const parsed = setting.schema.safeParse(value);
      if (!parsed.success) {
        const { field, problem } = firstIssue(parsed.error);
        throw new SettingValueError(setting.key, field, problem);
      }
      const text = JSON.stringify(parsed.data);
      if (text === undefined)
        throw new SettingValueError(setting.key, '(value)', 'not representable as JSON');
      upsert.run(setting.key, text, now());
    },
    remove: (setting) => {
      remove.run(typeof setting === 'string' ? setting : setting.key);
    },
    keys: () => keys.all() as string[],
  };
  return repo;
}
