// Contract validation against the official Moneybird spec (OpenAPI 3.1 = JSON Schema 2020-12),
// with Ajv 2020 over the spec's own schemas. Every request the simulator receives and every
// response it sends can be checked; violations are recorded so a test can fail on them.
//
// Decisions where the spec is silent or contradicts itself:
//  - details_attributes as an index-keyed object forbids unknown fields (unevaluatedProperties:
//    false) but its array form does not. Both are the same Rails nested attributes, so we apply
//    the indexed form's strictness to the array form too.
//  - Many operations do not list the 400/401/404/422/429 answers every endpoint can give. An
//    undeclared status is checked against the shared component response of that status
//    (#/components/responses/400_bad_request, 401_unauthorized, ...). A status with neither is a
//    violation.
//  - Query parameters are strings on the wire; a value is accepted when it, or its number or
//    boolean reading, fits the parameter schema.
//  - /oauth/* is not part of the API spec and is not validated here.
import { readFileSync } from 'node:fs';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormatsModule from 'ajv-formats';
import { moneybirdSpecPath } from '../../support/specs';
import type { ExchangeObserver, SimRequest, SimResponse, SimServer } from '../common/http-server';

type Schema = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  pointer: string;
  operation: Schema;
}

export interface ContractViolation {
  direction: 'request' | 'response';
  method: string;
  path: string;
  status?: number;
  operationId?: string;
  errors: string[];
}

const SHARED_RESPONSES: Record<number, string> = {
  400: '400_bad_request',
  401: '401_unauthorized',
  402: '402_payment_required',
  403: '403_forbidden',
  404: '404_not_found',
  422: '422_unprocessable_entity',
  429: '429_too_many_requests',
};

const SPEC_ID = 'moneybird-openapi.json';
const escapePointer = (s: string) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

