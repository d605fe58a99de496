// Validates a request body against Moneybird's own request schema from its OpenAPI 3.1 spec (which
// forbids unknown fields with unevaluatedProperties: false).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import { moneybirdSpecPath } from '../../support/specs';

let ajv: Ajv2020 | undefined;

function load(): Ajv2020 {
  if (ajv) return ajv;
  const spec = JSON.parse(readFileSync(moneybirdSpecPath(), 'utf8'));
  ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ ...spec, $id: 'moneybird' });
  return ajv;
}

const pointer = (path: string, method: string) =>
  `moneybird#/paths/${encodeURIComponent(path.replace(/~/g, '~0').replace(/\//g, '~1'))}/${method}/requestBody/content/application~1*/schema`;

/** Errors of `body` against the request schema of `method path`, or [] when valid. */
export function requestErrors(path: string, method: 'post' | 'patch', body: unknown): string[] {
  const validate = load().getSchema(pointer(path, method));
  if (!validate) throw new Error(`No request schema for ${method} ${path}`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

export const PATHS = {
  salesInvoices: '/{administration_id}/sales_invoices{format}',
  externalSalesInvoices: '/{administration_id}/external_sales_invoices{format}',
  contacts: '/{administration_id}/contacts{format}',
  registerPayment: '/{administration_id}/sales_invoices/{id}/register_payment{format}',
  externalPayment:
    '/{administration_id}/external_sales_invoices/{external_sales_invoice_id}/payments{format}',
} as const;
