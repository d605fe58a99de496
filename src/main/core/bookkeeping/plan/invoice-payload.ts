// Step 8 of a plan: the invoice as Moneybird's API takes it, a sales invoice (Moneybird numbers it)
// or an external sales invoice (the shop's own invoice, under the booking reference).
import type { Order } from '../../mijnwebwinkel/order-schema';
import type { BookkeepingSettings } from '../settings';
import { addDays } from './amounts';
import type { InvoiceDetail } from './invoice-details';

export interface SalesInvoicePayload {
  sales_invoice: {
    reference: string;
    invoice_date: string;
    currency: string;
    prices_are_incl_tax: true;
    workflow_id?: string;
    document_style_id?: string;
    details_attributes: InvoiceDetail[];
  };
}

export interface ExternalSalesInvoicePayload {
  external_sales_invoice: {
    reference: string;
    date: string;
    due_date: string;
    currency: string;
    prices_are_incl_tax: true;
    source: string;
    source_url?: string;
    details_attributes: InvoiceDetail[];
  };
}

/** `date`: the booking date (the order's, or the first open day after a locked period). */
export function invoicePayload(
  order: Order,
  reference: string,
  date: string,
  details: InvoiceDetail[],
  settings: BookkeepingSettings,
): SalesInvoicePayload | ExternalSalesInvoicePayload {
  if (settings.bookingStyle === 'sales')
    return {
      sales_invoice: {
        reference,
        invoice_date: date,
        currency: order.currency,
        prices_are_incl_tax: true,
        ...(settings.workflowId !== undefined && { workflow_id: settings.workflowId }),
        ...(settings.documentStyleId !== undefined && { document_style_id: settings.documentStyleId }),
        details_attributes: details,
      },
    };
  return {
    external_sales_invoice: {
      reference,
      date,
      due_date: addDays(date, settings.externalDueDays),
      currency: order.currency,
      prices_are_incl_tax: true,
      source: settings.externalSource,
      ...(settings.externalSourceUrl !== undefined && {
        source_url: settings.externalSourceUrl.replace('{number}', encodeURIComponent(order.number)),
      }),
      details_attributes: details,
    },
  };
}
