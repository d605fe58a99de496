// Log lines are written with the invoice's number now; lines written before this version (and a
// booking whose number was not known yet) name Moneybird's internal id ("factuur 480168124895530982").
// The activity list shows the number in its place once the journal knows it. Only that exact id is replaced, so nothing else in the text moves.
export function withInvoiceNumber(
  text: string,
  invoice: { invoiceId: string | null; invoiceNumber: string | null } | undefined,
): string {
  if (!invoice?.invoiceId || !invoice.invoiceNumber) return text;
  return text.split(invoice.invoiceId).join(invoice.invoiceNumber);
}
