// Where the official API specs are read from: $WINKELBRUG_SPECS_DIR, else ../shared/specs beside
// the checkout, else the cache `npm run specs:fetch` fills from the public sources.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function specsDir(): string {
  const candidates = [
    process.env.WINKELBRUG_SPECS_DIR,
    resolve(root, '../shared/specs'),
    resolve(root, '.specs-cache'),
  ].filter((d): d is string => Boolean(d));
  for (const dir of candidates) {
    if (
      existsSync(resolve(dir, 'moneybird/openapi.json')) &&
      existsSync(resolve(dir, 'myonlinestore/openapi.yaml'))
    )
      return dir;
  }
  throw new Error(
    `The official API specs were not found (looked in ${candidates.join(', ')}). ` +
      'Set WINKELBRUG_SPECS_DIR or run `npm run specs:fetch`.',
  );
}

export const moneybirdSpecPath = (): string => resolve(specsDir(), 'moneybird/openapi.json');
export const myOnlineStoreSpecPath = (): string => resolve(specsDir(), 'myonlinestore/openapi.yaml');
