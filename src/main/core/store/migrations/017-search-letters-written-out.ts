// Version 17: search finds "Ødegård" as "odegard". The fold now writes out the letters that have
// no accent to drop (ø, ł, æ, ß …); the names already folded with them are folded again (the fold
// of folded text is the fold of the original), and the search index follows by its trigger.
import { foldForSearch, LETTERS_WRITTEN_OUT } from '../search-fold';
import type { Migration } from './migration';

export const searchLettersWrittenOutMigration: Migration = {
  version: 17,
  name: 'search letters written out',
  up(db) {
    const holding = LETTERS_WRITTEN_OUT.map(() => 'instr(search_text, ?) > 0').join(' OR ');
    const rows = db
      .prepare(`SELECT rowid, search_text FROM order_journal WHERE ${holding}`)
      .all(...LETTERS_WRITTEN_OUT) as Array<{ rowid: number; search_text: string }>;
    const update = db.prepare('UPDATE order_journal SET search_text = ? WHERE rowid = ?');
    for (const row of rows) update.run(foldForSearch(row.search_text), row.rowid);
  },
};
