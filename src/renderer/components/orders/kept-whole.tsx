// Invoice numbers ("2026-0001"), references ("MWW-1019") and transaction ids break at their hyphen
// when a line wraps, so the owner reads "2026-" on one line and "0001" on the next. In a text shown
// on the order's page, each word that holds a hyphen and a digit is kept on one line; the text itself
// is unchanged (copied, it is the same).
import type { ReactNode } from 'react';

/** A run of non-blank characters with a hyphen inside and a digit somewhere. */
const NUMBER_WITH_HYPHEN = /(\S*\S-\S\S*)/;
const HAS_DIGIT = /\d/;

export function keptWhole(text: string): ReactNode {
  const parts = text.split(NUMBER_WITH_HYPHEN);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 && HAS_DIGIT.test(part) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order
      <span key={index} className="nowrap">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
