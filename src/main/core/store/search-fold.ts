// Text folded for search, the same way for what is stored and what the owner types: lower case,
// accents dropped, so "José" is found as "jose". Letters that carry their stroke or ligature in the
// letter itself (ø, ł, æ, ß …) have no accent to drop; they are written the way a Dutch keyboard
// types them, so "Ødegård" is found as "odegard" and "Straße" as "strasse".
const PLAIN_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  þ: 'th',
};
const WITHOUT_DECOMPOSITION = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(WITHOUT_DECOMPOSITION, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

/** The letters the fold writes out, for finding text folded before it did (migration 17). */
export const LETTERS_WRITTEN_OUT = Object.keys(PLAIN_LETTERS);
