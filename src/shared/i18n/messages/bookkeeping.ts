// Texts of the bookkeeping core: refusals a shop owner reads (what is wrong, what to do) and the few
// texts this app writes on invoices. Owned by the bookkeeping domain.
import { defineCatalog } from '../translate';

export const bookkeepingMessages = defineCatalog({
  nl: {
    'refusal.order_unreadable':
      'Bestelling {order} kon niet worden gelezen: {fields}. Controleer de bestelling in Mijnwebwinkel; meld het ons als de gegevens daar kloppen.',
    'refusal.no_lines':
      'Bestelling {order} heeft geen orderregels, dus er valt niets te boeken. Controleer de bestelling in Mijnwebwinkel.',
    'refusal.line_without_amount_incl_tax':
      'Regel "{line}" van bestelling {order} heeft geen bedrag inclusief btw. Controleer de regel in Mijnwebwinkel en probeer opnieuw.',
    'refusal.amount_not_whole_cents':
      'Bestelling {order}: het bedrag {amount} ({field}) is geen heel aantal centen. Controleer de bestelling in Mijnwebwinkel.',
    'refusal.total_missing':
      'Bestelling {order} heeft geen totaalbedrag, dus de boeking kan niet worden gecontroleerd. Controleer de bestelling in Mijnwebwinkel.',
    'refusal.unmapped_tax_rate':
      'Bestelling {order} bevat producten of kosten met {rate}% btw ({treatment}), maar daarvoor is nog geen btw-tarief van Moneybird gekozen. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven welk Moneybird-tarief hiervoor geldt.',
    'refusal.tax_rate_not_found':
      'Het btw-tarief van Moneybird dat is gekozen voor {rate}% ({treatment}) bestaat niet meer in Moneybird. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een ander tarief.',
    'refusal.tax_rate_absent':
      'Bestelling {order} bevat producten of kosten met {rate}% btw ({treatment}), maar je Moneybird-administratie heeft geen actief verkooptarief van {rate}%{countryPart}. Voeg dat tarief toe in Moneybird (Instellingen → Btw-tarieven) en probeer het daarna opnieuw; Winkelbrug kiest het dan zelf.',
    'refusal.tax_rate_unusable':
      'Het btw-tarief "{name}" dat voor {rate}% ({treatment}) is gekozen, is in Moneybird niet actief of niet voor verkoopfacturen. Activeer het in Moneybird, of kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een ander tarief.',
    'refusal.tax_rate_percentage_mismatch':
      'Bestelling {order} rekent {rate}% btw ({treatment}), maar het gekozen Moneybird-tarief "{name}" is {moneybirdRate}%. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een tarief van {rate}%.',
    'refusal.tax_rate_country_mismatch':
      'Bestelling {order} is belast in {country}, maar het gekozen Moneybird-tarief "{name}" geldt voor {moneybirdCountry}. Kies in Winkelbrug bij Instellingen → Boekhouding → Btw-tarieven een tarief voor {country}.',
    'refusal.reverse_charge_without_vat_number':
      'Bestelling {order} is met verlegde btw afgerekend, maar heeft geen btw-nummer van de klant. Vul het btw-nummer in bij de bestelling in Mijnwebwinkel; zonder nummer mag de btw niet worden verlegd.',
    'refusal.intra_eu_supply_not_abroad':
      'Bestelling {order} is met verlegde btw afgerekend, als verkoop aan een bedrijf in de EU (ICP), maar gaat naar {country}. Btw verleggen mag alleen bij levering aan een bedrijf in een ander EU-land (rubriek 3b en de ICP-opgaaf). Controleer de btw van de bestelling in Mijnwebwinkel, of kies Overslaan als je de boeking zelf in Moneybird maakt.',
    'refusal.export_inside_eu':
      'Bestelling {order} is zonder btw afgerekend, als export, maar gaat naar {country}, binnen de EU. Export (0%, rubriek 3a) geldt alleen voor levering buiten de EU; binnen de EU reken je btw, of verleg je die naar een bedrijf met een btw-nummer. Controleer de btw van de bestelling in Mijnwebwinkel, of kies Overslaan als je de boeking zelf in Moneybird maakt.',
    'refusal.vat_number_unrecognised':
      'Bestelling {order} is een verkoop aan een bedrijf in de EU (ICP), maar het btw-nummer van de klant ("{vatNumber}") heeft niet de vorm van een btw-nummer uit de EU. Zonder geldig nummer mag de btw niet worden verlegd en kan de verkoop niet in de ICP-opgaaf. Verbeter het btw-nummer bij de bestelling in Mijnwebwinkel en probeer opnieuw.',
    'refusal.vat_number_of_shop_country':
      'Bestelling {order} is met verlegde btw afgerekend, als verkoop aan een bedrijf in de EU (ICP), maar het btw-nummer van de klant ({vatNumber}) is een btw-nummer uit {country}. Btw verleggen naar het buitenland mag alleen naar een bedrijf met een btw-nummer uit een ander EU-land; met dit nummer reken je gewoon btw, en het kan niet in de ICP-opgaaf. Controleer het btw-nummer en de btw van de bestelling in Mijnwebwinkel, of kies Overslaan als je de boeking zelf in Moneybird maakt.',
    'refusal.oss_destination_differs':
      'Bestelling {order} is afgerekend met de btw van {taxCountry} (verkoop op afstand, OSS), maar gaat naar {country}. Bij verkoop op afstand geldt de btw van het land waar de bestelling aankomt; zo zou de omzet in de OSS-aangifte van het verkeerde land komen. Controleer het land en de btw van de bestelling in Mijnwebwinkel, of kies Overslaan als je de boeking zelf in Moneybird maakt.',
    'refusal.oss_outside_eu':
      'Bestelling {order} is afgerekend met de btw van {taxCountry} (verkoop op afstand, OSS), maar gaat naar {country}, buiten de EU. Een levering buiten de EU is export (0%, rubriek 3a), geen OSS-verkoop. Controleer het land en de btw van de bestelling in Mijnwebwinkel, of kies Overslaan als je de boeking zelf in Moneybird maakt.',
    'refusal.zero_rated_order_with_vat':
      'Bestelling {order} is als {treatment} afgerekend, maar bevat producten of kosten met {rate}% btw. Dat spreekt elkaar tegen; controleer de btw-instellingen van de bestelling in Mijnwebwinkel.',
    'refusal.lines_do_not_add_up':
      'Bestelling {order}: de regels tellen op tot {linesTotal}, maar het totaal van de bestelling is {shopTotal} (verschil {difference}). Dat is een fout in de gegevens van de bestelling, geen afronding. Controleer de bestelling in Mijnwebwinkel en probeer het daarna opnieuw, of sla haar over.',
    'refusal.vat_without_lines':
      'Bestelling {order}: de webwinkel rekent {shopTax} btw tegen {rate}%, maar geen enkele regel heeft dat tarief. Controleer de btw van de bestelling in Mijnwebwinkel.',
    'refusal.vat_mismatch':
      'Bestelling {order}: de webwinkel rekent {shopTax} btw tegen {rate}%, Moneybird zou {invoiceTax} berekenen. Dat verschil van {difference} is groter dan afronding per regel kan verklaren (hooguit {bound} bij dit aantal regels: {lines}). Controleer de btw van de bestelling in Mijnwebwinkel.',
    'refusal.rounding_not_configured':
      'Bestelling {order} heeft een afrondingsverschil van {difference}, maar er is geen grootboekrekening of 0%-tarief voor afronding gekozen. Kies ze bij Afronding.',
    'refusal.ledger_account_not_found':
      'De grootboekrekening voor {purpose} bestaat niet (meer) of is niet actief in Moneybird. Kies bij {section} een andere grootboekrekening.',
    'refusal.gift_card_sale_without_ledger':
      'In bestelling {order} is een cadeaubon van {amount} verkocht. Een verkochte cadeaubon is nog geen omzet: het is geld dat je de klant schuldig bent tot hij de bon gebruikt. Pas wat hij er dan mee koopt, is omzet, met de btw die daarbij hoort. Boekte Winkelbrug de bon nu al als omzet, dan telde hetzelfde geld twee keer mee in je btw-aangifte. Daarom boekt Winkelbrug een verkochte cadeaubon op een rekening voor cadeaubonnen, buiten de btw-aangifte. {missing} Probeer het daarna opnieuw.',
    // What is still to be chosen for a gift card sold: the account, the rate outside the return, or both.
    'refusal.gift_card_sale_without_ledger.ledger':
      'Kies daarvoor bij Betalingen, onder "Of: grootboekrekening voor cadeaubonnen", de rekening waarop je de nog niet gebruikte cadeaubonnen bijhoudt. Heb je die nog niet, maak dan in Moneybird een categorie "Cadeaubonnen" aan van het soort kortlopende schulden.',
    'refusal.gift_card_sale_without_ledger.taxRate':
      'Kies daarvoor bij Afronding, onder "Btw-tarief voor afrondingsregels", een 0%-tarief buiten de btw-aangifte, zoals "Geen btw".',
    'refusal.gift_card_sale_without_ledger.both':
      'Kies daarvoor bij Betalingen, onder "Of: grootboekrekening voor cadeaubonnen", de rekening waarop je de nog niet gebruikte cadeaubonnen bijhoudt (heb je die nog niet, maak dan in Moneybird een categorie "Cadeaubonnen" aan van het soort kortlopende schulden), en kies bij Afronding, onder "Btw-tarief voor afrondingsregels", een 0%-tarief buiten de btw-aangifte, zoals "Geen btw".',
    'refusal.period_locked':
      'Bestelling {order} is van {date}, maar je boekhouding in Moneybird is afgesloten tot en met {lockedUntil}. Boek je haar op {firstOpenDate}, de eerste open dag, dan krijgt de factuur die datum en staat de echte datum erbij. Omzet en btw tellen dan mee op {firstOpenDate} in plaats van op {date}{periods}.{returnDue} Of sla haar over als je haar zelf al hebt verwerkt.',
    // Which VAT return that is: the owner files per month or per quarter, and knows which.
    'refusal.period_locked.same_month': ', in dezelfde maand, dus in dezelfde btw-aangifte',
    'refusal.period_locked.same_quarter':
      ': bij een kwartaalaangifte is dat hetzelfde kwartaal ({quarter}), bij een maandaangifte {month} in plaats van {ownMonth}',
    'refusal.period_locked.other_quarter':
      ', dus in de btw-aangifte over het {quarter} (bij een maandaangifte: over {month})',
    'refusal.period_locked.quarter': '{quarter}e kwartaal {year}',
    // The first open day's VAT return was due already (shared/vat-return-due.ts): booking there changes it.
    'refusal.period_locked.return_due':
      ' Die aangifte moest je al indienen: boek je haar op {firstOpenDate}, vraag dan je boekhouder of je die aangifte moet corrigeren.',
    'refusal.workflow_not_found':
      'De gekozen factuurworkflow bestaat niet (meer) of is niet actief in Moneybird. Kies bij Factuur een andere workflow.',
    'refusal.document_style_not_found':
      'De gekozen huisstijl bestaat niet (meer) in Moneybird. Kies bij Factuur een andere huisstijl.',
    'refusal.financial_account_missing':
      'Er is geen rekening gekozen waarop de betaling van bestelling {order} ({method}) wordt geboekt, of die rekening bestaat niet meer. Kies bij Betalingen een rekening.',
    'refusal.exchange_rate_missing':
      'Bestelling {order} is in {currency} afgerekend en er is geen wisselkoers naar {baseCurrency} voor {date}. Geef de koers op en probeer opnieuw.',
    'refusal.credit_original_not_booked':
      'Creditorder {order} hoort bij bestelling {original}, maar die is nog niet in Moneybird geboekt. Boek eerst bestelling {original}; daarna volgt de creditering vanzelf.',
    'refusal.credit_rate_not_in_original':
      'Creditorder {order} crediteert {rate}% btw, maar op de oorspronkelijke boeking van bestelling {original} staat niets met dat tarief. Controleer de creditorder in Mijnwebwinkel.',
    'refusal.credit_exceeds_original':
      'Creditorder {order} crediteert {creditTotal}; met wat eerder op bestelling {original} is gecrediteerd ({creditedBefore}) is dat meer dan die bestelling zelf ({originalTotal}). Controleer de creditorders in Mijnwebwinkel.',
    'refusal.credit_vat_exceeds_original':
      'Creditorder {order} neemt {creditVat} btw terug tegen {rate}%, maar bestelling {original} rekende tegen {rate}% maar {originalVat} btw. Dan zou er btw van je aangifte af gaan die er nooit op stond. Controleer de btw-tarieven van de creditorder in Mijnwebwinkel, of kies Overslaan als je de creditering zelf in Moneybird maakt.',
    'treatment.domestic': 'binnenland',
    'treatment.reverse_charge': 'verkoop aan een bedrijf in de EU',
    'treatment.export': 'export buiten de EU',
    'treatment.oss': 'OSS-verkoop op afstand naar {country}',
    // An OSS rate in Moneybird that names no country.
    'country.none': 'geen bepaald land',
    'purpose.revenue': 'omzet',
    'purpose.shipping': 'verzendkosten',
    'purpose.paymentCosts': 'betaalkosten',
    'purpose.discounts': 'kortingen',
    'purpose.rounding': 'afronding',
    'purpose.giftCards': 'cadeaubonnen',
    // Where the owner chooses a ledger account, by its purpose: the titles of the parts of the
    // bookkeeping choices, in Settings and in the setup alike (ui-setup.ts mapping.section.*).
    'section.revenue': 'Omzet',
    'section.payments': 'Betalingen',
    'section.rounding': 'Afronding',
    'line.shipping': 'Verzendkosten',
    'line.payment_costs': 'Betaalkosten',
    'line.discount': 'Korting',
    'line.discount_code': 'Korting (code {code})',
    'line.rate_part': '{description} ({rate}% btw)',
    'line.quantity': '{quantity} × {description}',
    'line.rounding': 'Tegenboeking van de btw-afronding hierboven (geen btw, buiten de btw-aangifte)',
    'line.vat_rounding': 'Afronding btw {rate}% (de webwinkel rondt btw per regel af)',
    'line.credit': 'Creditering van bestelling {original} (factuur met referentie {reference})',
    'line.credit_numbered':
      'Creditering van factuur {invoice} (bestelling {original}, referentie {reference})',
    'line.moved_from_locked_period':
      'Bestelling {order} van {date}, geboekt op de eerste open dag: de periode tot en met {lockedUntil} is afgesloten',
    'line.unnamed': 'Orderregel',
    'line.gift_card': 'Cadeaubon',
    'contact.without_email': 'Webwinkelklanten zonder e-mailadres',
  },
  en: {
    'refusal.order_unreadable':
      'Order {order} could not be read: {fields}. Check the order in Mijnwebwinkel; tell us if the data there is right.',
    'refusal.no_lines':
      'Order {order} has no order lines, so there is nothing to book. Check the order in Mijnwebwinkel.',
    'refusal.line_without_amount_incl_tax':
      'Line "{line}" of order {order} has no amount including VAT. Check the line in Mijnwebwinkel and try again.',
    'refusal.amount_not_whole_cents':
      'Order {order}: the amount {amount} ({field}) is not a whole number of cents. Check the order in Mijnwebwinkel.',
    'refusal.total_missing':
      'Order {order} has no total, so the booking cannot be checked. Check the order in Mijnwebwinkel.',
    'refusal.unmapped_tax_rate':
      'Order {order} has products or costs at {rate}% VAT ({treatment}), but no Moneybird tax rate has been chosen for them yet. Choose the Moneybird rate for them in Winkelbrug under Settings → Bookkeeping → VAT rates.',
    'refusal.tax_rate_not_found':
      'The Moneybird tax rate chosen for {rate}% ({treatment}) no longer exists in Moneybird. Choose another rate in Winkelbrug under Settings → Bookkeeping → VAT rates.',
    'refusal.tax_rate_absent':
      'Order {order} has products or costs at {rate}% VAT ({treatment}), but your Moneybird administration has no active {rate}% sales rate{countryPart}. Add that rate in Moneybird (Settings → Tax rates), then try again; Winkelbrug then chooses it by itself.',
    'refusal.tax_rate_unusable':
      'The tax rate "{name}" chosen for {rate}% ({treatment}) is inactive in Moneybird or not for sales invoices. Activate it in Moneybird, or choose another rate in Winkelbrug under Settings → Bookkeeping → VAT rates.',
    'refusal.tax_rate_percentage_mismatch':
      'Order {order} charges {rate}% VAT ({treatment}), but the chosen Moneybird rate "{name}" is {moneybirdRate}%. Choose a {rate}% rate in Winkelbrug under Settings → Bookkeeping → VAT rates.',
    'refusal.tax_rate_country_mismatch':
      'Order {order} is taxed in {country}, but the chosen Moneybird rate "{name}" applies to {moneybirdCountry}. Choose a rate for {country} in Winkelbrug under Settings → Bookkeeping → VAT rates.',
    'refusal.reverse_charge_without_vat_number':
      'Order {order} was charged with reverse-charge VAT but has no customer VAT number. Add the VAT number to the order in Mijnwebwinkel; VAT may not be reverse-charged without one.',
    'refusal.intra_eu_supply_not_abroad':
      'Order {order} was charged with reverse-charge VAT, as a sale to a business in the EU (ICP), but goes to {country}. VAT may only be reverse-charged on a delivery to a business in another EU country (box 3b and the EC sales list, ICP). Check the order’s VAT in Mijnwebwinkel, or choose Skip if you make the booking yourself in Moneybird.',
    'refusal.export_inside_eu':
      'Order {order} was charged without VAT, as an export, but goes to {country}, inside the EU. Export (0%, box 3a) applies only to deliveries outside the EU; inside the EU you charge VAT, or reverse-charge it to a business with a VAT number. Check the order’s VAT in Mijnwebwinkel, or choose Skip if you make the booking yourself in Moneybird.',
    'refusal.vat_number_unrecognised':
      'Order {order} is a sale to a business in the EU (ICP), but the customer\'s VAT number ("{vatNumber}") is not in the form of an EU VAT number. Without a valid number VAT may not be reverse-charged and the sale cannot go on the EC sales list (ICP). Correct the VAT number on the order in Mijnwebwinkel and try again.',
    'refusal.vat_number_of_shop_country':
      "Order {order} was charged with reverse-charge VAT, as a sale to a business in the EU (ICP), but the customer's VAT number ({vatNumber}) is from your own country ({country}). VAT may only be reverse-charged abroad to a business with a VAT number from another EU country; with this number you charge VAT as usual, and it cannot go on the EC sales list (ICP). Check the VAT number and the order's VAT in Mijnwebwinkel, or choose Skip if you make the booking yourself in Moneybird.",
    'refusal.oss_destination_differs':
      "Order {order} was charged with {taxCountry}'s VAT (a distance sale, OSS), but goes to {country}. A distance sale carries the VAT of the country where the goods arrive; booked like this, the sale would go on the wrong country's OSS return. Check the order's country and VAT in Mijnwebwinkel, or choose Skip if you make the booking yourself in Moneybird.",
    'refusal.oss_outside_eu':
      "Order {order} was charged with {taxCountry}'s VAT (a distance sale, OSS), but goes to {country}, outside the EU. A delivery outside the EU is an export (0%, box 3a), not an OSS sale. Check the order's country and VAT in Mijnwebwinkel, or choose Skip if you make the booking yourself in Moneybird.",
    'refusal.zero_rated_order_with_vat':
      "Order {order} was charged as {treatment} but has products or costs at {rate}% VAT. That is contradictory; check the order's VAT settings in Mijnwebwinkel.",
    'refusal.lines_do_not_add_up':
      "Order {order}: the lines add up to {linesTotal}, but the order's total is {shopTotal} (difference {difference}). That is an error in the order's data, not rounding. Check the order in Mijnwebwinkel and retry, or skip it.",
    'refusal.vat_without_lines':
      "Order {order}: the shop charges {shopTax} VAT at {rate}%, but no line carries that rate. Check the order's VAT in Mijnwebwinkel.",
    'refusal.vat_mismatch':
      "Order {order}: the shop charges {shopTax} VAT at {rate}%, Moneybird would compute {invoiceTax}. That difference of {difference} is more than rounding per line can explain (at most {bound} for this number of lines: {lines}). Check the order's VAT in Mijnwebwinkel.",
    'refusal.rounding_not_configured':
      'Order {order} has a rounding difference of {difference}, but no rounding ledger account or 0% rate has been chosen. Choose them under Rounding.',
    'refusal.ledger_account_not_found':
      'The ledger account for {purpose} does not exist (any more) or is inactive in Moneybird. Choose another ledger account under {section}.',
    'refusal.gift_card_sale_without_ledger':
      'In order {order} a gift card of {amount} was sold. A gift card sold is not turnover yet: it is money you owe the customer until they use it. Only what they then buy with it is turnover, with the VAT that goes with it. If Winkelbrug booked the card as turnover now, the same money would count twice in your VAT return. So Winkelbrug books a gift card sold on an account for gift cards, outside the VAT return. {missing} Then try again.',
    'refusal.gift_card_sale_without_ledger.ledger':
      'For that, choose the account you keep unused gift cards on under Payments, in the field "Or: ledger account for gift cards". If you have none yet, create a category "Cadeaubonnen" in Moneybird of the type current liabilities.',
    'refusal.gift_card_sale_without_ledger.taxRate':
      'For that, choose a 0% rate outside the VAT return, such as "Geen btw", under Rounding, in the field "Tax rate for rounding lines".',
    'refusal.gift_card_sale_without_ledger.both':
      'For that, choose the account you keep unused gift cards on under Payments, in the field "Or: ledger account for gift cards" (if you have none yet, create a category "Cadeaubonnen" in Moneybird of the type current liabilities), and choose a 0% rate outside the VAT return, such as "Geen btw", under Rounding, in the field "Tax rate for rounding lines".',
    'refusal.period_locked':
      'Order {order} is dated {date}, but your books in Moneybird are locked up to and including {lockedUntil}. If you book it on {firstOpenDate}, the first open day, the invoice gets that date with the real date mentioned on it. Its revenue and VAT then count on {firstOpenDate} instead of {date}{periods}.{returnDue} Or skip it if you already handled it yourself.',
    'refusal.period_locked.same_month': ', in the same month, so in the same VAT return',
    'refusal.period_locked.same_quarter':
      ': in a quarterly VAT return that is the same quarter ({quarter}), in a monthly one {month} instead of {ownMonth}',
    'refusal.period_locked.other_quarter':
      ', so in the VAT return of {quarter} (in a monthly return: of {month})',
    'refusal.period_locked.quarter': 'Q{quarter} {year}',
    'refusal.period_locked.return_due':
      ' That return was due already: if you book it on {firstOpenDate}, ask your accountant whether you need to correct that return.',
    'refusal.workflow_not_found':
      'The chosen invoice workflow does not exist (any more) or is inactive in Moneybird. Choose another workflow under Invoice.',
    'refusal.document_style_not_found':
      'The chosen document style no longer exists in Moneybird. Choose another document style under Invoice.',
    'refusal.financial_account_missing':
      'No account has been chosen to book the payment of order {order} ({method}) on, or that account no longer exists. Choose an account under Payments.',
    'refusal.exchange_rate_missing':
      'Order {order} was paid in {currency} and there is no exchange rate to {baseCurrency} for {date}. Provide the rate and try again.',
    'refusal.credit_original_not_booked':
      'Credit order {order} belongs to order {original}, which has not been booked in Moneybird yet. Book order {original} first; the credit follows by itself.',
    'refusal.credit_rate_not_in_original':
      'Credit order {order} credits {rate}% VAT, but nothing at that rate is on the original booking of order {original}. Check the credit order in Mijnwebwinkel.',
    'refusal.credit_exceeds_original':
      'Credit order {order} credits {creditTotal}; with what was credited on order {original} before ({creditedBefore}) that is more than the order itself ({originalTotal}). Check the credit orders in Mijnwebwinkel.',
    'refusal.credit_vat_exceeds_original':
      "Credit order {order} takes back {creditVat} of VAT at {rate}%, but order {original} charged only {originalVat} of VAT at {rate}%. That would take VAT off your return that was never on it. Check the credit order's VAT rates in Mijnwebwinkel, or choose Skip if you make the credit yourself in Moneybird.",
    'treatment.domestic': 'domestic',
    'treatment.reverse_charge': 'sale to a business in the EU',
    'treatment.export': 'export outside the EU',
    'treatment.oss': 'OSS distance sale to {country}',
    'country.none': 'no particular country',
    'purpose.revenue': 'revenue',
    'purpose.shipping': 'shipping costs',
    'purpose.paymentCosts': 'payment costs',
    'purpose.discounts': 'discounts',
    'purpose.rounding': 'rounding',
    'purpose.giftCards': 'gift cards',
    'section.revenue': 'Revenue',
    'section.payments': 'Payments',
    'section.rounding': 'Rounding',
    'line.shipping': 'Shipping costs',
    'line.payment_costs': 'Payment costs',
    'line.discount': 'Discount',
    'line.discount_code': 'Discount (code {code})',
    'line.rate_part': '{description} ({rate}% VAT)',
    'line.quantity': '{quantity} × {description}',
    'line.rounding': 'Counter-entry of the VAT rounding above (no VAT, outside the VAT return)',
    'line.vat_rounding': 'VAT rounding {rate}% (the shop rounds VAT per line)',
    'line.credit': 'Credit of order {original} (invoice with reference {reference})',
    'line.credit_numbered': 'Credit of invoice {invoice} (order {original}, reference {reference})',
    'line.moved_from_locked_period':
      'Order {order} of {date}, booked on the first open day: the period up to and including {lockedUntil} is locked',
    'line.unnamed': 'Order line',
    'line.gift_card': 'Gift card',
    'contact.without_email': 'Web shop customers without e-mail address',
  },
});

export type BookkeepingMessageKey = keyof typeof bookkeepingMessages.nl;
