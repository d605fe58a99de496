// Contract validation against the official MyOnlineStore Connect spec (OpenAPI 3.0) with
// openapi-backend (ajv underneath). Every exchange a simulator answers can be checked: the request's
// path, query parameters and security tokens, and the response body for its status.
//
// The official file does not load or compile as published, and in a few places contradicts its own
// examples. Each repair below is the smallest change that lets a real validator run, and says why.
// Nothing else of the spec is loosened.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import { parseDocument } from 'yaml';
import { myOnlineStoreSpecPath } from '../../support/specs';
import type { ExchangeObserver, SimRequest, SimResponse, SimServer } from '../common/http-server';

export interface ContractViolation {
  kind: 'request' | 'response';
  method: string;
  path: string;
  status?: number;
  operationId?: string;
  errors: string[];
}

/**
 * Repair 1: a few multi-line double-quoted descriptions (discount code filters) continue at a
 * smaller indent than their key, which YAML 1.2 forbids; every strict parser stops there. The
 * continuation lines are re-indented; no value changes except that whitespace.
 */
function repairYaml(text: string): string {
  const out: string[] = [];
  let continuationIndent: number | null = null;
  for (const line of text.split('\n')) {
    if (continuationIndent !== null) {
      out.push(' '.repeat(continuationIndent) + line.trimStart());
      if (/(^|[^\\])"\s*$/.test(line)) continuationIndent = null;
      continue;
    }
    out.push(line);
    const open = /^(\s*)(?:-\s+)?[\w-]+:\s+"(?:[^"\\]|\\.)*$/.exec(line);
    if (open) continuationIndent = (open[1] ?? '').length + 4;
  }
  return out.join('\n');
}

// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped JSON we patch in place
type Json = any;

function patchSpec(spec: Json): Json {
  const schemas = spec.components.schemas;
  // Repair 2: TaxPrice has no `type`, so an array satisfies it vacuously and every
  // `oneOf: [array of TaxPrice, TaxPrice]` (Order.price.tax, OrderDetail.price) would reject the
  // split-rate arrays the spec's own example shows. Its evident meaning is an object.
  schemas.TaxPrice.type = 'object';
  // Repair 3: `nullable` without `type` is invalid in OpenAPI 3.0 and ajv refuses to compile it.
  const street =
    schemas.Payment.properties.order.properties.customer.properties.invoiceAddress.properties.street;
  street.type = 'object';
  // Repair 4: Order.number is typed integer, but live responses carry it as a digit string too
  // (research note §2.4, C4). Accept both, nothing looser.
  schemas.Order.properties.number = {
    description: schemas.Order.properties.number.description,
    oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }],
  };
  // Repair 5: the status-changed filters are documented as 'yyyy-mm-dd hh:mm:ss' but typed
  // `format: date-time`, which (RFC 3339) needs a 'T' or offset the documented form lacks. The
  // documented wire format wins: validate exactly that.
  for (const name of ['status_changed_start_date', 'status_changed_end_date']) {
    spec.components.parameters[name].schema = {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$',
    };
  }
  return spec;
}

/** The official spec, parsed and repaired as documented above. Fresh copy per call. */
export function loadMyOnlineStoreSpec(): Json {
  const text = readFileSync(myOnlineStoreSpecPath(), 'utf8');
  const document = parseDocument(repairYaml(text));
  if (document.errors.length > 0) {
    throw new Error(`MyOnlineStore spec does not parse: ${document.errors[0]?.message}`);
  }
  return patchSpec(document.toJS());
}

function customizeAjv(ajv: Ajv): Ajv {
  addFormats(ajv);
  // Formats the spec uses that are not JSON Schema's; checked loosely but for real.
  ajv.addFormat('vat-number', /^[A-Z]{2}[0-9A-Z+*.]{2,13}$/);
  ajv.addFormat('iban', /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/);
  return ajv;
}

interface Operation {
  operationId: string;
  path: string;
  security?: Array<Record<string, unknown>>;
}

function formatAjvErrors(errors: Array<{ instancePath?: string; message?: string; params?: unknown }>) {
  return errors.map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'} ${JSON.stringify(e.params ?? {})}`,
  );
}

