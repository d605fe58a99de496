// Every message catalog of the app, loaded from its folder, so a rule about the owner's words can be
// checked against all of them, including catalogs added later.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../../src/shared/i18n/translate';

const DIR = join(__dirname, '../../../src/shared/i18n/messages');

/** Each catalog with the file it is in. */
export async function allCatalogs(): Promise<Array<[string, Catalog]>> {
  const found: Array<[string, Catalog]> = [];
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const module = (await import(join(DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module))
      if (value && typeof value === 'object' && 'nl' in value && 'en' in value)
        found.push([file, value as Catalog]);
  }
  return found;
}
