// Texts of the sync engine and the CLI: why an order waits for the owner (is parked) or will be
// retried, and what a run did.
import { defineCatalog } from '../translate';

export const syncMessages = defineCatalog({
  nl: {
    'sync.totals_differ':
      'Moneybird rekent voor bestelling {order} een ander bedrag uit dan de winkel: totaal {invoiceTotal} in Moneybird tegen {shopTotal} in de winkel{vatDetail}. Het concept met referentie {reference} staat nog in Moneybird; controleer de btw-tarieven bij Instellingen → Boekhouding → Btw-tarieven, verwijder het concept en kies daarna "Opnieuw proberen".',
    'sync.vat_detail': ', btw {invoiceVat} tegen {shopVat}',
    'sync.totals_differ_sent':
      'Moneybird rekende voor bestelling {order} bij het versturen een ander bedrag uit dan de winkel: totaal {invoiceTotal} in Moneybird tegen {shopTotal} in de winkel{vatDetail}. Factuur {invoiceNumber} (referentie {reference}) is genummerd en staat in de boekhouding; er is nog geen betaling geboekt. Corrigeer de factuur in Moneybird of crediteer hem, en kies daarna "Opnieuw proberen".',
    'sync.totals_differ_external':
      'Moneybird rekent voor bestelling {order} een ander bedrag uit dan de winkel: totaal {invoiceTotal} in Moneybird tegen {shopTotal} in de winkel{vatDetail}. De externe factuur met referentie {reference} staat al in de boekhouding, nog onbetaald; controleer de btw-tarieven bij Instellingen → Boekhouding → Btw-tarieven, corrigeer of verwijder de factuur in Moneybird en kies daarna "Opnieuw proberen".',
    'sync.vat_box_wrong':
      'Bestelling {order} zou in Moneybird in de verkeerde rubriek van de btw-aangifte komen: {lines}. Bij {treatment} hoort de omzet in {required}. Winkelbrug heeft de factuur daarom alleen als concept in Moneybird gezet (referentie {reference}) en nog niet geboekt. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een btw-tarief voor {required}, zet dat tarief ook op het concept in Moneybird (of verwijder het concept) en kies daarna "Opnieuw proberen".',
    'sync.vat_box_line': 'tarief "{name}" staat in {boxes}',
    // Where a rate's lines land, after "staat in" (vatBoxesWording): the boxes of the Dutch return by
    // their number, as the aangifte names them, an OSS country as the OSS return's.
    'sync.no_box': 'geen enkele rubriek',
    'sync.box.one': 'rubriek {boxes}',
    'sync.box.many': 'rubrieken {boxes}',
    'sync.box.oss': 'de OSS-aangifte voor {countries}',
    'sync.box_required.domestic': 'een binnenlandse rubriek (1a, 1b, 1c of 1e)',
    'sync.box_required.reverse_charge': 'rubriek 3b en de ICP-opgaaf',
    'sync.box_required.export': 'rubriek 3a',
    'sync.box_required.oss': 'de OSS-aangifte, in geen enkele Nederlandse rubriek',
    'sync.refused_without_reason': 'zonder te zeggen waarom',
    'sync.moneybird_refused':
      'Moneybird weigerde bestelling {order}: {details}. Pas dit aan (in Moneybird of bij Instellingen → Boekhouding) en kies daarna "Opnieuw proberen".',
    'sync.running_elsewhere':
      'Er loopt al een synchronisatie met deze gegevensmap in een ander Winkelbrug-proces (pid {pid}). Wacht tot die klaar is, of sluit de andere app of opdracht, en probeer het dan opnieuw.',
    'sync.plan_limit':
      'Je Moneybird-abonnement laat geen nieuwe facturen meer toe. Kies een ander abonnement in Moneybird; daarna gaat de synchronisatie verder.',
    // A 403 from the shop: its plan has no API access (any more); the run stops, an import pauses.
    'sync.shop_no_api_access':
      'Mijnwebwinkel geeft Winkelbrug geen toegang meer tot je bestellingen: je webwinkel heeft geen toegang tot de Mijnwebwinkel-API. Die zit in het Premium-pakket of hoger. Pas je pakket aan in Mijnwebwinkel; daarna gaat de synchronisatie vanzelf verder.',
    // An import refused before it changed anything (shared/history-import-since.ts).
    'sync.import_refused.not_before':
      'Eerdere bestellingen boeken vanaf {since} is niet begonnen: vanaf {start} boekt Winkelbrug de bestellingen al vanzelf. Kies een datum vóór {start}. Er is niets veranderd.',
    'sync.import_refused.future':
      'Eerdere bestellingen boeken vanaf {since} is niet begonnen: die datum ligt in de toekomst. Kies vandaag ({today}) of eerder. Er is niets veranderd.',
    'sync.import_refused.invalid':
      'Eerdere bestellingen boeken is niet begonnen: {since} is geen bestaande datum. Kies een datum als JJJJ-MM-DD, bijvoorbeeld 2026-10-01. Er is niets veranderd.',
    'sync.import_refused.unfinished':
      'Het boeken van de bestellingen vanaf {unfinished} is nog niet klaar; het gaat vanzelf verder.',
    'sync.transient':
      'Bestelling {order} kon nu niet worden geboekt. {details} Winkelbrug probeert het om {retryAt} vanzelf opnieuw.',
    'sync.icp_contact_vat_number':
      'Bestelling {order} is een verkoop aan een bedrijf in de EU (ICP) met btw-nummer {vatNumber}, maar het contact in Moneybird heeft btw-nummer {contactVatNumber}. Moneybird zet het nummer van het contact op de factuur en in de ICP-opgaaf, dus dat moet het nummer van de bestelling zijn. Pas het btw-nummer van het contact aan in Moneybird (of zet bij Instellingen → Synchronisatie "Klantgegevens in Moneybird bijwerken" aan) en kies daarna "Opnieuw proberen".',
    'sync.order_gone_from_shop':
      'Bestelling {order} staat niet meer in je winkel: Mijnwebwinkel kent haar niet (meer). Misschien is ze daar verwijderd. Winkelbrug boekt haar niet. Staat ze wel in je winkel, kies dan later "Opnieuw proberen"; hoeft ze niet geboekt te worden, kies dan "Overslaan".',
    'sync.order_unreadable':
      'Bestelling {order} kan niet worden gelezen: het veld "{field}" heeft een waarde die Winkelbrug niet begrijpt. Winkelbrug boekt haar niet tot dat is opgelost. Controleer de bestelling in Mijnwebwinkel en kies daarna "Opnieuw proberen"; lukt het dan nog niet, meld het ons dan.',
    'sync.order_unreadable_now':
      'Bestelling {order} is in je winkel veranderd en kan nu niet meer worden gelezen. Winkelbrug boekt haar niet tot dat is opgelost. Controleer de bestelling in Mijnwebwinkel en kies daarna "Opnieuw proberen"; lukt het dan nog niet, meld het ons dan.',
    'sync.original_missing':
      'Creditorder {order} hoort bij bestelling {original}, maar die is (nog) niet geboekt. Boek eerst de oorspronkelijke bestelling; daarna volgt de creditering vanzelf.',
    'sync.original_parked':
      'Creditorder {order} hoort bij bestelling {original}, maar die wacht op jou en is dus nog niet geboekt. Los eerst bestelling {original} op; daarna volgt de creditering vanzelf.',
    'sync.original_unreadable':
      'Creditorder {order} hoort bij bestelling {original}, maar die kon niet uit de winkel worden gelezen. Winkelbrug probeert het later opnieuw.',
    'sync.original_unplannable':
      'Creditorder {order} hoort bij bestelling {original}, maar de boeking daarvan kan Winkelbrug nu niet opnieuw doorrekenen: {reason} Los dat op en kies dan "Opnieuw proberen" bij deze creditering.',
    'sync.original_skipped':
      'Creditorder {order} hoort bij bestelling {original}, maar die heb je buiten je boeken gelaten (overgeslagen). Kies Overslaan voor deze creditering ook; boek je bestelling {original} toch, dan volgt de creditering vanzelf.',
    'sync.original_skipped.cancelled_in_shop':
      'Creditorder {order} hoort bij bestelling {original}, maar die is in je winkel geannuleerd voordat ze geboekt was: er staat niets van in Moneybird om te crediteren. Kies Overslaan voor deze creditering.',
    'sync.original_skipped.before_start_date':
      'Creditorder {order} hoort bij bestelling {original}, maar die is van vóór je startdatum en daarom niet geboekt. Kies Overslaan voor deze creditering; boek je bestelling {original} toch (op het overzicht, bij Eerdere bestellingen boeken), dan volgt de creditering vanzelf.',
    'sync.original_invoice_gone':
      'Creditorder {order} crediteert bestelling {original}, maar de factuur daarvan (referentie {reference}) staat niet meer in Moneybird. Winkelbrug maakt geen creditfactuur voor een factuur die er niet is. Regel de creditering zelf in Moneybird, als die nog nodig is, en kies "Overslaan".',
    'sync.booking_other_administration':
      'Bestelling {order} is voor een deel geboekt (factuur {invoice}) in een andere Moneybird-administratie dan de gekoppelde, voordat je van administratie wisselde. Winkelbrug maakt de boeking niet opnieuw in de gekoppelde administratie: dan zou de bestelling twee keer in je boeken staan. Maak de boeking zelf af in die andere administratie en kies "Overslaan".',
    'sync.original_other_administration':
      'Creditorder {order} crediteert bestelling {original}, maar die staat op {invoice} in een andere Moneybird-administratie dan de gekoppelde, geboekt voordat je van administratie wisselde. Winkelbrug maakt de creditfactuur niet in de gekoppelde administratie, waar die factuur niet staat. Regel de creditering zelf in die andere administratie en kies "Overslaan".',
    'sync.original_other_administration_named':
      'Creditorder {order} crediteert bestelling {original}, maar die staat op {invoice} in een andere Moneybird-administratie, "{administration}", geboekt voordat je overstapte naar "{current}". Winkelbrug maakt de creditfactuur niet in "{current}", waar die factuur niet staat. Regel de creditering zelf in "{administration}" en kies "Overslaan".',
    'sync.original_invoice_changed':
      'Creditorder {order} crediteert {creditTotal} van bestelling {original}, maar de factuur daarvan (referentie {reference}) is in Moneybird gewijzigd en staat nu op {invoiceTotal}; met wat eerder is gecrediteerd ({creditedBefore}) zou er meer gecrediteerd worden dan er op de factuur staat. Zet de factuur in Moneybird terug zoals de bestelling was en kies "Opnieuw proberen", of kies "Overslaan" als je de creditering zelf regelt.',
    'sync.invoice_gone':
      'De factuur van bestelling {order} ({invoiceId}) bestaat niet meer in Moneybird. Controleer of hij daar is verwijderd; kies "Overslaan" als de bestelling niet meer geboekt moet worden.',
    'sync.unpaid_not_yet':
      'Bestelling {order} is nog niet betaald; ze wordt geboekt zodra de betaling binnen is.',
    'sync.skipped_by_owner': 'Overgeslagen op verzoek.',
    'sync.skipped_by_owner.held': 'Overgeslagen op jouw verzoek, toen ze op je wachtte: {reason}',
    'sync.cancelled_in_shop.set_aside':
      'Bestelling {order} is in je winkel op "{status}" gezet voordat ze geboekt was. Er staat niets van in Moneybird en er hoeft niets geboekt te worden. Zet je haar in je winkel weer op een afgeronde status, dan boekt Winkelbrug haar alsnog zodra ze betaald is.',
    'sync.cancelled_in_shop.booked':
      'Bestelling {order} is in je winkel op "{status}" gezet, maar staat in Moneybird nog geboekt: factuur {invoice}, {amount}.{partly} Winkelbrug crediteert niet op de gok. Maak in je winkel een creditorder voor deze bestelling; Winkelbrug boekt die als creditfactuur bij deze factuur. Heb je het al zelf in Moneybird geregeld, kies dan bij de bestelling "Zelf geregeld".',
    'sync.cancelled_in_shop.partly_credited': ' Er is al {credited} van gecrediteerd.',
    'sync.credit_after_owner_settled':
      'Creditorder {order} crediteert bestelling {original}. Van die bestelling gaf je aan dat je de annulering zelf in Moneybird hebt geregeld. Staat daar al een creditfactuur of correctie voor, dan zou deze creditorder dubbel crediteren: kies dan "Overslaan". Hoort ze er toch bij, kies dan "Opnieuw proberen"; Winkelbrug boekt haar dan als creditnota.',
    'sync.cancelled_in_shop.back_in_shop':
      'Bestelling {order} was in je winkel geannuleerd en staat nu weer op een afgeronde status: Winkelbrug boekt haar alsnog zodra ze betaald is.',
    'sync.cancelled_in_shop.draft_left':
      'Bestelling {order} is in je winkel op "{status}" gezet voordat ze helemaal geboekt was. In Moneybird staat nog een concept van de factuur met referentie {reference}: nog geen omzet, en Winkelbrug verstuurt het niet. Verwijder dat concept in Moneybird; verder hoeft er niets geboekt te worden. Zet je de bestelling in je winkel weer op een afgeronde status, dan maakt Winkelbrug de boeking alsnog af.',
    'sync.cancelled_in_shop.look_failed':
      'Winkelbrug kon in je winkel niet nagaan of geboekte bestellingen daarna zijn geannuleerd: {reason} Het boeken gaat gewoon door, en de volgende synchronisaties kijken opnieuw, ook over de tijd die nu gemist is. Je krijgt deze melding één keer.',
    'sync.cancelled_in_shop.credited':
      'Bestelling {order} is in je winkel geannuleerd en nu ook helemaal gecrediteerd: in Moneybird klopt ze weer.',
    'sync.cancelled_in_shop.completed_again':
      'Bestelling {order} staat in je winkel weer op een afgeronde status; de melding dat ze geannuleerd was is weg.',
    'sync.cancelled_in_shop.settled_by_owner':
      'Je gaf aan dat je de annulering van bestelling {order} zelf in Moneybird hebt geregeld.',
    'sync.left_deleted_by_owner':
      'Geboekt, maar de factuur is daarna in Moneybird verwijderd, en je koos ervoor de bestelling niet opnieuw te boeken. Hoort ze toch in je boeken, kies dan Opnieuw proberen.',
    'sync.invoice_state.scheduled': 'ingepland om te versturen',
    'sync.invoice_state.uncollectible': 'als oninbaar gemarkeerd',
    'sync.invoice_label_numbered': 'factuur {number}',
    'sync.invoice_label_unnumbered': 'een concept van {total}',
    'sync.invoice_label_reference': 'de factuur met referentie {reference}',
    'sync.test_order': 'Testbestelling: wordt niet geboekt.',
    'sync.before_start_date': 'Van vóór de startdatum: wordt niet geboekt.',
    'sync.before_start_date.set_aside':
      'Deze bestelling is van vóór je startdatum ({date}): Winkelbrug boekt haar niet en kijkt niet meer of ze betaald is. Moet ze toch in Moneybird? Kies op het overzicht Eerdere bestellingen boeken, vanaf haar datum.',
    'sync.needs_statuses':
      'Kies eerst bij Instellingen → Welke bestellingen welke orderstatussen in je webwinkel "afgerond" betekenen: tot dan boekt Winkelbrug niets.',
    'sync.needs_mapping':
      'Kies eerst "{label}" bij Instellingen → Boekhouding → {section}: zonder die keuze kan Winkelbrug niets boeken.',
    'sync.needs_mapping.other':
      'Nog niet alles is gekozen bij Instellingen → Boekhouding: zonder die keuzes kan Winkelbrug niets boeken. Kies wat daar als verplicht staat en sla het op.',
    'sync.needs_mapping.none':
      'Winkelbrug kan niets boeken: je Moneybird-administratie heeft geen {what}. Maak die aan in Moneybird; Winkelbrug kiest hem daarna zelf, of je kiest hem bij Instellingen → Boekhouding → {section}.',
    'sync.missing_in_moneybird.revenue': 'actieve omzetrekening voor verkoopfacturen',
    'sync.missing_in_moneybird.financial': 'actieve bank- of betaalrekening',
    'sync.mapping_invalid':
      'Een keuze bij Instellingen → Boekhouding klopt niet (meer), dus Winkelbrug boekt niets. Bekijk de keuzes daar, kies opnieuw wat niet klopt en sla het op.',
    'sync.run_finished': 'Synchronisatie klaar: {counts}.',
    'sync.run_count.booked': '{n} geboekt',
    'sync.run_count.parked.one': '1 wacht op jou',
    'sync.run_count.parked.other': '{n} wachten op jou',
    'sync.run_count.waiting.one': '1 wordt later opnieuw geprobeerd',
    'sync.run_count.waiting.other': '{n} worden later opnieuw geprobeerd',
    // Booked orders the run found called off in the shop since: they wait for the owner now.
    'sync.run_count.called_off.one': '1 geboekte bestelling is in je winkel geannuleerd',
    'sync.run_count.called_off.other': '{n} geboekte bestellingen zijn in je winkel geannuleerd',
    'sync.run_count.unpaid': '{n} nog niet betaald',
    'sync.run_count.test_order.one': '1 testbestelling',
    'sync.run_count.test_order.other': '{n} testbestellingen',
    'sync.run_count.before_start_date': '{n} van vóór de startdatum',
    'sync.run_count.cancelled_in_shop': '{n} geannuleerd in je winkel',
    'sync.run_count.unreadable': '{n} niet te lezen',
    'sync.run_count.skipped': '{n} niet geboekt',
    'sync.run_count.nothing': 'niets nieuws om te boeken',
    'sync.run_started.manual': 'Synchronisatie gestart (op jouw verzoek).',
    'sync.run_started.scheduled': 'Synchronisatie gestart (volgens schema).',
    'sync.run_started.import': 'Synchronisatie gestart (eerdere bestellingen boeken).',
    'sync.administration_switched':
      'Vanaf nu boekt Winkelbrug in de administratie "{current}", niet meer in "{previous}". Wat al geboekt was, blijft in "{previous}" staan; nieuwe facturen krijgen de nummers van "{current}". Kies bij Instellingen → Boekhouding de tarieven en rekeningen van "{current}".',
    'sync.administration_previous_unnamed': 'de vorige administratie',
    // The owner disconnected in Settings: the log keeps when booking stopped, and why.
    'sync.disconnected.mijnwebwinkel':
      'Koppeling met Mijnwebwinkel verbroken (op jouw verzoek). Winkelbrug boekt niets tot je opnieuw koppelt; wat al geboekt is, blijft in Moneybird staan.',
    'sync.disconnected.moneybird':
      'Koppeling met Moneybird verbroken (op jouw verzoek). Winkelbrug boekt niets tot je opnieuw koppelt; wat al geboekt is, blijft in Moneybird staan.',
    'sync.start_date_set':
      'Startdatum ingesteld op {date}: oudere bestellingen boek je op het overzicht, bij Eerdere bestellingen boeken.',
    'sync.order_booked': 'Bestelling {order} geboekt als factuur {invoice}.',
    'sync.credit_booked':
      'Creditorder {order} geboekt als creditfactuur {invoice}, creditering van bestelling {original}.',
    // Once bookings are in more than one administration, whose invoice number it is.
    'sync.order_booked_in':
      'Bestelling {order} geboekt in de administratie "{administration}" als factuur {invoice}.',
    'sync.credit_booked_in':
      'Creditorder {order} geboekt in de administratie "{administration}" als creditfactuur {invoice}, creditering van bestelling {original}.',
    'sync.vat_rounding_accepted':
      "Bestelling {order}: de btw tegen {rate}% is in Moneybird {difference} anders dan in de winkel ({invoiceTax} tegen {shopTax}). Dat komt doordat de winkel de btw per regel afrondt en Moneybird over de hele factuur; zo'n klein verschil is gewoon. Geboekt met het bedrag van Moneybird; je hoeft niets te doen.",
    'sync.vat_rounding_rounding_line':
      'Bestelling {order}: de btw tegen {rate}% zou in Moneybird {difference} anders zijn dan in de winkel ({invoiceTax} tegen {shopTax}), doordat de winkel de btw per regel afrondt. Een afrondingsregel op de factuur maakt de btw gelijk aan die van de winkel; je hoeft niets te doen.',
    'sync.vat_rounding_zero_rate':
      'Bestelling {order}: de winkel meldt {shopTax} btw tegen 0%. Tegen 0% bestaat geen btw, dus is daar geen btw geboekt.',
    'sync.contact_create_in_doubt':
      'Bestelling {order} wacht even: voor dezelfde klant is bij bestelling {other} een contact aangemaakt waarvan Moneybird nog niet heeft bevestigd of het gelukt is. Zodra dat duidelijk is, wordt deze bestelling op dat contact geboekt. Je hoeft niets te doen.',
    'sync.unknown_line_type':
      'Bestelling {order} heeft een regel van het soort "{type}", dat Winkelbrug niet kent. Zulke regels worden als omzet geboekt tegen hun eigen btw-tarief. Klopt dat niet, laat het ons weten.',
    'sync.order_parked': 'Bestelling {order} wacht op jou: {reason}',
    'sync.ways_out_on_page': 'Wat je kunt doen, staat bij de bestelling.',
    'sync.order_waits': 'Bestelling {order} is nog niet geboekt; Winkelbrug probeert het later opnieuw.',
    // {fields}: "het adres", or "de bedrijfsnaam, het btw-nummer en het adres" (contact-directory.ts).
    'sync.contact_updated':
      'Bij bestelling {order} heeft Winkelbrug {fields} van de klant in Moneybird bijgewerkt naar wat in je webwinkel staat.',
    'sync.contact_field.company_name': 'de bedrijfsnaam',
    'sync.contact_field.tax_number': 'het btw-nummer',
    'sync.contact_field.address': 'het adres',
    'sync.order_adopted':
      'Bestelling {order} stond al in Moneybird (factuur {invoiceId}): overgenomen, niet nog eens geboekt.',
    'sync.order_taken_over':
      'Bestelling {order} staat in Moneybird als factuur {invoiceId}: op jouw aanwijzing overgenomen, niet nog eens geboekt.',
    'sync.order_adopted_contact_changed':
      'Bestelling {order} stond al in Moneybird (factuur {invoiceId}): overgenomen, niet nog eens geboekt. Het contact op die factuur, {contact}, heeft sinds het boeken andere gegevens dan de klant van de bestelling ({customer}); bedrag en regels zijn die van de bestelling. Kijk in Moneybird of het contact klopt.',
    'sync.order_adopted_elsewhere':
      'Bestelling {order} stond al in Moneybird, in de administratie "{administration}" (factuur {invoiceId}): daar gelaten en niet nog eens geboekt in {current}.',
    'sync.order_adopted_elsewhere_contact_changed':
      'Bestelling {order} stond al in Moneybird, in de administratie "{administration}" (factuur {invoiceId}): daar gelaten en niet nog eens geboekt in {current}. Het contact op die factuur, {contact}, heeft sinds het boeken andere gegevens dan de klant van de bestelling ({customer}); bedrag en regels zijn die van de bestelling. Kijk in Moneybird of het contact klopt.',
    // A reason with more than one way out is written in lines: what happened, "Wat je kunt doen:",
    // then one line per case naming its button. The order's page and the dashboard show the cases as
    // a list (orders/ReasonText.tsx); where lines are not kept (the log), they read on as sentences.
    'sync.booking_elsewhere_unfinished':
      'Bestelling {order} staat al in de administratie "{administration}" ({invoice}), maar is daar nog niet als betaald geboekt. Winkelbrug boekt haar niet nog eens in {current}: dan zou ze twee keer in je boeken staan.\nWat je kunt doen:\nHoort ze in "{administration}": maak de boeking daar af en zet de factuur op betaald; kies daarna "Overslaan".\nHoort ze in {current}: verwijder de factuur in "{administration}" en kies "Opnieuw proberen"; dan boekt Winkelbrug haar in {current}.',
    // The invoice there has its number already: deleting it leaves a gap in that administration's
    // numbers, which an accountant objects to; a credit note is the usual correction.
    'sync.booking_elsewhere_unfinished_numbered':
      'Bestelling {order} staat al in de administratie "{administration}" ({invoice}), maar is daar nog niet als betaald geboekt. Winkelbrug boekt haar niet nog eens in {current}: dan zou ze twee keer in je boeken staan.\nWat je kunt doen:\nHoort ze in "{administration}": zet de factuur daar op betaald en kies "Overslaan".\nHoort ze in {current}: overleg met je boekhouder. Meestal maak je in "{administration}" een creditfactuur voor de factuur van de bestelling en boek je haar zelf in {current}; kies daarna "Overslaan".\nVerwijder je de factuur in "{administration}" toch (dat laat een gat in de factuurnummers daar): kies daarna "Opnieuw proberen"; dan boekt Winkelbrug haar in {current}.',
    'sync.connected_administration': 'de gekoppelde administratie',
    'sync.other_administrations_limit':
      'Bestellingen die niet in de gekoppelde administratie staan, zijn ook gezocht in {looked} van je {total} andere Moneybird-administraties, niet in de rest. Staat een bestelling in een van die andere al geboekt, dan ziet Winkelbrug dat niet.',
    'sync.booking_elsewhere_ambiguous':
      'Bestelling {order} staat al meer dan eens in Moneybird, in andere administraties dan {current}: {places}. Winkelbrug boekt haar niet nog eens. Kijk welke boeking klopt, verwijder de andere en kies dan "Overslaan".',
    'sync.booking_elsewhere_not_ours':
      'In de administratie "{administration}" staat al een factuur met referentie {reference} ({invoice}), maar die past niet bij bestelling {order}: {difference}. Winkelbrug boekt de bestelling daarom niet in {current}: misschien is het haar boeking, daar gewijzigd.\nWat je kunt doen:\nHoort die factuur bij deze bestelling: kies "Overslaan".\nHoort hij er niet bij: geef hem in "{administration}" een andere referentie en kies "Opnieuw proberen".',
    'sync.booking_not_ours':
      'In Moneybird staat al een factuur met referentie {reference} ({invoice}), maar die past niet bij bestelling {order}: {difference}. Winkelbrug neemt die factuur niet over en boekt de bestelling ook niet nog eens. Controleer de factuur in Moneybird.\nWat je kunt doen:\nHoort de factuur bij deze bestelling: kies "Overslaan".\nHoort hij er niet bij: geef hem in Moneybird een andere referentie en kies daarna "Opnieuw proberen".',
    'sync.booking_not_ours_takeable':
      'In Moneybird staat al een factuur met referentie {reference} ({invoice}) met het bedrag en de btw per tarief van bestelling {order}, maar {difference}. Winkelbrug neemt die factuur niet zelf over en boekt de bestelling ook niet nog eens. Controleer de factuur in Moneybird.\nWat je kunt doen:\nHoort de factuur bij deze bestelling: kies "Factuur overnemen".\nHoort hij er niet bij: geef hem in Moneybird een andere referentie en kies daarna "Opnieuw proberen".',
    'sync.booking_mismatch_contact': 'het contact is {contact}, niet de klant van de bestelling ({customer})',
    'sync.booking_mismatch_lines': 'de regels zijn niet die van de bestelling',
    'sync.booking_mismatch_total': 'het totaal is {invoiceTotal}, dat van de bestelling {shopTotal}',
    'sync.booking_ambiguous':
      'In Moneybird staan {count} facturen met referentie {reference} ({invoices}). Winkelbrug weet niet welke bij bestelling {order} hoort, neemt er geen over en boekt de bestelling ook niet nog eens. Verwijder de facturen die er niet bij horen (of geef ze in Moneybird een andere referentie) en kies daarna "Opnieuw proberen".',
    'sync.booking_state':
      'Bestelling {order} staat al in Moneybird ({invoice}), maar die factuur is {state}; daar gaat Winkelbrug niet zelf mee verder. Rond de factuur in Moneybird af en kies "Overslaan", of verwijder hem en kies "Opnieuw proberen".',
    'sync.journal_restored':
      'Winkelbrug werkt met een oudere kopie van zijn gegevens (een teruggezette back-up?) en weet dus niet wat er sindsdien in Moneybird is geboekt. Daarom zoekt het de bestellingen die het nog niet had geboekt ({orders}), en elke bestelling tot vandaag die het nog niet kent, eerst op in Moneybird: wat daar al staat, neemt het over in plaats van het nog eens te boeken. Je hoeft niets te doen.',
    'sync.adoption_summary':
      'Eerst in Moneybird nagekeken of bestellingen er al stonden, zodat niets dubbel wordt geboekt: {counts}.',
    'sync.adoption_count.looked': '{n} nagekeken',
    'sync.adoption_count.none': 'geen enkele stond er al',
    'sync.adoption_count.adopted.one': '1 stond er al en is overgenomen',
    'sync.adoption_count.adopted.other': '{n} stonden er al en zijn overgenomen',
    'sync.adoption_count.parked.one': '1 wacht op jou',
    'sync.adoption_count.parked.other': '{n} wachten op jou',
    'sync.awaiting_refund':
      'Wacht op terugbetaling: de creditfactuur van creditorder {order} (creditering van bestelling {original}, {amount}) staat in Moneybird, maar de winkel heeft de terugbetaling nog niet (helemaal) vastgelegd. Winkelbrug kijkt geregeld opnieuw (de eerste twee dagen elk uur, daarna minder vaak) en registreert de terugbetaling zodra het hele bedrag er is, elke terugbetaling van de winkel met haar eigen datum en referentie; tot dan staat de creditfactuur open. Net vastgelegd in de winkel? Kies dan "Opnieuw proberen". Niets te doen, tenzij je buiten de winkel om hebt terugbetaald: registreer de betaling dan zelf in Moneybird en kies "Overslaan".',
    'sync.administration_conflict':
      'Welke Moneybird-administratie gebruik je nu? Vanuit deze map boekte Winkelbrug in een andere administratie dan je op deze computer het laatst koos; misschien is een oude back-up teruggezet. Tot je de administratie opnieuw kiest, boekt Winkelbrug niets: ga naar Instellingen en kies de administratie waarin je nu boekt.',
    'sync.missing_config':
      'De instelling {name} ontbreekt. Zet de omgevingsvariabele {name} (npm run sim drukt ze allemaal af) of koppel in de app.',
  },
  en: {
    'sync.totals_differ':
      'Moneybird computes a different amount for order {order} than the shop: total {invoiceTotal} in Moneybird against {shopTotal} in the shop{vatDetail}. The draft with reference {reference} is still in Moneybird; check the VAT rates under Settings → Bookkeeping → VAT rates, delete the draft and then choose "Retry".',
    'sync.vat_detail': ', VAT {invoiceVat} against {shopVat}',
    'sync.totals_differ_sent':
      'Moneybird computed a different amount for order {order} than the shop when the invoice was sent: total {invoiceTotal} in Moneybird against {shopTotal} in the shop{vatDetail}. Invoice {invoiceNumber} (reference {reference}) is numbered and in the books; no payment has been registered. Correct the invoice in Moneybird or credit it, then choose "Retry".',
    'sync.totals_differ_external':
      'Moneybird computes a different amount for order {order} than the shop: total {invoiceTotal} in Moneybird against {shopTotal} in the shop{vatDetail}. The external invoice with reference {reference} is already in the books, still unpaid; check the VAT rates under Settings → Bookkeeping → VAT rates, correct or delete the invoice in Moneybird and then choose "Retry".',
    'sync.vat_box_wrong':
      'Order {order} would land in the wrong box of the VAT return in Moneybird: {lines}. For {treatment} the revenue belongs in {required}. So Winkelbrug has put the invoice in Moneybird only as a draft (reference {reference}) and not booked it yet. In Winkelbrug, choose a VAT rate for {required} under Settings → Bookkeeping → VAT rates, put that rate on the draft in Moneybird too (or delete the draft) and then choose "Retry".',
    'sync.vat_box_line': 'rate "{name}" is in {boxes}',
    'sync.no_box': 'none of the boxes',
    'sync.box.one': 'box {boxes}',
    'sync.box.many': 'boxes {boxes}',
    'sync.box.oss': 'the OSS return for {countries}',
    'sync.box_required.domestic': 'a domestic box (1a, 1b, 1c or 1e)',
    'sync.box_required.reverse_charge': 'box 3b and the EC sales list (ICP)',
    'sync.box_required.export': 'box 3a',
    'sync.box_required.oss': 'the OSS return, in none of the Dutch boxes',
    'sync.refused_without_reason': 'without saying why',
    'sync.moneybird_refused':
      'Moneybird refused order {order}: {details}. Correct this (in Moneybird or under Settings → Bookkeeping) and then choose "Retry".',
    'sync.running_elsewhere':
      'A sync with this data folder is already running in another Winkelbrug process (pid {pid}). Wait for it to finish, or close the other app or command, then try again.',
    'sync.plan_limit':
      'Your Moneybird plan does not allow more invoices. Choose another plan in Moneybird; syncing then continues.',
    'sync.shop_no_api_access':
      'Mijnwebwinkel no longer gives Winkelbrug access to your orders: your web shop has no access to the Mijnwebwinkel API. It comes with the Premium plan or higher. Change your plan in Mijnwebwinkel; syncing then continues by itself.',
    'sync.import_refused.not_before':
      'Booking earlier orders from {since} did not start: from {start} on Winkelbrug books the orders by itself already. Choose a date before {start}. Nothing was changed.',
    'sync.import_refused.future':
      'Booking earlier orders from {since} did not start: that date is in the future. Choose today ({today}) or earlier. Nothing was changed.',
    'sync.import_refused.invalid':
      'Booking earlier orders did not start: {since} is not a real date. Choose a date as YYYY-MM-DD, for example 2026-10-01. Nothing was changed.',
    'sync.import_refused.unfinished':
      'Booking the orders from {unfinished} is not finished yet; it continues by itself.',
    'sync.transient':
      'Order {order} could not be booked now. {details} Winkelbrug tries again by itself at {retryAt}.',
    'sync.icp_contact_vat_number':
      'Order {order} is a sale to a business in the EU (ICP) with VAT number {vatNumber}, but the contact in Moneybird has VAT number {contactVatNumber}. Moneybird prints the contact\'s number on the invoice and puts it on the EC sales list (ICP), so it must be the order\'s number. Correct the contact\'s VAT number in Moneybird (or turn on "Keep customer details current in Moneybird" under Settings → Syncing) and then choose "Retry".',
    'sync.order_gone_from_shop':
      'Order {order} is no longer in your shop: Mijnwebwinkel does not know it (any more). Perhaps it was deleted there. Winkelbrug does not book it. If it is in your shop, choose "Retry" later; if it need not be booked, choose "Skip".',
    'sync.order_unreadable':
      'Order {order} cannot be read: its field "{field}" holds a value Winkelbrug does not understand. Winkelbrug does not book it until that is resolved. Check the order in Mijnwebwinkel and then choose "Retry"; if that does not help, please report it.',
    'sync.order_unreadable_now':
      'Order {order} changed in your shop and can no longer be read. Winkelbrug does not book it until that is resolved. Check the order in Mijnwebwinkel and then choose "Retry"; if that does not help, please report it.',
    'sync.original_missing':
      'Credit order {order} belongs to order {original}, which is not booked (yet). Book the original order first; the credit follows by itself.',
    'sync.original_parked':
      'Credit order {order} belongs to order {original}, which needs you and so is not booked yet. Resolve order {original} first; the credit follows by itself.',
    'sync.original_unreadable':
      'Credit order {order} belongs to order {original}, which could not be read from the shop. Winkelbrug tries again later.',
    'sync.original_unplannable':
      'Credit order {order} belongs to order {original}, but Winkelbrug cannot work out that order\'s booking again now: {reason} Resolve that, then choose "Retry" on this credit.',
    'sync.original_skipped':
      'Credit order {order} belongs to order {original}, which you left out of your books (skipped). Choose Skip for this credit too; if you book order {original} after all, the credit follows by itself.',
    'sync.original_skipped.cancelled_in_shop':
      'Credit order {order} belongs to order {original}, which was cancelled in your shop before it was booked: nothing of it is in Moneybird to credit. Choose Skip for this credit.',
    'sync.original_skipped.before_start_date':
      'Credit order {order} belongs to order {original}, which is dated before your start date and so was not booked. Choose Skip for this credit; if you book order {original} after all (on the dashboard, under Book earlier orders), the credit follows by itself.',
    'sync.original_invoice_gone':
      'Credit order {order} credits order {original}, but its invoice (reference {reference}) is no longer in Moneybird. Winkelbrug makes no credit note for an invoice that is not there. Settle the credit yourself in Moneybird, if it is still needed, and choose "Skip".',
    'sync.booking_other_administration':
      'Order {order} was partly booked (invoice {invoice}) in another Moneybird administration than the connected one, before you switched administration. Winkelbrug does not make the booking again in the connected administration: the order would then be in your books twice. Finish the booking yourself in that other administration and choose "Skip".',
    'sync.original_other_administration':
      'Credit order {order} credits order {original}, but that is on {invoice} in another Moneybird administration than the connected one, booked before you switched administration. Winkelbrug does not make the credit note in the connected administration, where that invoice is not. Settle the credit yourself in that other administration and choose "Skip".',
    'sync.original_other_administration_named':
      'Credit order {order} credits order {original}, but that is on {invoice} in another Moneybird administration, "{administration}", booked before you switched to "{current}". Winkelbrug does not make the credit note in "{current}", where that invoice is not. Settle the credit yourself in "{administration}" and choose "Skip".',
    'sync.original_invoice_changed':
      'Credit order {order} credits {creditTotal} of order {original}, but its invoice (reference {reference}) was changed in Moneybird and now stands at {invoiceTotal}; with what was credited before ({creditedBefore}) more would be credited than the invoice holds. Put the invoice in Moneybird back as the order was and choose "Retry", or choose "Skip" if you settle the credit yourself.',
    'sync.invoice_gone':
      'The invoice of order {order} ({invoiceId}) no longer exists in Moneybird. Check whether it was deleted there; choose "Skip" if the order should not be booked any more.',
    'sync.unpaid_not_yet': 'Order {order} is not paid yet; it is booked once the payment is in.',
    'sync.skipped_by_owner': 'Skipped on request.',
    'sync.skipped_by_owner.held': 'Skipped at your request, while it was waiting for you: {reason}',
    'sync.cancelled_in_shop.set_aside':
      'Order {order} was set to "{status}" in your shop before it was booked. Nothing of it is in Moneybird and nothing needs to be booked. If you set it to a completed status in your shop again, Winkelbrug books it after all once it is paid.',
    'sync.cancelled_in_shop.booked':
      'Order {order} was set to "{status}" in your shop, but is still booked in Moneybird: invoice {invoice}, {amount}.{partly} Winkelbrug does not credit on a guess. Make a credit order for this order in your shop; Winkelbrug books it as a credit note against this invoice. If you settled it in Moneybird yourself, choose "Settled myself" on the order.',
    'sync.cancelled_in_shop.partly_credited': ' {credited} of it is credited already.',
    'sync.credit_after_owner_settled':
      'Credit order {order} credits order {original}. For that order you said you settled the cancellation in Moneybird yourself. If Moneybird already holds a credit note or correction for it, this credit order would credit it twice: choose "Skip". If it belongs after all, choose "Retry"; Winkelbrug then books it as a credit note.',
    'sync.cancelled_in_shop.back_in_shop':
      'Order {order} was cancelled in your shop and is in a completed status again: Winkelbrug books it after all once it is paid.',
    'sync.cancelled_in_shop.draft_left':
      'Order {order} was set to "{status}" in your shop before it was fully booked. Moneybird still holds a draft of its invoice with reference {reference}: no revenue yet, and Winkelbrug does not send it. Delete that draft in Moneybird; nothing else needs to be booked. If you set the order to a completed status in your shop again, Winkelbrug finishes the booking after all.',
    'sync.cancelled_in_shop.look_failed':
      'Winkelbrug could not check in your shop whether booked orders were cancelled afterwards: {reason} Booking goes on, and the next syncs look again, also over the time missed now. You get this message once.',
    'sync.cancelled_in_shop.credited':
      'Order {order} was cancelled in your shop and is now credited in full: Moneybird matches the shop again.',
    'sync.cancelled_in_shop.completed_again':
      'Order {order} is back in a completed status in your shop; the notice that it was cancelled is gone.',
    'sync.cancelled_in_shop.settled_by_owner':
      'You said you settled the cancellation of order {order} in Moneybird yourself.',
    'sync.left_deleted_by_owner':
      'Booked, but its invoice was deleted in Moneybird afterwards, and you chose not to book the order again. If it belongs in your books after all, choose Retry.',
    'sync.invoice_state.scheduled': 'scheduled to be sent',
    'sync.invoice_state.uncollectible': 'marked uncollectible',
    'sync.invoice_label_numbered': 'invoice {number}',
    'sync.invoice_label_unnumbered': 'a draft of {total}',
    'sync.invoice_label_reference': 'the invoice with reference {reference}',
    'sync.test_order': 'Test order: not booked.',
    'sync.before_start_date': 'Dated before the start date: not booked.',
    'sync.before_start_date.set_aside':
      'This order is dated before your start date ({date}): Winkelbrug does not book it and no longer checks whether it is paid. Should it be in Moneybird after all? Choose Book earlier orders on the dashboard, from its date.',
    'sync.needs_statuses':
      'First choose under Settings → Which orders which order statuses of your web shop mean "completed": until then Winkelbrug books nothing.',
    'sync.needs_mapping':
      'First choose "{label}" under Settings → Bookkeeping → {section}: without it Winkelbrug cannot book anything.',
    'sync.needs_mapping.other':
      'Not everything is chosen under Settings → Bookkeeping yet: without those choices Winkelbrug cannot book anything. Choose what is marked as required there and save it.',
    'sync.needs_mapping.none':
      'Winkelbrug cannot book anything: your Moneybird administration has no {what}. Create one in Moneybird; Winkelbrug then chooses it by itself, or you choose it under Settings → Bookkeeping → {section}.',
    'sync.missing_in_moneybird.revenue': 'active revenue account for sales invoices',
    'sync.missing_in_moneybird.financial': 'active bank or payment account',
    'sync.mapping_invalid':
      'A choice under Settings → Bookkeeping is not (or no longer) valid, so Winkelbrug books nothing. Look at the choices there, choose again what is wrong and save it.',
    'sync.run_finished': 'Sync finished: {counts}.',
    'sync.run_count.booked': '{n} booked',
    'sync.run_count.parked.one': '1 needs you',
    'sync.run_count.parked.other': '{n} need you',
    'sync.run_count.waiting.one': '1 will be retried',
    'sync.run_count.waiting.other': '{n} will be retried',
    'sync.run_count.called_off.one': '1 booked order was cancelled in your shop',
    'sync.run_count.called_off.other': '{n} booked orders were cancelled in your shop',
    'sync.run_count.unpaid': '{n} not paid yet',
    'sync.run_count.test_order.one': '1 test order',
    'sync.run_count.test_order.other': '{n} test orders',
    'sync.run_count.before_start_date': '{n} from before the start date',
    'sync.run_count.cancelled_in_shop': '{n} cancelled in your shop',
    'sync.run_count.unreadable': '{n} could not be read',
    'sync.run_count.skipped': '{n} not booked',
    'sync.run_count.nothing': 'nothing new to book',
    'sync.run_started.manual': 'Sync started (at your request).',
    'sync.run_started.scheduled': 'Sync started (on schedule).',
    'sync.run_started.import': 'Sync started (booking earlier orders).',
    'sync.administration_switched':
      'From now on Winkelbrug books in the administration "{current}", no longer in "{previous}". What was booked stays in "{previous}"; new invoices get the numbers of "{current}". Choose the rates and accounts of "{current}" under Settings → Bookkeeping.',
    'sync.administration_previous_unnamed': 'the previous administration',
    'sync.disconnected.mijnwebwinkel':
      'Disconnected from Mijnwebwinkel (at your request). Winkelbrug books nothing until you connect again; what is booked already stays in Moneybird.',
    'sync.disconnected.moneybird':
      'Disconnected from Moneybird (at your request). Winkelbrug books nothing until you connect again; what is booked already stays in Moneybird.',
    'sync.start_date_set':
      'Start date set to {date}: book older orders on the dashboard, under Book earlier orders.',
    'sync.order_booked': 'Order {order} booked as invoice {invoice}.',
    'sync.credit_booked':
      'Credit order {order} booked as credit invoice {invoice}, crediting order {original}.',
    'sync.order_booked_in':
      'Order {order} booked in the administration "{administration}" as invoice {invoice}.',
    'sync.credit_booked_in':
      'Credit order {order} booked in the administration "{administration}" as credit invoice {invoice}, crediting order {original}.',
    'sync.vat_rounding_accepted':
      "Order {order}: the VAT at {rate}% differs by {difference} in Moneybird from the shop ({invoiceTax} against {shopTax}). The shop rounds VAT per line and Moneybird over the whole invoice; so small a difference is normal. Booked with Moneybird's amount; nothing to do.",
    'sync.vat_rounding_rounding_line':
      "Order {order}: the VAT at {rate}% would differ by {difference} in Moneybird from the shop ({invoiceTax} against {shopTax}), because the shop rounds VAT per line. A rounding line on the invoice makes the VAT equal to the shop's; nothing to do.",
    'sync.vat_rounding_zero_rate':
      'Order {order}: the shop reports {shopTax} VAT at 0%. No VAT exists at 0%, so none was booked there.',
    'sync.contact_create_in_doubt':
      'Order {order} waits a moment: for the same customer, order {other} created a contact that Moneybird has not yet confirmed. Once that is clear, this order is booked on that contact. Nothing to do for you.',
    'sync.unknown_line_type':
      'Order {order} has a line of type "{type}", which Winkelbrug does not know. Such lines are booked as revenue at their own VAT rate. If that is wrong, let us know.',
    'sync.order_parked': 'Order {order} needs you: {reason}',
    'sync.ways_out_on_page': 'What you can do is on the order’s page.',
    'sync.order_waits': 'Order {order} is not booked yet; Winkelbrug tries again later.',
    'sync.contact_updated':
      "For order {order}, Winkelbrug updated the customer's {fields} in Moneybird to match your shop.",
    'sync.contact_field.company_name': 'company name',
    'sync.contact_field.tax_number': 'VAT number',
    'sync.contact_field.address': 'address',
    'sync.order_adopted':
      'Order {order} was already in Moneybird (invoice {invoiceId}): adopted, not booked again.',
    'sync.order_taken_over':
      'Order {order} is in Moneybird as invoice {invoiceId}: taken over as you said, not booked again.',
    'sync.order_adopted_contact_changed':
      "Order {order} was already in Moneybird (invoice {invoiceId}): adopted, not booked again. The contact on that invoice, {contact}, has had other details since it was booked than the order's customer ({customer}); the amount and the lines are the order's. Check in Moneybird that the contact is right.",
    'sync.order_adopted_elsewhere':
      'Order {order} was already in Moneybird, in the administration "{administration}" (invoice {invoiceId}): left there and not booked again in {current}.',
    'sync.order_adopted_elsewhere_contact_changed':
      'Order {order} was already in Moneybird, in the administration "{administration}" (invoice {invoiceId}): left there and not booked again in {current}. The contact on that invoice, {contact}, has had other details since it was booked than the order\'s customer ({customer}); the amount and the lines are the order\'s. Check in Moneybird that the contact is right.',
    'sync.booking_elsewhere_unfinished':
      'Order {order} is already in the administration "{administration}" ({invoice}), but is not booked as paid there. Winkelbrug does not book it again in {current}: it would then be in your books twice.\nWhat you can do:\nIf it belongs in "{administration}": finish the booking there and mark the invoice paid; then choose "Skip".\nIf it belongs in {current}: delete the invoice in "{administration}" and choose "Retry"; Winkelbrug then books the order in {current}.',
    'sync.booking_elsewhere_unfinished_numbered':
      'Order {order} is already in the administration "{administration}" ({invoice}), but is not booked as paid there. Winkelbrug does not book it again in {current}: it would then be in your books twice.\nWhat you can do:\nIf it belongs in "{administration}": mark the invoice paid there and choose "Skip".\nIf it belongs in {current}: ask your accountant. Usually you make a credit note in "{administration}" for the order’s invoice and book the order in {current} yourself; then choose "Skip".\nIf you delete the invoice in "{administration}" all the same (that leaves a gap in its invoice numbers there): then choose "Retry"; Winkelbrug then books the order in {current}.',
    'sync.connected_administration': 'the connected administration',
    'sync.other_administrations_limit':
      'Orders that are not in the connected administration were also looked for in {looked} of your {total} other Moneybird administrations, not in the rest. If an order is already booked in one of those, Winkelbrug does not see it.',
    'sync.booking_elsewhere_ambiguous':
      'Order {order} is in Moneybird more than once already, in other administrations than {current}: {places}. Winkelbrug does not book it again. Check which booking is right, delete the other and choose "Skip".',
    'sync.booking_elsewhere_not_ours':
      'In the administration "{administration}" there is already an invoice with reference {reference} ({invoice}), but it does not match order {order}: {difference}. Winkelbrug therefore does not book the order in {current}: it may be its booking, changed there.\nWhat you can do:\nIf that invoice belongs to this order: choose "Skip".\nIf it does not: give it another reference in "{administration}" and choose "Retry".',
    'sync.booking_not_ours':
      'Moneybird already holds an invoice with reference {reference} ({invoice}), but it does not fit order {order}: {difference}. Winkelbrug does not take that invoice over, nor does it book the order a second time. Check the invoice in Moneybird.\nWhat you can do:\nIf the invoice belongs to this order: choose "Skip".\nIf it does not: give it another reference in Moneybird and then choose "Retry".',
    'sync.booking_not_ours_takeable':
      'Moneybird already holds an invoice with reference {reference} ({invoice}) with the amount and the VAT per rate of order {order}, but {difference}. Winkelbrug does not take that invoice over by itself, nor does it book the order a second time. Check the invoice in Moneybird.\nWhat you can do:\nIf the invoice belongs to this order: choose "Take over invoice".\nIf it does not: give it another reference in Moneybird and then choose "Retry".',
    'sync.booking_mismatch_contact': "its contact is {contact}, not the order's customer ({customer})",
    'sync.booking_mismatch_lines': "its lines are not the order's",
    'sync.booking_mismatch_total': "its total is {invoiceTotal}, the order's is {shopTotal}",
    'sync.booking_ambiguous':
      'Moneybird holds {count} invoices with reference {reference} ({invoices}). Winkelbrug cannot tell which one belongs to order {order}, takes none of them over and does not book the order again. Delete the ones that do not belong to it (or give them another reference), then choose "Retry".',
    'sync.booking_state':
      'Order {order} is already in Moneybird ({invoice}), but that invoice is {state}; Winkelbrug does not carry on from there by itself. Finish the invoice in Moneybird and choose "Skip", or delete it and choose "Retry".',
    'sync.journal_restored':
      'Winkelbrug is working with an older copy of its data (a restored backup?), so it does not know what was booked in Moneybird since. It therefore first looks up in Moneybird the orders it had not booked yet ({orders}), and every order up to today it does not know yet: what is there already it takes over instead of booking it again. Nothing to do for you.',
    'sync.adoption_summary':
      'First checked in Moneybird whether orders were there already, so that nothing is booked twice: {counts}.',
    'sync.adoption_count.looked': '{n} checked',
    'sync.adoption_count.none': 'none was there yet',
    'sync.adoption_count.adopted.one': '1 was there already and was taken over',
    'sync.adoption_count.adopted.other': '{n} were there already and were taken over',
    'sync.adoption_count.parked.one': '1 needs you',
    'sync.adoption_count.parked.other': '{n} need you',
    'sync.awaiting_refund':
      'Awaiting refund: the credit note of order {order} (crediting order {original}, {amount}) is sent in Moneybird, but the shop has not recorded the refund (in full) yet. Winkelbrug looks again regularly (every hour for the first two days, less often after) and registers the refund as soon as the whole amount is there, each of the shop\'s refunds with its own date and reference; until then the credit note stays open. Just recorded it in the shop? Then choose "Retry". Nothing to do, unless you refunded outside the shop: then register the payment in Moneybird yourself and choose "Skip".',
    'sync.administration_conflict':
      'Which Moneybird administration do you use now? From this folder Winkelbrug booked in another administration than the one you last chose on this computer; perhaps an old backup was put back. Until you choose the administration again, Winkelbrug books nothing: go to Settings and choose the administration you book in now.',
    'sync.missing_config':
      'The setting {name} is missing. Set the environment variable {name} (npm run sim prints them all) or connect in the app.',
  },
});

export type SyncMessageKey = keyof typeof syncMessages.nl;