export class MwwContractValidator {
  private readonly api: OpenAPIBackend;
  private readonly spec: Json;
  private errorValidators = new Map<string, (body: unknown) => string[]>();

  private constructor(spec: Json) {
    this.spec = spec;
    this.api = new OpenAPIBackend({
      definition: spec,
      // Compile each operation's validators on first use: the whole spec takes seconds.
      quick: true,
      strict: false,
      validate: true,
      customizeAjv: (ajv) => customizeAjv(ajv),
    });
  }

  static async create(): Promise<MwwContractValidator> {
    const validator = new MwwContractValidator(loadMyOnlineStoreSpec());
    // openapi-backend warns about every deprecated/unknown thing while compiling; keep tests quiet.
    const warn = console.warn;
    console.warn = () => {};
    try {
      await validator.api.init();
    } finally {
      console.warn = warn;
    }
    return validator;
  }

  private operationFor(request: SimRequest): Operation | undefined {
    return this.api.router.matchOperation({
      method: request.method.toLowerCase(),
      path: request.path,
      query: {},
      headers: {},
    }) as Operation | undefined;
  }

  /** Violations of the request: unknown operation, bad parameters, missing security tokens. */
  validateRequest(request: SimRequest): ContractViolation | undefined {
    const base = { kind: 'request' as const, method: request.method, path: request.path };
    const operation = this.operationFor(request);
    if (!operation) return { ...base, errors: ['no operation in the spec matches this request'] };
    const errors: string[] = [];
    // openapi-backend forbids unknown query parameters but does not count apiKey-in-query security
    // parameters as known; those are checked below against the security requirement instead.
    const query = new URLSearchParams(request.query);
    for (const scheme of Object.values(this.spec.components.securitySchemes) as Array<{
      in?: string;
      name?: string;
    }>) {
      if (scheme.in === 'query' && scheme.name) query.delete(scheme.name);
    }
    const result = this.api.validator.validateRequest(
      {
        method: request.method.toLowerCase(),
        path: request.path,
        query: query.toString(),
        headers: request.headers as Record<string, string>,
        body: request.body,
      },
      operation as never,
    );
    if (result.errors) errors.push(...formatAjvErrors(result.errors));
    // Security: the operation's own requirement, else the global one (both tokens).
    const security = operation.security ?? this.spec.security ?? [];
    if (security.length > 0) {
      const schemes = this.spec.components.securitySchemes;
      const satisfied = security.some((requirement: Record<string, unknown>) =>
        Object.keys(requirement).every((scheme) => {
          const name = schemes[scheme]?.name as string | undefined;
          return name !== undefined && (request.query.get(name) ?? '') !== '';
        }),
      );
      if (!satisfied) errors.push('security: a required token is missing from the query string');
    }
    return errors.length > 0 ? { ...base, operationId: operation.operationId, errors } : undefined;
  }

  private errorBodyValidator(schemaName: 'Error' | 'ApiProblem'): (body: unknown) => string[] {
    let validate = this.errorValidators.get(schemaName);
    if (!validate) {
      const ajv = customizeAjv(new Ajv({ strict: false, allErrors: true }));
      const schema = this.api.definition.components?.schemas?.[schemaName] as object;
      const compiled = ajv.compile({ ...schema, type: 'object' });
      validate = (body) => (compiled(body) ? [] : formatAjvErrors(compiled.errors ?? []));
      this.errorValidators.set(schemaName, validate);
    }
    return validate;
  }

