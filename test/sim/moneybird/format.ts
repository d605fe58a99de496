// How Moneybird writes numbers in responses: decimal strings with at least one decimal ("363.0",
// "12.71", "-0.5"), dates as YYYY-MM-DD and timestamps as ISO-8601 UTC with milliseconds.
import { type Decimal, parseDecimal, toPlain } from '../common/decimal';

export function moneyString(value: Decimal): string {
  const plain = toPlain(value);
  return plain.includes('.') ? plain : `${plain}.0`;
}

/** Parses what the spec's `money`/`number` types allow ("10,95", "10.95", 10.95); undefined if not. */
export function parseMoney(input: unknown): Decimal | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  if (typeof input === 'string' && !/^-?[0-9]+[,.]?[0-9]*$/.test(input.trim())) return undefined;
  try {
    return parseDecimal(input);
  } catch {
    return undefined;
  }
}

/** The spec's booleans: JSON true/false or the strings "true"/"false". */
export function parseBoolean(input: unknown): boolean | undefined {
  if (typeof input === 'boolean') return input;
  if (input === 'true' || input === '1') return true;
  if (input === 'false' || input === '0') return false;
  return undefined;
}

export function isoDate(date: Date, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export function isValidIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
