// A list is joined as a sentence in each language says it: "a, b en c" in Dutch, "a, b and c" in
// English without a comma before "and"; a choice between them with "of" / "or". One helper for the
// core's texts and the screens, so no text joins its own lists by hand.
import { describe, expect, it } from 'vitest';
import { listParts, writtenList } from '../../../src/shared/i18n/written-list';

describe('a list in a sentence', () => {
  it('names all its items with "en" / "and", a comma between the others', () => {
    expect(writtenList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(writtenList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(writtenList(['a', 'b'], 'nl')).toBe('a en b');
    expect(writtenList(['a'], 'en')).toBe('a');
    expect(writtenList([], 'nl')).toBe('');
  });

  it('offers a choice with "of" / "or"', () => {
    expect(writtenList(['"0% btw"', '"Geen btw"'], 'nl', 'or')).toBe('"0% btw" of "Geen btw"');
    expect(writtenList(['a', 'b', 'c'], 'en', 'or')).toBe('a, b or c');
    expect(writtenList(['a'], 'nl', 'or')).toBe('a');
  });

  it('keeps items that are not text whole, with the words between them', () => {
    const links = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(listParts(links, 'nl')).toEqual([links[0], ', ', links[1], ' en ', links[2]]);
    expect(listParts(links, 'en', 'or')).toEqual([links[0], ', ', links[1], ' or ', links[2]]);
  });
});
