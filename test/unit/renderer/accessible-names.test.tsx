// What a screen reader says for a control is text the owner hears: in their language, from the
// catalogs, like every text they read. The notice's "×" is seen, its button is called "Sluiten".
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { Notice } from '../../../src/renderer/components/Notice';
import type { AppState, AppStore } from '../../../src/renderer/state/app-store';
import { StoreContext } from '../../../src/renderer/state/store-context';

function renderNotice(locale: 'nl' | 'en'): string {
  const app = createStore<AppState>()(
    () =>
      ({
        locale,
        notice: { nl: 'Opgeslagen.', en: 'Saved.' },
        dismissNotice: () => {},
      }) as unknown as AppState,
  ) as AppStore;
  return renderToStaticMarkup(
    <StoreContext.Provider value={app}>
      <Notice />
    </StoreContext.Provider>,
  );
}

describe('names a screen reader says', () => {
  it('calls the notice’s close button "Sluiten" / "Close", not "times"', () => {
    const nl = renderNotice('nl');
    expect(nl).toMatch(/<button[^>]*aria-label="Sluiten"[^>]*data-testid="notice-close"/);
    // The "×" stays what the eye sees, hidden from the screen reader.
    expect(nl).toContain('<span aria-hidden="true">×</span>');
    expect(nl).not.toContain('aria-label="×"');
    expect(renderNotice('en')).toMatch(/<button[^>]*aria-label="Close"/);
  });

  it('comes from the catalogs everywhere in the window: no name, title, alt or placeholder written in', () => {
    const root = join(__dirname, '../../../src/renderer');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));
    expect(files.length).toBeGreaterThan(20);
    const written: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(root, file), 'utf8');
      // aria-label="…", title={'…'}, placeholder={`…`}: a literal where a catalog text belongs.
      for (const match of source.matchAll(
        /\b(aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder)=(?:"[^"]*"|\{\s*['`][^'`]*['`]\s*\})/g,
      ))
        written.push(`${relative(root, join(root, file))}: ${match[0]}`);
    }
    expect(written).toEqual([]);
  });
});
