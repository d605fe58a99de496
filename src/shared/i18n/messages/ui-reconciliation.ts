// Texts of the month per VAT rate: the screen that shows whether the books in Moneybird equal the
// shop, per month or quarter and per VAT rate, and its CSV export (the core writes that file, so the
// column names live here too, shared by both).
import { defineCatalog } from '../translate';

export const uiReconciliation = defineCatalog({
  nl: {
    'reconciliation.title': 'Maand per btw-tarief',
    'reconciliation.title.quarter': 'Kwartaal per btw-tarief',
    'reconciliation.intro':
      'De omzet en btw in je winkel naast die in je boeken (wat Winkelbrug in Moneybird boekte), per btw-tarief en per rubriek van je btw-aangifte (verkopen op afstand per land, voor de OSS-aangifte). Zo zie je of je boeken kloppen, per maand of per kwartaal voor je btw-aangifte.',
    'reconciliation.dashboardLink': 'Kloppen je boeken? Bekijk de maand per btw-tarief',
    'reconciliation.period.legend': 'Periode',
    'reconciliation.period.month': 'Maand',
    'reconciliation.period.quarter': 'Kwartaal',
    'reconciliation.period.previous': 'Vorige periode',
    'reconciliation.period.next': 'Volgende periode',
    'reconciliation.period.choose': 'Kies de periode',
    'reconciliation.quarterName': '{quarter}e kwartaal {year}',
    'reconciliation.loading': 'Bedragen optellen…',
    'reconciliation.verdict.agrees':
      'Klopt: in je boeken staat hetzelfde als in je winkel. Is er sinds het boeken in Moneybird iets veranderd? Kies dan "Vergelijk met Moneybird".',
    'reconciliation.verdict.agrees.checked':
      'Klopt: in Moneybird staat hetzelfde als in je winkel ({checked}).',
    'reconciliation.verdict.agrees.mixed':
      'Klopt: in je boeken staat hetzelfde als in je winkel ({checked}). Kies "Vergelijk met Moneybird" om ook {unread} na te lezen.',
    'reconciliation.verdict.agreesSplit':
      'In je boeken staat hetzelfde als in je winkel, maar verdeeld over {count} Moneybird-administraties. Elke administratie doet haar eigen btw-aangifte: hieronder staat wat in welke hoort.',
    'reconciliation.verdict.agreesElsewhere':
      'In je boeken staat hetzelfde als in je winkel, maar in een andere Moneybird-administratie dan de gekoppelde. Het hoort in de btw-aangifte van die administratie: hieronder staat welke.',
    'reconciliation.verdict.explained': 'Het verschil is helemaal verklaard. Niets te doen.',
    'reconciliation.verdict.explainedEqual':
      'De totalen zijn gelijk, en wat per bestelling verschilt is verklaard. Niets te doen.',
    'reconciliation.verdict.underway':
      'Nog niet alles is geboekt: Winkelbrug boekt nog {count} bestellingen. Je hoeft niets te doen.',
    'reconciliation.verdict.underway.one':
      'Nog niet alles is geboekt: Winkelbrug boekt nog 1 bestelling. Je hoeft niets te doen.',
    'reconciliation.verdict.attention': 'Niet in orde: {count} bestellingen vragen iets van je.',
    'reconciliation.verdict.attention.one': 'Niet in orde: 1 bestelling vraagt iets van je.',
    'reconciliation.verdict.direction': 'In je boeken staat {parts} dan in je winkel.',
    'reconciliation.verdict.direction.checked': 'In Moneybird staat {parts} dan in je winkel.',
    'reconciliation.verdict.more': '{amount} meer {what}',
    'reconciliation.verdict.less': '{amount} minder {what}',
    'reconciliation.verdict.turnover': 'omzet excl. btw',
    'reconciliation.verdict.vat': 'btw',
    'reconciliation.verdict.items': 'Per soort bestelling',
    'reconciliation.amounts': '{excl} omzet excl. btw en {vat} btw',
    'reconciliation.difference': 'in Moneybird {parts} dan in je winkel',
    'reconciliation.difference.start': 'In Moneybird {parts} dan in je winkel',
    'reconciliation.difference.books': 'in je boeken {parts} dan in je winkel',
    'reconciliation.difference.books.start': 'In je boeken {parts} dan in je winkel',
    'reconciliation.difference.none': 'in totaal gelijk aan je winkel',
    'reconciliation.difference.none.start': 'In totaal gelijk aan je winkel',
    'reconciliation.verdict.kind.parked':
      '{count} bestellingen wachten op jou en zijn nog niet geboekt ({difference}). Open ze hieronder: bij elke staat wat haar tegenhoudt en wat je kunt doen.',
    'reconciliation.verdict.kind.parked.one':
      '1 bestelling wacht op jou en is nog niet geboekt ({difference}). Open haar hieronder: er staat wat haar tegenhoudt en wat je kunt doen.',
    'reconciliation.verdict.kind.deleted_in_moneybird':
      'Van {count} bestellingen is de factuur na het boeken in Moneybird verwijderd ({difference}). Kies bij elke bestelling "Opnieuw boeken", of "Niet opnieuw boeken" als verwijderen de bedoeling was.',
    'reconciliation.verdict.kind.deleted_in_moneybird.one':
      'Van 1 bestelling is de factuur na het boeken in Moneybird verwijderd ({difference}). Kies bij de bestelling "Opnieuw boeken", of "Niet opnieuw boeken" als verwijderen de bedoeling was.',
    'reconciliation.verdict.kind.other':
      '{count} bestellingen wijken af van hun factuur in Moneybird ({difference}). Open ze hieronder en vergelijk ze met de factuur in Moneybird.',
    'reconciliation.verdict.kind.other.one':
      '1 bestelling wijkt af van haar factuur in Moneybird ({difference}). Open haar hieronder en vergelijk haar met de factuur in Moneybird.',
    'reconciliation.verdict.kind.not_recorded':
      'Van {count} bestellingen zijn de bedragen niet vastgelegd: ze zijn geboekt met een oudere versie van Winkelbrug. Die tellen hier niet mee; kijk ze na in Moneybird.',
    'reconciliation.verdict.kind.not_recorded.one':
      'Van 1 bestelling zijn de bedragen niet vastgelegd: ze is geboekt met een oudere versie van Winkelbrug. Die telt hier niet mee; kijk haar na in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop':
      '{count} bestellingen zijn na het boeken in je winkel geannuleerd, zonder creditorder. Ze tellen {where} nog mee: samen {amounts}. Daarom staan ze hierboven aan beide kanten nog als verkocht. Maak in je winkel per bestelling een creditorder, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.verdict.kind.cancelled_in_shop.one':
      '1 bestelling is na het boeken in je winkel geannuleerd, zonder creditorder. Ze telt {where} nog mee: {amounts}. Daarom staat ze hierboven aan beide kanten nog als verkocht. Maak in je winkel een creditorder, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.verdict.kind.cancelled_in_shop.partly':
      '{count} bestellingen zijn na het boeken in je winkel geannuleerd en nog niet (helemaal) gecrediteerd. Van {partly} ervan is al een deel gecrediteerd: samen {credited}. Ze tellen {where} nog mee: samen {amounts}. Daarom staan ze hierboven aan beide kanten nog als verkocht. Maak in je winkel per bestelling een creditorder voor wat nog niet gecrediteerd is, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.verdict.kind.cancelled_in_shop.partly.one':
      '1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al {credited} van gecrediteerd. De rest telt {where} nog mee: {amounts}. Daarom staat die hierboven aan beide kanten nog als verkocht. Maak in je winkel een creditorder voor de rest, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.verdict.kind.cancelled_in_shop.later':
      '{count} bestellingen zijn na het boeken in je winkel geannuleerd en nog niet (helemaal) gecrediteerd. Van {partly} ervan is al een deel gecrediteerd: {credited}. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode tellen ze nog mee: samen {amounts}. Daarom staan ze hierboven aan beide kanten nog als verkocht. Nog te crediteren: samen {toCredit}. Maak in je winkel per bestelling een creditorder voor wat nog niet gecrediteerd is, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.verdict.kind.cancelled_in_shop.later.one':
      '1 bestelling is na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd. Er is al een deel van gecrediteerd: {credited}. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee: {amounts}. Daarom staat ze hierboven aan beide kanten nog als verkocht. Nog te crediteren: {toCredit}. Maak in je winkel een creditorder voor wat nog niet gecrediteerd is, dan boekt Winkelbrug de creditfactuur; of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.credited.here': 'in deze periode {amounts}',
    'reconciliation.toCredit': '{amounts} ({incl} incl. btw)',
    'reconciliation.verdict.kind.cancelled_settled':
      "{count} bestellingen zijn na het boeken in je winkel geannuleerd; je gaf aan dat je ze zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hierboven staan ze aan beide kanten nog als verkocht, samen {amounts}. Maakte je zo'n creditfactuur, dan staat er in je btw-aangifte in Moneybird dat bedrag minder dan in deze tabel. Je hoeft niets te doen.",
    'reconciliation.verdict.kind.cancelled_settled.one':
      "1 bestelling is na het boeken in je winkel geannuleerd; je gaf aan dat je het zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hierboven staat de bestelling aan beide kanten nog als verkocht ({amounts}). Maakte je zo'n creditfactuur, dan staat er in je btw-aangifte in Moneybird dat bedrag minder dan in deze tabel. Je hoeft niets te doen.",
    'reconciliation.credited.month': 'in {month} {amounts}',
    'reconciliation.verdict.kind.waiting':
      '{count} bestellingen zijn nog niet geboekt ({difference}); Winkelbrug probeert het later opnieuw en boekt ze vanzelf.',
    'reconciliation.verdict.kind.waiting.one':
      '1 bestelling is nog niet geboekt ({difference}); Winkelbrug probeert het later opnieuw en boekt haar vanzelf.',
    'reconciliation.verdict.kind.not_yet_booked':
      '{count} bestellingen zijn nog niet (helemaal) geboekt ({difference}); de volgende synchronisatie boekt ze.',
    'reconciliation.verdict.kind.not_yet_booked.one':
      '1 bestelling is nog niet (helemaal) geboekt ({difference}); de volgende synchronisatie boekt haar.',
    'reconciliation.verdict.kind.skipped':
      '{count} bestellingen zijn niet geboekt ({difference}). Hieronder staat per bestelling waarom.',
    'reconciliation.verdict.kind.skipped.one':
      '1 bestelling is niet geboekt ({difference}). Hieronder staat waarom.',
    'reconciliation.verdict.kind.rounding':
      '{count} bestellingen verschillen een paar cent door afronding per regel ({difference}): je winkel rondt de btw per regel af, Moneybird per tarief.',
    'reconciliation.verdict.kind.rounding.one':
      '1 bestelling verschilt een paar cent door afronding per regel ({difference}): je winkel rondt de btw per regel af, Moneybird per tarief.',
    'reconciliation.verdict.kind.zero_rate':
      '{count} bestellingen hebben in je winkel btw op een 0%-tarief ({difference}). Op 0% bestaat geen btw, dus Moneybird boekte die niet.',
    'reconciliation.verdict.kind.zero_rate.one':
      '1 bestelling heeft in je winkel btw op een 0%-tarief ({difference}). Op 0% bestaat geen btw, dus Moneybird boekte die niet.',
    'reconciliation.verdict.kind.booked_in_other_period':
      '{count} bestellingen van deze periode vielen op dagen die in Moneybird al waren afgesloten. Ze zijn geboekt op de eerste open dag en tellen in Moneybird mee in een latere periode ({difference}).',
    'reconciliation.verdict.kind.booked_in_other_period.one':
      '1 bestelling van deze periode viel op een dag die in Moneybird al was afgesloten. Ze is geboekt op de eerste open dag en telt in Moneybird mee in een latere periode ({difference}).',
    'reconciliation.verdict.kind.booked_from_other_period':
      '{count} bestellingen uit een eerdere periode, die in Moneybird al was afgesloten, zijn op de eerste open dag geboekt, in deze periode ({difference}). Moneybird telt ze hier mee, je winkel in de periode van de bestelling.',
    'reconciliation.verdict.kind.booked_from_other_period.one':
      '1 bestelling uit een eerdere periode, die in Moneybird al was afgesloten, is op de eerste open dag geboekt, in deze periode ({difference}). Moneybird telt haar hier mee, je winkel in de periode van de bestelling.',
    'reconciliation.counts': '{orders} bestellingen in deze periode, waarvan {inBooks} geboekt in Moneybird.',
    'reconciliation.counts.later':
      'Daarvan tellen er {count} in Moneybird mee in een latere periode, die van de dag waarop ze geboekt zijn.',
    'reconciliation.counts.later.one':
      'Daarvan telt er 1 in Moneybird mee in een latere periode, die van de dag waarop ze geboekt is.',
    'reconciliation.counts.earlier':
      'Moneybird telt hier ook {count} bestellingen uit een eerdere periode mee.',
    'reconciliation.counts.earlier.one': 'Moneybird telt hier ook 1 bestelling uit een eerdere periode mee.',
    'reconciliation.counts.earlier.euro':
      'Moneybird telt hier ook {count} bestellingen in euro uit een eerdere periode mee.',
    'reconciliation.counts.earlier.euro.one':
      'Moneybird telt hier ook 1 bestelling in euro uit een eerdere periode mee.',
    'reconciliation.counts.later.atZero':
      '{count} bestellingen van € 0 zijn in een latere periode geboekt; daarop staat geen omzet of btw.',
    'reconciliation.counts.later.atZero.one':
      '1 bestelling van € 0 is in een latere periode geboekt; daarop staat geen omzet of btw.',
    'reconciliation.counts.earlier.atZero':
      '{count} bestellingen van € 0 uit een eerdere periode zijn hier geboekt; daarop staat geen omzet of btw.',
    'reconciliation.counts.earlier.atZero.one':
      '1 bestelling van € 0 uit een eerdere periode is hier geboekt; daarop staat geen omzet of btw.',
    'reconciliation.counts.one': '1 bestelling in deze periode, waarvan {inBooks} geboekt in Moneybird.',
    'reconciliation.counts.euro':
      '{orders} bestellingen in euro in deze periode, waarvan {inBooks} geboekt in Moneybird.',
    'reconciliation.counts.euro.one':
      '1 bestelling in euro in deze periode, waarvan {inBooks} geboekt in Moneybird.',
    'reconciliation.administrations.title': 'Moneybird per administratie',
    'reconciliation.administrations.elsewhere':
      '{count} van de {booked} geboekte bestellingen van deze periode staan in {names}, niet in {connected}: ze zijn geboekt voordat je van administratie wisselde.',
    'reconciliation.administrations.elsewhere.one':
      '1 van de {booked} geboekte bestellingen van deze periode staat in {names}, niet in {connected}: ze is geboekt voordat je van administratie wisselde.',
    'reconciliation.administrations.elsewhereAll':
      'Alle {booked} geboekte bestellingen van deze periode staan in {names}, niet in {connected}: ze zijn geboekt voordat je van administratie wisselde.',
    'reconciliation.administrations.elsewhereAll.one':
      'De geboekte bestelling van deze periode staat in {names}, niet in {connected}: ze is geboekt voordat je van administratie wisselde.',
    'reconciliation.administrations.returns':
      'De kolom "In je boeken" hierboven telt alle administraties samen. Maar elke administratie doet haar eigen btw-aangifte: neem in de aangifte van een administratie alleen haar eigen deel. Per administratie:',
    'reconciliation.administrations.name': '"{name}"',
    'reconciliation.administrations.someOther': 'een andere administratie',
    'reconciliation.administrations.connectedNamed': 'de gekoppelde administratie "{name}"',
    'reconciliation.administrations.connected': 'de gekoppelde administratie',
    'reconciliation.administrations.connectedTag': 'gekoppeld',
    'reconciliation.administrations.notChecked': 'niet nagelezen (niet gekoppeld)',
    'reconciliation.administrations.unnamed': 'Andere administratie',
    'reconciliation.administrations.unnamedConnected': 'Gekoppelde administratie',
    'reconciliation.administrations.orders': '{count} bestellingen',
    'reconciliation.administrations.orders.one': '1 bestelling',
    'reconciliation.administrations.caption':
      'Moneybird per administratie: omzet en btw per tarief en rubriek',
    'reconciliation.empty': 'Geen bestellingen in deze periode.',
    'reconciliation.empty.euro': 'Geen bestellingen in euro in deze periode.',
    'reconciliation.foreignCurrency.besides':
      'Daarnaast zijn er {count} bestellingen in een andere valuta dan de euro: {orders}.',
    'reconciliation.foreignCurrency.besides.one':
      'Daarnaast is er 1 bestelling in een andere valuta dan de euro: {orders}.',
    'reconciliation.foreignCurrency': '{count} bestellingen zijn in een andere valuta dan de euro: {orders}.',
    'reconciliation.foreignCurrency.one': '1 bestelling is in een andere valuta dan de euro: {orders}.',
    'reconciliation.foreignCurrency.fromEarlier':
      'Uit een eerdere periode zijn {count} bestellingen in een andere valuta in deze periode geboekt: {orders}.',
    'reconciliation.foreignCurrency.fromEarlier.one':
      'Uit een eerdere periode is 1 bestelling in een andere valuta in deze periode geboekt: {orders}.',
    'reconciliation.foreignCurrency.why':
      'Ze tellen hier niet mee, want Moneybird rekent ze voor je btw-aangifte om naar euro. Vergelijk ze daarom in Moneybird.',
    'reconciliation.foreignCurrency.why.one':
      'Ze telt hier niet mee, want Moneybird rekent haar voor je btw-aangifte om naar euro. Vergelijk haar daarom in Moneybird.',
    'reconciliation.foreignCurrency.why.later':
      'Ze tellen hier niet mee, want Moneybird rekent ze voor je btw-aangifte om naar euro. Vergelijk ze daarom in Moneybird, elk in de maand waarin ze geboekt is.',
    'reconciliation.foreignCurrency.why.later.one':
      'Ze telt hier niet mee, want Moneybird rekent haar voor je btw-aangifte om naar euro. Vergelijk haar daarom in Moneybird, in {month}: de maand waarin ze geboekt is.',
    'reconciliation.foreignCurrency.order': '{order} ({details})',
    'reconciliation.foreignCurrency.bookedOn': 'geboekt op {day}',
    'reconciliation.foreignCurrency.orderedOn': 'besteld op {day}',
    'reconciliation.foreignCurrency.more': 'nog {count} andere',
    'reconciliation.table.caption':
      'Omzet en btw per tarief en rubriek: in je winkel, in je boeken en het verschil',
    'reconciliation.table.caption.checked':
      'Omzet en btw per tarief en rubriek: in je winkel, in Moneybird en het verschil',
    'reconciliation.table.caption.mixed':
      'Omzet en btw per tarief en rubriek: in je winkel, in je boeken (deels nagelezen in Moneybird) en het verschil',
    'reconciliation.table.legend':
      'Verschil met je winkel: + is meer in je boeken dan in je winkel, - is minder. Gelijk: geen verschil.',
    'reconciliation.table.legend.checked':
      'Verschil met je winkel: + is meer in Moneybird dan in je winkel, - is minder. Gelijk: geen verschil.',
    'reconciliation.col.rate': 'Tarief en rubriek',
    'reconciliation.col.shop': 'Winkel',
    'reconciliation.col.booked': 'In je boeken',
    'reconciliation.col.bookedAll': 'In je boeken (alle administraties samen)',
    'reconciliation.where.books': 'in je boeken',
    'reconciliation.where.moneybird': 'in Moneybird',
    'reconciliation.col.inMoneybird': 'In Moneybird',
    'reconciliation.col.checkedAt': 'nagelezen {when}',
    'reconciliation.checked.months.read': '{months} nagelezen {when}',
    'reconciliation.checked.months.unread': '{months} niet',
    'reconciliation.col.difference': 'Verschil met je winkel',
    'reconciliation.col.inclTax': 'Omzet incl. btw',
    'reconciliation.col.exclTax': 'Omzet excl. btw',
    'reconciliation.col.vat': 'Btw',
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
    'reconciliation.box.none': 'buiten de aangifte',
    'reconciliation.boxCode.oss': 'OSS {country}',
    'reconciliation.boxCode.none': 'Buiten de aangifte',
    'reconciliation.total': 'Totaal',
    'reconciliation.taxRateAbsent': 'geen tarief in Moneybird',
    'reconciliation.equal': 'Gelijk',
    'reconciliation.checkedAt.today': 'om {time}',
    'reconciliation.checkedAt.day': 'op {day} om {time}',
    'reconciliation.kind.parked': 'Wacht op jou, nog niet geboekt',
    // Not booked for whatever reason; "Overslaan" only where the owner chose it (skippedReason).
    'reconciliation.kind.skipped': 'Niet geboekt',
    'reconciliation.kind.waiting': 'Wordt opnieuw geprobeerd',
    'reconciliation.kind.not_yet_booked': 'Nog niet geboekt',
    'reconciliation.kind.not_recorded': 'Bedragen niet vastgelegd',
    'reconciliation.kind.rounding': 'Afronding per regel',
    'reconciliation.kind.zero_rate': 'Btw op een 0%-tarief',
    'reconciliation.kind.booked_in_other_period': 'In een latere periode geboekt',
    'reconciliation.kind.booked_from_other_period': 'Uit een eerdere periode hier geboekt',
    'reconciliation.kind.deleted_in_moneybird': 'Factuur verwijderd in Moneybird',
    'reconciliation.kind.cancelled_in_shop': 'Geannuleerd in je winkel',
    'reconciliation.kind.cancelled_settled': 'Geannuleerd, zelf geregeld',
    'reconciliation.kind.other': 'Ander verschil',
    'reconciliation.explain.parked': 'Wacht op jou, dus nog niet in Moneybird: {reason}',
    'reconciliation.explain.skipped':
      'Niet geboekt, dus ze telt hierboven alleen bij je winkel mee. {reason}',
    'reconciliation.skippedReason.byOwner':
      'Jij koos "Overslaan". Heb je haar zelf in Moneybird geboekt, dan telt ze daar wel mee in je btw-aangifte.',
    'reconciliation.skippedReason.heldFor':
      'Jij koos "Overslaan" toen ze op je wachtte: {reason} Heb je haar zelf in Moneybird geboekt of gecrediteerd, dan telt ze daar wel mee in je btw-aangifte.',
    'reconciliation.explain.waiting':
      'Nog niet in Moneybird: Winkelbrug probeert het later opnieuw. {reason}',
    'reconciliation.explain.not_yet_booked':
      'Nog niet (helemaal) in Moneybird; de volgende synchronisatie boekt deze bestelling.',
    'reconciliation.explain.not_recorded':
      'Geboekt voordat Winkelbrug de bedragen per tarief bijhield; vergelijk deze bestelling zelf in Moneybird.',
    'reconciliation.explain.rounding':
      'Verschil door afronding per regel ({difference}): je winkel rondt de btw per regel af, Moneybird per tarief. Het totaal van de bestelling klopt.',
    'reconciliation.explain.rounding.moved':
      'Door afronding per regel staat {moved} omzet excl. btw in Moneybird op een ander tarief of in een andere rubriek dan in je winkel: je winkel rondt de btw per regel af, Moneybird per tarief. In totaal is de bestelling gelijk.',
    'reconciliation.explain.rounding.moved.booked':
      'Door afronding per regel staat {moved} omzet excl. btw in je boeken op een ander tarief of in een andere rubriek dan in je winkel: je winkel rondt de btw per regel af, Moneybird per tarief. In totaal is de bestelling gelijk.',
    'reconciliation.explain.zero_rate':
      'Je winkel rekende {vat} btw op het 0%-tarief. Op 0% bestaat geen btw, dus Moneybird boekte die niet.',
    'reconciliation.explain.booked_in_other_period':
      'Besteld op {orderDay}, een dag die in Moneybird al was afgesloten, dus gefactureerd op {bookedDay}. Telt in Moneybird mee in {bookedMonth} ({amounts}), niet hier.',
    'reconciliation.explain.booked_from_other_period':
      'Besteld op {orderDay}, een dag die in Moneybird al was afgesloten, dus gefactureerd op {bookedDay}. Telt in Moneybird hier mee ({amounts}), in de winkel in {orderMonth}.',
    'reconciliation.explain.deleted_in_moneybird':
      'Winkelbrug boekte deze bestelling, maar de factuur is daarna in Moneybird verwijderd: in Moneybird ontbreken nu {amounts}. Hoort ze in je boeken, open dan de bestelling en kies "Opnieuw boeken"; was verwijderen de bedoeling, kies dan "Niet opnieuw boeken".',
    'reconciliation.explain.cancelled_in_shop':
      'Na het boeken in je winkel geannuleerd, zonder creditorder: telt {where} nog mee ({amounts}). Maak in je winkel een creditorder, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.explain.cancelled_in_shop.partly':
      'Na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd: er is al {credited} van gecrediteerd, de rest telt {where} nog mee ({amounts}). Maak in je winkel een creditorder voor de rest, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.explain.cancelled_in_shop.later':
      'Na het boeken in je winkel geannuleerd en nog niet helemaal gecrediteerd. Er is al een deel van gecrediteerd: {credited}. Een creditfactuur telt in Moneybird mee in de periode van haar eigen datum; in deze periode telt de bestelling nog mee ({amounts}). Nog te crediteren: {toCredit}. Maak in je winkel een creditorder voor wat nog niet gecrediteerd is, of kies bij de bestelling "Zelf geregeld" als je het in Moneybird al hebt rechtgezet.',
    'reconciliation.explain.cancelled_settled':
      'Geannuleerd in je winkel; je gaf aan dat je het zelf in Moneybird hebt geregeld. Een creditfactuur die je daar zelf maakte, telt hier niet mee: hier staat de bestelling nog als verkocht ({amounts}).',
    'reconciliation.explain.other':
      'De boeking wijkt af van je winkel ({difference}). Open de bestelling en vergelijk de factuur in Moneybird.',
    'reconciliation.explain.other.moved':
      'In Moneybird staat {moved} omzet excl. btw op een ander tarief of in een andere rubriek dan in je winkel; in totaal is de bestelling gelijk. Open de bestelling en vergelijk de factuur in Moneybird.',
    'reconciliation.explain.other.moved.booked':
      'In je boeken staat {moved} omzet excl. btw op een ander tarief of in een andere rubriek dan in je winkel; in totaal is de bestelling gelijk. Open de bestelling en vergelijk de factuur in Moneybird.',
    'reconciliation.kinds.title': 'Per soort',
    'reconciliation.kinds.line': '{count} × {kind}',
    'reconciliation.kinds.stillBooked': 'Telt {where} nog mee: {amounts}',
    'reconciliation.kinds.countedAsSold': 'Telt hier als verkocht: {amounts}',
    'reconciliation.explanations.title': 'Bestellingen om na te kijken',
    'reconciliation.explanations.none': 'Geen enkele bestelling wijkt af of vraagt iets.',
    'reconciliation.explanations.noneToDo': 'Geen enkele bestelling vraagt iets van je.',
    'reconciliation.explanations.showSettled': 'Toon ook de {count} verklaarde bestellingen (niets te doen)',
    'reconciliation.explanations.showSettled.one': 'Toon ook de verklaarde bestelling (niets te doen)',
    'reconciliation.explanations.hideSettled': 'Verberg de verklaarde bestellingen',
    'reconciliation.explanations.order': 'Bestelling {order}',
    'reconciliation.explanations.credit': 'creditering',
    'reconciliation.explanations.differences': 'In Moneybird, ten opzichte van je winkel: {lines}.',
    'reconciliation.explanations.differences.booked': 'In je boeken, ten opzichte van je winkel: {lines}.',
    'reconciliation.explanations.lineAt': '{figures} op {rate}',
    'reconciliation.explanations.lineEqual': 'gelijk',
    'reconciliation.explanations.stillBooked': 'Telt {where} nog mee: {lines}.',
    'reconciliation.explanations.countedAsSold': 'Telt hier als verkocht: {lines}.',
    'reconciliation.explanations.page': '{first}–{last} van {total}',
    'reconciliation.explanations.previous': 'Vorige',
    'reconciliation.explanations.next': 'Volgende',
    'reconciliation.chart.title': 'Omzet excl. btw per tarief en rubriek: in je winkel en in je boeken',
    'reconciliation.chart.title.checked':
      'Omzet excl. btw per tarief en rubriek: in je winkel en in Moneybird',
    'reconciliation.chart.summary':
      'Staafdiagram: per btw-tarief en rubriek de omzet excl. btw in je winkel naast die in je boeken. De tabel hierboven geeft dezelfde bedragen.',
    'reconciliation.chart.summary.checked':
      'Staafdiagram: per btw-tarief en rubriek de omzet excl. btw in je winkel naast die in Moneybird. De tabel hierboven geeft dezelfde bedragen.',
    'reconciliation.export': 'Exporteren als CSV',
    'reconciliation.exported':
      'Het bestand {file} is gemaakt. Je vindt het bij je downloads (meestal de map Downloads), of waar je het zelf hebt bewaard.',
    'reconciliation.csv.fileName': 'winkelbrug-btw-per-tarief-{period}.csv',
    'reconciliation.csv.kind': 'Soort',
    'reconciliation.csv.kind.rate': 'Tarief',
    'reconciliation.csv.kind.total': 'Totaal',
    'reconciliation.csv.kind.order': 'Bestelling',
    'reconciliation.csv.kind.administration': 'Administratie',
    'reconciliation.csv.administration.line':
      'Deel van {name} ({read}): alleen dit deel hoort in de btw-aangifte van die administratie.',
    'reconciliation.csv.administration.total': 'Totaal van {name} ({read}).',
    'reconciliation.csv.administration.connected': 'gekoppeld, zoals Winkelbrug boekte',
    'reconciliation.csv.administration.connectedChecked': 'gekoppeld, {checked}',
    'reconciliation.csv.checkedAt': 'nagelezen in Moneybird {when}',
    'reconciliation.csv.checkedMonth': '{months} nagelezen in Moneybird {when}',
    'reconciliation.csv.notCheckedMonth': '{months} zoals Winkelbrug boekte, niet nagelezen',
    'reconciliation.csv.administration.other': 'niet gekoppeld, zoals Winkelbrug boekte',
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
    'reconciliation.csv.bookedIncl': 'In je boeken omzet incl. btw',
    'reconciliation.csv.bookedExcl': 'In je boeken omzet excl. btw',
    'reconciliation.csv.bookedVat': 'In je boeken btw',
    'reconciliation.csv.diffIncl': 'Verschil omzet incl. btw (je boeken min winkel)',
    'reconciliation.csv.diffExcl': 'Verschil omzet excl. btw (je boeken min winkel)',
    'reconciliation.csv.diffVat': 'Verschil btw (je boeken min winkel)',
    'reconciliation.csv.notChecked':
      'Kolommen In je boeken: zoals Winkelbrug boekte, niet nagelezen in Moneybird. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    'reconciliation.csv.checked':
      'Kolommen In je boeken: {checked}. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    'reconciliation.csv.notChecked.split':
      'Kolommen In je boeken: zoals Winkelbrug boekte, alle administraties samen, niet nagelezen in Moneybird. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    'reconciliation.csv.checked.split':
      'Kolommen In je boeken: alle administraties samen. Gekoppelde administratie: {checked}. Andere administraties: niet nagelezen (niet gekoppeld), zoals Winkelbrug boekte. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    'reconciliation.csv.checked.split.one':
      'Kolommen In je boeken: alle administraties samen. Gekoppelde administratie: {checked}. Andere administratie: niet nagelezen (niet gekoppeld), zoals Winkelbrug boekte. Verschil: je boeken min winkel, dus plus is meer in je boeken.',
    'reconciliation.unavailable':
      'De maand per btw-tarief is er pas als de map met gegevens van Winkelbrug geopend is. Start Winkelbrug opnieuw; helpt dat niet, kijk dan in het logboek.',
    'reconciliation.check': 'Vergelijk met Moneybird',
    'reconciliation.check.hint':
      'De kolom "In je boeken" toont wat Winkelbrug in Moneybird boekte. Is daarna in Moneybird iets aangepast of verwijderd? Kies "Vergelijk met Moneybird": Winkelbrug leest de facturen van deze periode na en past de bedragen hieronder aan. In Moneybird verandert niets.',
    'reconciliation.check.busy': 'Facturen in Moneybird nalezen…',
    'reconciliation.check.notBegun':
      'Deze periode is nog niet begonnen: er is nog niets om met Moneybird te vergelijken.',
    'reconciliation.check.earlier':
      'Deze periode is {when} vergeleken met Moneybird. Is er sindsdien iets veranderd? Vergelijk dan opnieuw.',
    'reconciliation.check.earlier.months':
      'Dit kwartaal is per maand vergeleken met Moneybird: {checked}. Is er sindsdien iets veranderd? Vergelijk dan opnieuw.',
    'reconciliation.check.partly':
      'Nog niet alles is vergeleken met Moneybird: {checked}. Voor {unread} toont de kolom "In je boeken" wat Winkelbrug boekte. Kies "Vergelijk met Moneybird" om ook {unread} na te lezen; in Moneybird verandert niets.',
    'reconciliation.check.done':
      '{invoices} facturen vergeleken met Moneybird: {changed} aangepast, {deleted} verwijderd sinds het boeken.',
    'reconciliation.check.done.one':
      '1 factuur vergeleken met Moneybird: {changed} aangepast, {deleted} verwijderd sinds het boeken.',
    'reconciliation.check.breakdown': 'Dat zijn de facturen van {parts}.',
    'reconciliation.check.part.ofPeriod': '{count} bestellingen uit deze periode',
    'reconciliation.check.part.ofPeriod.one': '1 bestelling uit deze periode',
    'reconciliation.check.part.fromEarlierPeriod':
      '{count} bestellingen uit een eerdere periode die in deze periode geboekt zijn',
    'reconciliation.check.part.fromEarlierPeriod.one':
      '1 bestelling uit een eerdere periode die in deze periode geboekt is',
    'reconciliation.check.part.foreignCurrency': '{count} bestellingen in een andere valuta',
    'reconciliation.check.part.foreignCurrency.one': '1 bestelling in een andere valuta',
    'reconciliation.check.part.foreignCurrencyFromEarlierPeriod':
      '{count} bestellingen in een andere valuta uit een eerdere periode',
    'reconciliation.check.part.foreignCurrencyFromEarlierPeriod.one':
      '1 bestelling in een andere valuta uit een eerdere periode',
    'reconciliation.check.none': 'Deze periode heeft nog geen geboekte facturen om te vergelijken.',
    'reconciliation.check.noneHere':
      'Niets vergeleken: de gekoppelde administratie heeft geen boekingen van deze periode.',
    'reconciliation.check.atZero':
      '{count} geboekte bestellingen van deze periode zijn van € 0: daarop staat geen omzet of btw om te vergelijken.',
    'reconciliation.check.atZero.one':
      '1 geboekte bestelling van deze periode is van € 0: daarop staat geen omzet of btw om te vergelijken.',
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
    'reconciliation.title.quarter': 'Quarter per VAT rate',
    'reconciliation.intro':
      'The turnover and VAT in your shop next to those in your books (what Winkelbrug booked in Moneybird), per VAT rate and per box of your Dutch VAT return (distance sales per country, for the OSS return). It shows whether your books are right, per month or per quarter for your VAT return.',
    'reconciliation.dashboardLink': 'Are your books right? See the month per VAT rate',
    'reconciliation.period.legend': 'Period',
    'reconciliation.period.month': 'Month',
    'reconciliation.period.quarter': 'Quarter',
    'reconciliation.period.previous': 'Previous period',
    'reconciliation.period.next': 'Next period',
    'reconciliation.period.choose': 'Choose the period',
    'reconciliation.quarterName': 'Q{quarter} {year}',
    'reconciliation.loading': 'Adding up the amounts…',
    'reconciliation.verdict.agrees':
      'Correct: your books hold the same as your shop. Was anything changed in Moneybird since booking? Then choose "Compare with Moneybird".',
    'reconciliation.verdict.agrees.checked': 'Correct: Moneybird holds the same as your shop ({checked}).',
    'reconciliation.verdict.agrees.mixed':
      'Correct: your books hold the same as your shop ({checked}). Choose "Compare with Moneybird" to check {unread} too.',
    'reconciliation.verdict.agreesSplit':
      'Your books hold the same as your shop, but spread over {count} Moneybird administrations. Each administration files its own VAT return: below is what belongs in which.',
    'reconciliation.verdict.agreesElsewhere':
      "Your books hold the same as your shop, but in another Moneybird administration than the connected one. It belongs in that administration's VAT return: below is which.",
    'reconciliation.verdict.explained': 'The difference is fully explained. Nothing to do.',
    'reconciliation.verdict.explainedEqual':
      'The totals are equal, and what differs per order is explained. Nothing to do.',
    'reconciliation.verdict.underway':
      'Not everything is booked yet: Winkelbrug still books {count} orders. You need not do anything.',
    'reconciliation.verdict.underway.one':
      'Not everything is booked yet: Winkelbrug still books 1 order. You need not do anything.',
    'reconciliation.verdict.attention': 'Not in order: {count} orders ask something of you.',
    'reconciliation.verdict.attention.one': 'Not in order: 1 order asks something of you.',
    'reconciliation.verdict.direction': 'Your books hold {parts} than your shop.',
    'reconciliation.verdict.direction.checked': 'Moneybird holds {parts} than your shop.',
    'reconciliation.verdict.more': '{amount} more {what}',
    'reconciliation.verdict.less': '{amount} less {what}',
    'reconciliation.verdict.turnover': 'turnover excl. VAT',
    'reconciliation.verdict.vat': 'VAT',
    'reconciliation.verdict.items': 'Per kind of order',
    'reconciliation.amounts': '{excl} turnover excl. VAT and {vat} VAT',
    'reconciliation.difference': 'in Moneybird {parts} than in your shop',
    'reconciliation.difference.start': 'In Moneybird {parts} than in your shop',
    'reconciliation.difference.books': 'in your books {parts} than in your shop',
    'reconciliation.difference.books.start': 'In your books {parts} than in your shop',
    'reconciliation.difference.none': 'equal to your shop in total',
    'reconciliation.difference.none.start': 'Equal to your shop in total',
    'reconciliation.verdict.kind.parked':
      '{count} orders need you and are not booked yet ({difference}). Open them below: each says what holds it up and what you can do.',
    'reconciliation.verdict.kind.parked.one':
      '1 order needs you and is not booked yet ({difference}). Open it below: it says what holds it up and what you can do.',
    'reconciliation.verdict.kind.deleted_in_moneybird':
      'The invoices of {count} orders were deleted in Moneybird after booking ({difference}). Choose "Book again" on each order, or "Do not book again" if deleting was intended.',
    'reconciliation.verdict.kind.deleted_in_moneybird.one':
      'The invoice of 1 order was deleted in Moneybird after booking ({difference}). Choose "Book again" on the order, or "Do not book again" if deleting was intended.',
    'reconciliation.verdict.kind.other':
      '{count} orders differ from their invoice in Moneybird ({difference}). Open them below and compare them with the invoice in Moneybird.',
    'reconciliation.verdict.kind.other.one':
      '1 order differs from its invoice in Moneybird ({difference}). Open it below and compare it with the invoice in Moneybird.',
    'reconciliation.verdict.kind.not_recorded':
      'For {count} orders the amounts were not recorded: they were booked by an older version of Winkelbrug. They are not counted here; check them in Moneybird.',
    'reconciliation.verdict.kind.not_recorded.one':
      'For 1 order the amounts were not recorded: it was booked by an older version of Winkelbrug. It is not counted here; check it in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop':
      '{count} orders were cancelled in your shop after they were booked, without a credit order. They still count {where}: {amounts} together. That is why they are still on both sides above, as sold. Make a credit order for each in your shop and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop.one':
      '1 order was cancelled in your shop after it was booked, without a credit order. It still counts {where}: {amounts}. That is why it is still on both sides above, as sold. Make a credit order in your shop and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop.partly':
      '{count} orders were cancelled in your shop after they were booked and are not (fully) credited yet. Part of {partly} of them is credited already: {credited} together. They still count {where}: {amounts} together. That is why they are still on both sides above, as sold. Make a credit order in your shop for what is not credited yet, for each, and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop.partly.one':
      '1 order was cancelled in your shop after it was booked and is not fully credited yet: {credited} of it is credited already. The rest still counts {where}: {amounts}. That is why it is still on both sides above, as sold. Make a credit order for the rest in your shop and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop.later':
      '{count} orders were cancelled in your shop after they were booked and are not (fully) credited yet. Part of {partly} of them is credited already: {credited}. A credit note counts in Moneybird in the period of its own date; in this period they still count: {amounts} together. That is why they are still on both sides above, as sold. Still to credit: {toCredit} together. Make a credit order in your shop for what is not credited yet, for each, and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.verdict.kind.cancelled_in_shop.later.one':
      '1 order was cancelled in your shop after it was booked and is not fully credited yet. Part of it is credited already: {credited}. A credit note counts in Moneybird in the period of its own date; in this period the order still counts: {amounts}. That is why it is still on both sides above, as sold. Still to credit: {toCredit}. Make a credit order in your shop for what is not credited yet and Winkelbrug books the credit note; or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.credited.here': 'in this period {amounts}',
    'reconciliation.toCredit': '{amounts} ({incl} incl. VAT)',
    'reconciliation.verdict.kind.cancelled_settled':
      '{count} orders were cancelled in your shop after they were booked; you said you settled them in Moneybird yourself. A credit note you made there yourself does not count here: above they are still on both sides as sold, {amounts} together. If you made such a credit note, your VAT return in Moneybird shows that amount less than this table. Nothing to do.',
    'reconciliation.verdict.kind.cancelled_settled.one':
      '1 order was cancelled in your shop after it was booked; you said you settled it in Moneybird yourself. A credit note you made there yourself does not count here: above the order is still on both sides as sold ({amounts}). If you made such a credit note, your VAT return in Moneybird shows that amount less than this table. Nothing to do.',
    'reconciliation.credited.month': 'in {month} {amounts}',
    'reconciliation.verdict.kind.waiting':
      '{count} orders are not booked yet ({difference}); Winkelbrug tries again later and books them by itself.',
    'reconciliation.verdict.kind.waiting.one':
      '1 order is not booked yet ({difference}); Winkelbrug tries again later and books it by itself.',
    'reconciliation.verdict.kind.not_yet_booked':
      '{count} orders are not (fully) booked yet ({difference}); the next sync books them.',
    'reconciliation.verdict.kind.not_yet_booked.one':
      '1 order is not (fully) booked yet ({difference}); the next sync books it.',
    'reconciliation.verdict.kind.skipped':
      '{count} orders were not booked ({difference}). Below, per order, why.',
    'reconciliation.verdict.kind.skipped.one': '1 order was not booked ({difference}). Below is why.',
    'reconciliation.verdict.kind.rounding':
      '{count} orders differ by a few cents from rounding per line ({difference}): your shop rounds VAT per line, Moneybird per rate.',
    'reconciliation.verdict.kind.rounding.one':
      '1 order differs by a few cents from rounding per line ({difference}): your shop rounds VAT per line, Moneybird per rate.',
    'reconciliation.verdict.kind.zero_rate':
      '{count} orders have VAT on a 0% rate in your shop ({difference}). There is no VAT at 0%, so Moneybird did not book it.',
    'reconciliation.verdict.kind.zero_rate.one':
      '1 order has VAT on a 0% rate in your shop ({difference}). There is no VAT at 0%, so Moneybird did not book it.',
    'reconciliation.verdict.kind.booked_in_other_period':
      '{count} orders of this period fell on days already locked in Moneybird. They were booked on the first open day and count in a later period in Moneybird ({difference}).',
    'reconciliation.verdict.kind.booked_in_other_period.one':
      '1 order of this period fell on a day already locked in Moneybird. It was booked on the first open day and counts in a later period in Moneybird ({difference}).',
    'reconciliation.verdict.kind.booked_from_other_period':
      '{count} orders of an earlier period, already locked in Moneybird, were booked on the first open day, in this period ({difference}). Moneybird counts them here, your shop in the period of the order.',
    'reconciliation.verdict.kind.booked_from_other_period.one':
      '1 order of an earlier period, already locked in Moneybird, was booked on the first open day, in this period ({difference}). Moneybird counts it here, your shop in the period of the order.',
    'reconciliation.counts': '{orders} orders in this period, {inBooks} of them booked in Moneybird.',
    'reconciliation.counts.later':
      'Of those, {count} count in Moneybird in a later period, that of the day they were booked.',
    'reconciliation.counts.later.one':
      'Of those, 1 counts in Moneybird in a later period, that of the day it was booked.',
    'reconciliation.counts.earlier': 'Moneybird also counts {count} orders from an earlier period here.',
    'reconciliation.counts.earlier.one': 'Moneybird also counts 1 order from an earlier period here.',
    'reconciliation.counts.earlier.euro':
      'Moneybird also counts {count} orders in euros from an earlier period here.',
    'reconciliation.counts.earlier.euro.one':
      'Moneybird also counts 1 order in euros from an earlier period here.',
    'reconciliation.counts.later.atZero':
      '{count} orders of € 0 were booked in a later period; they carry no turnover or VAT.',
    'reconciliation.counts.later.atZero.one':
      '1 order of € 0 was booked in a later period; it carries no turnover or VAT.',
    'reconciliation.counts.earlier.atZero':
      '{count} orders of € 0 from an earlier period were booked here; they carry no turnover or VAT.',
    'reconciliation.counts.earlier.atZero.one':
      '1 order of € 0 from an earlier period was booked here; it carries no turnover or VAT.',
    'reconciliation.counts.one': '1 order in this period, {inBooks} of it booked in Moneybird.',
    'reconciliation.counts.euro':
      '{orders} orders in euros in this period, {inBooks} of them booked in Moneybird.',
    'reconciliation.counts.euro.one': '1 order in euros in this period, {inBooks} of it booked in Moneybird.',
    'reconciliation.administrations.title': 'Moneybird per administration',
    'reconciliation.administrations.elsewhere':
      '{count} of the {booked} booked orders of this period are in {names}, not in {connected}: they were booked before you switched administration.',
    'reconciliation.administrations.elsewhere.one':
      '1 of the {booked} booked orders of this period is in {names}, not in {connected}: it was booked before you switched administration.',
    'reconciliation.administrations.elsewhereAll':
      'All {booked} booked orders of this period are in {names}, not in {connected}: they were booked before you switched administration.',
    'reconciliation.administrations.elsewhereAll.one':
      'The booked order of this period is in {names}, not in {connected}: it was booked before you switched administration.',
    'reconciliation.administrations.returns':
      'The "In your books" column above adds all administrations up. But each administration files its own VAT return: put only an administration’s own part in its return. Per administration:',
    'reconciliation.administrations.name': '"{name}"',
    'reconciliation.administrations.someOther': 'another administration',
    'reconciliation.administrations.connectedNamed': 'the connected administration "{name}"',
    'reconciliation.administrations.connected': 'the connected administration',
    'reconciliation.administrations.connectedTag': 'connected',
    'reconciliation.administrations.notChecked': 'not checked (not connected)',
    'reconciliation.administrations.unnamed': 'Other administration',
    'reconciliation.administrations.unnamedConnected': 'Connected administration',
    'reconciliation.administrations.orders': '{count} orders',
    'reconciliation.administrations.orders.one': '1 order',
    'reconciliation.administrations.caption':
      'Moneybird per administration: turnover and VAT per rate and box',
    'reconciliation.empty': 'No orders in this period.',
    'reconciliation.empty.euro': 'No orders in euros in this period.',
    'reconciliation.foreignCurrency.besides':
      'Besides, {count} orders are in a currency other than the euro: {orders}.',
    'reconciliation.foreignCurrency.besides.one':
      'Besides, 1 order is in a currency other than the euro: {orders}.',
    'reconciliation.foreignCurrency': '{count} orders are in a currency other than the euro: {orders}.',
    'reconciliation.foreignCurrency.one': '1 order is in a currency other than the euro: {orders}.',
    'reconciliation.foreignCurrency.fromEarlier':
      '{count} orders in another currency from an earlier period were booked in this period: {orders}.',
    'reconciliation.foreignCurrency.fromEarlier.one':
      '1 order in another currency from an earlier period was booked in this period: {orders}.',
    'reconciliation.foreignCurrency.why':
      'They are not counted here, because Moneybird converts them to euros for your VAT return. So compare them in Moneybird.',
    'reconciliation.foreignCurrency.why.one':
      'It is not counted here, because Moneybird converts it to euros for your VAT return. So compare it in Moneybird.',
    'reconciliation.foreignCurrency.why.later':
      'They are not counted here, because Moneybird converts them to euros for your VAT return. So compare them in Moneybird, each in the month it was booked in.',
    'reconciliation.foreignCurrency.why.later.one':
      'It is not counted here, because Moneybird converts it to euros for your VAT return. So compare it in Moneybird, in {month}: the month it was booked in.',
    'reconciliation.foreignCurrency.order': '{order} ({details})',
    'reconciliation.foreignCurrency.bookedOn': 'booked on {day}',
    'reconciliation.foreignCurrency.orderedOn': 'ordered on {day}',
    'reconciliation.foreignCurrency.more': '{count} more',
    'reconciliation.table.caption':
      'Turnover and VAT per rate and box: in your shop, in your books and the difference',
    'reconciliation.table.caption.checked':
      'Turnover and VAT per rate and box: in your shop, in Moneybird and the difference',
    'reconciliation.table.caption.mixed':
      'Turnover and VAT per rate and box: in your shop, in your books (partly checked in Moneybird) and the difference',
    'reconciliation.table.legend':
      'Difference from your shop: + is more in your books than in your shop, - is less. Equal: no difference.',
    'reconciliation.table.legend.checked':
      'Difference from your shop: + is more in Moneybird than in your shop, - is less. Equal: no difference.',
    'reconciliation.col.rate': 'Rate and box',
    'reconciliation.col.shop': 'Shop',
    'reconciliation.col.booked': 'In your books',
    'reconciliation.col.bookedAll': 'In your books (all administrations together)',
    'reconciliation.where.books': 'in your books',
    'reconciliation.where.moneybird': 'in Moneybird',
    'reconciliation.col.inMoneybird': 'In Moneybird',
    'reconciliation.col.checkedAt': 'checked {when}',
    'reconciliation.checked.months.read': '{months} checked {when}',
    'reconciliation.checked.months.unread': '{months} not',
    'reconciliation.col.difference': 'Difference from your shop',
    'reconciliation.col.inclTax': 'Turnover incl. VAT',
    'reconciliation.col.exclTax': 'Turnover excl. VAT',
    'reconciliation.col.vat': 'VAT',
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
    'reconciliation.box.none': 'outside the return',
    'reconciliation.boxCode.oss': 'OSS {country}',
    'reconciliation.boxCode.none': 'Outside the return',
    'reconciliation.total': 'Total',
    'reconciliation.taxRateAbsent': 'no rate in Moneybird',
    'reconciliation.equal': 'Equal',
    'reconciliation.checkedAt.today': 'at {time}',
    'reconciliation.checkedAt.day': 'on {day} at {time}',
    'reconciliation.kind.parked': 'Needs you, not booked yet',
    'reconciliation.kind.skipped': 'Not booked',
    'reconciliation.kind.waiting': 'Will be retried',
    'reconciliation.kind.not_yet_booked': 'Not booked yet',
    'reconciliation.kind.not_recorded': 'Amounts not recorded',
    'reconciliation.kind.rounding': 'Rounding per line',
    'reconciliation.kind.zero_rate': 'VAT on a 0% rate',
    'reconciliation.kind.booked_in_other_period': 'Booked in a later period',
    'reconciliation.kind.booked_from_other_period': 'Booked here from an earlier period',
    'reconciliation.kind.deleted_in_moneybird': 'Invoice deleted in Moneybird',
    'reconciliation.kind.cancelled_in_shop': 'Cancelled in your shop',
    'reconciliation.kind.cancelled_settled': 'Cancelled, settled myself',
    'reconciliation.kind.other': 'Other difference',
    'reconciliation.explain.parked': 'Needs you, so not in Moneybird yet: {reason}',
    'reconciliation.explain.skipped': 'Not booked, so above it counts only with your shop. {reason}',
    'reconciliation.skippedReason.byOwner':
      'You chose "Skip". If you booked it in Moneybird yourself, it does count there in your VAT return.',
    'reconciliation.skippedReason.heldFor':
      'You chose "Skip" while it was waiting for you: {reason} If you booked or credited it in Moneybird yourself, it does count there in your VAT return.',
    'reconciliation.explain.waiting': 'Not in Moneybird yet: Winkelbrug tries again later. {reason}',
    'reconciliation.explain.not_yet_booked': 'Not (fully) in Moneybird yet; the next sync books this order.',
    'reconciliation.explain.not_recorded':
      'Booked before Winkelbrug kept the amounts per rate; compare this order yourself in Moneybird.',
    'reconciliation.explain.rounding':
      'A difference from rounding per line ({difference}): your shop rounds VAT per line, Moneybird per rate. The order total is right.',
    'reconciliation.explain.rounding.moved':
      'From rounding per line, Moneybird has {moved} turnover excl. VAT on another rate or box than your shop: your shop rounds VAT per line, Moneybird per rate. In total the order is equal.',
    'reconciliation.explain.rounding.moved.booked':
      'From rounding per line, your books have {moved} turnover excl. VAT on another rate or box than your shop: your shop rounds VAT per line, Moneybird per rate. In total the order is equal.',
    'reconciliation.explain.zero_rate':
      'Your shop charged {vat} VAT on the 0% rate. There is no VAT at 0%, so Moneybird did not book it.',
    'reconciliation.explain.booked_in_other_period':
      'Ordered on {orderDay}, a day already locked in Moneybird, so invoiced on {bookedDay}. Counts in {bookedMonth} in Moneybird ({amounts}), not here.',
    'reconciliation.explain.booked_from_other_period':
      'Ordered on {orderDay}, a day already locked in Moneybird, so invoiced on {bookedDay}. Counts here in Moneybird ({amounts}); in the shop, in {orderMonth}.',
    'reconciliation.explain.deleted_in_moneybird':
      'Winkelbrug booked this order, but its invoice was deleted in Moneybird afterwards: Moneybird now lacks {amounts}. If it belongs in your books, open the order and choose "Book again"; if deleting it was intended, choose "Do not book again".',
    'reconciliation.explain.cancelled_in_shop':
      'Cancelled in your shop after booking, without a credit order: still counts {where} ({amounts}). Make a credit order in your shop, or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.explain.cancelled_in_shop.partly':
      'Cancelled in your shop after booking and not fully credited yet: {credited} of it is credited already, the rest still counts {where} ({amounts}). Make a credit order for the rest in your shop, or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.explain.cancelled_in_shop.later':
      'Cancelled in your shop after booking and not fully credited yet. Part of it is credited already: {credited}. A credit note counts in Moneybird in the period of its own date; in this period the order still counts ({amounts}). Still to credit: {toCredit}. Make a credit order in your shop for what is not credited yet, or choose "Settled myself" on the order if you already put it right in Moneybird.',
    'reconciliation.explain.cancelled_settled':
      'Cancelled in your shop; you said you settled it in Moneybird yourself. A credit note you made there yourself does not count here: here the order still counts as sold ({amounts}).',
    'reconciliation.explain.other':
      'The booking differs from your shop ({difference}). Open the order and compare the invoice in Moneybird.',
    'reconciliation.explain.other.moved':
      'Moneybird has {moved} turnover excl. VAT on another rate or box than your shop; in total the order is equal. Open the order and compare the invoice in Moneybird.',
    'reconciliation.explain.other.moved.booked':
      'Your books have {moved} turnover excl. VAT on another rate or box than your shop; in total the order is equal. Open the order and compare the invoice in Moneybird.',
    'reconciliation.kinds.title': 'By kind',
    'reconciliation.kinds.line': '{count} × {kind}',
    'reconciliation.kinds.stillBooked': 'Still counted {where}: {amounts}',
    'reconciliation.kinds.countedAsSold': 'Counted here as sold: {amounts}',
    'reconciliation.explanations.title': 'Orders to look at',
    'reconciliation.explanations.none': 'No order differs or needs anything.',
    'reconciliation.explanations.noneToDo': 'No order needs anything from you.',
    'reconciliation.explanations.showSettled': 'Also show the {count} explained orders (nothing to do)',
    'reconciliation.explanations.showSettled.one': 'Also show the explained order (nothing to do)',
    'reconciliation.explanations.hideSettled': 'Hide the explained orders',
    'reconciliation.explanations.order': 'Order {order}',
    'reconciliation.explanations.credit': 'credit',
    'reconciliation.explanations.differences': 'In Moneybird, compared with your shop: {lines}.',
    'reconciliation.explanations.differences.booked': 'In your books, compared with your shop: {lines}.',
    'reconciliation.explanations.lineAt': '{figures} at {rate}',
    'reconciliation.explanations.lineEqual': 'equal',
    'reconciliation.explanations.stillBooked': 'Still counted {where}: {lines}.',
    'reconciliation.explanations.countedAsSold': 'Counted here as sold: {lines}.',
    'reconciliation.explanations.page': '{first}–{last} of {total}',
    'reconciliation.explanations.previous': 'Previous',
    'reconciliation.explanations.next': 'Next',
    'reconciliation.chart.title': 'Turnover excl. VAT per rate and box: in your shop and in your books',
    'reconciliation.chart.title.checked':
      'Turnover excl. VAT per rate and box: in your shop and in Moneybird',
    'reconciliation.chart.summary':
      'Bar chart: per VAT rate and box the turnover excl. VAT in your shop next to that in your books. The table above gives the same amounts.',
    'reconciliation.chart.summary.checked':
      'Bar chart: per VAT rate and box the turnover excl. VAT in your shop next to that in Moneybird. The table above gives the same amounts.',
    'reconciliation.export': 'Export as CSV',
    'reconciliation.exported':
      'The file {file} was made. You find it with your downloads (usually the Downloads folder), or where you saved it yourself.',
    'reconciliation.csv.fileName': 'winkelbrug-vat-per-rate-{period}.csv',
    'reconciliation.csv.kind': 'Kind',
    'reconciliation.csv.kind.rate': 'Rate',
    'reconciliation.csv.kind.total': 'Total',
    'reconciliation.csv.kind.order': 'Order',
    'reconciliation.csv.kind.administration': 'Administration',
    'reconciliation.csv.administration.line':
      'Part of {name} ({read}): only this part belongs in that administration’s VAT return.',
    'reconciliation.csv.administration.total': 'Total of {name} ({read}).',
    'reconciliation.csv.administration.connected': 'connected, as Winkelbrug booked',
    'reconciliation.csv.administration.connectedChecked': 'connected, {checked}',
    'reconciliation.csv.checkedAt': 'read in Moneybird {when}',
    'reconciliation.csv.checkedMonth': '{months} read in Moneybird {when}',
    'reconciliation.csv.notCheckedMonth': '{months} as Winkelbrug booked, not read again',
    'reconciliation.csv.administration.other': 'not connected, as Winkelbrug booked',
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
    'reconciliation.csv.bookedIncl': 'In your books turnover incl. VAT',
    'reconciliation.csv.bookedExcl': 'In your books turnover excl. VAT',
    'reconciliation.csv.bookedVat': 'In your books VAT',
    'reconciliation.csv.diffIncl': 'Difference turnover incl. VAT (your books minus shop)',
    'reconciliation.csv.diffExcl': 'Difference turnover excl. VAT (your books minus shop)',
    'reconciliation.csv.diffVat': 'Difference VAT (your books minus shop)',
    'reconciliation.csv.notChecked':
      'In your books columns: as Winkelbrug booked, not read again in Moneybird. Difference: your books minus shop, so plus is more in your books.',
    'reconciliation.csv.checked':
      'In your books columns: {checked}. Difference: your books minus shop, so plus is more in your books.',
    'reconciliation.csv.notChecked.split':
      'In your books columns: as Winkelbrug booked, all administrations together, not read again in Moneybird. Difference: your books minus shop, so plus is more in your books.',
    'reconciliation.csv.checked.split':
      'In your books columns: all administrations together. Connected administration: {checked}. Other administrations: not checked (not connected), as Winkelbrug booked. Difference: your books minus shop, so plus is more in your books.',
    'reconciliation.csv.checked.split.one':
      'In your books columns: all administrations together. Connected administration: {checked}. Other administration: not checked (not connected), as Winkelbrug booked. Difference: your books minus shop, so plus is more in your books.',
    'reconciliation.unavailable':
      "The month per VAT rate is only there once Winkelbrug's data folder is open. Restart Winkelbrug; if that does not help, look in the log.",
    'reconciliation.check': 'Compare with Moneybird',
    'reconciliation.check.hint':
      'The "In your books" column shows what Winkelbrug booked in Moneybird. Was anything changed or deleted in Moneybird since? Choose "Compare with Moneybird": Winkelbrug reads the invoices of this period again and updates the amounts below. Nothing changes in Moneybird.',
    'reconciliation.check.busy': 'Reading the invoices in Moneybird…',
    'reconciliation.check.notBegun':
      'This period has not begun yet: there is nothing to compare with Moneybird yet.',
    'reconciliation.check.earlier':
      'This period was compared with Moneybird {when}. Has anything changed since? Then compare again.',
    'reconciliation.check.earlier.months':
      'This quarter was compared with Moneybird month by month: {checked}. Has anything changed since? Then compare again.',
    'reconciliation.check.partly':
      'Not everything was compared with Moneybird yet: {checked}. For {unread}, the "In your books" column shows what Winkelbrug booked. Choose "Compare with Moneybird" to check {unread} too; nothing changes in Moneybird.',
    'reconciliation.check.done':
      '{invoices} invoices compared with Moneybird: {changed} changed, {deleted} deleted since booking.',
    'reconciliation.check.done.one':
      '1 invoice compared with Moneybird: {changed} changed, {deleted} deleted since booking.',
    'reconciliation.check.breakdown': 'Those are the invoices of {parts}.',
    'reconciliation.check.part.ofPeriod': '{count} orders of this period',
    'reconciliation.check.part.ofPeriod.one': '1 order of this period',
    'reconciliation.check.part.fromEarlierPeriod': '{count} orders of an earlier period booked in this one',
    'reconciliation.check.part.fromEarlierPeriod.one': '1 order of an earlier period booked in this one',
    'reconciliation.check.part.foreignCurrency': '{count} orders in another currency',
    'reconciliation.check.part.foreignCurrency.one': '1 order in another currency',
    'reconciliation.check.part.foreignCurrencyFromEarlierPeriod':
      '{count} orders in another currency of an earlier period',
    'reconciliation.check.part.foreignCurrencyFromEarlierPeriod.one':
      '1 order in another currency of an earlier period',
    'reconciliation.check.none': 'This period has no booked invoices to compare yet.',
    'reconciliation.check.noneHere':
      'Nothing compared: the connected administration has no bookings of this period.',
    'reconciliation.check.atZero':
      '{count} booked orders of this period are of €0: they hold no turnover or VAT to compare.',
    'reconciliation.check.atZero.one':
      '1 booked order of this period is of €0: it holds no turnover or VAT to compare.',
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