class MoneybirdContract {
  private readonly ajv: Ajv2020;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly spec: Schema) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
      addFormatsModule) as (ajv: Ajv2020) => void;
    addFormats(this.ajv);
    this.ajv.addSchema(spec, SPEC_ID);
    const paths = spec.paths as Record<string, Record<string, Schema>>;
    for (const [template, item] of Object.entries(paths)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const operation = item[method];
        if (!operation) continue;
        const regex = template
          .split(/(\{[a-z_]+\})/)
          .map((part) => {
            if (part === '{format}') return '(?:\\.json|\\.xml)?';
            const param = /^\{([a-z_]+)\}$/.exec(part);
            return param ? `(?<${param[1]}>[^/]+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          })
          .join('');
        this.operations.push({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${regex}$`),
          pointer: `#/paths/${escapePointer(template)}/${method}`,
          operation,
        });
      }
    }
    // Static segments win over parameters (/contacts/synchronization before /contacts/{id}).
    const weight = (t: string) => t.replace(/\{[a-z_]+\}/g, '').length;
    this.operations.sort((a, b) => weight(b.template) - weight(a.template));
  }

  private validator(pointer: string): ValidateFunction {
    let fn = this.compiled.get(pointer);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      this.compiled.set(pointer, fn);
    }
    return fn;
  }

  private resolve(node: Schema): Schema {
    let current = node;
    while (typeof current.$ref === 'string') {
      const path = (current.$ref as string).replace(/^#\//, '').split('/');
      let target: unknown = this.spec;
      for (const segment of path)
        target = (target as Schema)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
      current = target as Schema;
    }
    return current;
  }

  find(method: string, apiPath: string): { op: Operation; params: Record<string, string> } | undefined {
    for (const op of this.operations) {
      const match = op.pattern.exec(apiPath);
      if (match && op.method === method) return { op, params: { ...match.groups } as Record<string, string> };
    }
    return undefined;
  }

  private errorsOf(fn: ValidateFunction): string[] {
    return (fn.errors ?? []).map(
      (e) =>
        `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  }

  validateRequest(request: SimRequest): ContractViolation | undefined {
    const apiPath = request.path.replace(/^\/api\/v2/, '');
    const found = this.find(request.method, apiPath);
    const base = { direction: 'request' as const, method: request.method, path: request.path };
    if (!found) return { ...base, errors: [`no operation ${request.method} ${apiPath} in the spec`] };
    const { op, params } = found;
    const errors: string[] = [];
    const raws = (op.operation.parameters as Schema[] | undefined) ?? [];
    raws.forEach((rawParameter, index) => {
      const parameter = this.resolve(rawParameter);
      const schemaPointer =
        typeof rawParameter.$ref === 'string'
          ? `${rawParameter.$ref}/schema`
          : `${op.pointer}/parameters/${index}/schema`;
      const name = parameter.name as string;
      const where = parameter.in as string;
      const raw = where === 'path' ? params[name] : where === 'query' ? request.query.get(name) : undefined;
      if (where === 'path' && name === 'format') return;
      if (raw === undefined || raw === null) {
        if (parameter.required && where !== 'path') errors.push(`missing ${where} parameter ${name}`);
        return;
      }
      const value = where === 'path' ? decodeURIComponent(raw) : raw;
      const fn = this.validator(schemaPointer);
      // A numeric-looking value is read as the number it means (so per_page=101 breaks maximum: 100),
      // and as text only where the schema has no numeric type.
      const numeric = /^-?\d+(\.\d+)?$/.test(value);
      let fits = numeric && fn(Number(value));
      if (!fits && (!numeric || (fn.errors ?? []).every((e) => e.keyword === 'type'))) fits = fn(value);
      if (!fits && (value === 'true' || value === 'false')) fits = fn(value === 'true');
      if (!fits) errors.push(`${where} parameter ${name}=${value} does not fit its schema`);
    });
    const requestBody = op.operation.requestBody as Schema | undefined;
    if (requestBody) {
      const content = this.resolve(requestBody).content as Record<string, Schema>;
      const mediaType = Object.keys(content)[0]!;
      if (request.body === undefined) {
        if (this.resolve(requestBody).required) errors.push('request body is required');
      } else {
        const fn = this.validator(`${op.pointer}/requestBody/content/${escapePointer(mediaType)}/schema`);
        if (!fn(request.body)) errors.push(...this.errorsOf(fn).map((e) => `body ${e}`));
      }
    } else if (request.body !== undefined && request.method !== 'GET' && request.method !== 'DELETE') {
      errors.push('the spec defines no request body for this operation');
    }
    return errors.length ? { ...base, operationId: op.operation.operationId as string, errors } : undefined;
  }

  validateResponse(request: SimRequest, response: SimResponse): ContractViolation | undefined {
    const apiPath = request.path.replace(/^\/api\/v2/, '');
    const base = {
      direction: 'response' as const,
      method: request.method,
      path: request.path,
      status: response.status,
    };
    const found = this.find(request.method, apiPath);
    let pointer: string;
    let declared: Schema | undefined;
    const responses = (found?.op.operation.responses ?? {}) as Record<string, Schema>;
    const status = String(response.status);
    const key = status in responses ? status : `${status[0]}XX` in responses ? `${status[0]}XX` : undefined;
    if (found && key) {
      pointer = `${found.op.pointer}/responses/${key}`;
      declared = responses[key];
    } else if (SHARED_RESPONSES[response.status]) {
      pointer = `#/components/responses/${SHARED_RESPONSES[response.status]}`;
      declared = (this.spec.components as Schema & { responses: Record<string, Schema> }).responses[
        SHARED_RESPONSES[response.status]!
      ];
    } else {
      return { ...base, errors: [`status ${response.status} is not a documented answer of this operation`] };
    }
    const resolved = this.resolve(declared!);
    const errors: string[] = [];
    const content = resolved.content as Record<string, Schema> | undefined;
    if (content?.['application/json']) {
      const contentPointer = declared!.$ref
        ? `${(declared!.$ref as string).replace(/^#/, '#')}/content/application~1json/schema`
        : `${pointer}/content/application~1json/schema`;
      const fn = this.validator(contentPointer);
      if (!fn(response.body)) errors.push(...this.errorsOf(fn).map((e) => `body ${e}`));
    } else if (!content && response.body !== undefined && response.status !== 302) {
      errors.push('the spec defines no body for this answer');
    }
    const headers = resolved.headers as Record<string, Schema> | undefined;
    for (const name of Object.keys(headers ?? {})) {
      if (name.toLowerCase() === 'link') continue; // only present when there are more pages
      const value = Object.entries(response.headers ?? {}).find(
        ([h]) => h.toLowerCase() === name.toLowerCase(),
      )?.[1];
      if (value === undefined) errors.push(`header ${name} is missing`);
      else {
        const headerPointer = declared!.$ref
          ? `${declared!.$ref as string}/headers/${escapePointer(name)}/schema`
          : `${pointer}/headers/${escapePointer(name)}/schema`;
        const fn = this.validator(headerPointer);
        if (!fn(value) && !fn(Number(value))) errors.push(`header ${name}=${value} does not fit its schema`);
      }
    }
    return errors.length
      ? { ...base, operationId: found?.op.operation.operationId as string, errors }
      : undefined;
  }
}

