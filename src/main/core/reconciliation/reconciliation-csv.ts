// The month per VAT rate as a CSV file for the owner's spreadsheet (and their accountant).
//
// Choices, for Excel with Dutch regional settings (the usual spreadsheet of a Dutch shop owner, also
// one who reads Winkelbrug in English: the separators follow the computer's region, not the app):
// - `;` between fields and a decimal comma in amounts ("-1234,56", no thousands separator): Dutch
//   Excel then reads every amount as a number the owner can add up. With a decimal point it would
//   read 1.234 as one thousand two hundred and thirty-four.
// - A UTF-8 byte order mark (Excel otherwise garbles é and €), CRLF line ends; the library quotes
//   fields that hold `;`, quotes or line breaks.
// - One flat table: a row per line (a part of the VAT return and a rate: the box of the Dutch return
//   or the OSS country in a column of its own, to copy into the return), a total row, then a row per
//   order and line that differs, each with the same columns, so it sorts and filters as one table.
//   An order cancelled in the shop that Moneybird still counts has a row per line of what it still
//   counts there, in the Moneybird columns. The orders come as the screen lists them: what needs the
//   owner first. The amounts columns are signed; a difference is Moneybird minus the shop, as the
//   view carries it and the screen shows it ("€ +3.062,08": more in Moneybird) and its column names
//   say. The total row's explanation says what the Moneybird columns hold: what Winkelbrug booked,
//   or what Moneybird held when the owner last compared the period with it (and when; per month for
//   a quarter compared month by month or in part); with
//   bookings in more than one administration, that the columns add them up and a comparison read
//   only the connected one, as the screen says per administration. An order's explanation is the
//   screen's sentence, its amounts written as money ("€ 157,47 omzet excl. btw") and their direction
//   in words (before a comparison, as what Winkelbrug booked).
// - Text a spreadsheet would run as a formula (an order number starting with "=") gets an apostrophe.
import type { OrderExplanation, ReconciliationView } from '../../../shared/contract/reconciliation';
import { type UiReconciliationKey, uiReconciliation } from '../../../shared/i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../../../shared/i18n/translate';
import { writtenMoney } from '../../../shared/i18n/written-money';
import {
  type CheckedKeys,
  checkedAtParts,
  checkedMonthsText,
  orderReadInMoneybird,
} from '../../../shared/reconciliation/checked-at';
import { explanationText } from '../../../shared/reconciliation/explanation-text';
import { vatBoxCode } from '../../../shared/reconciliation/vat-box-name';
import { excelCsv, spreadsheetSafe } from '../excel-csv';
import { periodLabel } from './period';

/** "-1234.56" as Dutch Excel reads a number: "-1234,56". */
export function dutchAmount(amount: string): string {
  return amount.replace('.', ',');
}

/** A VAT percentage with a decimal comma ("5,5"). */
const dutchRate = dutchAmount;

const EMPTY = { inclTax: '', exclTax: '', vat: '' };

type Figures = { inclTax: string; exclTax: string; vat: string };

/** The file's words for when the period was compared, always with the day (a file is kept). */
const FILE_CHECKED: CheckedKeys = {
  single: 'reconciliation.csv.checkedAt',
  read: 'reconciliation.csv.checkedMonth',
  unread: 'reconciliation.csv.notCheckedMonth',
};

/**
 * "nagelezen in Moneybird op 2 november 2026 om 21:05", or for a quarter compared month by month or
 * in part, per month ("oktober nagelezen in Moneybird op …; november en december zoals Winkelbrug
 * boekte, niet nagelezen"); null when no month was compared.
 */
function checkedInFile(view: ReconciliationView, locale: Locale): string | null {
  const day = uiReconciliation[locale]['reconciliation.checkedAt.day'];
  return (
    checkedMonthsText(view, locale, (iso) => interpolate(day, checkedAtParts(iso, locale)), FILE_CHECKED)
      ?.text ?? null
  );
}

