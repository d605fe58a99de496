// Validates an answer body against a schema; a mismatch becomes InvalidResponseError naming the field.
import type { z } from 'zod';
import { InvalidResponseError, type RequestContext } from './errors';

export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(body)';
}

export function parseResponse<S extends z.ZodType>(
  schema: S,
  body: unknown,
  context: RequestContext,
  status?: number,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issuePath(issue.path) : '(body)';
  throw new InvalidResponseError(context, status, field, `${field}: ${issue?.message ?? 'unexpected shape'}`);
}