let loaded: MoneybirdContract | undefined;

/** The spec is 3 MB: read and set up once per process, on first use. */
export function moneybirdContract(): MoneybirdContract {
  if (!loaded) {
    const spec = JSON.parse(readFileSync(moneybirdSpecPath(), 'utf8')) as Schema;
    // See the header: the array form of details_attributes gets the indexed form's strictness.
    const details = (spec.components as { schemas: Record<string, { oneOf: Schema[] }> }).schemas
      .details_attributes;
    const arrayForm = details?.oneOf.find((s) => s.type === 'array');
    if (arrayForm) (arrayForm.items as Schema).unevaluatedProperties = false;
    loaded = new MoneybirdContract(spec);
  }
  return loaded;
}

export type { MoneybirdContract };

export class ContractViolationError extends Error {
  constructor(readonly violations: ContractViolation[]) {
    super(
      `Moneybird contract violations (${violations.length}):\n${violations
        .map(
          (v) =>
            `- ${v.direction} ${v.method} ${v.path}${v.status ? ` -> ${v.status}` : ''}: ${v.errors.join('; ')}`,
        )
        .join('\n')}`,
    );
    this.name = 'ContractViolationError';
  }
}

/** Records contract violations of everything a simulator server sees. */
export class ContractRecorder {
  readonly violations: ContractViolation[] = [];
  readonly observer: ExchangeObserver;

  constructor() {
    this.observer = (request, response) => {
      if (!request.path.startsWith('/api/v2/')) return;
      try {
        const contract = moneybirdContract();
        const req = contract.validateRequest(request);
        if (req) this.violations.push(req);
        const res = contract.validateResponse(request, response);
        if (res) this.violations.push(res);
      } catch (error) {
        // A validator failure must not change what the client sees; it is a finding all the same.
        this.violations.push({
          direction: 'response',
          method: request.method,
          path: request.path,
          status: response.status,
          errors: [`contract validation failed: ${error instanceof Error ? error.message : String(error)}`],
        });
      }
    };
  }

  /** Returns and forgets the violations so far (for tests that send bad requests on purpose). */
  take(): ContractViolation[] {
    return this.violations.splice(0, this.violations.length);
  }

  /** Throws (and forgets) when anything violated the contract. */
  assertNone(): void {
    const found = this.take();
    if (found.length) throw new ContractViolationError(found);
  }
}

/** Attaches a recorder to a simulator server; assert with `recorder.assertNone()` in afterEach. */
export function watchMoneybirdContract(server: SimServer): ContractRecorder {
  const recorder = new ContractRecorder();
  server.observers.push(recorder.observer);
  return recorder;
}