/**
 * What the total row says the Moneybird columns hold: what Winkelbrug booked, or Moneybird as read
 * when the owner compared the period with it (per month, for a quarter compared in part). With
 * bookings in more than one administration, the columns add them up and a comparison read only the
 * connected one: the screen says that per administration ("nagelezen om 21:05" / "niet nagelezen
 * (niet gekoppeld)"), and so does the file.
 */
function totalExplanation(view: ReconciliationView, locale: Locale): string {
  const t = (key: UiReconciliationKey) => uiReconciliation[locale][key];
  const split = view.administrations.length > 0;
  const checked = checkedInFile(view, locale);
  if (checked === null)
    return t(split ? 'reconciliation.csv.notChecked.split' : 'reconciliation.csv.notChecked');
  const key: UiReconciliationKey = !split
    ? 'reconciliation.csv.checked'
    : view.administrations.length === 2
      ? 'reconciliation.csv.checked.split.one'
      : 'reconciliation.csv.checked.split';
  return interpolate(t(key), { checked });
}

/**
 * Rows per Moneybird administration, when the period's bookings are in more than one (booked before
 * the owner switched): each administration files its own VAT return, so the accountant needs each
 * one's part per line, and its total, with the name the owner gave it (`names`, by id; without a
 * name, "Gekoppelde administratie" / "Andere administratie") and whether it was read in Moneybird.
 */
function administrationRows(
  view: ReconciliationView,
  locale: Locale,
  names: Readonly<Record<string, string>>,
  amounts: (a: Figures) => string[],
): string[][] {
  const t = (key: UiReconciliationKey) => uiReconciliation[locale][key];
  const period = periodLabel(view.period);
  const checked = checkedInFile(view, locale);
  const rows: string[][] = [];
  for (const administration of view.administrations) {
    const name =
      names[administration.id] !== undefined
        ? interpolate(t('reconciliation.administrations.name'), { name: names[administration.id]! })
        : t(
            administration.connected
              ? 'reconciliation.administrations.unnamedConnected'
              : 'reconciliation.administrations.unnamed',
          );
    // A comparison reads the connected administration only.
    const read = !administration.connected
      ? t('reconciliation.csv.administration.other')
      : checked === null
        ? t('reconciliation.csv.administration.connected')
        : interpolate(t('reconciliation.csv.administration.connectedChecked'), { checked });
    const say = (key: UiReconciliationKey) => interpolate(t(key), { name, read });
    const row = (box: string, rate: string, explanation: string, booked: Figures) => [
      t('reconciliation.csv.kind.administration'),
      period,
      box,
      rate,
      '',
      '',
      '',
      explanation,
      ...amounts(EMPTY),
      ...amounts(booked),
      ...amounts(EMPTY),
    ];
    for (const line of administration.rates)
      rows.push(
        row(
          vatBoxCode(line.vatBox, locale),
          dutchRate(line.rate),
          say('reconciliation.csv.administration.line'),
          line,
        ),
      );
    rows.push(row('', '', say('reconciliation.csv.administration.total'), administration.booked));
  }
  return rows;
}

/**
 * The CSV text of a period's view. `explanations` are all the period's orders with a difference
 * (not one page of them). `administrationNames`: the names the owner gave the administrations, by
 * id, for a period booked in more than one.
 */
