// Moneybird's two error shapes: the symbolic one for 400/401/402/403/404
// ({"error":"record not found","symbolic":{"id":"not_found"}}) and the validation one for 422
// ({"error":{"field":["message"]},"details":{"field":[{"error":"code"}]}}).

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'object' && body && 'error' in body ? JSON.stringify(body) : String(body));
  }
}

export function symbolic(status: number, error: string, symbolicPart?: Record<string, unknown>): ApiError {
  return new ApiError(status, symbolicPart ? { error, symbolic: symbolicPart } : { error });
}

export const notFound = (field = 'id'): ApiError =>
  symbolic(404, 'record not found', { [field]: 'not_found' });

export interface FieldProblem {
  field: string;
  message: string;
  code: string;
  extra?: Record<string, unknown>;
}

/** Collects validation problems; `throwIfAny` raises one 422 with all of them, as Rails does. */
export class Validation {
  private readonly problems: FieldProblem[] = [];

  add(field: string, message: string, code: string, extra?: Record<string, unknown>): this {
    this.problems.push({ field, message, code, extra });
    return this;
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  throwIfAny(): void {
    if (this.empty) return;
    const error: Record<string, string[]> = {};
    const details: Record<string, Array<Record<string, unknown>>> = {};
    for (const p of this.problems) {
      error[p.field] = [...(error[p.field] ?? []), p.message];
      details[p.field] = [...(details[p.field] ?? []), { error: p.code, ...p.extra }];
    }
    throw new ApiError(422, { error, details });
  }
}

export function unprocessable(field: string, message: string, code: string): ApiError {
  const v = new Validation().add(field, message, code);
  try {
    v.throwIfAny();
  } catch (e) {
    return e as ApiError;
  }
  return new ApiError(422, {});
}
