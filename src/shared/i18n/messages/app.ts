// Texts of the app shell: the first screen, the tray, and refusals at the contract boundary.
import { defineCatalog } from '../translate';

export const app = defineCatalog({
  nl: {
    'app.name': 'Winkelbrug',
    'app.tagline': 'Bestellingen uit je Mijnwebwinkel, betaald geboekt in Moneybird.',
    'locale.switch': 'English',
    'state.idle': 'Bijgewerkt',
    'state.allBooked.at': 'Alles geboekt · bijgewerkt om {time}',
    'state.allBooked.on': 'Alles geboekt · bijgewerkt op {moment}',
    'state.idle.waiting.one': 'Bijgewerkt · 1 bestelling wordt later opnieuw geprobeerd',
    'state.idle.waiting.other': 'Bijgewerkt · {count} bestellingen worden later opnieuw geprobeerd',
    'state.not-synced': 'Nog niet gesynchroniseerd',
    'state.not-synced.at': 'Nog niet gesynchroniseerd · de eerste keer om {time}',
    'state.not-synced.on': 'Nog niet gesynchroniseerd · de eerste keer op {moment}',
    // Only orders that wait for the owner: the count "Wacht op jou" beside it, in the tray's words.
    'state.attention.one': 'Bijgewerkt · 1 bestelling vraagt iets van je',
    'state.attention.other': 'Bijgewerkt · {count} bestellingen vragen iets van je',
    // Also booked orders cancelled in the shop, or deleted in Moneybird since: the headline names
    // each, as the counts beside it do ("waarvan 1 geannuleerd in je winkel" under "Geboekt"), so
    // the number it says is never one the owner has to look for. {parts}: a list of the parts below,
    // of two kinds or more.
    'state.attention.named': 'Bijgewerkt · {count} bestellingen vragen iets van je: {parts}',
    'state.attention.cancelled.one': 'Bijgewerkt · 1 geboekte bestelling is in je winkel geannuleerd',
    'state.attention.cancelled.other':
      'Bijgewerkt · {count} geboekte bestellingen zijn in je winkel geannuleerd',
    'state.attention.deleted.one':
      'Bijgewerkt · van 1 geboekte bestelling is de factuur verwijderd in Moneybird',
    'state.attention.deleted.other':
      'Bijgewerkt · van {count} geboekte bestellingen is de factuur verwijderd in Moneybird',
    'state.attention.part.parked.one': '1 wacht op jou',
    'state.attention.part.parked.other': '{count} wachten op jou',
    'state.attention.part.cancelled': '{count} geannuleerd in je winkel',
    'state.attention.part.deleted': '{count} verwijderd in Moneybird',
    'state.syncing': 'Bezig met synchroniseren…',
    'state.paused': 'Gepauzeerd',
    'state.needs-setup': 'Nog niet gekoppeld',
    'state.needs-setup.disconnected': 'Niet meer gekoppeld',
    'state.error': 'Er ging iets mis',
    'state.connecting': 'Verbinden met Winkelbrug…',
    'state.disconnected': 'Geen verbinding met Winkelbrug. Start Winkelbrug opnieuw als dit zo blijft.',
    'status.lastRun': 'Laatste synchronisatie',
    'status.lastRun.summary': '{booked} geboekt',
    'status.lastRun.summary.nothing': 'niets nieuws om te boeken',
    'status.lastRun.summary.parked.one': '{booked} geboekt, 1 wacht op jou',
    'status.lastRun.summary.parked.other': '{booked} geboekt, {parked} wachten op jou',
    // Nothing booked: no "0 geboekt", as the run's line in the log says it.
    'status.lastRun.summary.onlyParked.one': '1 wacht op jou',
    'status.lastRun.summary.onlyParked.other': '{parked} wachten op jou',
    // Booked orders the run found cancelled in the shop since, as the run's line in the log says it.
    'status.lastRun.summary.calledOff.one': '1 geboekte bestelling is in je winkel geannuleerd',
    'status.lastRun.summary.calledOff.other':
      '{calledOff} geboekte bestellingen zijn in je winkel geannuleerd',
    // The same once nothing of it is open any more (settled, credited): history, not a task.
    'status.lastRun.summary.calledOff.settled.one':
      '1 geboekte bestelling bleek in je winkel geannuleerd, inmiddels geregeld',
    'status.lastRun.summary.calledOff.settled.other':
      '{calledOff} geboekte bestellingen bleken in je winkel geannuleerd, inmiddels geregeld',
    'status.lastRun.failed': 'Mislukt om {time}',
    'status.lastRun.cancelled': 'Afgebroken om {time}',
    'status.nextRun': 'Volgende synchronisatie',
    'status.nextRun.none': 'Niet gepland',
    'status.progress': '{done} van {total} bestellingen',
    'counts.booked': 'Geboekt',
    'counts.parked': 'Wacht op jou',
    'counts.waiting': 'Wordt opnieuw geprobeerd',
    'counts.deleted': 'Verwijderd in Moneybird',
    // Under "Geboekt": booked orders the shop called off since (their invoice is in Moneybird still).
    'counts.booked.cancelled.one': 'waarvan 1 geannuleerd in je winkel',
    'counts.booked.cancelled.other': 'waarvan {count} geannuleerd in je winkel',
    // Under "Geboekt", when some were booked in the administration used before a switch.
    'counts.booked.elsewhere.one': 'waarvan 1 in een andere administratie',
    'counts.booked.elsewhere.other': 'waarvan {count} in een andere administratie',
    'connection.mijnwebwinkel': 'Mijnwebwinkel',
    'connection.moneybird': 'Moneybird',
    'connection.connected': 'Gekoppeld',
    'connection.connected.named': 'Gekoppeld met {name}',
    'connection.not-configured': 'Niet gekoppeld',
    'connection.checking': 'Controleren…',
    // No run has checked it yet (the token is there), and none is checking it now.
    'connection.unchecked': 'Nog niet gecontroleerd',
    'connection.unchecked.firstRun': 'Wordt gecontroleerd bij de eerste synchronisatie',
    'connection.unreachable': 'Niet bereikbaar',
    'connection.unauthorized': 'Geen toegang',
    'action.syncNow': 'Nu synchroniseren',
    'action.pause': 'Pauzeren',
    'action.resume': 'Hervatten',
    'action.unavailable.needsSetup':
      'Synchroniseren en pauzeren kan zodra je webwinkel en Moneybird gekoppeld zijn.',
    'action.unavailable.disconnected': 'Synchroniseren en pauzeren kan weer zodra je opnieuw hebt gekoppeld.',
    'action.open': 'Winkelbrug openen',
    'action.quit': 'Afsluiten',
    'activity.title': 'Recente activiteit',
    'activity.empty': 'Nog geen activiteit.',
    'activity.older': 'Oudere activiteit tonen ({count})',
    'activity.older.hide': 'Oudere activiteit verbergen',
    'tray.tooltip': 'Winkelbrug — {state}',
    'refused.unknownChannel':
      'Verzoek "{channel}" bestaat niet; het is geweigerd. Werk Winkelbrug bij als dit blijft gebeuren.',
    'refused.invalidArguments':
      'Verzoek "{channel}" had ongeldige gegevens ({issues}); het is geweigerd. Werk Winkelbrug bij als dit blijft gebeuren.',
    'refused.invalidResult':
      'Winkelbrug gaf op "{channel}" een onverwacht antwoord ({issues}). Het antwoord is niet gebruikt; meld dit aan de ontwikkelaars.',
    'refused.handlerFailed':
      'Verzoek "{channel}" mislukte: {detail}. Probeer het opnieuw; meld het als het blijft gebeuren.',
    'refused.malformed': 'Een bericht aan Winkelbrug was onleesbaar ({issues}); het is genegeerd.',
    'refused.forbidden': 'Dit verzoek kwam niet van het venster van Winkelbrug en is geweigerd.',
    'refused.disconnected':
      'Geen verbinding met Winkelbrug, dus "{channel}" is niet uitgevoerd. Start Winkelbrug opnieuw en probeer het nog eens.',
    'sync.refused.running': 'Er loopt al een synchronisatie; wacht tot die klaar is.',
    'sync.refused.paused': 'Synchroniseren is gepauzeerd. Kies eerst Hervatten.',
    'sync.refused.needsSetup':
      'Koppel eerst je Mijnwebwinkel en Moneybird, dan kan Winkelbrug synchroniseren.',
    'sync.reason.needsSetup': 'Koppel je Mijnwebwinkel en je Moneybird-administratie om te beginnen.',
    'sync.log.started': 'Synchronisatie gestart.',
    'sync.log.finished':
      'Synchronisatie klaar. Geboekt: {booked}; wacht op jou: {parked}; mislukt: {failed}.',
    'sync.log.cancelled': 'Synchronisatie afgebroken omdat je op Pauzeren klikte.',
    'sync.log.failed':
      'Synchronisatie mislukt: {detail}. Winkelbrug probeert het bij de volgende ronde opnieuw.',
    'sync.log.paused': 'Synchroniseren gepauzeerd.',
    'sync.log.resumed': 'Synchroniseren hervat.',
    'sync.log.nothingToDo': 'Geen nieuwe bestellingen om te boeken.',
    'sync.queued': 'Er loopt al een synchronisatie; direct daarna volgt er nog een.',
    'sync.reason.failed': 'De laatste synchronisatie mislukte. Winkelbrug probeert het vanzelf opnieuw.',
    'sync.log.stopping':
      'Synchroniseren gepauzeerd; de bestelling die nu wordt geboekt, wordt nog afgemaakt.',
    'orders.parked.title': 'Bestellingen die op jou wachten',
    'orders.parked.hint':
      'Deze bestellingen kan Winkelbrug niet boeken zonder jou. Los de oorzaak op en kies Opnieuw proberen, of kies Overslaan als ze niet geboekt moeten worden.',
    'orders.parked.group.title': '{count} bestellingen om dezelfde reden',
    'orders.parked.group.lockedTitle': '{count} bestellingen uit een periode die in Moneybird is afgesloten',
    'orders.parked.group.example': 'Bijvoorbeeld:',
    'orders.parked.group.orders': 'Het gaat om:',
    'orders.parked.group.each': 'Per bestelling bekijken, overslaan of los opnieuw proberen',
    'orders.parked.group.sameReason': 'Om dezelfde reden als hierboven.',
    'action.retryGroup': 'Alle {count} opnieuw proberen',
    // A parked order whose setting was made since it was parked: its reason still says it is missing.
    'orders.parked.settingMade.taxRates': 'Het btw-tarief hiervoor is inmiddels gekozen',
    'orders.parked.settingMade.rounding': 'De afronding is inmiddels ingesteld',
    'orders.parked.settingMade.revenue': 'De grootboekrekening hiervoor is inmiddels gekozen',
    'orders.parked.settingMade.payments': 'De grootboekrekening hiervoor is inmiddels gekozen',
    'orders.parked.settingMade.invoice': 'De factuurinstelling hiervoor is inmiddels aangepast',
    'orders.parked.settingMade.group': '{made}: kies "Alle {count} opnieuw proberen".',
    'orders.parked.settingMade.one': '{made}: kies "Opnieuw proberen".',
    'orders.waiting.title': 'Bestellingen die Winkelbrug later opnieuw probeert',
    'orders.waiting.hint':
      'Winkelbrug probeert het later vanzelf opnieuw; bij elke bestelling staat waarom en wanneer. Je hoeft niets te doen.',
    'orders.deleted.title': 'Facturen verwijderd in Moneybird',
    'orders.deleted.title.one': 'Factuur verwijderd in Moneybird',
    'orders.deleted.one':
      'Van 1 geboekte bestelling is de factuur daarna in Moneybird verwijderd, dus die omzet staat niet meer in je boeken. Bekijk de bestelling en kies of Winkelbrug haar opnieuw boekt.',
    'orders.deleted.many':
      'Van {count} geboekte bestellingen is de factuur daarna in Moneybird verwijderd, dus die omzet staat niet meer in je boeken. Bekijk ze en kies per bestelling of Winkelbrug haar opnieuw boekt.',
    'orders.deleted.show': 'Bekijk deze bestellingen',
    'orders.deleted.showOne': 'Bekijk deze bestelling',
    'orders.more': 'En nog {count} meer.',
    'orders.order': 'Bestelling {order}',
    'orders.nextAttempt': 'Volgende poging: {time}',
    'orders.nextAttempt.nextRun': 'Bij de volgende synchronisatie',
    'orders.attempts': '{attempts} pogingen',
    'orders.attempts.one': '1 poging',
    'orders.noReason': 'Geen reden bekend.',
    'action.retry': 'Opnieuw proberen',
    'action.skip': 'Overslaan',
    'action.bookInOpenPeriod': 'Boek op de eerste open dag',
    'action.takeOverInvoice': 'Factuur overnemen',
    'orders.takeOver.none':
      'Bij bestelling {order} staat geen factuur klaar om over te nemen. Vernieuw het overzicht.',
    'action.bookAllInOpenPeriod':
      'Boek de {count} bestellingen uit de afgesloten periode op de eerste open dag',
    'orders.lockedPeriod.none':
      'Er staan geen bestellingen klaar die in een afgesloten periode vallen. Vernieuw het overzicht.',
    'orders.refused.unknown':
      'Bestelling {order} is niet bekend bij Winkelbrug. De lijst is vernieuwd; controleer het nummer.',
    'orders.refused.booked': 'Bestelling {order} is al geboekt; er valt niets meer te doen.',
    // The order moved on between the list and the click (another window, or the sync): not a fault.
    'orders.refused.changed':
      'Bestelling {order} is intussen al veranderd, dus er is niets aangepast. Vernieuw de lijst om te zien hoe ze er nu voor staat.',
    'orders.refused.failed':
      'Bestelling {order} kon niet worden aangepast: {detail}. Vernieuw de lijst en probeer het opnieuw.',
    'orders.refused.unavailable':
      'Bestellingen aanpassen kan pas als je Mijnwebwinkel en Moneybird zijn gekoppeld.',
    'orders.retry.whilePaused':
      'Bestelling {order} staat weer in de wachtrij; ze wordt geboekt zodra je Hervatten kiest.',
    'orders.skip.whilePaused': 'Bestelling {order} wordt overgeslagen.',
    'orders.retry.whilePausedMany':
      '{count} bestellingen staan weer in de wachtrij; ze worden geboekt zodra je Hervatten kiest.',
    'orders.log.retry': 'Bestelling {order} staat weer in de wachtrij.',
    'orders.log.skip': 'Bestelling {order} overgeslagen op jouw verzoek.',
    'action.bookAgain': 'Opnieuw boeken',
    'action.leaveDeleted': 'Niet opnieuw boeken',
    'orders.log.leaveDeleted':
      'De factuur van bestelling {order} is verwijderd in Moneybird; op jouw verzoek blijft de bestelling buiten je boeken.',
    'orders.settleCancellation.notMarked':
      'Bij bestelling {order} staat geen melding meer dat ze in je winkel geannuleerd is; er is niets veranderd. Vernieuw het overzicht.',
    'orders.bookAgain.notBooked':
      'Bestelling {order} is niet (meer) geboekt op een verwijderde factuur, dus er is niets opnieuw geboekt. Vernieuw het overzicht.',
    'orders.bookAgain.notConnected':
      'Winkelbrug is niet met Moneybird verbonden en kan dus niet nagaan of de factuur van bestelling {order} echt weg is. Koppel Moneybird opnieuw bij Instellingen en probeer het daarna nog eens.',
    'orders.bookAgain.stillThere':
      'De factuur van bestelling {order} staat nog in Moneybird. Er is niets opnieuw geboekt, zodat niets dubbel in je boeken komt.',
    'orders.bookAgain.otherAdministration':
      'Ook andere facturen die Winkelbrug maakte zijn niet te vinden in de gekoppelde Moneybird-administratie. Waarschijnlijk is een andere administratie gekoppeld dan die waarin bestelling {order} is geboekt. Er is niets opnieuw geboekt; kijk bij Instellingen welke administratie gekoppeld is.',
    'orders.bookAgain.bookedElsewhere':
      'Bestelling {order} is geboekt in een andere Moneybird-administratie dan de gekoppelde, voordat je van administratie wisselde. Winkelbrug boekt haar niet opnieuw in de gekoppelde administratie: dan zou ze twee keer in je boeken staan. Er is niets opnieuw geboekt; kijk in die andere administratie hoe het met de factuur staat.',
    'orders.bookAgain.failed':
      'Winkelbrug kon niet nagaan of de factuur van bestelling {order} verwijderd is: {reason} Er is niets opnieuw geboekt; probeer het over een paar minuten nog eens.',
    'orders.log.bookAgain':
      'De factuur van bestelling {order} is verwijderd in Moneybird; op jouw verzoek wordt de bestelling opnieuw geboekt.',
    'import.title': 'Eerdere bestellingen boeken',
    'import.hint':
      'Winkelbrug boekt vanzelf de bestellingen vanaf {start}. Wil je ook de bestellingen van daarvóór in Moneybird? Kies dan vanaf welke datum.',
    'import.hint.noStart':
      'Winkelbrug boekt vanzelf de nieuwe bestellingen. Wil je ook eerdere bestellingen in Moneybird? Kies dan vanaf welke datum.',
    'import.since': 'Vanaf',
    // Named: the quarter offered may be the one before the start date's (history-import-period.ts);
    // never one whose VAT return is due already (the end of the month after the quarter).
    'import.since.suggested':
      'Voorgesteld is het begin van het {quarter}e kwartaal {year}, zodat je btw-aangifte over dat hele kwartaal klopt. Die dien je uiterlijk {due} in.',
    'import.since.none':
      'Winkelbrug stelt geen datum voor: de bestellingen van vóór {start} horen bij btw-aangiftes die je al moest indienen (die over het {quarter}e kwartaal {year} uiterlijk {due}). Wil je ze toch in Moneybird, kies dan zelf een datum.',
    // Moneybird's lock date moved the day offered, or left none (history-import-period.ts).
    'import.since.suggested.locked':
      'Voorgesteld is {since}: Moneybird heeft je boeken afgesloten tot en met {lock}, dus bestellingen tot en met die dag kan Winkelbrug niet op hun eigen datum boeken.',
    'import.since.none.locked':
      'Winkelbrug stelt geen datum voor: Moneybird heeft je boeken afgesloten tot en met {lock}, dus eerdere bestellingen kan Winkelbrug niet op hun eigen datum boeken. Wil je ze toch in Moneybird, kies dan zelf een datum.',
    'import.since.invalid': 'Vul een geldige datum in, bijvoorbeeld 1-10-2026.',
    'import.since.future': 'Deze datum ligt in de toekomst. Kies vandaag ({today}) of eerder.',
    'import.since.notBefore':
      'Vanaf {start} boekt Winkelbrug de bestellingen al vanzelf. Kies een datum vóór {start}.',
    'import.start': 'Deze bestellingen boeken',
    'import.confirm.period':
      'De afgeronde en betaalde bestellingen van {from} tot en met {until} boeken in Moneybird?',
    'import.confirm.open': 'De afgeronde en betaalde bestellingen vanaf {from} boeken in Moneybird?',
    // Named: after a switch of administration, the one they go into may not be the one they belong in.
    'import.confirm.period.administration':
      'De afgeronde en betaalde bestellingen van {from} tot en met {until} boeken in de Moneybird-administratie "{administration}"?',
    'import.confirm.open.administration':
      'De afgeronde en betaalde bestellingen vanaf {from} boeken in de Moneybird-administratie "{administration}"?',
    'import.confirm.returnDue':
      'Let op: de btw-aangifte over de bestellingen tot en met {until} moest je al indienen. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren.',
    'import.confirm.returnDue.all':
      'Let op: de btw-aangifte over deze bestellingen moest je al indienen. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren.',
    // The locked-period rule (bookkeeping/plan/booking-date.ts), with the buttons' own names.
    'import.confirm.locked':
      'Is die periode in Moneybird afgesloten, dan boekt Winkelbrug die bestellingen niet vanzelf: ze wachten op jou, en je kiest "{bookInOpenPeriod}" of "{skip}".',
    // The lock as Moneybird said it when the window opened; the due returns then only after it.
    'import.confirm.lockedUntil':
      'Let op: Moneybird heeft je boeken afgesloten tot en met {lock}. De bestellingen tot en met die dag boekt Winkelbrug daarom niet vanzelf: ze wachten op jou, en je kiest "{bookInOpenPeriod}" of "{skip}". Wil je dat niet, kies dan als datum {next} of later.',
    'import.confirm.lockedUntil.all':
      'Let op: Moneybird heeft je boeken afgesloten tot en met {lock}, en daarin vallen al deze bestellingen. Winkelbrug boekt ze daarom niet vanzelf: ze wachten op jou, en je kiest "{bookInOpenPeriod}" of "{skip}".',
    // The first open day lies in a quarter whose VAT return was due already (shared/vat-return-due.ts).
    'import.confirm.lockedUntil.returnDue':
      'Boek je ze op de eerste open dag ({next}), dan komen ze in de btw-aangifte over het {quarter}e kwartaal {year}, en die moest je al indienen: vraag je boekhouder of je die moet corrigeren.',
    'import.confirm.returnDue.afterLock':
      'De btw-aangifte over de bestellingen van {from} tot en met {until} moest je al indienen. Boek je ze nu, dan verandert de omzet in die aangifte; vraag je boekhouder of je die moet corrigeren.',
    'handBooked.advice':
      'Heb je bestellingen uit deze periode al met de hand in Moneybird geboekt? Winkelbrug herkent alleen facturen met zijn eigen referentie (zoals {prefix}-1042) en neemt die over. Een boeking die je zelf maakte zonder die referentie herkent het niet: die bestelling staat er dan twee keer in. Kies in dat geval een datum na de laatste bestelling die je zelf boekte.',
    'handBooked.advice.noExample':
      'Heb je bestellingen uit deze periode al met de hand in Moneybird geboekt? Winkelbrug herkent alleen facturen met zijn eigen referentie en neemt die over. Een boeking die je zelf maakte zonder die referentie herkent het niet: die bestelling staat er dan twee keer in. Kies in dat geval een datum na de laatste bestelling die je zelf boekte.',
    'import.confirm.yes': 'Ja, deze bestellingen boeken',
    // A blocker is in force (the status panel above says which): the import waits for it, as a paused one does.
    'import.confirm.blocked':
      'Winkelbrug kan nu niet synchroniseren: eerst moet opgelost zijn wat hierboven staat. Kies je toch "{yes}", dan onthoudt Winkelbrug deze periode en begint het boeken vanzelf zodra dat is opgelost.',
    'import.unavailable.paused':
      'Kies eerst Hervatten: eerdere bestellingen worden geboekt tijdens het synchroniseren.',
    'import.unavailable.needsSetup':
      'Eerdere bestellingen boeken kan zodra je webwinkel en Moneybird gekoppeld zijn.',
    'import.status.running': 'Bezig met het boeken van de bestellingen vanaf {since}',
    'import.status.paused':
      'Het boeken van de bestellingen vanaf {since} staat stil; het gaat verder bij de volgende synchronisatie.',
    'import.status.paused.because':
      'Het boeken van de bestellingen vanaf {since} staat stil, omdat de synchronisatie niet verder kon:',
    'import.status.paused.above':
      'Het boeken van de bestellingen vanaf {since} staat stil tot wat hierboven staat is opgelost; daarna gaat het vanzelf verder. Wat al geboekt is, wordt niet nog eens geboekt.',
    'import.paused.continues':
      'Zodra dat is opgelost, gaat het vanzelf verder bij de volgende synchronisatie. Wat al geboekt is, wordt niet nog eens geboekt.',
    // What came of the import's period, as the journal has it (sync/import-progress.ts): {outcome} is a
    // list of the parts below.
    'import.done.period': 'Klaar met de bestellingen van {from} tot en met {until}: {outcome}.',
    // A period whose end was not kept (an import finished before it was): no counts, which would be the regular sync's too.
    'import.done.plain': 'Klaar met de bestellingen vanaf {from}.',
    'import.done.none.period':
      'Klaar: Winkelbrug vond geen afgeronde en betaalde bestellingen van {from} tot en met {until}.',
    'import.done.booked': '{count} geboekt',
    // Not booked: a test order, one cancelled in the shop before it was booked, one you skipped, ….
    'import.done.skipped': '{count} niet geboekt',
    'import.done.parked.none': 'niets wacht op jou',
    'import.done.parked.one': '1 wacht op jou',
    'import.done.parked.other': '{count} wachten op jou',
    'import.done.waiting.one': '1 wordt later opnieuw geprobeerd',
    'import.done.waiting.other': '{count} worden later opnieuw geprobeerd',
    // The VAT returns due when the import finished that its period reached, as the question warned:
    // which of the booked orders count in them, or that none does (they did not change).
    'import.done.returnDue.none':
      'De btw-aangifte over de bestellingen tot en met {until} moest je al indienen, maar daarin is niets geboekt: die verandert niet.',
    'import.done.returnDue.all':
      'Let op: de btw-aangifte over de bestellingen tot en met {until} moest je al indienen, en daarin vallen de bestellingen die nu geboekt zijn. Vraag je boekhouder of je die aangifte moet corrigeren.',
    'import.done.returnDue.one':
      'Let op: de btw-aangifte over de bestellingen tot en met {until} moest je al indienen, en 1 van de bestellingen die nu geboekt zijn valt daarin. Vraag je boekhouder of je die aangifte moet corrigeren.',
    'import.done.returnDue.other':
      'Let op: de btw-aangifte over de bestellingen tot en met {until} moest je al indienen, en {count} van de bestellingen die nu geboekt zijn vallen daarin. Vraag je boekhouder of je die aangifte moet corrigeren.',
    'import.progress': '{done} van {total} bestellingen verwerkt',
    'import.progress.unknownTotal': '{done} bestellingen verwerkt',
    'import.eta': 'Nog ongeveer {duration}',
    'import.eta.unknown': 'Resterende tijd nog onbekend',
    'duration.seconds': '{seconds} seconden',
    'duration.minutes': '{minutes} minuten',
    'duration.hours': '{hours} uur en {minutes} minuten',
    'import.refused.future': 'De datum {since} ligt in de toekomst. Kies een datum van vandaag of eerder.',
    'settings.prefix.fixed':
      'Het voorvoegsel blijft {prefix}: er staan al bestellingen met dit voorvoegsel in Moneybird. Winkelbrug vindt ze daaraan terug, ook na een nieuwe installatie; met een ander voorvoegsel zou het ze niet meer herkennen en dubbel kunnen boeken.',
    'import.queued': 'Het boeken van eerdere bestellingen begint zodra de huidige synchronisatie klaar is.',
    'import.log.requested': 'Eerdere bestellingen boeken vanaf {since}: aangevraagd.',
    'setup.reason.unexpected':
      'Winkelbrug kon niet starten: {detail}. Start Winkelbrug opnieuw; meld het als het blijft gebeuren.',
    'headless.forbidden': 'Geen toegang. Open het adres dat "npm run headless" heeft getoond (met ?key=…).',
    'headless.notBuilt':
      'De gebruikersinterface is nog niet gebouwd. Voer "node scripts/build-renderer.mjs" uit en laad de pagina opnieuw.',
  },
  en: {
    'app.name': 'Winkelbrug',
    'app.tagline': 'Orders from your Mijnwebwinkel shop, booked as paid in Moneybird.',
    'locale.switch': 'Nederlands',
    'state.idle': 'Up to date',
    'state.allBooked.at': 'All booked · updated at {time}',
    'state.allBooked.on': 'All booked · updated on {moment}',
    'state.idle.waiting.one': 'Up to date · 1 order will be retried',
    'state.idle.waiting.other': 'Up to date · {count} orders will be retried',
    'state.not-synced': 'Not synced yet',
    'state.not-synced.at': 'Not synced yet · the first time at {time}',
    'state.not-synced.on': 'Not synced yet · the first time on {moment}',
    'state.attention.one': 'Up to date · 1 order asks something of you',
    'state.attention.other': 'Up to date · {count} orders ask something of you',
    'state.attention.named': 'Up to date · {count} orders ask something of you: {parts}',
    'state.attention.cancelled.one': 'Up to date · 1 booked order was cancelled in your shop',
    'state.attention.cancelled.other': 'Up to date · {count} booked orders were cancelled in your shop',
    'state.attention.deleted.one': 'Up to date · the invoice of 1 booked order was deleted in Moneybird',
    'state.attention.deleted.other':
      'Up to date · the invoices of {count} booked orders were deleted in Moneybird',
    'state.attention.part.parked.one': '1 needs you',
    'state.attention.part.parked.other': '{count} need you',
    'state.attention.part.cancelled': '{count} cancelled in your shop',
    'state.attention.part.deleted': '{count} deleted in Moneybird',
    'state.syncing': 'Syncing…',
    'state.paused': 'Paused',
    'state.needs-setup': 'Not connected yet',
    'state.needs-setup.disconnected': 'No longer connected',
    'state.error': 'Something went wrong',
    'state.connecting': 'Connecting to Winkelbrug…',
    'state.disconnected': 'No connection to Winkelbrug. Restart Winkelbrug if this persists.',
    'status.lastRun': 'Last sync',
    'status.lastRun.summary': '{booked} booked',
    'status.lastRun.summary.nothing': 'nothing new to book',
    'status.lastRun.summary.parked.one': '{booked} booked, 1 needs you',
    'status.lastRun.summary.parked.other': '{booked} booked, {parked} need you',
    'status.lastRun.summary.onlyParked.one': '1 needs you',
    'status.lastRun.summary.onlyParked.other': '{parked} need you',
    'status.lastRun.summary.calledOff.one': '1 booked order was cancelled in your shop',
    'status.lastRun.summary.calledOff.other': '{calledOff} booked orders were cancelled in your shop',
    'status.lastRun.summary.calledOff.settled.one':
      '1 booked order turned out cancelled in your shop, since settled',
    'status.lastRun.summary.calledOff.settled.other':
      '{calledOff} booked orders turned out cancelled in your shop, since settled',
    'status.lastRun.failed': 'Failed at {time}',
    'status.lastRun.cancelled': 'Cancelled at {time}',
    'status.nextRun': 'Next sync',
    'status.nextRun.none': 'Not scheduled',
    'status.progress': '{done} of {total} orders',
    'counts.booked': 'Booked',
    'counts.parked': 'Needs you',
    'counts.waiting': 'Will be retried',
    'counts.deleted': 'Deleted in Moneybird',
    'counts.booked.cancelled.one': 'of which 1 cancelled in your shop',
    'counts.booked.cancelled.other': 'of which {count} cancelled in your shop',
    'counts.booked.elsewhere.one': 'of which 1 in another administration',
    'counts.booked.elsewhere.other': 'of which {count} in another administration',
    'connection.mijnwebwinkel': 'Mijnwebwinkel',
    'connection.moneybird': 'Moneybird',
    'connection.connected': 'Connected',
    'connection.connected.named': 'Connected to {name}',
    'connection.not-configured': 'Not connected',
    'connection.checking': 'Checking…',
    'connection.unchecked': 'Not checked yet',
    'connection.unchecked.firstRun': 'Checked at the first sync',
    'connection.unreachable': 'Unreachable',
    'connection.unauthorized': 'No access',
    'action.syncNow': 'Sync now',
    'action.pause': 'Pause',
    'action.resume': 'Resume',
    'action.unavailable.needsSetup': 'You can sync and pause once your web shop and Moneybird are connected.',
    'action.unavailable.disconnected': 'You can sync and pause again once you have reconnected.',
    'action.open': 'Open Winkelbrug',
    'action.quit': 'Quit',
    'activity.title': 'Recent activity',
    'activity.empty': 'No activity yet.',
    'activity.older': 'Show older activity ({count})',
    'activity.older.hide': 'Hide older activity',
    'tray.tooltip': 'Winkelbrug — {state}',
    'refused.unknownChannel':
      'Request "{channel}" does not exist and was refused. Update Winkelbrug if this keeps happening.',
    'refused.invalidArguments':
      'Request "{channel}" had invalid data ({issues}) and was refused. Update Winkelbrug if this keeps happening.',
    'refused.invalidResult':
      'Winkelbrug gave an unexpected answer to "{channel}" ({issues}). The answer was not used; please report this to the developers.',
    'refused.handlerFailed':
      'Request "{channel}" failed: {detail}. Try again; report it if it keeps happening.',
    'refused.malformed': 'A message to Winkelbrug could not be read ({issues}) and was ignored.',
    'refused.forbidden': 'This request did not come from the Winkelbrug window and was refused.',
    'refused.disconnected':
      'No connection to Winkelbrug, so "{channel}" was not carried out. Restart Winkelbrug and try again.',
    'sync.refused.running': 'A sync is already running; wait until it has finished.',
    'sync.refused.paused': 'Syncing is paused. Choose Resume first.',
    'sync.refused.needsSetup':
      'Connect your Mijnwebwinkel shop and Moneybird first, then Winkelbrug can sync.',
    'sync.reason.needsSetup':
      'Connect your Mijnwebwinkel shop and your Moneybird administration to get started.',
    'sync.log.started': 'Sync started.',
    'sync.log.finished': 'Sync finished. Booked: {booked}; needs you: {parked}; failed: {failed}.',
    'sync.log.cancelled': 'Sync cancelled because you chose Pause.',
    'sync.log.failed': 'Sync failed: {detail}. Winkelbrug will try again on the next round.',
    'sync.log.paused': 'Syncing paused.',
    'sync.log.resumed': 'Syncing resumed.',
    'sync.log.nothingToDo': 'No new orders to book.',
    'sync.queued': 'A sync is already running; another one follows right after it.',
    'sync.reason.failed': 'The last sync failed. Winkelbrug tries again by itself.',
    'sync.log.stopping': 'Syncing paused; the order being booked right now is finished first.',
    'orders.parked.title': 'Orders that need you',
    'orders.parked.hint':
      'Winkelbrug cannot book these orders without you. Fix the cause and choose Retry, or choose Skip if they should not be booked.',
    'orders.parked.group.title': '{count} orders for the same reason',
    'orders.parked.group.lockedTitle': '{count} orders from a period that is closed in Moneybird',
    'orders.parked.group.example': 'For example:',
    'orders.parked.group.orders': 'The orders:',
    'orders.parked.group.each': 'See, skip or retry each order',
    'orders.parked.group.sameReason': 'For the same reason as above.',
    'action.retryGroup': 'Retry all {count}',
    'orders.parked.settingMade.taxRates': 'A VAT rate has been chosen for this since',
    'orders.parked.settingMade.rounding': 'Rounding has been set up since',
    'orders.parked.settingMade.revenue': 'A ledger account has been chosen for this since',
    'orders.parked.settingMade.payments': 'A ledger account has been chosen for this since',
    'orders.parked.settingMade.invoice': 'The invoice setting for this has been changed since',
    'orders.parked.settingMade.group': '{made}: choose "Retry all {count}".',
    'orders.parked.settingMade.one': '{made}: choose "Retry".',
    'orders.waiting.title': 'Orders Winkelbrug tries again later',
    'orders.waiting.hint':
      'Winkelbrug tries again later by itself; each order says why and when. Nothing to do.',
    'orders.deleted.title': 'Invoices deleted in Moneybird',
    'orders.deleted.title.one': 'Invoice deleted in Moneybird',
    'orders.deleted.one':
      'The invoice of 1 booked order was deleted in Moneybird afterwards, so its revenue is no longer in your books. Look at the order and choose whether Winkelbrug books it again.',
    'orders.deleted.many':
      'The invoices of {count} booked orders were deleted in Moneybird afterwards, so their revenue is no longer in your books. Look at them and choose per order whether Winkelbrug books it again.',
    'orders.deleted.show': 'Show these orders',
    'orders.deleted.showOne': 'Show this order',
    'orders.more': 'And {count} more.',
    'orders.order': 'Order {order}',
    'orders.nextAttempt': 'Next attempt: {time}',
    'orders.nextAttempt.nextRun': 'With the next sync',
    'orders.attempts': '{attempts} attempts',
    'orders.attempts.one': '1 attempt',
    'orders.noReason': 'No reason known.',
    'action.retry': 'Retry',
    'action.skip': 'Skip',
    'action.bookInOpenPeriod': 'Book on the first open day',
    'action.takeOverInvoice': 'Take over invoice',
    'orders.takeOver.none': 'Order {order} has no invoice ready to take over. Refresh the overview.',
    'action.bookAllInOpenPeriod': 'Book the {count} orders from the locked period on the first open day',
    'orders.lockedPeriod.none': 'No orders that need you fall in a locked period. Refresh the overview.',
    'orders.refused.unknown':
      'Order {order} is not known to Winkelbrug. The list has been refreshed; check the number.',
    'orders.refused.booked': 'Order {order} is already booked; there is nothing left to do.',
    'orders.refused.changed':
      'Order {order} changed in the meantime, so nothing was changed. Refresh the list to see where it stands now.',
    'orders.refused.failed': 'Order {order} could not be changed: {detail}. Refresh the list and try again.',
    'orders.refused.unavailable':
      'Orders can be changed once your Mijnwebwinkel shop and Moneybird are connected.',
    'orders.retry.whilePaused': 'Order {order} is back in the queue; it is booked once you choose Resume.',
    'orders.skip.whilePaused': 'Order {order} is skipped.',
    'orders.retry.whilePausedMany':
      '{count} orders are back in the queue; they are booked once you choose Resume.',
    'orders.log.retry': 'Order {order} is back in the queue.',
    'orders.log.skip': 'Order {order} skipped at your request.',
    'action.bookAgain': 'Book again',
    'action.leaveDeleted': 'Do not book again',
    'orders.log.leaveDeleted':
      'The invoice of order {order} was deleted in Moneybird; at your request the order stays out of your books.',
    'orders.settleCancellation.notMarked':
      'Order {order} no longer carries a notice that it was cancelled in your shop; nothing was changed. Refresh the overview.',
    'orders.bookAgain.notBooked':
      'Order {order} is not (or no longer) booked on a deleted invoice, so nothing was booked again. Refresh the overview.',
    'orders.bookAgain.notConnected':
      'Winkelbrug is not connected to Moneybird, so it cannot check that the invoice of order {order} is really gone. Connect Moneybird again in Settings, then try once more.',
    'orders.bookAgain.stillThere':
      'The invoice of order {order} is still in Moneybird. Nothing was booked again, so nothing ends up in your books twice.',
    'orders.bookAgain.otherAdministration':
      'Other invoices Winkelbrug made cannot be found in the connected Moneybird administration either. Most likely another administration is connected than the one order {order} was booked in. Nothing was booked again; check in Settings which administration is connected.',
    'orders.bookAgain.bookedElsewhere':
      'Order {order} was booked in another Moneybird administration than the connected one, before you switched administration. Winkelbrug does not book it again in the connected administration: it would then be in your books twice. Nothing was booked again; look in that other administration to see how its invoice stands.',
    'orders.bookAgain.failed':
      'Winkelbrug could not check whether the invoice of order {order} was deleted: {reason} Nothing was booked again; try again in a few minutes.',
    'orders.log.bookAgain':
      'The invoice of order {order} was deleted in Moneybird; at your request the order is booked again.',
    'import.title': 'Book earlier orders',
    'import.hint':
      'Winkelbrug books the orders from {start} on by itself. Do you also want the orders from before that in Moneybird? Then choose from which date.',
    'import.hint.noStart':
      'Winkelbrug books new orders by itself. Do you also want earlier orders in Moneybird? Then choose from which date.',
    'import.since': 'From',
    'import.since.suggested':
      'The start of Q{quarter} {year} is suggested, so the VAT return for that whole quarter adds up. It is due by {due}.',
    'import.since.none':
      'Winkelbrug suggests no date: the orders before {start} belong in VAT returns that were due already (the one for Q{quarter} {year} by {due}). If you still want them in Moneybird, choose a date yourself.',
    'import.since.suggested.locked':
      '{since} is suggested: Moneybird has closed your books up to and including {lock}, so Winkelbrug cannot book orders up to that day on their own date.',
    'import.since.none.locked':
      'Winkelbrug suggests no date: Moneybird has closed your books up to and including {lock}, so Winkelbrug cannot book earlier orders on their own date. If you still want them in Moneybird, choose a date yourself.',
    'import.since.invalid': 'Enter a valid date, for example 01/10/2026.',
    'import.since.future': 'This date is in the future. Choose today ({today}) or earlier.',
    'import.since.notBefore':
      'From {start} on Winkelbrug books the orders by itself already. Choose a date before {start}.',
    'import.start': 'Book these orders',
    'import.confirm.period':
      'Book the completed and paid orders from {from} up to and including {until} in Moneybird?',
    'import.confirm.open': 'Book the completed and paid orders from {from} on in Moneybird?',
    'import.confirm.period.administration':
      'Book the completed and paid orders from {from} up to and including {until} in the Moneybird administration "{administration}"?',
    'import.confirm.open.administration':
      'Book the completed and paid orders from {from} on in the Moneybird administration "{administration}"?',
    'import.confirm.returnDue':
      'Note: the VAT return for the orders up to and including {until} was due already. If you book them now, the revenue in that return changes; ask your accountant whether you need to correct it.',
    'import.confirm.returnDue.all':
      'Note: the VAT return for these orders was due already. If you book them now, the revenue in that return changes; ask your accountant whether you need to correct it.',
    'import.confirm.locked':
      'If that period is locked in Moneybird, Winkelbrug does not book those orders by itself: they wait for you, and you choose "{bookInOpenPeriod}" or "{skip}".',
    'import.confirm.lockedUntil':
      'Note: Moneybird has closed your books up to and including {lock}. Winkelbrug therefore does not book the orders up to that day by itself: they wait for you, and you choose "{bookInOpenPeriod}" or "{skip}". If you do not want that, choose {next} or later as the date.',
    'import.confirm.lockedUntil.all':
      'Note: Moneybird has closed your books up to and including {lock}, and all of these orders fall in that period. Winkelbrug therefore does not book them by itself: they wait for you, and you choose "{bookInOpenPeriod}" or "{skip}".',
    'import.confirm.lockedUntil.returnDue':
      'If you book them on the first open day ({next}), they go into the VAT return for Q{quarter} {year}, which was due already: ask your accountant whether you need to correct it.',
    'import.confirm.returnDue.afterLock':
      'The VAT return for the orders from {from} up to and including {until} was due already. If you book them now, the revenue in that return changes; ask your accountant whether you need to correct it.',
    'handBooked.advice':
      'Did you already book orders from this period in Moneybird by hand? Winkelbrug only recognises invoices with its own reference (such as {prefix}-1042) and takes those over. A booking you made yourself without that reference it does not recognise: that order would then be in there twice. In that case choose a date after the last order you booked yourself.',
    'handBooked.advice.noExample':
      'Did you already book orders from this period in Moneybird by hand? Winkelbrug only recognises invoices with its own reference and takes those over. A booking you made yourself without that reference it does not recognise: that order would then be in there twice. In that case choose a date after the last order you booked yourself.',
    'import.confirm.yes': 'Yes, book these orders',
    'import.confirm.blocked':
      'Winkelbrug cannot sync right now: what is said above must be solved first. If you choose "{yes}" anyway, Winkelbrug keeps this period and starts booking by itself once that is solved.',
    'import.unavailable.paused': 'Choose Resume first: earlier orders are booked while syncing.',
    'import.unavailable.needsSetup':
      'You can book earlier orders once your web shop and Moneybird are connected.',
    'import.status.running': 'Booking the orders from {since}',
    'import.status.paused': 'Booking the orders from {since} is stopped; it continues with the next sync.',
    'import.status.paused.because':
      'Booking the orders from {since} is stopped, because the sync could not go on:',
    'import.status.paused.above':
      'Booking the orders from {since} is stopped until what is said above is solved; then it continues by itself. What is booked already is not booked again.',
    'import.paused.continues':
      'Once that is solved, it continues by itself with the next sync. What is booked already is not booked again.',
    'import.done.period': 'Done with the orders from {from} up to and including {until}: {outcome}.',
    'import.done.plain': 'Done with the orders from {from} on.',
    'import.done.none.period':
      'Done: Winkelbrug found no completed and paid orders from {from} up to and including {until}.',
    'import.done.booked': '{count} booked',
    'import.done.skipped': '{count} not booked',
    'import.done.parked.none': 'none waiting for you',
    'import.done.parked.one': '1 waiting for you',
    'import.done.parked.other': '{count} waiting for you',
    'import.done.waiting.one': '1 to be retried later',
    'import.done.waiting.other': '{count} to be retried later',
    'import.done.returnDue.none':
      'The VAT return for the orders up to and including {until} was due already, but nothing was booked in it: it does not change.',
    'import.done.returnDue.all':
      'Note: the VAT return for the orders up to and including {until} was due already, and the orders booked now fall in it. Ask your accountant whether you need to correct that return.',
    'import.done.returnDue.one':
      'Note: the VAT return for the orders up to and including {until} was due already, and 1 of the orders booked now falls in it. Ask your accountant whether you need to correct that return.',
    'import.done.returnDue.other':
      'Note: the VAT return for the orders up to and including {until} was due already, and {count} of the orders booked now fall in it. Ask your accountant whether you need to correct that return.',
    'import.progress': '{done} of {total} orders processed',
    'import.progress.unknownTotal': '{done} orders processed',
    'import.eta': 'About {duration} left',
    'import.eta.unknown': 'Time left not known yet',
    'duration.seconds': '{seconds} seconds',
    'duration.minutes': '{minutes} minutes',
    'duration.hours': '{hours} h {minutes} min',
    'import.refused.future': 'The date {since} is in the future. Choose today or an earlier date.',
    'settings.prefix.fixed':
      'The prefix stays {prefix}: orders with this prefix are already in Moneybird. Winkelbrug finds them again by it, also after a new installation; with another prefix it would no longer recognise them and could book them twice.',
    'import.queued': 'Booking the earlier orders starts once the current sync has finished.',
    'import.log.requested': 'Book earlier orders from {since}: requested.',
    'setup.reason.unexpected':
      'Winkelbrug could not start: {detail}. Restart Winkelbrug; report it if it keeps happening.',
    'headless.forbidden': 'No access. Open the address that "npm run headless" printed (with ?key=…).',
    'headless.notBuilt':
      'The user interface has not been built yet. Run "node scripts/build-renderer.mjs" and reload the page.',
  },
});

export type AppMessageKey = keyof typeof app.nl;
