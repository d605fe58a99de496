// The invoice as Moneybird holds it: its number, state and payments, each line with where it is
// booked, its VAT, and the links that open it and its contact in Moneybird.
import type { MoneybirdInvoiceView, OrderDetail } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n/translate';
import { vatBoxCode } from '../../../shared/reconciliation/vat-box-name';
import { formatDate, formatMoney, type Translate } from '../../i18n/text';
import { useLocale, useText } from '../../state/store-context';
import { keptWhole } from './kept-whole';
import { LinesTable } from './LinesTable';
import { formatRate, VatTable } from './VatTable';

export function invoiceStateText(state: string, t: Translate): string {
  const known = [
    'draft',
    'open',
    'scheduled',
    'pending_payment',
    'reminded',
    'late',
    'paid',
    'uncollectible',
  ] as const;
  const found = known.find((k) => k === state);
  return found ? t(`invoiceState.${found}`) : state;
}

type InvoiceLine = MoneybirdInvoiceView['lines'][number];

/**
 * Where a Moneybird line is booked, for the owner and their accountant: its tax rate by Moneybird's
 * name with its part of the VAT return ("Intracommunautaire levering · rubriek 3b"), and its ledger
 * account with its code ("Omzet · 8000"). What Moneybird does not tell is left out.
 */
function bookingOf(line: InvoiceLine, t: Translate, locale: Locale): string[] {
  const out: string[] = [];
  const box =
    line.vatBox === null
      ? null
      : line.vatBox.startsWith('NL/')
        ? t('orderDetail.line.box', { box: vatBoxCode(line.vatBox, locale) })
        : vatBoxCode(line.vatBox, locale);
  const both = (name: string | null, more: string | null) =>
    name && more ? t('orderDetail.line.nameAndMore', { name, more }) : (name ?? more);
  const taxRate = both(line.taxRateName, box);
  if (taxRate) out.push(t('orderDetail.line.taxRate', { taxRate }));
  const ledger = line.ledgerAccount && both(line.ledgerAccount.name, line.ledgerAccount.code);
  if (ledger) out.push(t('orderDetail.line.ledger', { ledger }));
  return out;
}

export function MoneybirdPart({
  invoice,
  links,
}: {
  invoice: MoneybirdInvoiceView;
  links: OrderDetail['links'];
}) {
  const t = useText();
  const locale = useLocale();
  const { currency } = invoice;
  return (
    <>
      <dl className="facts">
        <dt>{t('orderDetail.invoice')}</dt>
        <dd data-testid="invoice-number">
          <strong className={invoice.number ? 'nowrap' : undefined}>
            {invoice.number ?? t('orderDetail.invoice.draft')}
          </strong>
          <span className="cell-note-inline" data-testid="invoice-kind">
            {' '}
            ·{' '}
            {t(
              invoice.credit
                ? `orderDetail.invoice.creditKind.${invoice.kind}`
                : `orderDetail.invoice.kind.${invoice.kind}`,
            )}
          </span>
        </dd>
        <dt>{t('orderDetail.invoice.state')}</dt>
        <dd data-testid="invoice-state">{invoiceStateText(invoice.state, t)}</dd>
        {invoice.date && (
          <>
            <dt>{t('orderDetail.date')}</dt>
            <dd>{formatDate(invoice.date, locale)}</dd>
          </>
        )}
        <dt>{t('orderDetail.contact')}</dt>
        <dd data-testid="invoice-contact">
          {[invoice.contact.name, invoice.contact.email].filter(Boolean).join(' · ') || '–'}
        </dd>
      </dl>
      <ExternalLinks links={links} />
      <LinesTable
        testId="invoice-lines"
        includesVat={invoice.pricesIncludeVat}
        rows={invoice.lines.map((line) => ({
          description: line.description,
          quantity: line.quantity ?? '–',
          vat: formatRate(line.rate, locale),
          unitPrice: formatMoney(line.price, locale, currency),
          amount: formatMoney(line.amount, locale, currency),
          // A heading at no price (the credit's, a moved booking's) carries no figures.
          textOnly: Number(line.price) === 0 && Number(line.amount) === 0,
          booking: bookingOf(line, t, locale),
        }))}
        totals={[
          { label: 'orderDetail.totalExcl', amount: formatMoney(invoice.totalExclVat, locale, currency) },
          {
            label: 'orderDetail.total',
            amount: formatMoney(invoice.totalInclVat, locale, currency),
            testId: 'invoice-total',
          },
        ]}
      />
      <VatTable vat={invoice.vat} currency={currency} testId="invoice-vat" />
      <h4 className="subheading">{t('orderDetail.payments')}</h4>
      {invoice.payments.length === 0 ? (
        <p className="empty">{t('orderDetail.payments.none')}</p>
      ) : (
        <ul className="plain-list" data-testid="invoice-payments">
          {invoice.payments.map((p, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: payments as Moneybird lists them
            <li key={index}>
              {formatDate(p.date, locale)} · {formatMoney(p.amount, locale, currency)}
              {p.transaction && (
                <span className="cell-note-inline">
                  {' '}
                  · {keptWhole(t('orderDetail.payment.transaction', { id: p.transaction }))}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The links to the invoice and its contact in Moneybird's web app. `invoiceLabel`: the invoice's link
 * named where it opens, when that is another administration than the one connected (`administration`),
 * where the contact's link opens too and is named so.
 */
export function ExternalLinks({
  links,
  invoiceLabel,
  administration,
}: {
  links: OrderDetail['links'];
  invoiceLabel?: string;
  administration?: string;
}) {
  const t = useText();
  if (!links.invoice && !links.contact) return null;
  return (
    <p className="external-links">
      {links.invoice && (
        <a href={links.invoice} target="_blank" rel="noopener noreferrer" data-testid="open-invoice">
          {invoiceLabel ?? t('orderDetail.openInvoice')}
          <span className="visually-hidden"> {t('orderDetail.opensElsewhere')}</span>
        </a>
      )}
      {links.contact && (
        <a href={links.contact} target="_blank" rel="noopener noreferrer" data-testid="open-contact">
          {administration === undefined
            ? t('orderDetail.openContact')
            : t('orderDetail.openContactIn', { administration })}
          <span className="visually-hidden"> {t('orderDetail.opensElsewhere')}</span>
        </a>
      )}
    </p>
  );
}
