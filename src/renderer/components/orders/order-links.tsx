// A text on the order's page that names other orders by number ("gecrediteerd met creditorder
// 974003"): each number opens that order's page where it stands, as the activity list links its
// order; the rest of the text is kept as it is, invoice numbers unbroken (kept-whole.tsx).
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../routes';
import { keptWhole } from './kept-whole';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with the first stand-alone mention of each of `orderNumbers` linked to its page: not inside a
 * longer number, nor as the end of a reference ("MWW-974003") or an invoice number ("2026/974003").
 */
export function withOrderLinks(text: string, orderNumbers: readonly string[]): ReactNode {
  const wanted = [...new Set(orderNumbers)].filter(Boolean);
  if (wanted.length === 0) return keptWhole(text);
  // The longer numbers first, so "9740031" is not read as "974003" and more.
  const alternatives = wanted
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|');
  const mention = new RegExp(`(?<![\\p{L}\\p{N}/-])(${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  const parts: ReactNode[] = [];
  const linked = new Set<string>();
  let from = 0;
  for (const match of text.matchAll(mention)) {
    const number = match[1]!;
    if (linked.has(number)) continue;
    linked.add(number);
    parts.push(<Fragment key={`text@${from}`}>{keptWhole(text.slice(from, match.index))}</Fragment>);
    parts.push(
      <Link key={`${number}@${match.index}`} to={paths.order(number)} data-testid="order-mention">
        {number}
      </Link>,
    );
    from = match.index + number.length;
  }
  if (from === 0) return keptWhole(text);
  parts.push(<Fragment key={`text@${from}`}>{keptWhole(text.slice(from))}</Fragment>);
  return parts;
}