export function reconciliationCsv(
  view: ReconciliationView,
  explanations: readonly OrderExplanation[],
  locale: Locale,
  administrationNames: Readonly<Record<string, string>> = {},
): string {
  const t = (key: UiReconciliationKey) => uiReconciliation[locale][key];
  const period = periodLabel(view.period);
  const header = [
    t('reconciliation.csv.kind'),
    t('reconciliation.csv.period'),
    t('reconciliation.csv.box'),
    t('reconciliation.csv.rate'),
    t('reconciliation.csv.taxRates'),
    t('reconciliation.csv.order'),
    t('reconciliation.csv.date'),
    t('reconciliation.csv.explanation'),
    t('reconciliation.csv.shopIncl'),
    t('reconciliation.csv.shopExcl'),
    t('reconciliation.csv.shopVat'),
    t('reconciliation.csv.bookedIncl'),
    t('reconciliation.csv.bookedExcl'),
    t('reconciliation.csv.bookedVat'),
    t('reconciliation.csv.diffIncl'),
    t('reconciliation.csv.diffExcl'),
    t('reconciliation.csv.diffVat'),
  ];
  const amounts = (a: Figures) => [
    a.inclTax === '' ? '' : dutchAmount(a.inclTax),
    a.exclTax === '' ? '' : dutchAmount(a.exclTax),
    a.vat === '' ? '' : dutchAmount(a.vat),
  ];
  const rows: string[][] = view.rates.map((line) => [
    t('reconciliation.csv.kind.rate'),
    period,
    vatBoxCode(line.vatBox, locale),
    dutchRate(line.rate),
    // As the screen's line says it: the rates booked on, or that Moneybird has none for it.
    line.taxRateNames.length === 0 && line.taxRateAbsent
      ? t('reconciliation.taxRateAbsent')
      : line.taxRateNames.join(', '),
    '',
    '',
    line.difference.inclTax === '0.00' && line.difference.vat === '0.00' && line.difference.exclTax === '0.00'
      ? t('reconciliation.equal')
      : '',
    ...amounts(line.shop),
    ...amounts(line.booked),
    ...amounts(line.difference),
  ]);
  rows.push([
    t('reconciliation.csv.kind.total'),
    period,
    '',
    '',
    '',
    '',
    '',
    totalExplanation(view, locale),
    ...amounts(view.total.shop),
    ...amounts(view.total.booked),
    ...amounts(view.total.difference),
  ]);
  rows.push(...administrationRows(view, locale, administrationNames, amounts));
  for (const item of explanations) {
    // As the screen says it: Moneybird's figures once the order's month was compared, or its
    // booking was found deleted there; else what Winkelbrug booked.
    const read = orderReadInMoneybird(item, view);
    const sentence = spreadsheetSafe(
      explanationText(item, locale, (amount) => writtenMoney(amount, locale), read),
    );
    // An order cancelled in the shop that Moneybird still counts: per line, what Moneybird still
    // counts of it, in the Moneybird columns; then its differences, when it has any besides.
    if (item.stillBooked.length > 0) {
      for (const d of item.stillBooked)
        rows.push([
          t('reconciliation.csv.kind.order'),
          period,
          vatBoxCode(d.vatBox, locale),
          dutchRate(d.rate),
          '',
          spreadsheetSafe(item.orderNumber),
          item.orderDate,
          sentence,
          ...amounts(EMPTY),
          ...amounts(d),
          ...amounts(EMPTY),
        ]);
      if (item.differences.length === 0) continue;
    }
    const perLine = item.differences.length > 0 ? item.differences : [{ rate: '', vatBox: '', ...EMPTY }];
    for (const d of perLine) {
      rows.push([
        t('reconciliation.csv.kind.order'),
        period,
        vatBoxCode(d.vatBox, locale),
        d.rate === '' ? '' : dutchRate(d.rate),
        '',
        spreadsheetSafe(item.orderNumber),
        item.orderDate,
        sentence,
        ...amounts(EMPTY),
        ...amounts(EMPTY),
        ...amounts(d),
      ]);
    }
  }
  return excelCsv([header, ...rows]);
}

/** winkelbrug-btw-per-tarief-2026-10.csv (or -2026-K4 for a quarter), in the owner's language. */
export function reconciliationCsvFileName(view: Pick<ReconciliationView, 'period'>, locale: Locale): string {
  return interpolate(uiReconciliation[locale]['reconciliation.csv.fileName'], {
    period: periodLabel(view.period),
  });
}
