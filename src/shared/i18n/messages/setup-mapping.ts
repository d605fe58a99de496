// Texts of the bookkeeping mapping (each choice, why it is proposed, what to check) and of the dry
// run that shows what the first sync would book.
import { defineCatalog } from '../translate';

export const setupMappingMessages = defineCatalog({
  nl: {
    // ---- the fields ----
    'field.revenue.label': 'Omzetrekening',
    'field.revenue.help':
      'De grootboekrekening (in Moneybird heet dat een categorie) waarop de verkopen uit je winkel als omzet komen. Verzendkosten, betaalkosten en kortingen komen hier ook op, tenzij je daar een eigen rekening voor kiest.',
    'field.shipping.label': 'Grootboekrekening voor verzendkosten',
    'field.shipping.help':
      'Waar de verzendkosten die klanten betalen worden geboekt. Leeg laten: op de omzetrekening.',
    'field.paymentCosts.label': 'Grootboekrekening voor betaalkosten',
    'field.paymentCosts.help':
      'Waar de betaalkosten die klanten betalen (bijvoorbeeld voor achteraf betalen) worden geboekt. Leeg laten: op de omzetrekening.',
    'field.discounts.label': 'Grootboekrekening voor kortingen',
    'field.discounts.help':
      'Waar kortingen (kortingscodes, acties) worden geboekt. Leeg laten: ze verlagen de omzet op de omzetrekening.',
    'field.revenueByTreatment.label': 'Omzetrekening voor {treatment}',
    'field.revenueByTreatment.help':
      'Verkopen met deze btw-behandeling komen op deze rekening in plaats van op de gewone omzetrekening.',
    'field.revenueByRate.label': 'Omzetrekening voor {rate}% btw',
    'field.revenueByRate.help':
      'Verkopen tegen {rate}% btw komen op deze rekening in plaats van op de gewone omzetrekening.',
    'field.financial.label': 'Betaalrekening',
    'field.financial.help':
      'De rekening in Moneybird waarop het geld van je klanten binnenkomt, bijvoorbeeld je Mollie- of bankrekening. Elke factuur wordt daarop als betaald geboekt, zodat hij niet als openstaand blijft staan.',
    'field.giftCardLedger.label': 'Of: grootboekrekening voor cadeaubonnen',
    'field.giftCardLedger.help':
      'De balansrekening waarop je cadeaubonnen bijhoudt tot je klanten ze gebruiken: geld dat je hun schuldig bent. Een verkochte cadeaubon is nog geen omzet; Winkelbrug boekt hem op deze rekening, tegen het 0%-tarief buiten de btw-aangifte dat je bij Afronding kiest. Pas wat de klant er later mee koopt, is omzet. Een betaling met een cadeaubon wordt met deze rekening verrekend in plaats van op een betaalrekening geboekt.',
    'reason.gift_card_ledger_optional':
      'Leeg laten kan als je hierboven een betaalrekening voor cadeaubonnen kiest en je winkel geen cadeaubonnen verkoopt: een bestelling waarin een cadeaubon wordt verkocht, wacht tot je hier een rekening kiest. Dit kies je alleen zelf.',
    'field.giftCard.label': 'Betaalrekening voor cadeaubonnen',
    'field.giftCard.help':
      'Als een klant (deels) met een cadeaubon van je winkel betaalt, wordt dat deel op deze betaalrekening geboekt. Alleen nodig als je cadeaubonnen verkoopt.',
    'field.paymentMethod.label': 'Betaalrekening voor betaalmethode {method}',
    'field.paymentMethod.help':
      'Betalingen met {method} komen op deze betaalrekening in plaats van op de gewone betaalrekening.',
    'field.domestic.label': '{rate}% btw',
    'field.domestic.help':
      'Het btw-tarief in Moneybird voor verkopen in {country} tegen {rate}% btw. Het bepaalt in welke rubriek van je btw-aangifte de omzet komt.',
    'field.domesticZero.help':
      'Het btw-tarief in Moneybird voor verkopen in {country} tegen 0% btw. Het bepaalt waar de omzet in je btw-aangifte komt: met een tarief als "0% btw" in rubriek 1e (belast met 0%), met een tarief als "Geen btw" buiten de aangifte (vrijgesteld of geen levering, zoals postzegels; een verkochte cadeaubon boekt Winkelbrug apart, op de rekening voor cadeaubonnen bij Betalingen). Twijfel je, vraag het je boekhouder.',
    'field.reverseCharge.label': 'Verkoop aan een bedrijf in de EU (ICP)',
    'field.reverseCharge.help':
      'Het 0%-tarief in Moneybird voor verkopen aan bedrijven in een ander EU-land met een btw-nummer, waarbij de klant de btw afdraagt. Deze omzet hoort in rubriek 3b van je btw-aangifte en in de ICP-opgaaf; kies dus niet het binnenlandse "Btw verlegd" (rubriek 1e).',
    'field.export.label': 'Export buiten de EU',
    'field.export.help':
      'Het 0%-tarief in Moneybird voor verkopen naar landen buiten de EU. Deze omzet hoort in rubriek 3a van je btw-aangifte.',
    'field.oss.label': '{country} {rate}% (OSS)',
    'field.oss.help':
      'Het btw-tarief in Moneybird voor verkopen op afstand aan consumenten in {country}, tegen het btw-tarief van dat land: {rate}%. Deze omzet geef je op via de OSS-regeling.',
    'field.roundingTaxRate.label': 'Btw-tarief voor afrondingsregels',
    'field.roundingTaxRate.help':
      'De winkel rondt de btw per regel af, Moneybird per tarief; daardoor kan er een cent verschil zijn. Winkelbrug zet dat recht met een afrondingsregel, en het totaal van de factuur sluit met een regel tegen dit 0%-tarief. Kies een tarief buiten de btw-aangifte, zoals "Geen btw": dan komen de afrondingscenten niet in rubriek 1e. Niet verlegd of export.',
    'field.roundingLedger.label': 'Grootboekrekening voor afrondingsverschillen',
    'field.roundingLedger.help': 'Waar de afrondingsregels van een cent of twee worden geboekt.',
    'field.workflow.label': 'Factuurworkflow',
    'field.workflow.help':
      'De workflow van Moneybird voor de facturen van je winkel (nummering, betaaltermijn). Leeg laten: de standaardworkflow van Moneybird.',
    'field.documentStyle.label': 'Huisstijl',
    'field.documentStyle.help':
      'De huisstijl van Moneybird waarin de facturen worden opgemaakt. Leeg laten: de standaardhuisstijl van Moneybird.',

    // ---- why a value is shown ----
    // A reason beside a value Winkelbrug fills in is a whole sentence that says so ("Voorstel: …");
    // one beside an empty field ("Niets gekozen: …") proposes nothing.
    'reason.only_revenue': 'Voorstel: de enige omzetrekening in Moneybird.',
    'reason.only_revenue_besides':
      'Voorstel: "{name}", de enige omzetrekening in Moneybird naast {others} (voor inkomsten zonder eigen rekening).',
    'reason.only_financial': 'Voorstel: de enige actieve betaalrekening in Moneybird.',
    'reason.only_domestic_rate': 'Voorstel: het enige actieve verkooptarief van {rate}% zonder land.',
    'reason.only_ordinary_zero':
      'Voorstel: het enige gewone verkooptarief van 0% zonder land. Niet {other}: zulke tarieven zijn voor andere verkopen, zoals aan bedrijven die de btw zelf afdragen of naar het buitenland.',
    'reason.only_oss_rate': 'Voorstel: het enige actieve verkooptarief van {rate}% voor {country}.',
    'reason.named_reverse_charge':
      'Voorstel: "{name}", het enige 0%-tarief waarvan de naam zegt dat het voor verkoop aan een bedrijf in de EU (ICP) is, rubriek 3b.',
    'reason.named_export':
      'Voorstel: "{name}", het enige 0%-tarief waarvan de naam zegt dat het voor export is.',
    'reason.default_workflow': 'Voorstel: de standaardworkflow voor facturen in Moneybird.',
    'reason.only_workflow': 'Voorstel: de enige factuurworkflow in Moneybird.',
    'reason.default_style': 'Voorstel: de standaardhuisstijl in Moneybird.',
    'reason.only_style': 'Voorstel: de enige huisstijl in Moneybird.',
    'reason.moneybird_default': 'Niets gekozen: Moneybird gebruikt zijn eigen standaard.',
    'reason.on_revenue': 'Niets gekozen: deze regels komen op de omzetrekening.',
    'reason.rounding_rate_outside':
      'Voorstel: "{name}", het 0%-tarief buiten de btw-aangifte. Zo komen afrondingscenten niet in rubriek 1e.',
    'reason.rounding_rate_named':
      'Voorstel: "{name}", het gewone 0%-tarief zonder land. Afrondingscenten komen daarmee in rubriek 1e; wil je dat niet, maak dan in Moneybird een tarief "Geen btw" van 0% aan en kies dat hier.',
    'reason.rounding_rate_only':
      'Voorstel: "{name}", het enige gewone 0%-verkooptarief zonder land. Afrondingscenten komen daarmee in rubriek 1e; wil je dat niet, maak dan in Moneybird een tarief "Geen btw" van 0% aan en kies dat hier.',
    'reason.rounding_ledger_named':
      'Voorstel: "{name}", de enige grootboekrekening waarvan de naam zegt dat hij voor afrondingen is.',
    'reason.rounding_ledger_differences':
      'Voorstel: "{name}". Een aparte rekening voor afrondingen is er niet, wel deze voor betalings- of kasverschillen, waar zulke centen ook horen.',
    'reason.rounding_ledger_revenue':
      'Voorstel: je omzetrekening "{name}", want een aparte rekening voor afrondingen is er niet.',
    'reason.gift_card_named':
      'Voorstel: "{name}", de enige rekening waarvan de naam zegt dat hij voor cadeaubonnen is.',
    'reason.gift_card_optional':
      'Niets gekozen. Kies hier een betaalrekening of hieronder een grootboekrekening voor cadeaubonnen: een van de twee is genoeg. Blijven beide leeg, dan wacht een bestelling die (deels) met een cadeaubon is betaald tot je er een kiest.',
    'where.country': ' voor {country}',
    'where.treatment': ' voor {treatment}',
    'where.none': ' zonder land',
    'reason.not_needed': 'Niets gekozen.',
    'reason.method_financial':
      'Voorstel: "{name}". Je webwinkel krijgt betalingen met {method}; dat geld komt meestal op deze rekening binnen.',
    'reason.method_default':
      'Leeg laten is meestal goed: betalingen met {method} gaan dan naar de betaalrekening hierboven. Kies alleen een andere als dit geld ergens anders binnenkomt.',

    // ---- what to check ----
    'warning.choose_revenue': 'Kies zelf: er zijn {count} omzetrekeningen ({names}).',
    'reason.standard_revenue': 'Voorstel: "{name}", de standaard-omzetrekening van Moneybird.',
    'warning.check_revenue':
      'Er zijn {count} omzetrekeningen ({names}). Boek je webwinkelomzet liever op een andere, kies die dan hier.',
    'reason.provider_financial':
      'Voorstel: de meeste bestellingen in je webwinkel worden betaald via {name}; die betalingen komen op deze rekening binnen.',
    'warning.check_financial':
      'Er zijn {count} betaalrekeningen in Moneybird. Controleer of de betalingen van je webwinkel hier binnenkomen.',
    'warning.none_revenue':
      'Moneybird heeft geen actieve omzetrekening voor verkoopfacturen. Maak er een aan in Moneybird (Instellingen → Categorieën) en kom dan terug.',
    'warning.choose_financial': 'Kies zelf: er zijn {count} betaalrekeningen ({names}).',
    'warning.none_financial':
      'Moneybird heeft geen actieve betaalrekening. Voeg je bank- of betaalrekening toe in Moneybird (Bank) en kom dan terug.',
    'warning.choose_rate': 'Kies zelf: er zijn {count} actieve verkooptarieven van {rate}%{where} ({names}).',
    // The help above the field says which rate lands where, and each option names its part of the
    // return: the warning only says what waits, and which rates not to take.
    'warning.choose_domestic_zero_between':
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest.',
    'warning.choose_domestic_zero':
      'Nog niet gekozen: bestellingen met 0% btw wachten tot je hier een tarief kiest. Niet {other}: die zijn voor andere verkopen.',
    'warning.choose_domestic_zero_none':
      'Moneybird heeft geen gewoon verkooptarief van 0%, alleen {other}. Zulke tarieven zijn voor andere verkopen, zoals aan bedrijven die de btw zelf afdragen of naar het buitenland: de omzet komt daarmee in een andere rubriek van je btw-aangifte, of er staat iets anders op de factuur. Voeg in Moneybird een gewoon btw-tarief van 0% voor verkoopfacturen toe (Instellingen → Btw-tarieven); Winkelbrug kiest het dan zelf. Of kies hier bewust zelf een tarief, als je zeker weet dat het klopt. Tot dan wachten bestellingen die het nodig hebben.',
    'warning.none_rate':
      'Moneybird heeft geen actief verkooptarief van {rate}%{where}. Maak het aan in Moneybird (Instellingen → Btw-tarieven); tot dan wachten bestellingen die het nodig hebben.',
    'warning.choose_zero_treatment':
      'Kies zelf: geen enkel 0%-tarief heet naar {treatment}, en er zijn {count} tarieven van 0% ({names}). Kies het tarief dat in de goede rubriek van je btw-aangifte valt, of maak er een aan in Moneybird.',
    'warning.choose_zero_treatment.one':
      'Kies zelf: geen enkel 0%-tarief heet naar {treatment}; Moneybird heeft alleen {names} van 0%. Kies het tarief dat in de goede rubriek van je btw-aangifte valt, of maak er een aan in Moneybird.',
    'warning.none_zero_treatment':
      'Moneybird heeft geen actief verkooptarief van 0% voor {treatment}. Maak het aan in Moneybird (Instellingen → Btw-tarieven); tot dan wachten bestellingen die het nodig hebben.',
    'warning.choose_rounding_rate':
      'Kies zelf: er zijn {count} tarieven van 0% zonder land ({names}). Kies bij voorkeur een tarief buiten de btw-aangifte, zoals "Geen btw", zodat afrondingscenten niet in rubriek 1e komen; niet verlegd of export.',
    'warning.none_rounding_rate':
      'Moneybird heeft geen gewoon 0%-verkooptarief zonder land. Maak een tarief "Geen btw" van 0% aan in Moneybird; tot dan wachten bestellingen met een afrondingsverschil.',
    'warning.choose_rounding_ledger':
      'Kies zelf: er zijn {count} grootboekrekeningen die ervoor in aanmerking komen ({names}).',
    'warning.choose_workflow': 'Kies zelf: er zijn {count} factuurworkflows en geen standaard ({names}).',
    'warning.choose_style': 'Kies zelf: er zijn {count} huisstijlen en geen standaard ({names}).',
    'warning.stored_gone':
      'De opgeslagen keuze ({id}) bestaat niet meer in Moneybird. Kies een andere; tot dan wachten bestellingen die hem nodig hebben.',
    'warning.stored_unfit':
      'De opgeslagen keuze "{name}" past hier niet (meer): hij is niet actief of niet van de juiste soort. Kies een andere; tot dan wachten bestellingen die hem nodig hebben.',
    'warning.revenue_first':
      'Geen aparte rekening voor afrondingen gevonden. Kies eerst de omzetrekening; de centen komen daar dan op.',

    // ---- saving ----
    'refuse.unknown_field': 'Onbekende keuze "{path}": die kan hier niet worden gekozen.',
    'refuse.not_an_option':
      '{id} kan niet worden gekozen voor "{label}": het is geen actieve Moneybird-keuze van de juiste soort. Kies een van de getoonde mogelijkheden.',

    // ---- the dry run ----
    'dryrun.no_statuses':
      'Kies eerst welke orderstatussen "afgerond" betekenen; daarna rekent Winkelbrug uit wat de eerste synchronisatie boekt.',
    // The dry run is the wizard's: its choices are the Boekingen step's, Instellingen is not there yet.
    'dryrun.mapping_gap':
      'Kies eerst "{label}" bij de stap Boekingen onder {section}: zonder die keuze kan Winkelbrug niets boeken.',
    // A stored choice the bookkeeping schema refuses (setup/mapping/invalid-choice.ts), by its label.
    'dryrun.mapping_invalid':
      '"{label}" bij de stap Boekingen onder {section} klopt niet: {problem}. Kies daar opnieuw; tot dan kan Winkelbrug niets boeken.',
    'dryrun.mapping_invalid.section':
      'Een keuze bij de stap Boekingen onder {section} klopt niet. Kies daar opnieuw wat niet klopt; tot dan kan Winkelbrug niets boeken.',
    'dryrun.mapping_invalid.unnamed':
      'Een keuze bij de stap Boekingen klopt niet. Bekijk de keuzes daar, kies opnieuw wat niet klopt; tot dan kan Winkelbrug niets boeken.',
    'invalid.problem.ledger': 'wat er nu is opgeslagen, is geen grootboekrekening uit Moneybird',
    'invalid.problem.financial': 'wat er nu is opgeslagen, is geen betaalrekening uit Moneybird',
    'invalid.problem.taxRate': 'wat er nu is opgeslagen, is geen btw-tarief uit Moneybird',
    'invalid.problem.workflow': 'wat er nu is opgeslagen, is geen factuurworkflow uit Moneybird',
    'invalid.problem.documentStyle': 'wat er nu is opgeslagen, is geen huisstijl uit Moneybird',
    'dryrun.shop_unreachable':
      'De bestellingen konden niet uit de winkel worden gelezen: {details} Probeer het zo opnieuw.',
    'dryrun.original_parked':
      'Creditorder {order} wacht op bestelling {original}, die niet geboekt kan worden. Los eerst die op; daarna volgt de creditering vanzelf.',
    'dryrun.unexpected': 'Winkelbrug kon de proefboeking niet maken: {details}',
    'dryrun.vat_box_line_guessed':
      'tarief "{name}" zegt niet waar het valt, en een gewoon 0%-tarief staat in {box}',
    // Where a refusal sends the owner to choose a VAT rate ("Kies in Winkelbrug bij …"), and where
    // that is while setting up: the dry run shows the one in place of the other.
    'dryrun.place.settings.taxRates': 'in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven',
    'dryrun.place.step.taxRates': 'bij de stap Boekingen onder Btw-tarieven',
    'dryrun.vat_box_wrong':
      'Bestelling {order} zou in Moneybird in de verkeerde rubriek van de btw-aangifte komen: {lines}. Bij {treatment} hoort de omzet in {required}. Kies bij de stap Boekingen een btw-tarief voor {required}. Doe je dat niet, dan zet Winkelbrug bij de eerste ronde alleen een concept van de factuur in Moneybird, dat nog niet meetelt in je boeken, en wacht de bestelling op jou.',

    // ---- a tax rate's detail, beside its name in the choice: its percentage and part of the return ----
    'option.rate.box': '{rate} · rubriek {box}',
    'option.rate.outside': '{rate} · buiten de aangifte',
    'option.rate.elsewhere': '{rate} · {box}',
    'caution.box': 'in rubriek {box}',
    'caution.box_none': 'buiten de btw-aangifte',
    'caution.reverse_charge':
      'Moneybird zet verkopen op dit tarief {box}, niet in rubriek 3b: zo komen ze niet op je ICP-opgaaf.',
    'caution.reverse_charge.guessed':
      'Aan dit tarief is niet te zien dat het voor verkopen aan bedrijven in de EU is, en een gewoon 0%-tarief zet Moneybird {box}, niet in rubriek 3b.',
    'caution.export': 'Moneybird zet verkopen op dit tarief {box}, niet in rubriek 3a.',
    'caution.export.guessed':
      'Aan dit tarief is niet te zien dat het voor export is, en een gewoon 0%-tarief zet Moneybird {box}, niet in rubriek 3a.',
    'caution.domestic':
      'Moneybird zet verkopen op dit tarief {box}: dat is voor verkopen over de grens, niet in {country}.',
    'caution.waits':
      'Winkelbrug ziet dat bij het boeken: zulke bestellingen wachten dan op je, met de factuur als concept in Moneybird.',
    'caution.choose': 'Kies "{name}".',
    'caution.choose_any.reverse_charge':
      'Kies een tarief voor verkopen aan bedrijven in de EU (ICP), of voeg het toe in Moneybird (Instellingen → Btw-tarieven).',
    'caution.choose_any.export':
      'Kies een tarief voor export buiten de EU, of voeg het toe in Moneybird (Instellingen → Btw-tarieven).',
    'caution.choose_any.domestic': 'Kies een gewoon tarief van {rate}%.',

    // ---- the kind of a payment account, beside its name in the choice ----
    'financialType.BankAccount': 'Bankrekening',
    'financialType.CreditCardAccount': 'Creditcard',
    'financialType.PaypalAccount': 'PayPal',
    'financialType.MollieAccount': 'Mollie',
    'financialType.CashAccount': 'Kas',
  },
  en: {
    'field.revenue.label': 'Revenue ledger account',
    'field.revenue.help':
      "The ledger account (in Moneybird: a category) your shop's sales are booked on as revenue. Shipping, payment costs and discounts go here too, unless you choose an account of their own.",
    'field.shipping.label': 'Ledger account for shipping costs',
    'field.shipping.help':
      'Where the shipping costs customers pay are booked. Left empty: the revenue account.',
    'field.paymentCosts.label': 'Ledger account for payment costs',
    'field.paymentCosts.help':
      'Where the payment costs customers pay (for paying afterwards, say) are booked. Left empty: the revenue account.',
    'field.discounts.label': 'Ledger account for discounts',
    'field.discounts.help':
      'Where discounts (discount codes, promotions) are booked. Left empty: they lower the revenue on the revenue account.',
    'field.revenueByTreatment.label': 'Revenue account for {treatment}',
    'field.revenueByTreatment.help':
      'Sales with this VAT treatment are booked on this account instead of the usual revenue account.',
    'field.revenueByRate.label': 'Revenue account for {rate}% VAT',
    'field.revenueByRate.help':
      'Sales at {rate}% VAT are booked on this account instead of the usual revenue account.',
    'field.financial.label': 'Payment account',
    'field.financial.help':
      "The account in Moneybird your customers' money arrives on, such as your Mollie or bank account. Every invoice is booked as paid on it, so none stays open.",
    'field.giftCardLedger.label': 'Or: ledger account for gift cards',
    'field.giftCardLedger.help':
      'The balance sheet account you keep gift cards on until your customers use them: money you owe them. A gift card sold is not turnover yet; Winkelbrug books it on this account, at the 0% rate outside the VAT return you choose under Rounding. Only what the customer later buys with it is turnover. A payment by gift card is settled against this account instead of booked on a payment account.',
    'reason.gift_card_ledger_optional':
      'You can leave this empty if you choose a payment account for gift cards above and your shop sells no gift cards: an order that sells a gift card waits until you choose an account here. Only you can choose this.',
    'field.giftCard.label': 'Payment account for gift cards',
    'field.giftCard.help':
      "When a customer pays (partly) with one of your shop's gift cards, that part is booked on this payment account. Only needed if you sell gift cards.",
    'field.paymentMethod.label': 'Payment account for {method}',
    'field.paymentMethod.help':
      'Payments by {method} are booked on this payment account instead of the usual one.',
    'field.domestic.label': '{rate}% VAT',
    'field.domestic.help':
      'The Moneybird tax rate for sales in {country} at {rate}% VAT. It decides which box of your VAT return the revenue goes to.',
    'field.domesticZero.help':
      'The Moneybird tax rate for sales in {country} at 0% VAT. It decides where the revenue goes in your VAT return: with a rate such as "0% btw" in box 1e (taxed at 0%), with a rate such as "Geen btw" outside the return (exempt, or no supply, such as stamps; Winkelbrug books a gift card sold apart, on the account for gift cards under Payments). If in doubt, ask your accountant.',
    'field.reverseCharge.label': 'Sale to a business in the EU (ICP)',
    'field.reverseCharge.help':
      'The 0% rate in Moneybird for sales to businesses in another EU country with a VAT number, where the customer accounts for the VAT. This revenue belongs in box 3b of your VAT return and on the EC sales list (ICP); so not the domestic "Btw verlegd" (box 1e).',
    'field.export.label': 'Export outside the EU',
    'field.export.help':
      'The 0% rate in Moneybird for sales to countries outside the EU. This revenue belongs in box 3a of your VAT return.',
    'field.oss.label': '{country} {rate}% (OSS)',
    'field.oss.help':
      "The Moneybird tax rate for distance sales to consumers in {country}, at that country's VAT rate: {rate}%. You declare this revenue through the OSS scheme.",
    'field.roundingTaxRate.label': 'Tax rate for rounding lines',
    'field.roundingTaxRate.help':
      'The shop rounds VAT per line, Moneybird per rate, so they can differ by a cent. Winkelbrug corrects that with a rounding line, and the invoice total is closed with a line at this 0% rate. Choose a rate outside the VAT return, such as "Geen btw": then the rounding cents do not land in box 1e. Not reverse charge or export.',
    'field.roundingLedger.label': 'Ledger account for rounding differences',
    'field.roundingLedger.help': 'Where the rounding lines of a cent or two are booked.',
    'field.workflow.label': 'Invoice workflow',
    'field.workflow.help':
      "The Moneybird workflow for your shop's invoices (numbering, payment term). Left empty: Moneybird's default workflow.",
    'field.documentStyle.label': 'Document style',
    'field.documentStyle.help':
      "The Moneybird document style the invoices are laid out in. Left empty: Moneybird's default style.",

    'reason.only_revenue': 'Proposed: the only revenue account in Moneybird.',
    'reason.only_revenue_besides':
      'Proposed: "{name}", the only revenue account in Moneybird besides {others} (for income without an account of its own).',
    'reason.only_financial': 'Proposed: the only active payment account in Moneybird.',
    'reason.only_domestic_rate': 'Proposed: the only active sales rate of {rate}% without a country.',
    'reason.only_ordinary_zero':
      'Proposed: the only ordinary sales rate of 0% without a country. Not {other}: such rates are for other sales, such as to businesses that account for the VAT themselves, or abroad.',
    'reason.only_oss_rate': 'Proposed: the only active sales rate of {rate}% for {country}.',
    'reason.named_reverse_charge':
      'Proposed: "{name}", the only 0% rate whose name says sale to a business in the EU (ICP), box 3b.',
    'reason.named_export': 'Proposed: "{name}", the only 0% rate whose name says export.',
    'reason.default_workflow': 'Proposed: the default invoice workflow in Moneybird.',
    'reason.only_workflow': 'Proposed: the only invoice workflow in Moneybird.',
    'reason.default_style': 'Proposed: the default document style in Moneybird.',
    'reason.only_style': 'Proposed: the only document style in Moneybird.',
    'reason.moneybird_default': 'Nothing chosen: Moneybird uses its own default.',
    'reason.on_revenue': 'Nothing chosen: these lines go to the revenue account.',
    'reason.rounding_rate_outside':
      'Proposed: "{name}", the 0% rate outside the VAT return. That way rounding cents do not land in box 1e.',
    'reason.rounding_rate_named':
      'Proposed: "{name}", the ordinary 0% rate without a country. Rounding cents then land in box 1e; if you do not want that, create a "Geen btw" rate of 0% in Moneybird and choose it here.',
    'reason.rounding_rate_only':
      'Proposed: "{name}", the only ordinary 0% sales rate without a country. Rounding cents then land in box 1e; if you do not want that, create a "Geen btw" rate of 0% in Moneybird and choose it here.',
    'reason.rounding_ledger_named':
      'Proposed: "{name}", the only ledger account whose name says it is for rounding.',
    'reason.rounding_ledger_differences':
      'Proposed: "{name}". There is no separate account for rounding, but this one for payment or cash differences, where such cents belong too.',
    'reason.rounding_ledger_revenue':
      'Proposed: your revenue account "{name}", as there is no separate account for rounding.',
    'reason.gift_card_named': 'Proposed: "{name}", the only account whose name says it is for gift cards.',
    'reason.gift_card_optional':
      'Nothing chosen. Choose a payment account here or a ledger account for gift cards below: one of the two is enough. If both stay empty, an order paid (partly) with a gift card waits until you choose one.',
    'where.country': ' for {country}',
    'where.treatment': ' for {treatment}',
    'where.none': ' without a country',
    'reason.not_needed': 'Nothing chosen.',
    'reason.method_financial':
      'Proposed: "{name}". Your shop takes payments by {method}; that money usually arrives in this account.',
    'reason.method_default':
      'Leaving this empty is usually right: payments by {method} then go to the payment account above. Only choose another one if this money arrives elsewhere.',

    'warning.choose_revenue': 'Choose one: there are {count} revenue accounts ({names}).',
    'reason.standard_revenue': 'Proposed: "{name}", Moneybird\'s standard revenue account.',
    'warning.check_revenue':
      "There are {count} revenue accounts ({names}). If your shop's revenue belongs on another one, choose it here.",
    'reason.provider_financial':
      'Proposed: most orders in your shop are paid through {name}; those payments arrive in this account.',
    'warning.check_financial':
      "There are {count} payment accounts in Moneybird. Check that your shop's payments arrive in this one.",
    'warning.none_revenue':
      'Moneybird has no active revenue account for sales invoices. Create one in Moneybird (Settings → Categories), then come back.',
    'warning.choose_financial': 'Choose one: there are {count} payment accounts ({names}).',
    'warning.none_financial':
      'Moneybird has no active payment account. Add your bank or payment account in Moneybird (Bank), then come back.',
    'warning.choose_rate': 'Choose one: there are {count} active sales rates of {rate}%{where} ({names}).',
    'warning.choose_domestic_zero_between':
      'Not chosen yet: orders with 0% VAT wait until you choose a rate here.',
    'warning.choose_domestic_zero':
      'Not chosen yet: orders with 0% VAT wait until you choose a rate here. Not {other}: those are for other sales.',
    'warning.choose_domestic_zero_none':
      'Moneybird has no ordinary sales rate of 0%, only {other}. Such rates are for other sales, such as to businesses that account for the VAT themselves, or abroad: with them the revenue lands in another box of your VAT return, or the invoice says something else. Add an ordinary 0% tax rate for sales invoices in Moneybird (Settings → Tax rates); Winkelbrug then chooses it by itself. Or consciously choose a rate here yourself, if you are sure it is right. Until then, orders that need it wait.',
    'warning.none_rate':
      'Moneybird has no active sales rate of {rate}%{where}. Create it in Moneybird (Settings → Tax rates); until then, orders that need it wait.',
    'warning.choose_zero_treatment':
      'Choose one: no 0% rate is named for {treatment}, and there are {count} rates of 0% ({names}). Choose the rate that lands in the right box of your VAT return, or create one in Moneybird.',
    'warning.choose_zero_treatment.one':
      'Choose one: no 0% rate is named for {treatment}; Moneybird only has {names} at 0%. Choose the rate that lands in the right box of your VAT return, or create one in Moneybird.',
    'warning.none_zero_treatment':
      'Moneybird has no active sales rate of 0% for {treatment}. Create it in Moneybird (Settings → Tax rates); until then, orders that need it wait.',
    'warning.choose_rounding_rate':
      'Choose one: there are {count} rates of 0% without a country ({names}). Preferably choose a rate outside the VAT return, such as "Geen btw", so rounding cents do not land in box 1e; not reverse charge or export.',
    'warning.none_rounding_rate':
      'Moneybird has no ordinary 0% sales rate without a country. Create a "Geen btw" rate of 0% in Moneybird; until then, orders with a rounding difference wait.',
    'warning.choose_rounding_ledger': 'Choose one: {count} ledger accounts qualify ({names}).',
    'warning.choose_workflow': 'Choose one: there are {count} invoice workflows and no default ({names}).',
    'warning.choose_style': 'Choose one: there are {count} document styles and no default ({names}).',
    'warning.stored_gone':
      'The stored choice ({id}) no longer exists in Moneybird. Choose another; until then, orders that need it wait.',
    'warning.stored_unfit':
      'The stored choice "{name}" no longer fits here: it is inactive or of the wrong kind. Choose another; until then, orders that need it wait.',
    'warning.revenue_first':
      'No separate account for rounding found. Choose the revenue account first; the cents then go there.',

    'refuse.unknown_field': 'Unknown choice "{path}": it cannot be chosen here.',
    'refuse.not_an_option':
      '{id} cannot be chosen for "{label}": it is not an active Moneybird record of the right kind. Choose one of the options shown.',

    'dryrun.no_statuses':
      'First choose which order statuses mean "completed"; then Winkelbrug works out what the first sync books.',
    'dryrun.mapping_gap':
      'First choose "{label}" in the Bookkeeping step under {section}: without it Winkelbrug cannot book anything.',
    'dryrun.mapping_invalid':
      '"{label}" in the Bookkeeping step under {section} is not right: {problem}. Choose again there; until then Winkelbrug cannot book anything.',
    'dryrun.mapping_invalid.section':
      'A choice in the Bookkeeping step under {section} is not right. Choose again there what is not right; until then Winkelbrug cannot book anything.',
    'dryrun.mapping_invalid.unnamed':
      'A choice in the Bookkeeping step is not right. Look at the choices there, choose again what is not right; until then Winkelbrug cannot book anything.',
    'invalid.problem.ledger': 'what is stored now is not a ledger account from Moneybird',
    'invalid.problem.financial': 'what is stored now is not a payment account from Moneybird',
    'invalid.problem.taxRate': 'what is stored now is not a tax rate from Moneybird',
    'invalid.problem.workflow': 'what is stored now is not an invoice workflow from Moneybird',
    'invalid.problem.documentStyle': 'what is stored now is not a document style from Moneybird',
    'dryrun.shop_unreachable': 'The orders could not be read from the shop: {details} Try again in a moment.',
    'dryrun.original_parked':
      'Credit order {order} waits for order {original}, which cannot be booked. Resolve that first; the credit follows by itself.',
    'dryrun.unexpected': 'Winkelbrug could not make the trial booking: {details}',
    'dryrun.vat_box_line_guessed':
      'rate "{name}" does not say where it lands, and an ordinary 0% rate is in {box}',
    'dryrun.place.settings.taxRates': 'in Winkelbrug under Settings → Bookkeeping → VAT rates',
    'dryrun.place.step.taxRates': 'in the Bookkeeping step under VAT rates',
    'dryrun.vat_box_wrong':
      'Order {order} would land in the wrong box of the VAT return in Moneybird: {lines}. For {treatment} the revenue belongs in {required}. Choose a VAT rate for {required} in the Bookkeeping step. If you do not, the first run puts only a draft of the invoice in Moneybird, which does not count in your books yet, and the order waits for you.',

    'option.rate.box': '{rate} · box {box}',
    'option.rate.outside': '{rate} · outside the return',
    'option.rate.elsewhere': '{rate} · {box}',
    'caution.box': 'in box {box}',
    'caution.box_none': 'outside the VAT return',
    'caution.reverse_charge':
      'Moneybird puts sales on this rate {box}, not in box 3b: they would not be on your ICP listing.',
    'caution.reverse_charge.guessed':
      'Nothing about this rate says it is for sales to businesses in the EU, and Moneybird puts an ordinary 0% rate {box}, not in box 3b.',
    'caution.export': 'Moneybird puts sales on this rate {box}, not in box 3a.',
    'caution.export.guessed':
      'Nothing about this rate says it is for export, and Moneybird puts an ordinary 0% rate {box}, not in box 3a.',
    'caution.domestic':
      'Moneybird puts sales on this rate {box}: that is for sales across the border, not in {country}.',
    'caution.waits':
      'Winkelbrug sees that when it books: such orders then wait for you, their invoice left as a draft in Moneybird.',
    'caution.choose': 'Choose "{name}".',
    'caution.choose_any.reverse_charge':
      'Choose a rate for sales to businesses in the EU (ICP), or add one in Moneybird (Settings → Tax rates).',
    'caution.choose_any.export':
      'Choose a rate for export outside the EU, or add one in Moneybird (Settings → Tax rates).',
    'caution.choose_any.domestic': 'Choose an ordinary rate of {rate}%.',

    'financialType.BankAccount': 'Bank account',
    'financialType.CreditCardAccount': 'Credit card',
    'financialType.PaypalAccount': 'PayPal',
    'financialType.MollieAccount': 'Mollie',
    'financialType.CashAccount': 'Cash',
  },
});

export type SetupMappingMessageKey = keyof typeof setupMappingMessages.nl;
