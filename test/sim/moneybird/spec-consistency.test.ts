// The simulator's hand-written lists (accepted body fields, scopes per route) must say what the
// official spec says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moneybirdSpecPath } from '../../support/specs';
import { ROUTES } from './api';
import {
  CONTACT_FIELDS,
  DETAIL_FIELDS,
  EXTERNAL_SALES_INVOICE_FIELDS,
  PAYMENT_FIELDS,
  SALES_INVOICE_FIELDS,
  SENDING_FIELDS,
} from './request-shapes';

const spec = JSON.parse(readFileSync(moneybirdSpecPath(), 'utf8'));
const body = (path: string, method: string) =>
  spec.paths[path][method].requestBody.content['application/*'].schema.properties;
const keys = (o: object) => Object.keys(o).sort();

describe('the simulator agrees with the spec', () => {
  it('accepts exactly the request fields the spec allows', () => {
    expect(keys(body('/{administration_id}/contacts{format}', 'post').contact.properties)).toEqual(
      [...CONTACT_FIELDS].sort(),
    );
    expect(
      keys(body('/{administration_id}/sales_invoices{format}', 'post').sales_invoice.properties),
    ).toEqual([...SALES_INVOICE_FIELDS].sort());
    expect(keys(spec.components.schemas.details_attributes.oneOf[1].items.properties)).toEqual(
      [...DETAIL_FIELDS].sort(),
    );
    expect(
      keys(
        body('/{administration_id}/external_sales_invoices{format}', 'post').external_sales_invoice
          .properties,
      ),
    ).toEqual([...EXTERNAL_SALES_INVOICE_FIELDS].sort());
    expect(
      keys(
        body('/{administration_id}/sales_invoices/{sales_invoice_id}/payments{format}', 'post').payment
          .properties,
      ),
    ).toEqual([...PAYMENT_FIELDS].sort());
    expect(
      keys(
        body('/{administration_id}/sales_invoices/{id}/send_invoice{format}', 'patch').sales_invoice_sending
          .properties,
      ),
    ).toEqual([...SENDING_FIELDS].sort());
  });

  it('asks for the scopes of each endpoint that the spec security blocks name', () => {
    for (const route of ROUTES) {
      const operation = spec.paths[`${route.template}{format}`]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.template}`).toBeDefined();
      const scopes = operation.security.flatMap((s: { bearerAuth: string[] }) => s.bearerAuth);
      expect([...route.scopes].sort(), `${route.method} ${route.template}`).toEqual(
        [...new Set(scopes)].sort(),
      );
    }
  });
});
