// Texts of the orders screen and one order's page (issue #12), and what the core says there: why an
// order is not booked, and why a part of the page could not be fetched.
import { defineCatalog } from '../translate';

export const uiOrders = defineCatalog({
  nl: {
    'nav.orders': 'Bestellingen',
    'orderList.title': 'Bestellingen',
    'orderList.intro': 'Elke bestelling die Winkelbrug uit je winkel kent, de nieuwste eerst.',
    'orderList.search': 'Zoeken',
    'orderList.search.placeholder': 'Bestelnummer, naam of e-mailadres',
    'orderList.states': 'Status',
    'orderList.states.all': 'Alle',
    // The chip right after "Geboekt" for the booked orders the shop called off since: a part of them.
    'orderList.states.cancelledOfBooked': 'waarvan geannuleerd in je winkel',
    'orderList.period': 'Besteldatum',
    'orderList.period.from': 'Van',
    'orderList.period.to': 'Tot en met',
    'orderList.period.all': 'Altijd',
    'orderList.period.thisMonth': 'Deze maand',
    'orderList.period.lastMonth': 'Vorige maand',
    'orderList.period.thisYear': 'Dit jaar',
    'orderList.clear': 'Filters wissen',
    'orderList.column.order': 'Bestelling',
    'orderList.column.date': 'Datum',
    'orderList.column.customer': 'Klant',
    'orderList.column.amount': 'Bedrag',
    'orderList.column.state': 'Status',
    'orderList.column.invoice': 'Factuur',
    'orderList.credit': 'creditering van {order}',
    'orderList.noCustomer': 'Onbekend',
    'orderList.range': '{first}–{last} van {total}',
    'orderList.total.one': '1 bestelling',
    'orderList.total.many': '{count} bestellingen',
    'orderList.page': 'Pagina {page} van {pages}',
    'orderList.previous': 'Vorige',
    'orderList.next': 'Volgende',
    'orderList.pageSize': 'Per pagina',
    'orderList.pagination': 'Bladeren door de bestellingen',
    'orderList.loading': 'Bestellingen ophalen…',
    'orderList.empty':
      'Nog geen bestellingen. Zodra Winkelbrug een bestelling uit je winkel ophaalt, staat ze hier.',
    'orderList.noMatch': 'Geen bestellingen gevonden bij deze zoekopdracht en filters.',
    'orderList.noMatch.reversed': 'Pas de periode aan.',
    'orderList.failed': 'De bestellingen konden niet worden opgehaald: {reason}',
    'orderList.dashboardLink': 'Alle bestellingen bekijken',
    'orderState.booked': 'Geboekt',
    'orderState.deleted_in_moneybird': 'Verwijderd in Moneybird',
    'orderState.cancelled_in_shop': 'Geannuleerd in je winkel',
    'orderList.invoiceDeleted': '(verwijderd)',
    'orderState.in_progress': 'Bezig',
    'orderState.parked': 'Wacht op jou',
    'orderState.waiting': 'Wordt opnieuw geprobeerd',
    // Not booked, for whatever reason (a test order, before the start date, cancelled in the shop
    // before it was booked, or skipped by the owner): "Overgeslagen" only where the owner chose it.
    'orderState.skipped': 'Niet geboekt',
    'orderState.not_eligible': 'Wacht op betaling',
    'orderDetail.back': 'Alle bestellingen',
    'orderDetail.title': 'Bestelling {order}',
    'orderDetail.titleCredit': 'Creditorder {order}',
    'orderDetail.loading': 'Bestelling {order} ophalen…',
    'orderDetail.notFound':
      'Winkelbrug kent bestelling {order} niet. Controleer het nummer, of wacht tot de volgende synchronisatie haar ophaalt.',
    'orderDetail.failed': 'Bestelling {order} kon niet worden getoond: {reason}',
    'orderDetail.creditOf': 'Dit is een creditering van bestelling {order}.',
    'orderDetail.bookedAs': 'Geboekt op {time} als factuur {invoice}.',
    'orderDetail.bookedAsDeleted':
      'Geboekt op {time} als factuur {invoice}, die daarna in Moneybird is verwijderd.',
    'orderDetail.bookedAsCredit': 'Geboekt op {time} als creditfactuur {invoice}.',
    'orderDetail.bookedAsCreditDeleted':
      'Geboekt op {time} als creditfactuur {invoice}, die daarna in Moneybird is verwijderd.',
    'orderDetail.booked': 'Geboekt op {time}.',
    // A booking found in Moneybird and taken over: made elsewhere, on its own date; this is the day
    // Winkelbrug took it over, not the day it was booked.
    'orderDetail.adoptedAs':
      'Overgenomen op {time}: factuur {invoice} stond al in Moneybird, dus Winkelbrug heeft de bestelling niet opnieuw geboekt.',
    'orderDetail.adoptedAsCredit':
      'Overgenomen op {time}: creditfactuur {invoice} stond al in Moneybird, dus Winkelbrug heeft de creditering niet opnieuw geboekt.',
    // After the heading of an order booked again at the owner's request: the invoices it was booked
    // on before, deleted in Moneybird, by number (the accountant sees the gap in the numbering).
    'orderDetail.bookedAgain':
      'Op jouw verzoek opnieuw geboekt, omdat factuur {invoice} in Moneybird was verwijderd.',
    'orderDetail.bookedAgain.many':
      'Op jouw verzoek opnieuw geboekt, omdat de facturen {invoices} in Moneybird waren verwijderd.',
    'orderDetail.bookedAgain.unnamed':
      'Op jouw verzoek opnieuw geboekt, omdat de vorige factuur in Moneybird was verwijderd.',
    'orderDetail.bookedAgain.credit':
      'Op jouw verzoek opnieuw geboekt, omdat creditfactuur {invoice} in Moneybird was verwijderd.',
    'orderDetail.bookedAgain.credit.many':
      'Op jouw verzoek opnieuw geboekt, omdat de creditfacturen {invoices} in Moneybird waren verwijderd.',
    'orderDetail.bookedAgain.credit.unnamed':
      'Op jouw verzoek opnieuw geboekt, omdat de vorige creditfactuur in Moneybird was verwijderd.',
    // Booked before the owner switched administration: where the invoice is, beside its number, in
    // the log's order of words (a name may end in a full stop: "B.V.", so it never ends the sentence;
    // in quotes, as every other text names an administration).
    'orderDetail.bookedAsIn':
      'Geboekt op {time} in de administratie "{administration}" als factuur {invoice}.',
    'orderDetail.bookedAsCreditIn':
      'Geboekt op {time} in de administratie "{administration}" als creditfactuur {invoice}.',
    'orderDetail.bookedAsElsewhere':
      'Geboekt op {time} als factuur {invoice} in een andere Moneybird-administratie dan de gekoppelde.',
    'orderDetail.bookedAsCreditElsewhere':
      'Geboekt op {time} als creditfactuur {invoice} in een andere Moneybird-administratie dan de gekoppelde.',
    'orderDetail.why.parked': 'Waarom dit op jou wacht',
    'orderDetail.why.waiting': 'Waarom Winkelbrug het later opnieuw probeert',
    'orderDetail.why.skipped': 'Waarom niet geboekt',
    'orderDetail.why.not_eligible': 'Waarom nog niet geboekt',
    'orderDetail.nextAttempt': 'Winkelbrug probeert het zelf weer om {time}.',
    'orderDetail.fixSetting': 'Instelling aanpassen',
    'orderDetail.adopted':
      'Deze boeking stond al in Moneybird; Winkelbrug heeft die overgenomen in plaats van opnieuw te boeken.',
    'orderDetail.adoptedContactChanged':
      'Het contact op die factuur, {contact}, heeft inmiddels andere gegevens dan de klant in je winkel ({customer}). Bedrag en regels zijn die van deze bestelling. Kijk in Moneybird of het contact klopt.',
    'orderDetail.shop.title': 'In je winkel',
    'orderDetail.shop.creditPositive':
      'Je winkel toont deze creditering met positieve bedragen; in Moneybird en in de lijst met bestellingen staan dezelfde bedragen met een minteken.',
    'orderDetail.shop.unavailable':
      'De winkel is nu niet gekoppeld, dus de bestelling zelf kan niet worden opgehaald. Koppel je winkel opnieuw in Instellingen.',
    'orderDetail.moneybird.title': 'In Moneybird',
    'orderDetail.moneybird.nothing': 'Er staat nog niets van deze bestelling in Moneybird.',
    // Skipped, nothing more is coming ("nog" would promise it). Set aside because the shop called it
    // off, nothing of it is in Moneybird; skipped otherwise, the owner may have booked it by hand.
    'orderDetail.moneybird.nothingSetAside': 'Er staat niets van deze bestelling in Moneybird.',
    'orderDetail.moneybird.nothingSkipped':
      'Winkelbrug heeft niets van deze bestelling in Moneybird geboekt.',
    'orderDetail.moneybird.elsewhere':
      'In de gekoppelde administratie staat nog niets van deze bestelling, maar in een andere van je Moneybird-administraties wel. Hierboven lees je waar en wat je kunt doen.',
    // The invoice in another administration the order is parked over, named where it is.
    'orderDetail.moneybird.elsewhereIn':
      'In de gekoppelde administratie staat nog niets van deze bestelling, maar in de administratie "{administration}" wel: {invoice}. Hierboven lees je wat je kunt doen.',
    'orderDetail.moneybird.elsewhereNotOursIn':
      'In de gekoppelde administratie staat nog niets van deze bestelling. In de administratie "{administration}" staat {invoice} met dezelfde referentie. Hierboven lees je waarom Winkelbrug die niet als boeking van deze bestelling neemt, en wat je kunt doen.',
    'orderDetail.moneybird.elsewhereGone':
      'In de gekoppelde administratie staat nog niets van deze bestelling, en de factuur waar het hierboven over gaat, staat niet meer in de administratie "{administration}". Kies "Opnieuw proberen": dan boekt Winkelbrug de bestelling in de gekoppelde administratie.',
    'orderDetail.moneybird.elsewhereGoneUnnamed':
      'In de gekoppelde administratie staat nog niets van deze bestelling, en de factuur waar het hierboven over gaat, staat niet meer in de andere administratie. Kies "Opnieuw proberen": dan boekt Winkelbrug de bestelling in de gekoppelde administratie.',
    'orderDetail.elsewhere.invoice': 'factuur {number}',
    'orderDetail.elsewhere.invoiceState': 'factuur {number} ({state})',
    'orderDetail.elsewhere.draft': 'een concept, nog zonder nummer',
    'orderDetail.elsewhere.unread': 'een factuur',
    'orderDetail.openInvoiceIn': 'Factuur {invoice} openen in "{administration}"',
    'orderDetail.openDraftIn': 'Concept openen in "{administration}"',
    'orderDetail.moneybird.underReference':
      'Deze factuur staat in Moneybird onder de referentie van deze bestelling, maar Winkelbrug heeft hem niet als boeking ervan overgenomen. Hierboven lees je waarom en wat je kunt doen; hieronder zie je wat er op de factuur staat.',
    'orderDetail.moneybird.notOurs':
      'In Moneybird staat een factuur met de referentie van deze bestelling, maar Winkelbrug neemt die niet zomaar over als de boeking ervan. Hierboven lees je waarom en wat je kunt doen.',
    'orderDetail.steps.title': 'Stappen',
    'orderDetail.steps.earlierUnknown':
      'Eerdere stappen zijn niet bewaard: deze bestelling is verwerkt door een oudere versie van Winkelbrug.',
    'orderDetail.customer': 'Klant',
    'orderDetail.email': 'E-mail',
    'orderDetail.address': 'Adres',
    'orderDetail.vatNumber': 'Btw-nummer',
    'orderDetail.date': 'Datum',
    'orderDetail.payment': 'Betaling',
    'orderDetail.payment.unknown': 'Niet bekend',
    // The payment as Winkelbrug judged it for booking, and the shop's own words only where they differ.
    'orderDetail.payment.state.paid': 'Betaald',
    'orderDetail.payment.state.authorized': 'Goedgekeurd, nog niet binnen',
    'orderDetail.payment.state.zero_total': 'Niet nodig: het totaal is nul',
    'orderDetail.payment.state.refunded': 'Terugbetaald',
    'orderDetail.payment.state.failed': 'Niet betaald',
    'orderDetail.payment.state.unpaid': 'Nog niet betaald',
    'orderDetail.payment.shopSays': '{state} (winkel: {shop})',
    // A credit order: the refund booked on its credit invoice, or that none is yet.
    'orderDetail.payment.refund': 'Terugbetaling {amount} op {date}',
    'orderDetail.payment.noRefund': 'Nog geen terugbetaling geboekt',
    'orderDetail.lines': 'Regels',
    'orderDetail.line.description': 'Omschrijving',
    'orderDetail.line.quantity': 'Aantal',
    'orderDetail.line.vat': 'Btw',
    'orderDetail.line.unitPriceIncl': 'Prijs per stuk incl. btw',
    'orderDetail.line.unitPriceExcl': 'Prijs per stuk excl. btw',
    'orderDetail.line.amountIncl': 'Bedrag incl. btw',
    'orderDetail.line.amountExcl': 'Bedrag excl. btw',
    'orderDetail.line.taxRate': 'Btw-tarief: {taxRate}',
    'orderDetail.line.ledger': 'Grootboekrekening: {ledger}',
    'orderDetail.line.nameAndMore': '{name} · {more}',
    'orderDetail.line.box': 'rubriek {box}',
    'orderDetail.vat': 'Btw per tarief',
    'orderDetail.vat.rate': 'Tarief',
    'orderDetail.vat.taxable': 'Omzet excl. btw',
    'orderDetail.vat.amount': 'Btw',
    'orderDetail.total': 'Totaal incl. btw',
    'orderDetail.totalExcl': 'Totaal excl. btw',
    'orderDetail.invoice': 'Factuur',
    'orderDetail.invoice.draft': 'concept, nog zonder nummer',
    'orderDetail.invoice.kind.sales_invoice': 'Verkoopfactuur',
    'orderDetail.invoice.kind.external_invoice': 'Externe factuur',
    'orderDetail.invoice.creditKind.sales_invoice': 'Creditfactuur',
    'orderDetail.invoice.creditKind.external_invoice': 'Externe creditfactuur',
    'orderDetail.invoice.state': 'Status in Moneybird',
    'orderDetail.contact': 'Contact',
    'orderDetail.payments': 'Betalingen',
    'orderDetail.payments.none': 'Nog geen betaling geregistreerd.',
    'orderDetail.payment.transaction': 'transactie {id}',
    'orderDetail.openInvoice': 'Factuur openen in Moneybird',
    'orderDetail.openContact': 'Contact openen in Moneybird',
    'orderDetail.openContactIn': 'Contact openen in "{administration}"',
    'orderDetail.opensElsewhere': '(opent in je browser)',
    'orderDetail.retried': 'Bestelling {order} staat weer in de wachtrij.',
    'orderDetail.bookingAgain':
      'Bestelling {order} wordt opnieuw geboekt. Deze pagina ververst zodra dat klaar is.',
    'orderDetail.deleted.title': 'Factuur verwijderd in Moneybird',
    'orderDetail.deleted.explain':
      'De omzet en btw van deze bestelling staan daardoor niet meer in je boeken. Hoort de bestelling daar wel in, kies dan Opnieuw boeken: Winkelbrug maakt de factuur opnieuw, met de betaling erbij. Was verwijderen de bedoeling, kies dan Niet opnieuw boeken: de bestelling blijft buiten je boeken en wacht niet meer op jou.',
    'orderDetail.deleted.confirm':
      'Winkelbrug kijkt eerst of Moneybird al een factuur met referentie {reference} heeft, bijvoorbeeld een die je zelf opnieuw maakte, en neemt die dan over. Anders maakt het een nieuwe factuur. Bestelling {order} opnieuw boeken?',
    'orderDetail.deleted.confirmYes': 'Ja, opnieuw boeken',
    'orderDetail.deleted.cancel': 'Annuleren',
    'orderDetail.cancelled.title': 'Geannuleerd in je winkel',
    'orderDetail.cancelled.explain':
      'Op {when} is deze bestelling in je winkel op "{status}" gezet, maar factuur {invoice} staat in Moneybird nog als omzet.',
    'orderDetail.cancelled.explainNoNumber':
      'Op {when} is deze bestelling in je winkel op "{status}" gezet, maar de factuur staat in Moneybird nog als omzet.',
    'orderDetail.cancelled.noGuess':
      'Winkelbrug crediteert niet op de gok: alleen jij weet of en hoeveel je terugbetaalt.',
    'orderDetail.cancelled.when': '{date} om {time}',
    // Every amount named with what it holds: incl. VAT, or the turnover excl. VAT and the VAT apart.
    'orderDetail.cancelled.partly':
      'Daarvan is al {credited} incl. btw gecrediteerd met {credits}. Nog in je boeken: {rest} incl. btw.',
    'orderDetail.cancelled.partlySplit':
      'Daarvan is al {credited} incl. btw gecrediteerd met {credits}. Nog in je boeken: {rest} incl. btw ({restExcl} omzet excl. btw en {restVat} btw).',
    'orderDetail.cancelled.partlyNoRest': 'Daarvan is al {credited} incl. btw gecrediteerd met {credits}.',
    'orderDetail.cancelled.credit': 'creditorder {order} (creditfactuur {invoice})',
    'orderDetail.cancelled.creditNoNumber': 'creditorder {order}',
    'orderDetail.cancelled.creditsUnknown': 'creditorders uit je winkel',
    'orderDetail.cancelled.todo': 'Wat je kunt doen:',
    'orderDetail.cancelled.creditOrder':
      'Maak in je winkel een creditorder voor deze bestelling. Winkelbrug boekt die als creditfactuur bij deze factuur; daarna verdwijnt deze melding vanzelf.',
    'orderDetail.cancelled.creditRest':
      'Maak in je winkel een creditorder voor de rest ({rest} incl. btw). Winkelbrug boekt die als creditfactuur bij deze factuur; daarna verdwijnt deze melding vanzelf.',
    'orderDetail.cancelled.creditRestUnknown':
      'Maak in je winkel een creditorder voor de rest van deze bestelling. Winkelbrug boekt die als creditfactuur bij deze factuur; daarna verdwijnt deze melding vanzelf.',
    'orderDetail.cancelled.settledMyself':
      'Heb je het al zelf in Moneybird rechtgezet? Kies dan "Zelf geregeld". Maakt je winkel daarna toch nog een creditorder voor deze bestelling, dan vraagt Winkelbrug je eerst of die erbij hoort.',
    'orderDetail.cancelled.settle': 'Zelf geregeld',
    'orderDetail.cancelled.settled':
      'Genoteerd: je hebt de annulering van bestelling {order} zelf in Moneybird geregeld.',
    'orders.cancelled.title': 'Bestellingen geannuleerd in je winkel',
    'orders.cancelled.title.one': 'Bestelling geannuleerd in je winkel',
    'orders.cancelled.one':
      '1 geboekte bestelling is daarna in je winkel geannuleerd. In Moneybird staat ze nog als omzet. Maak in je winkel een creditorder voor de bestelling, of kies bij de bestelling "Zelf geregeld" als je het al in Moneybird hebt rechtgezet.',
    'orders.cancelled.many':
      '{count} geboekte bestellingen zijn daarna in je winkel geannuleerd. In Moneybird staan ze nog als omzet. Maak in je winkel per bestelling een creditorder, of kies bij de bestelling "Zelf geregeld" als je het al in Moneybird hebt rechtgezet.',
    'orders.cancelled.show': 'Bekijk deze bestellingen',
    'orders.cancelled.showOne': 'Bekijk deze bestelling',
    'invoiceState.draft': 'Concept',
    'invoiceState.open': 'Openstaand',
    'invoiceState.scheduled': 'Ingepland',
    'invoiceState.pending_payment': 'Wacht op betaling',
    'invoiceState.reminded': 'Herinnerd',
    'invoiceState.late': 'Te laat',
    'invoiceState.paid': 'Betaald',
    'invoiceState.uncollectible': 'Oninbaar',
    // The shop's payment status, as Mijnwebwinkel names it (its own Dutch words).
    'paymentStatus.successful': 'Succesvol',
    'paymentStatus.pending': 'In afwachting',
    'paymentStatus.failed': 'Mislukt',
    'paymentStatus.cancelled': 'Geannuleerd',
    'paymentStatus.refunded': 'Terugbetaald',
    'paymentStatus.unknown': 'Onbekend',
    'orderStep.discovered': 'Gevonden in je winkel',
    'orderStep.pending': 'Klaar om te boeken',
    // A booked order the owner had booked again, its invoice deleted in Moneybird: the moment they
    // asked, with the deleted invoice's number where the journal kept it.
    'orderStep.bookAgain': 'Opnieuw boeken op jouw verzoek: de factuur was verwijderd in Moneybird',
    'orderStep.bookAgain.named':
      'Opnieuw boeken op jouw verzoek: factuur {invoice} was verwijderd in Moneybird',
    'orderStep.bookAgain.credit':
      'Opnieuw boeken op jouw verzoek: de creditfactuur was verwijderd in Moneybird',
    'orderStep.bookAgain.credit.named':
      'Opnieuw boeken op jouw verzoek: creditfactuur {invoice} was verwijderd in Moneybird',
    // … or left out of the books at their request ("Niet opnieuw boeken").
    'orderStep.leaveDeleted': 'Niet opnieuw boeken op jouw verzoek: de factuur was verwijderd in Moneybird',
    'orderStep.leaveDeleted.named':
      'Niet opnieuw boeken op jouw verzoek: factuur {invoice} was verwijderd in Moneybird',
    'orderStep.leaveDeleted.credit':
      'Niet opnieuw boeken op jouw verzoek: de creditfactuur was verwijderd in Moneybird',
    'orderStep.leaveDeleted.credit.named':
      'Niet opnieuw boeken op jouw verzoek: creditfactuur {invoice} was verwijderd in Moneybird',
    // For bookings made before the journal kept which of the two it was.
    'orderStep.contact_ok': 'Klant gevonden of toegevoegd in Moneybird',
    'orderStep.contact_ok.found': 'Klant gevonden in Moneybird',
    'orderStep.contact_ok.updated': 'Klant gevonden in Moneybird, gegevens bijgewerkt',
    'orderStep.contact_ok.added': 'Klant toegevoegd aan Moneybird',
    // {name}: the contact's name as Moneybird holds it (bookkeeping's `contact.without_email`, in the
    // invoices' language): the owner finds it by that name.
    'orderStep.contact_ok.shared':
      'Klant zonder e-mailadres: geboekt op het verzamelcontact "{name}" in Moneybird',
    'orderStep.invoice_created': 'Factuur aangemaakt',
    'orderStep.invoice_created.credit': 'Creditfactuur aangemaakt',
    'orderStep.totals_ok': 'Bedragen vergeleken met je winkel: ze kloppen',
    'orderStep.sent':
      'Factuur definitief gemaakt en genummerd in Moneybird; Winkelbrug mailt hem niet naar de klant',
    'orderStep.sent.credit':
      'Creditfactuur definitief gemaakt en genummerd in Moneybird; Winkelbrug mailt hem niet naar de klant',
    'orderStep.paid': 'Betaling geregistreerd',
    'orderStep.paid.credit': 'Terugbetaling geregistreerd',
    'orderStep.paid.zero': 'Geen betaling nodig: het totaal is nul',
    'orderStep.done': 'Geboekt',
    // The steps a take-over recorded at once from a booking found in Moneybird.
    'orderStep.contact_ok.takenOver': 'Contact van de factuur in Moneybird overgenomen',
    'orderStep.invoice_created.takenOver': 'Factuur gevonden in Moneybird en overgenomen',
    'orderStep.invoice_created.takenOver.credit': 'Creditfactuur gevonden in Moneybird en overgenomen',
    'orderStep.sent.takenOver': 'Factuur stond al definitief en genummerd in Moneybird',
    'orderStep.sent.takenOver.credit': 'Creditfactuur stond al definitief en genummerd in Moneybird',
    'orderStep.paid.takenOver': 'Betaling stond al in Moneybird',
    'orderStep.paid.takenOver.credit': 'Terugbetaling stond al in Moneybird',
    'orderStep.parked': 'Wacht op jou',
    'orderStep.skipped': 'Niet geboekt',
    // The owner's "Overslaan".
    'orderStep.skipped.byOwner': 'Overgeslagen (jouw keuze)',
    'orderStep.waiting_transient': 'Wordt opnieuw geprobeerd',
    // Beside the journal's states: the shop calling the booked order off, and the owner's own choice.
    'orderStep.cancelled_in_shop': 'Geannuleerd in je winkel',
    'orderStep.cancellation_settled': 'Zelf geregeld in Moneybird (jouw keuze)',
    'orderStep.deleted_in_moneybird': 'Gezien dat de factuur in Moneybird is verwijderd',
    // A credit order of this order booked: which, and whether it credits the whole order (so far).
    'orderStep.credited': 'Gecrediteerd met creditorder {order}',
    'orderStep.credited.named': 'Gecrediteerd met creditorder {order} (creditfactuur {invoice})',
    'orderStep.credited.partly': 'Deels gecrediteerd met creditorder {order}',
    'orderStep.credited.partly.named': 'Deels gecrediteerd met creditorder {order} (creditfactuur {invoice})',
    'orderCore.unpaid': 'Nog niet betaald: Winkelbrug boekt deze bestelling zodra de betaling binnen is.',
    'orderCore.shop.failed': 'De bestelling kon niet uit je winkel worden opgehaald: {reason}',
    'orderCore.shop.unreadable':
      'Je winkel gaf deze bestelling terug in een vorm die Winkelbrug niet kan lezen ({field}). Bekijk haar in het beheer van je winkel.',
    'orderCore.moneybird.failed': 'De factuur kon niet uit Moneybird worden opgehaald: {reason}',
    'orderCore.moneybird.underReferenceGone':
      'De factuur die onder de referentie van deze bestelling stond, is niet meer in Moneybird. Kies "Opnieuw proberen": dan boekt Winkelbrug de bestelling.',
    'orderCore.moneybird.gone':
      'De factuur staat niet meer in Moneybird (verwijderd?). Kies Opnieuw proberen om de bestelling opnieuw te laten boeken.',
    // The heading and the box above it say which invoice and what to do: here only that it is gone.
    'orderCore.moneybird.goneBooked': 'Geen factuur meer: verwijderd, zie hierboven.',
    'orderCore.moneybird.otherAdministration':
      'De factuur van deze bestelling staat in een andere Moneybird-administratie dan de gekoppelde: hij is geboekt voordat je van administratie wisselde. Winkelbrug laat hem daar staan en boekt hem niet opnieuw; de link opent hem in die administratie.',
    'orderCore.moneybird.otherAdministrationNamed':
      'De factuur van deze bestelling staat in een andere Moneybird-administratie, "{administration}", waar hij is geboekt voordat je overstapte naar "{current}". Winkelbrug laat hem daar staan en boekt hem niet opnieuw; de link opent hem in "{administration}".',
    'orderCore.moneybird.unavailable':
      'Moneybird is nu niet gekoppeld, dus de factuur kan niet worden opgehaald. Koppel Moneybird opnieuw in Instellingen.',
  },
  en: {
    'nav.orders': 'Orders',
    'orderList.title': 'Orders',
    'orderList.intro': 'Every order Winkelbrug knows from your shop, newest first.',
    'orderList.search': 'Search',
    'orderList.search.placeholder': 'Order number, name or e-mail address',
    'orderList.states': 'State',
    'orderList.states.all': 'All',
    'orderList.states.cancelledOfBooked': 'of which cancelled in your shop',
    'orderList.period': 'Order date',
    'orderList.period.from': 'From',
    'orderList.period.to': 'Up to and including',
    'orderList.period.all': 'Any time',
    'orderList.period.thisMonth': 'This month',
    'orderList.period.lastMonth': 'Last month',
    'orderList.period.thisYear': 'This year',
    'orderList.clear': 'Clear filters',
    'orderList.column.order': 'Order',
    'orderList.column.date': 'Date',
    'orderList.column.customer': 'Customer',
    'orderList.column.amount': 'Amount',
    'orderList.column.state': 'State',
    'orderList.column.invoice': 'Invoice',
    'orderList.credit': 'credit of {order}',
    'orderList.noCustomer': 'Unknown',
    'orderList.range': '{first}–{last} of {total}',
    'orderList.total.one': '1 order',
    'orderList.total.many': '{count} orders',
    'orderList.page': 'Page {page} of {pages}',
    'orderList.previous': 'Previous',
    'orderList.next': 'Next',
    'orderList.pageSize': 'Per page',
    'orderList.pagination': 'Browse the orders',
    'orderList.loading': 'Fetching orders…',
    'orderList.empty': 'No orders yet. As soon as Winkelbrug fetches an order from your shop, it shows here.',
    'orderList.noMatch': 'No orders match this search and these filters.',
    'orderList.noMatch.reversed': 'Adjust the period.',
    'orderList.failed': 'The orders could not be fetched: {reason}',
    'orderList.dashboardLink': 'See all orders',
    'orderState.booked': 'Booked',
    'orderState.deleted_in_moneybird': 'Deleted in Moneybird',
    'orderState.cancelled_in_shop': 'Cancelled in your shop',
    'orderList.invoiceDeleted': '(deleted)',
    'orderState.in_progress': 'In progress',
    'orderState.parked': 'Needs you',
    'orderState.waiting': 'Will be retried',
    'orderState.skipped': 'Not booked',
    'orderState.not_eligible': 'Awaiting payment',
    'orderDetail.back': 'All orders',
    'orderDetail.title': 'Order {order}',
    'orderDetail.titleCredit': 'Credit order {order}',
    'orderDetail.loading': 'Fetching order {order}…',
    'orderDetail.notFound':
      'Winkelbrug does not know order {order}. Check the number, or wait for the next sync to fetch it.',
    'orderDetail.failed': 'Order {order} could not be shown: {reason}',
    'orderDetail.creditOf': 'This is a credit of order {order}.',
    'orderDetail.bookedAs': 'Booked on {time} as invoice {invoice}.',
    'orderDetail.bookedAsDeleted':
      'Booked on {time} as invoice {invoice}, which was deleted in Moneybird afterwards.',
    'orderDetail.bookedAsCredit': 'Booked on {time} as credit invoice {invoice}.',
    'orderDetail.bookedAsCreditDeleted':
      'Booked on {time} as credit invoice {invoice}, which was deleted in Moneybird afterwards.',
    'orderDetail.booked': 'Booked on {time}.',
    'orderDetail.adoptedAs':
      'Taken over on {time}: invoice {invoice} was already in Moneybird, so Winkelbrug did not book the order again.',
    'orderDetail.adoptedAsCredit':
      'Taken over on {time}: credit invoice {invoice} was already in Moneybird, so Winkelbrug did not book the credit again.',
    'orderDetail.bookedAgain':
      'Booked again at your request, because invoice {invoice} had been deleted in Moneybird.',
    'orderDetail.bookedAgain.many':
      'Booked again at your request, because invoices {invoices} had been deleted in Moneybird.',
    'orderDetail.bookedAgain.unnamed':
      'Booked again at your request, because the earlier invoice had been deleted in Moneybird.',
    'orderDetail.bookedAgain.credit':
      'Booked again at your request, because credit invoice {invoice} had been deleted in Moneybird.',
    'orderDetail.bookedAgain.credit.many':
      'Booked again at your request, because credit invoices {invoices} had been deleted in Moneybird.',
    'orderDetail.bookedAgain.credit.unnamed':
      'Booked again at your request, because the earlier credit invoice had been deleted in Moneybird.',
    'orderDetail.bookedAsIn':
      'Booked on {time} in the administration "{administration}" as invoice {invoice}.',
    'orderDetail.bookedAsCreditIn':
      'Booked on {time} in the administration "{administration}" as credit invoice {invoice}.',
    'orderDetail.bookedAsElsewhere':
      'Booked on {time} as invoice {invoice} in another Moneybird administration than the connected one.',
    'orderDetail.bookedAsCreditElsewhere':
      'Booked on {time} as credit invoice {invoice} in another Moneybird administration than the connected one.',
    'orderDetail.why.parked': 'Why this needs you',
    'orderDetail.why.waiting': 'Why Winkelbrug tries again later',
    'orderDetail.why.skipped': 'Why it was not booked',
    'orderDetail.why.not_eligible': 'Why it is not booked yet',
    'orderDetail.nextAttempt': 'Winkelbrug tries again by itself at {time}.',
    'orderDetail.fixSetting': 'Change the setting',
    'orderDetail.adopted':
      'This booking was already in Moneybird; Winkelbrug took it over instead of booking it again.',
    'orderDetail.adoptedContactChanged':
      "The contact on that invoice, {contact}, now has other details than the customer in your shop ({customer}). The amount and the lines are this order's. Check in Moneybird that the contact is right.",
    'orderDetail.shop.title': 'In your shop',
    'orderDetail.shop.creditPositive':
      'Your shop shows this credit with positive amounts; in Moneybird and in the list of orders the same amounts have a minus sign.',
    'orderDetail.shop.unavailable':
      'The shop is not connected now, so the order itself cannot be fetched. Connect your shop again in Settings.',
    'orderDetail.moneybird.title': 'In Moneybird',
    'orderDetail.moneybird.nothing': 'Nothing of this order is in Moneybird yet.',
    'orderDetail.moneybird.nothingSetAside': 'Nothing of this order is in Moneybird.',
    'orderDetail.moneybird.nothingSkipped': 'Winkelbrug has booked nothing of this order in Moneybird.',
    'orderDetail.moneybird.elsewhere':
      'Nothing of this order is in the connected administration yet, but it is in another of your Moneybird administrations. Above you can read where, and what you can do.',
    'orderDetail.moneybird.elsewhereIn':
      'Nothing of this order is in the connected administration yet, but it is in the administration "{administration}": {invoice}. Above you can read what you can do.',
    'orderDetail.moneybird.elsewhereNotOursIn':
      'Nothing of this order is in the connected administration yet. The administration "{administration}" holds {invoice} with the same reference. Above you can read why Winkelbrug does not take it as this order’s booking, and what you can do.',
    'orderDetail.moneybird.elsewhereGone':
      'Nothing of this order is in the connected administration yet, and the invoice the text above is about is no longer in the administration "{administration}". Choose "Retry": Winkelbrug then books the order in the connected administration.',
    'orderDetail.moneybird.elsewhereGoneUnnamed':
      'Nothing of this order is in the connected administration yet, and the invoice the text above is about is no longer in the other administration. Choose "Retry": Winkelbrug then books the order in the connected administration.',
    'orderDetail.elsewhere.invoice': 'invoice {number}',
    'orderDetail.elsewhere.invoiceState': 'invoice {number} ({state})',
    'orderDetail.elsewhere.draft': 'a draft, not numbered yet',
    'orderDetail.elsewhere.unread': 'an invoice',
    'orderDetail.openInvoiceIn': 'Open invoice {invoice} in "{administration}"',
    'orderDetail.openDraftIn': 'Open the draft in "{administration}"',
    'orderDetail.moneybird.underReference':
      "This invoice is in Moneybird under this order's reference, but Winkelbrug has not taken it over as the order's booking. Above you can read why and what you can do; below you see what is on the invoice.",
    'orderDetail.moneybird.notOurs':
      "Moneybird holds an invoice with this order's reference, but Winkelbrug does not simply take it over as this order's booking. Above you can read why and what you can do.",
    'orderDetail.steps.title': 'Steps',
    'orderDetail.steps.earlierUnknown':
      'Earlier steps were not kept: this order was handled by an older version of Winkelbrug.',
    'orderDetail.customer': 'Customer',
    'orderDetail.email': 'E-mail',
    'orderDetail.address': 'Address',
    'orderDetail.vatNumber': 'VAT number',
    'orderDetail.date': 'Date',
    'orderDetail.payment': 'Payment',
    'orderDetail.payment.unknown': 'Not known',
    'orderDetail.payment.state.paid': 'Paid',
    'orderDetail.payment.state.authorized': 'Approved, not collected yet',
    'orderDetail.payment.state.zero_total': 'Not needed: the total is zero',
    'orderDetail.payment.state.refunded': 'Refunded',
    'orderDetail.payment.state.failed': 'Not paid',
    'orderDetail.payment.state.unpaid': 'Not paid yet',
    'orderDetail.payment.shopSays': '{state} (shop: {shop})',
    'orderDetail.payment.refund': 'Refund of {amount} on {date}',
    'orderDetail.payment.noRefund': 'No refund booked yet',
    'orderDetail.lines': 'Lines',
    'orderDetail.line.description': 'Description',
    'orderDetail.line.quantity': 'Quantity',
    'orderDetail.line.vat': 'VAT',
    'orderDetail.line.unitPriceIncl': 'Price per item incl. VAT',
    'orderDetail.line.unitPriceExcl': 'Price per item excl. VAT',
    'orderDetail.line.amountIncl': 'Amount incl. VAT',
    'orderDetail.line.amountExcl': 'Amount excl. VAT',
    'orderDetail.line.taxRate': 'Tax rate: {taxRate}',
    'orderDetail.line.ledger': 'Ledger account: {ledger}',
    'orderDetail.line.nameAndMore': '{name} · {more}',
    'orderDetail.line.box': 'box {box}',
    'orderDetail.vat': 'VAT per rate',
    'orderDetail.vat.rate': 'Rate',
    'orderDetail.vat.taxable': 'Turnover excl. VAT',
    'orderDetail.vat.amount': 'VAT',
    'orderDetail.total': 'Total incl. VAT',
    'orderDetail.totalExcl': 'Total excl. VAT',
    'orderDetail.invoice': 'Invoice',
    'orderDetail.invoice.draft': 'draft, not numbered yet',
    'orderDetail.invoice.kind.sales_invoice': 'Sales invoice',
    'orderDetail.invoice.kind.external_invoice': 'External invoice',
    'orderDetail.invoice.creditKind.sales_invoice': 'Credit invoice',
    'orderDetail.invoice.creditKind.external_invoice': 'External credit invoice',
    'orderDetail.invoice.state': 'State in Moneybird',
    'orderDetail.contact': 'Contact',
    'orderDetail.payments': 'Payments',
    'orderDetail.payments.none': 'No payment registered yet.',
    'orderDetail.payment.transaction': 'transaction {id}',
    'orderDetail.openInvoice': 'Open the invoice in Moneybird',
    'orderDetail.openContact': 'Open the contact in Moneybird',
    'orderDetail.openContactIn': 'Open the contact in "{administration}"',
    'orderDetail.opensElsewhere': '(opens in your browser)',
    'orderDetail.retried': 'Order {order} is queued again.',
    'orderDetail.bookingAgain': 'Order {order} is being booked again. This page refreshes once that is done.',
    'orderDetail.deleted.title': 'Invoice deleted in Moneybird',
    'orderDetail.deleted.explain':
      'The order’s revenue and VAT are therefore no longer in your books. If the order belongs there, choose Book again: Winkelbrug makes the invoice again, with its payment. If deleting it was intended, choose Do not book again: the order stays out of your books and no longer needs you.',
    'orderDetail.deleted.confirm':
      'Winkelbrug first checks whether Moneybird already has an invoice with reference {reference}, one you made again yourself for instance, and takes that over. Otherwise it makes a new invoice. Book order {order} again?',
    'orderDetail.deleted.confirmYes': 'Yes, book again',
    'orderDetail.deleted.cancel': 'Cancel',
    'orderDetail.cancelled.title': 'Cancelled in your shop',
    'orderDetail.cancelled.explain':
      'On {when} this order was set to "{status}" in your shop, but invoice {invoice} is still in Moneybird as revenue.',
    'orderDetail.cancelled.explainNoNumber':
      'On {when} this order was set to "{status}" in your shop, but its invoice is still in Moneybird as revenue.',
    'orderDetail.cancelled.noGuess':
      'Winkelbrug does not credit on a guess: only you know whether, and how much, you refund.',
    'orderDetail.cancelled.when': '{date} at {time}',
    'orderDetail.cancelled.partly':
      '{credited} incl. VAT of it is credited already, by {credits}. Still in your books: {rest} incl. VAT.',
    'orderDetail.cancelled.partlySplit':
      '{credited} incl. VAT of it is credited already, by {credits}. Still in your books: {rest} incl. VAT ({restExcl} revenue excl. VAT and {restVat} VAT).',
    'orderDetail.cancelled.partlyNoRest': '{credited} incl. VAT of it is credited already, by {credits}.',
    'orderDetail.cancelled.credit': 'credit order {order} (credit invoice {invoice})',
    'orderDetail.cancelled.creditNoNumber': 'credit order {order}',
    'orderDetail.cancelled.creditsUnknown': 'credit orders from your shop',
    'orderDetail.cancelled.todo': 'What you can do:',
    'orderDetail.cancelled.creditOrder':
      'Make a credit order for this order in your shop. Winkelbrug books it as a credit note against this invoice; this notice then goes by itself.',
    'orderDetail.cancelled.creditRest':
      'Make a credit order for the rest ({rest} incl. VAT) in your shop. Winkelbrug books it as a credit note against this invoice; this notice then goes by itself.',
    'orderDetail.cancelled.creditRestUnknown':
      'Make a credit order for the rest of this order in your shop. Winkelbrug books it as a credit note against this invoice; this notice then goes by itself.',
    'orderDetail.cancelled.settledMyself':
      'Already corrected it in Moneybird yourself? Then choose "Settled myself". If your shop still makes a credit order for this order afterwards, Winkelbrug asks you first whether it belongs.',
    'orderDetail.cancelled.settle': 'Settled myself',
    'orderDetail.cancelled.settled':
      'Noted: you settled the cancellation of order {order} in Moneybird yourself.',
    'orders.cancelled.title': 'Orders cancelled in your shop',
    'orders.cancelled.title.one': 'Order cancelled in your shop',
    'orders.cancelled.one':
      '1 booked order was cancelled in your shop afterwards. Moneybird still has it as revenue. Make a credit order for it in your shop, or choose "Settled myself" on the order if you already corrected it in Moneybird.',
    'orders.cancelled.many':
      '{count} booked orders were cancelled in your shop afterwards. Moneybird still has them as revenue. Make a credit order for each in your shop, or choose "Settled myself" on the order if you already corrected it in Moneybird.',
    'orders.cancelled.show': 'Show these orders',
    'orders.cancelled.showOne': 'Show this order',
    'invoiceState.draft': 'Draft',
    'invoiceState.open': 'Open',
    'invoiceState.scheduled': 'Scheduled',
    'invoiceState.pending_payment': 'Pending payment',
    'invoiceState.reminded': 'Reminded',
    'invoiceState.late': 'Late',
    'invoiceState.paid': 'Paid',
    'invoiceState.uncollectible': 'Uncollectible',
    'paymentStatus.successful': 'Successful',
    'paymentStatus.pending': 'Pending',
    'paymentStatus.failed': 'Failed',
    'paymentStatus.cancelled': 'Cancelled',
    'paymentStatus.refunded': 'Refunded',
    'paymentStatus.unknown': 'Unknown',
    'orderStep.discovered': 'Found in your shop',
    'orderStep.pending': 'Ready to book',
    'orderStep.bookAgain': 'Book again at your request: the invoice had been deleted in Moneybird',
    'orderStep.bookAgain.named':
      'Book again at your request: invoice {invoice} had been deleted in Moneybird',
    'orderStep.bookAgain.credit':
      'Book again at your request: the credit invoice had been deleted in Moneybird',
    'orderStep.bookAgain.credit.named':
      'Book again at your request: credit invoice {invoice} had been deleted in Moneybird',
    'orderStep.leaveDeleted': 'Not booked again, at your request: the invoice had been deleted in Moneybird',
    'orderStep.leaveDeleted.named':
      'Not booked again, at your request: invoice {invoice} had been deleted in Moneybird',
    'orderStep.leaveDeleted.credit':
      'Not booked again, at your request: the credit invoice had been deleted in Moneybird',
    'orderStep.leaveDeleted.credit.named':
      'Not booked again, at your request: credit invoice {invoice} had been deleted in Moneybird',
    'orderStep.contact_ok': 'Customer found or added in Moneybird',
    'orderStep.contact_ok.found': 'Customer found in Moneybird',
    'orderStep.contact_ok.updated': 'Customer found in Moneybird, details updated',
    'orderStep.contact_ok.added': 'Customer added to Moneybird',
    'orderStep.contact_ok.shared':
      'Customer without e-mail address: booked on the shared contact "{name}" in Moneybird',
    'orderStep.invoice_created': 'Invoice created',
    'orderStep.invoice_created.credit': 'Credit invoice created',
    'orderStep.totals_ok': 'Amounts compared with your shop: they match',
    'orderStep.sent':
      'Invoice made final and numbered in Moneybird; Winkelbrug does not e-mail it to the customer',
    'orderStep.sent.credit':
      'Credit invoice made final and numbered in Moneybird; Winkelbrug does not e-mail it to the customer',
    'orderStep.paid': 'Payment registered',
    'orderStep.paid.credit': 'Refund registered',
    'orderStep.paid.zero': 'No payment needed: the total is zero',
    'orderStep.done': 'Booked',
    'orderStep.contact_ok.takenOver': "The invoice's contact in Moneybird taken over",
    'orderStep.invoice_created.takenOver': 'Invoice found in Moneybird and taken over',
    'orderStep.invoice_created.takenOver.credit': 'Credit invoice found in Moneybird and taken over',
    'orderStep.sent.takenOver': 'Invoice was already final and numbered in Moneybird',
    'orderStep.sent.takenOver.credit': 'Credit invoice was already final and numbered in Moneybird',
    'orderStep.paid.takenOver': 'Payment was already in Moneybird',
    'orderStep.paid.takenOver.credit': 'Refund was already in Moneybird',
    'orderStep.parked': 'Needs you',
    'orderStep.skipped': 'Not booked',
    'orderStep.skipped.byOwner': 'Skipped (your choice)',
    'orderStep.waiting_transient': 'Will be retried',
    'orderStep.cancelled_in_shop': 'Cancelled in your shop',
    'orderStep.cancellation_settled': 'Settled in Moneybird yourself (your choice)',
    'orderStep.deleted_in_moneybird': 'Found the invoice deleted in Moneybird',
    'orderStep.credited': 'Credited with credit order {order}',
    'orderStep.credited.named': 'Credited with credit order {order} (credit invoice {invoice})',
    'orderStep.credited.partly': 'Partly credited with credit order {order}',
    'orderStep.credited.partly.named': 'Partly credited with credit order {order} (credit invoice {invoice})',
    'orderCore.unpaid': 'Not paid yet: Winkelbrug books this order as soon as the payment is in.',
    'orderCore.shop.failed': 'The order could not be fetched from your shop: {reason}',
    'orderCore.shop.unreadable':
      'Your shop returned this order in a form Winkelbrug cannot read ({field}). Look it up in your shop’s admin.',
    'orderCore.moneybird.failed': 'The invoice could not be fetched from Moneybird: {reason}',
    'orderCore.moneybird.underReferenceGone':
      'The invoice that was under this order\'s reference is no longer in Moneybird. Choose "Retry": Winkelbrug then books the order.',
    'orderCore.moneybird.gone':
      'The invoice is no longer in Moneybird (deleted?). Choose Retry to have the order booked again.',
    'orderCore.moneybird.goneBooked': 'No invoice any more: deleted, see above.',
    'orderCore.moneybird.otherAdministration':
      'This order’s invoice is in another Moneybird administration than the connected one: it was booked before you switched administration. Winkelbrug leaves it there and does not book it again; the link opens it in that administration.',
    'orderCore.moneybird.otherAdministrationNamed':
      'This order’s invoice is in another Moneybird administration, "{administration}", where it was booked before you switched to "{current}". Winkelbrug leaves it there and does not book it again; the link opens it in "{administration}".',
    'orderCore.moneybird.unavailable':
      'Moneybird is not connected now, so the invoice cannot be fetched. Connect Moneybird again in Settings.',
  },
});

export type UiOrdersKey = keyof typeof uiOrders.nl;
