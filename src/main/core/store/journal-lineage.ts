// Where this journal comes from: when it was created, and whether the database file is an older copy
// than the one the last runs on this data folder wrote to (a restored backup). Moneybird may hold
// bookings such a journal does not know, so the sync engine looks for them before it books again.
//
// Each run (and each booked batch) counts a generation up in the database and then writes it to a
// seal file beside it. The database is committed first, so after a crash the seal is at most as far
// as the database; a database behind its seal was put back from an older copy. Restoring the whole
// folder restores the seal with it; the engine covers that case by the time its watch was away.
import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { writeTransaction } from './write-transaction';

export const JOURNAL_SEAL_FILE_NAME = 'journal-seal.json';

const JOURNAL_ID = 'journal.id';
const GENERATION = 'journal.generation';

export interface LineageCheck {
  /** The database is an older copy than the one this folder's last runs wrote to. */
  restored: boolean;
  generation: number;
}

export interface JournalLineage {
  /** When this journal was created (its first schema step), ms since the epoch. */
  readonly bornAt: number;
  /**
   * Counts the generation up (database first, then the seal) and says whether the database had
   * fallen behind the seal. A seal that cannot be read or written is left out of the comparison.
   */
  advance(): LineageCheck;
}

interface Seal {
  journal: string;
  generation: number;
}

function readSeal(file: string): Seal | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!value || typeof value !== 'object') return undefined;
    const { journal, generation } = value as Record<string, unknown>;
    if (typeof journal !== 'string' || !Number.isSafeInteger(generation)) return undefined;
    return { journal, generation: generation as number };
  } catch {
    return undefined;
  }
}

function writeSeal(file: string, seal: Seal): void {
  try {
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(seal)}\n`);
    renameSync(temporary, file);
  } catch {
    // Best effort: without a seal a restored file is not recognised, nothing else is lost.
  }
}

export function createJournalLineage(db: Database, now: () => number = Date.now): JournalLineage {
  const born = db.prepare('SELECT applied_at FROM schema_migrations WHERE version = 1').pluck().get();
  const bornAt = typeof born === 'number' ? born : now();
  const seal = join(dirname(db.name), JOURNAL_SEAL_FILE_NAME);
  const select = db.prepare('SELECT value FROM cursors WHERE name = ?').pluck();
  const upsert = db.prepare(
    `INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const advanceTx = writeTransaction(db, (sealed: Seal | undefined) => {
    let journal = select.get(JOURNAL_ID) as string | undefined;
    if (!journal) {
      journal = randomUUID();
      upsert.run(JOURNAL_ID, journal, now());
    }
    const stored = Number(select.get(GENERATION) ?? 0);
    const current = Number.isSafeInteger(stored) ? stored : 0;
    const ours = sealed?.journal === journal ? sealed : undefined;
    const restored = ours !== undefined && ours.generation > current;
    const generation = Math.max(current, ours?.generation ?? 0) + 1;
    upsert.run(GENERATION, String(generation), now());
    return { journal, generation, restored };
  });
  return {
    bornAt,
    advance: () => {
      const { journal, generation, restored } = advanceTx(readSeal(seal));
      writeSeal(seal, { journal, generation });
      return { restored, generation };
    },
  };
}
