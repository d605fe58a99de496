// Texts of the month per VAT rate: the screen that shows whether the books in Moneybird equal the
// shop, per month or quarter and per VAT rate, and its CSV export (the core writes that file, so the
// column names live here too, shared by both).
import { defineCatalog } from '../translate';

export const uiReconciliation = defineCatalog({
  nl: {
    'reconciliation.title': 'Maand per btw-tarief',
    'reconciliation.intro':
      'De omzet en btw van je winkel naast wat Winkelbrug in Moneybird boekte, per btw-tarief en per rubriek van je btw-aangifte (verkopen op afstand per land, voor de OSS-aangifte). Zo zie je of je boeken kloppen, per maand of per kwartaal voor je btw-aangifte.',
    'reconciliation.dashboardLink': 'Kloppen je boeken? Bekijk de maand per btw-tarief',
    'reconciliation.period.legend': 'Periode',
    'reconciliation.period.month': 'Maand',
    'reconciliation.period.quarter': 'Kwartaal',
    'reconciliation.period.previous': 'Vorige periode',
    'reconciliation.period.next': 'Volgende periode',
    'reconciliation.period.choose': 'Kies de periode',
    'reconciliation.quarterName': '{quarter}e kwartaal {year}',
    'reconciliation.loading': 'Bedragen optellen…',
    'reconciliation.verdict.agrees': 'Klopt: je boeken in Moneybird zijn gelijk aan je winkel.',
    'reconciliation.verdict.explained':
      'Verschil van {amount} omzet excl. btw en {vat} btw. Hieronder staat per bestelling waardoor.',
    'reconciliation.verdict.explainedEqual':
      'De totalen per tarief kloppen; een paar bestellingen verschillen per regel. Hieronder staat welke.',
    'reconciliation.verdict.incomplete':
      'Van {count} bestellingen zijn de bedragen niet vastgelegd: ze zijn geboekt met een oudere versie van Winkelbrug. Die tellen hieronder niet mee; kijk ze na in Moneybird.',
    'reconciliation.counts': '{orders} bestellingen in deze periode, waarvan {inBooks} geboekt in Moneybird.',
    'reconciliation.otherAdministration':
      '{count} daarvan staan in een andere Moneybird-administratie dan de gekoppelde, geboekt voordat je van administratie wisselde. Ze tellen mee in de btw-aangifte van die administratie, niet in die van de gekoppelde.',
    'reconciliation.otherAdministration.one':
      '1 daarvan staat in een andere Moneybird-administratie dan de gekoppelde, geboekt voordat je van administratie wisselde. Die telt mee in de btw-aangifte van die administratie, niet in die van de gekoppelde.',
    'reconciliation.cancelledInShop':
      '{count} daarvan zijn na het boeken in je winkel geannuleerd, zonder creditorder. Ze staan hier aan beide kanten als verkocht, maar je winkel telt ze niet meer als omzet. Maak in je winkel een creditorder; dan boekt Winkelbrug de creditnota en klopt de omzet weer.',
    'reconciliation.cancelledInShop.one':
      '1 daarvan is na het boeken in je winkel geannuleerd, zonder creditorder. Die staat hier aan beide kanten als verkocht, maar je winkel telt haar niet meer als omzet. Maak in je winkel een creditorder; dan boekt Winkelbrug de creditnota en klopt de omzet weer.',
    'reconciliation.empty': 'Geen bestellingen in deze periode.',
    'reconciliation.foreignCurrency':
      '{count} bestellingen in een andere valuta dan de euro tellen hier niet mee: Moneybird rekent ze voor je btw-aangifte om naar euro. Vergelijk ze in Moneybird.',
    'reconciliation.table.caption': 'Omzet en btw per tarief en rubriek: winkel, Moneybird en het verschil',
    'reconciliation.col.rate': 'Tarief en rubriek',
    'reconciliation.col.shop': 'Winkel',
    'reconciliation.col.booked': 'Moneybird',
    'reconciliation.col.difference': 'Verschil',
    'reconciliation.col.inclTax': 'Omzet incl. btw',
    'reconciliation.col.exclTax': 'Omzet excl. btw',
    'reconciliation.col.vat': 'Btw',
    'reconciliation.rate': '{rate}%',
    'reconciliation.line': '{rate} ({box})',
    'reconciliation.box.NL/1a': '1a · hoog tarief',
    'reconciliation.box.NL/1b': '1b · laag tarief',
    'reconciliation.box.NL/1c': '1c · overige tarieven',
    'reconciliation.box.NL/1d': '1d · privégebruik',
    'reconciliation.box.NL/1e': '1e · 0% of verlegd',
    'reconciliation.box.NL/3a': '3a · export buiten de EU',
    'reconciliation.box.NL/3b': '3b · bedrijf in de EU (ICP)',
    'reconciliation.box.dutch': 'Rubriek {box}',
    'reconciliation.box.oss': 'OSS · {country}',
    'reconciliation.box.none': 'Buiten de aangifte',
    'reconciliation.boxCode.oss': 'OSS {country}',
    'reconciliation.boxCode.none': 'Buiten de aangifte',
    'reconciliation.total': 'Totaal',
    'reconciliation.equal': 'Klopt',
    'reconciliation.kind.parked': 'Geparkeerd, nog niet geboekt',
    'reconciliation.kind.skipped': 'Overgeslagen, niet geboekt',
    'reconciliation.kind.waiting': 'Wacht op een nieuwe poging',
    'reconciliation.kind.not_yet_booked': 'Nog niet geboekt',
    'reconciliation.kind.not_recorded': 'Bedragen niet vastgelegd',
    'reconciliation.kind.rounding': 'Afronding per regel',
    'reconciliation.kind.zero_rate': 'Btw op een 0%-tarief',
    'reconciliation.kind.booked_in_other_period': 'In een latere periode geboekt',
    'reconciliation.kind.booked_from_other_period': 'Uit een eerdere periode hier geboekt',
    'reconciliation.kind.deleted_in_moneybird': 'Factuur verwijderd in Moneybird',
    'reconciliation.kind.other': 'Ander verschil',
    'reconciliation.explain.parked': 'Geparkeerd, dus nog niet in Moneybird: {reason}',
    'reconciliation.explain.skipped':
      'Je hebt deze bestelling overgeslagen; ze staat niet in Moneybird. {reason}',
    'reconciliation.explain.waiting':
      'Nog niet in Moneybird: Winkelbrug probeert het straks opnieuw. {reason}',
    'reconciliation.explain.not_yet_booked':
      'Nog niet (helemaal) in Moneybird; de volgende synchronisatie boekt deze bestelling.',
    'reconciliation.explain.not_recorded':
      'Geboekt voordat Winkelbrug de bedragen per tarief bijhield; vergelijk deze bestelling zelf in Moneybird.',
    'reconciliation.explain.rounding':
      'Verschil van {amount} door afronding per regel: je winkel rondt de btw per regel af, Moneybird per tarief. Het totaal van de bestelling klopt.',
    'reconciliation.explain.zero_rate':
      'Je winkel rekende {amount} btw op het 0%-tarief. Op 0% bestaat geen btw, dus Moneybird boekte die niet.',
    'reconciliation.explain.booked_in_other_period':
      'Besteld op {orderDay}, een dag die in Moneybird al was afgesloten, dus gefactureerd op {bookedDay}. Telt in Moneybird mee in {bookedMonth} ({amount}), niet hier.',
    'reconciliation.explain.booked_from_other_period':
      'Besteld op {orderDay}, een dag die in Moneybird al was afgesloten, dus gefactureerd op {bookedDay}. Telt in Moneybird hier mee ({amount}), in de winkel in {orderMonth}.',
    'reconciliation.explain.deleted_in_moneybird':
      'Winkelbrug boekte deze bestelling, maar de factuur is daarna in Moneybird verwijderd: {amount} ontbreekt in je boeken. Hoort ze in je boeken, open dan de bestelling en kies Opnieuw boeken; was verwijderen de bedoeling, kies dan Niet opnieuw boeken.',
    'reconciliation.explain.other':
      'Moneybird wijkt af van de winkel ({amount}). Open de bestelling en vergelijk de factuur in Moneybird.',
    'reconciliation.kinds.title': 'Waar het verschil vandaan komt',
    'reconciliation.kinds.line': '{count} × {kind}: {amount}',
    'reconciliation.explanations.title': 'Bestellingen met een verschil',
    'reconciliation.explanations.none': 'Geen enkele bestelling wijkt af.',
    'reconciliation.explanations.order': 'Bestelling {order}',
    'reconciliation.explanations.credit': 'creditering',
    'reconciliation.explanations.differenceAt': '{rate}: omzet excl. btw {excl}, btw {vat}',
    'reconciliation.explanations.page': '{first}–{last} van {total}',
    'reconciliation.explanations.previous': 'Vorige',
    'reconciliation.explanations.next': 'Volgende',
    'reconciliation.chart.title': 'Omzet excl. btw per tarief en rubriek: winkel en Moneybird',
    'reconciliation.chart.summary':
      'Staafdiagram: per btw-tarief en rubriek de omzet excl. btw van de winkel naast die in Moneybird. De tabel hierboven geeft dezelfde bedragen.',
    'reconciliation.export': 'Exporteren als CSV',
    'reconciliation.exported': '{file} is gedownload.',
    'reconciliation.csv.fileName': 'winkelbrug-btw-per-tarief-{period}.csv',
    'reconciliation.csv.kind': 'Soort',
    'reconciliation.csv.kind.rate': 'Tarief',
    'reconciliation.csv.kind.total': 'Totaal',
    'reconciliation.csv.kind.order': 'Bestelling',
    'reconciliation.csv.period': 'Periode',
    'reconciliation.csv.rate': 'Btw-tarief (%)',
    'reconciliation.csv.box': 'Rubriek of OSS-land',
    'reconciliation.csv.taxRates': 'Tarief in Moneybird',
    'reconciliation.csv.order': 'Bestelling',
    'reconciliation.csv.date': 'Datum',
    'reconciliation.csv.explanation': 'Toelichting',
    'reconciliation.csv.shopIncl': 'Winkel omzet incl. btw',
    'reconciliation.csv.shopExcl': 'Winkel omzet excl. btw',
    'reconciliation.csv.shopVat': 'Winkel btw',
    'reconciliation.csv.bookedIncl': 'Moneybird omzet incl. btw',
    'reconciliation.csv.bookedExcl': 'Moneybird omzet excl. btw',
    'reconciliation.csv.bookedVat': 'Moneybird btw',
    'reconciliation.csv.diffIncl': 'Verschil omzet incl. btw',
    'reconciliation.csv.diffExcl': 'Verschil omzet excl. btw',
    'reconciliation.csv.diffVat': 'Verschil btw',
    'reconciliation.unavailable':
      'De maand per btw-tarief is er pas als de map met gegevens van Winkelbrug geopend is. Start Winkelbrug opnieuw; helpt dat niet, kijk dan in het logboek.',
    'reconciliation.check': 'Vergelijk met Moneybird',
    'reconciliation.check.hint':
      'Is er na het boeken iets aangepast of verwijderd in Moneybird? Winkelbrug leest de facturen van deze periode na en past de bedragen hieronder aan. In Moneybird verandert niets.',
    'reconciliation.check.busy': 'Facturen in Moneybird nalezen…',
    'reconciliation.check.done':
      '{invoices} facturen vergeleken met Moneybird: {changed} aangepast, {deleted} verwijderd sinds het boeken.',
    'reconciliation.check.done.one':
      '1 factuur vergeleken met Moneybird: {changed} aangepast, {deleted} verwijderd sinds het boeken.',
    'reconciliation.check.none': 'Deze periode heeft nog geen geboekte facturen om te vergelijken.',
    'reconciliation.check.elsewhere':
      '{count} boekingen van deze periode staan in een andere Moneybird-administratie dan de gekoppelde (geboekt voordat je van administratie wisselde). Winkelbrug vergelijkt ze niet en laat ze daar staan.',
    'reconciliation.check.elsewhere.one':
      '1 boeking van deze periode staat in een andere Moneybird-administratie dan de gekoppelde (geboekt voordat je van administratie wisselde). Winkelbrug vergelijkt die niet en laat hem daar staan.',
    'reconciliation.check.notConnected':
      'Moneybird is niet gekoppeld, dus Winkelbrug kan niet vergelijken. Koppel Moneybird bij Instellingen en probeer het opnieuw.',
    'reconciliation.check.failed':
      'Moneybird is nu niet bereikbaar of gaf een storing, dus Winkelbrug kon niet vergelijken. Er is niets aangepast; vergelijk over een paar minuten opnieuw en controleer anders je internetverbinding.',
    'reconciliation.check.otherAdministration':
      'Geen enkele factuur van deze periode staat in de gekoppelde Moneybird-administratie. Is Winkelbrug nu aan een andere administratie gekoppeld dan waarin deze bestellingen zijn geboekt? Kijk bij Instellingen welke administratie gekoppeld is. Er is niets aangepast.',
  },
  en: {
    'reconciliation.title': 'Month per VAT rate',
    'reconciliation.intro':
      "Your shop's turnover and VAT next to what Winkelbrug booked in Moneybird, per VAT rate and per box of your Dutch VAT return (distance sales per country, for the OSS return). It shows whether your books are right, per month or per quarter for your VAT return.",
    'reconciliation.dashboardLink': 'Are your books right? See the month per VAT rate',
    'reconciliation.period.legend': 'Period',
    'reconciliation.period.month': 'Month',
    'reconciliation.period.quarter': 'Quarter',
    'reconciliation.period.previous': 'Previous period',
    'reconciliation.period.next': 'Next period',
    'reconciliation.period.choose': 'Choose the period',
    'reconciliation.quarterName': 'Q{quarter} {year}',
    'reconciliation.loading': 'Adding up the amounts…',
    'reconciliation.verdict.agrees': 'Correct: your books in Moneybird equal your shop.',
    'reconciliation.verdict.explained':
      'A difference of {amount} turnover excl. VAT and {vat} VAT. Below, per order, what causes it.',
    'reconciliation.verdict.explainedEqual':
      'The totals per rate are right; a few orders differ per line. Below are the ones that do.',
    'reconciliation.verdict.incomplete':
      'For {count} orders the amounts were not recorded: they were booked by an older version of Winkelbrug. They are not counted below; check them in Moneybird.',
    'reconciliation.counts': '{orders} orders in this period, {inBooks} of them booked in Moneybird.',
    'reconciliation.otherAdministration':
      "{count} of them are in another Moneybird administration than the connected one, booked before you switched administration. They count in that administration's VAT return, not in the connected one's.",
    'reconciliation.otherAdministration.one':
      "1 of them is in another Moneybird administration than the connected one, booked before you switched administration. It counts in that administration's VAT return, not in the connected one's.",
    'reconciliation.cancelledInShop':
      '{count} of them were cancelled in your shop after they were booked, without a credit order. They are on both sides here as sold, but your shop no longer counts them as revenue. Make a credit order in your shop; Winkelbrug then books the credit note and the revenue is right again.',
    'reconciliation.cancelledInShop.one':
      '1 of them was cancelled in your shop after it was booked, without a credit order. It is on both sides here as sold, but your shop no longer counts it as revenue. Make a credit order in your shop; Winkelbrug then books the credit note and the revenue is right again.',
    'reconciliation.empty': 'No orders in this period.',
    'reconciliation.foreignCurrency':
      '{count} orders in a currency other than the euro are not counted here: Moneybird converts them to euros for your VAT return. Compare them in Moneybird.',
    'reconciliation.table.caption': 'Turnover and VAT per rate and box: shop, Moneybird and the difference',
    'reconciliation.col.rate': 'Rate and box',
    'reconciliation.col.shop': 'Shop',
    'reconciliation.col.booked': 'Moneybird',
    'reconciliation.col.difference': 'Difference',
    'reconciliation.col.inclTax': 'Turnover incl. VAT',
    'reconciliation.col.exclTax': 'Turnover excl. VAT',
    'reconciliation.col.vat': 'VAT',
    'reconciliation.rate': '{rate}%',
    'reconciliation.line': '{rate} ({box})',
    'reconciliation.box.NL/1a': '1a · standard rate',
    'reconciliation.box.NL/1b': '1b · reduced rate',
    'reconciliation.box.NL/1c': '1c · other rates',
    'reconciliation.box.NL/1d': '1d · private use',
    'reconciliation.box.NL/1e': '1e · 0% or reverse-charged',
    'reconciliation.box.NL/3a': '3a · export outside the EU',
    'reconciliation.box.NL/3b': '3b · business in the EU (ICP)',
    'reconciliation.box.dutch': 'Box {box}',
    'reconciliation.box.oss': 'OSS · {country}',
    'reconciliation.box.none': 'Outside the return',
    'reconciliation.boxCode.oss': 'OSS {country}',
    'reconciliation.boxCode.none': 'Outside the return',
    'reconciliation.total': 'Total',
    'reconciliation.equal': 'Correct',
    'reconciliation.kind.parked': 'Parked, not booked yet',
    'reconciliation.kind.skipped': 'Skipped, not booked',
    'reconciliation.kind.waiting': 'Waiting for another attempt',
    'reconciliation.kind.not_yet_booked': 'Not booked yet',
    'reconciliation.kind.not_recorded': 'Amounts not recorded',
    'reconciliation.kind.rounding': 'Rounding per line',
    'reconciliation.kind.zero_rate': 'VAT on a 0% rate',
    'reconciliation.kind.booked_in_other_period': 'Booked in a later period',
    'reconciliation.kind.booked_from_other_period': 'Booked here from an earlier period',
    'reconciliation.kind.deleted_in_moneybird': 'Invoice deleted in Moneybird',
    'reconciliation.kind.other': 'Other difference',
    'reconciliation.explain.parked': 'Parked, so not in Moneybird yet: {reason}',
    'reconciliation.explain.skipped': 'You skipped this order; it is not in Moneybird. {reason}',
    'reconciliation.explain.waiting': 'Not in Moneybird yet: Winkelbrug tries again shortly. {reason}',
    'reconciliation.explain.not_yet_booked': 'Not (fully) in Moneybird yet; the next sync books this order.',
    'reconciliation.explain.not_recorded':
      'Booked before Winkelbrug kept the amounts per rate; compare this order yourself in Moneybird.',
    'reconciliation.explain.rounding':
      'A difference of {amount} from rounding per line: your shop rounds VAT per line, Moneybird per rate. The order total is right.',
    'reconciliation.explain.zero_rate':
      'Your shop charged {amount} VAT on the 0% rate. There is no VAT at 0%, so Moneybird did not book it.',
    'reconciliation.explain.booked_in_other_period':
      'Ordered on {orderDay}, a day already locked in Moneybird, so invoiced on {bookedDay}. Counts in {bookedMonth} in Moneybird ({amount}), not here.',
    'reconciliation.explain.booked_from_other_period':
      'Ordered on {orderDay}, a day already locked in Moneybird, so invoiced on {bookedDay}. Counts here in Moneybird ({amount}); in the shop, in {orderMonth}.',
    'reconciliation.explain.deleted_in_moneybird':
      'Winkelbrug booked this order, but its invoice was deleted in Moneybird afterwards: {amount} is missing from your books. If it belongs in your books, open the order and choose Book again; if deleting it was intended, choose Do not book again.',
    'reconciliation.explain.other':
      'Moneybird differs from the shop ({amount}). Open the order and compare the invoice in Moneybird.',
    'reconciliation.kinds.title': 'Where the difference comes from',
    'reconciliation.kinds.line': '{count} × {kind}: {amount}',
    'reconciliation.explanations.title': 'Orders with a difference',
    'reconciliation.explanations.none': 'No order differs.',
    'reconciliation.explanations.order': 'Order {order}',
    'reconciliation.explanations.credit': 'credit',
    'reconciliation.explanations.differenceAt': '{rate}: turnover excl. VAT {excl}, VAT {vat}',
    'reconciliation.explanations.page': '{first}–{last} of {total}',
    'reconciliation.explanations.previous': 'Previous',
    'reconciliation.explanations.next': 'Next',
    'reconciliation.chart.title': 'Turnover excl. VAT per rate and box: shop and Moneybird',
    'reconciliation.chart.summary':
      "Bar chart: per VAT rate and box the shop's turnover excl. VAT next to Moneybird's. The table above gives the same amounts.",
    'reconciliation.export': 'Export as CSV',
    'reconciliation.exported': '{file} was downloaded.',
    'reconciliation.csv.fileName': 'winkelbrug-vat-per-rate-{period}.csv',
    'reconciliation.csv.kind': 'Kind',
    'reconciliation.csv.kind.rate': 'Rate',
    'reconciliation.csv.kind.total': 'Total',
    'reconciliation.csv.kind.order': 'Order',
    'reconciliation.csv.period': 'Period',
    'reconciliation.csv.rate': 'VAT rate (%)',
    'reconciliation.csv.box': 'Box or OSS country',
    'reconciliation.csv.taxRates': 'Rate in Moneybird',
    'reconciliation.csv.order': 'Order',
    'reconciliation.csv.date': 'Date',
    'reconciliation.csv.explanation': 'Explanation',
    'reconciliation.csv.shopIncl': 'Shop turnover incl. VAT',
    'reconciliation.csv.shopExcl': 'Shop turnover excl. VAT',
    'reconciliation.csv.shopVat': 'Shop VAT',
    'reconciliation.csv.bookedIncl': 'Moneybird turnover incl. VAT',
    'reconciliation.csv.bookedExcl': 'Moneybird turnover excl. VAT',
    'reconciliation.csv.bookedVat': 'Moneybird VAT',
    'reconciliation.csv.diffIncl': 'Difference turnover incl. VAT',
    'reconciliation.csv.diffExcl': 'Difference turnover excl. VAT',
    'reconciliation.csv.diffVat': 'Difference VAT',
    'reconciliation.unavailable':
      "The month per VAT rate is only there once Winkelbrug's data folder is open. Restart Winkelbrug; if that does not help, look in the log.",
    'reconciliation.check': 'Compare with Moneybird',
    'reconciliation.check.hint':
      'Was something changed or deleted in Moneybird after booking? Winkelbrug reads the invoices of this period again and updates the amounts below. Nothing changes in Moneybird.',
    'reconciliation.check.busy': 'Reading the invoices in Moneybird…',
    'reconciliation.check.done':
      '{invoices} invoices compared with Moneybird: {changed} changed, {deleted} deleted since booking.',
    'reconciliation.check.done.one':
      '1 invoice compared with Moneybird: {changed} changed, {deleted} deleted since booking.',
    'reconciliation.check.none': 'This period has no booked invoices to compare yet.',
    'reconciliation.check.elsewhere':
      '{count} bookings of this period are in another Moneybird administration than the connected one (booked before you switched administration). Winkelbrug does not compare them and leaves them there.',
    'reconciliation.check.elsewhere.one':
      '1 booking of this period is in another Moneybird administration than the connected one (booked before you switched administration). Winkelbrug does not compare it and leaves it there.',
    'reconciliation.check.notConnected':
      'Moneybird is not connected, so Winkelbrug cannot compare. Connect Moneybird in Settings and try again.',
    'reconciliation.check.failed':
      'Moneybird cannot be reached now or had a failure, so Winkelbrug could not compare. Nothing was changed; compare again in a few minutes, and otherwise check your internet connection.',
    'reconciliation.check.otherAdministration':
      'None of the invoices of this period is in the connected Moneybird administration. Is Winkelbrug now connected to another administration than the one these orders were booked in? See in Settings which administration is connected. Nothing was changed.',
  },
});

export type UiReconciliationKey = keyof (typeof uiReconciliation)['nl'];