  /**
   * Violations of the response. A status the operation documents is validated against its schema.
   * The spec documents no error statuses for the order, store and status endpoints; an error answer
   * there must be the spec's `Error` shape, and on the newer camelCase endpoints (payments, tax
   * policy) RFC 7807 `ApiProblem`, which the spec uses for their 422. An undocumented success
   * status is a violation.
   */
  validateResponse(request: SimRequest, response: SimResponse): ContractViolation | undefined {
    const base = {
      kind: 'response' as const,
      method: request.method,
      path: request.path,
      status: response.status,
    };
    const operation = this.operationFor(request);
    if (!operation) {
      // Nothing in the spec to hold the answer to; a 404 in the Error shape is what the shop sends.
      const errors = response.status === 404 ? this.errorBodyValidator('Error')(response.body) : [];
      if (response.status !== 404) errors.push('answered a request no operation in the spec matches');
      return errors.length > 0 ? { ...base, errors } : undefined;
    }
    const documented = Object.keys(
      (this.api.definition.paths?.[operation.path] as Json)?.[request.method.toLowerCase()]?.responses ?? {},
    );
    let errors: string[];
    if (documented.includes(String(response.status))) {
      const result = this.api.validator.validateResponse(response.body, operation as never, response.status);
      errors = result.errors ? formatAjvErrors(result.errors) : [];
    } else if (response.status >= 400) {
      const camelCase = /payments|tax-policy/.test(operation.path);
      errors = this.errorBodyValidator(camelCase ? 'ApiProblem' : 'Error')(response.body);
    } else {
      errors = [`status ${response.status} is not documented for ${operation.operationId}`];
    }
    return errors.length > 0 ? { ...base, operationId: operation.operationId, errors } : undefined;
  }

  /** Both checks for one exchange. */
  check(request: SimRequest, response: SimResponse): ContractViolation[] {
    return [this.validateRequest(request), this.validateResponse(request, response)].filter(
      (v): v is ContractViolation => v !== undefined,
    );
  }

  /** Validates one value against a named component schema (e.g. generated orders against Order). */
  validateSchema(schemaName: string, value: unknown): string[] {
    const key = `schema:${schemaName}`;
    let validate = this.errorValidators.get(key);
    if (!validate) {
      const ajv = customizeAjv(new Ajv({ strict: false, allErrors: true }));
      const schema = this.api.definition.components?.schemas?.[schemaName];
      if (!schema) throw new Error(`No schema ${schemaName} in the MyOnlineStore spec`);
      const compiled = ajv.compile(schema as object);
      validate = (body) => (compiled(body) ? [] : formatAjvErrors(compiled.errors ?? []));
      this.errorValidators.set(key, validate);
    }
    return validate(value);
  }
}

let shared: Promise<MwwContractValidator> | undefined;

/** One validator per test process: compiling the spec takes a moment. */
export function mwwContractValidator(): Promise<MwwContractValidator> {
  shared ??= MwwContractValidator.create();
  return shared;
}

export interface ContractRecorder {
  readonly violations: ContractViolation[];
  /** Removes and returns the recorded violations: for tests that send bad requests on purpose. */
  take(): ContractViolation[];
  /** Throws, listing every violation, if any was recorded (and clears them). */
  assertNone(): void;
  detach(): void;
}

/**
 * Validates every exchange the server answers from now on (only the requests with `responses:
 * false`) and records violations. Typical use:
 * `const contract = await recordMwwContract(sim.server)` in beforeAll and `contract.assertNone()`
 * in afterEach.
 */
export async function recordMwwContract(
  server: SimServer,
  options: { responses?: boolean } = {},
): Promise<ContractRecorder> {
  const validator = await mwwContractValidator();
  const violations: ContractViolation[] = [];
  const observer: ExchangeObserver = (request, response) => {
    if (options.responses === false) {
      const violation = validator.validateRequest(request);
      if (violation) violations.push(violation);
    } else violations.push(...validator.check(request, response));
  };
  server.observers.push(observer);
  return {
    violations,
    take: () => violations.splice(0, violations.length),
    assertNone() {
      const found = violations.splice(0, violations.length);
      if (found.length > 0) {
        const lines = found.map(
          (v) =>
            `${v.kind} ${v.method} ${v.path}${v.status ? ` -> ${v.status}` : ''}: ${v.errors.join('; ')}`,
        );
        throw new Error(`MyOnlineStore contract violated:\n${lines.join('\n')}`);
      }
    },
    detach() {
      const index = server.observers.indexOf(observer);
      if (index >= 0) server.observers.splice(index, 1);
    },
  };
}
