// What the core says while the owner sets Winkelbrug up: why a step is not done yet, and what went
// wrong in a live check with what to do about it.
import { defineCatalog } from '../translate';

export const setupMessages = defineCatalog({
  nl: {
    'step.shop.missing': 'Je webwinkel is nog niet gekoppeld.',
    'step.shop.disconnected':
      'Winkelbrug is niet meer gekoppeld met je webwinkel en boekt niets tot je die opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    'step.both.disconnected':
      'Winkelbrug is niet meer gekoppeld met je webwinkel en met Moneybird, en boekt niets tot je ze allebei opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    'step.orders.missing': 'Kies welke bestellingen Winkelbrug boekt.',
    'step.moneybird.missing': 'Moneybird is nog niet gekoppeld.',
    'step.moneybird.disconnected':
      'Winkelbrug is niet meer gekoppeld met Moneybird en boekt niets tot je Moneybird opnieuw koppelt. Wat het al boekte, blijft in Moneybird staan.',
    'step.administration.missing': 'Kies de Moneybird-administratie waarin Winkelbrug boekt.',
    'step.administration.restored':
      'Welke administratie gebruik je nu? Volgens zijn eigen gegevens boekte Winkelbrug in "{folder}", maar op deze computer koos je het laatst "{remembered}". Misschien is een oude back-up teruggezet. Kies hieronder; tot dan boekt Winkelbrug niets.',
    'step.administration.gone':
      'De gekozen administratie is niet (meer) bereikbaar met deze Moneybird-koppeling. Kies een administratie.',
    'step.mapping.missing': 'Controleer waar Winkelbrug de omzet, btw en betalingen boekt.',
    'shop.wrong-token':
      'Mijnwebwinkel herkent dit token niet. Kopieer het opnieuw uit je Mijnwebwinkel-beheer (Instellingen → Add-ons & Modules → Integraties & koppelingen) en let erop dat je bij het token Winkelbrug als partner hebt gekozen.',
    'shop.no-api-access':
      'Deze webwinkel heeft geen toegang tot de Mijnwebwinkel-API. Die zit in het Premium-pakket of hoger: pas je pakket aan in Mijnwebwinkel en probeer het daarna opnieuw.',
    'shop.unreachable':
      'Mijnwebwinkel is nu niet bereikbaar. Controleer je internetverbinding en probeer het over een paar minuten opnieuw. Er is niets opgeslagen.',
    'shop.partner-token':
      'Mijnwebwinkel weigert het partnertoken van deze versie van Winkelbrug. Controleer het partnertoken onder Instellingen → Geavanceerd, of zet het terug naar dat van Winkelbrug.',
    'shop.no-partner-token':
      'Deze versie van Winkelbrug heeft geen partnertoken voor Mijnwebwinkel. Vul er een in onder Instellingen → Geavanceerd.',
    'shop.other':
      'Mijnwebwinkel gaf een onverwacht antwoord: {detail}. Er is niets opgeslagen; probeer het opnieuw.',
    'moneybird.wrong-token':
      'Moneybird accepteert dit token niet. Maak in Moneybird een nieuw persoonlijk API-token (moneybird.com/user/applications/new) en plak het hier in zijn geheel.',
    'moneybird.unreachable':
      'Moneybird is nu niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw. Er is niets opgeslagen.',
    'moneybird.no-administration':
      'Met deze koppeling is geen enkele Moneybird-administratie bereikbaar. Log in met een account dat toegang heeft tot je administratie.',
    'moneybird.unknown-administration':
      'Deze administratie hoort niet bij de gekoppelde Moneybird-account. Kies er een uit de lijst.',
    'moneybird.no-revenue-ledger':
      'In de administratie "{name}" staat geen actieve omzetrekening voor verkoopfacturen. Maak er een aan in Moneybird bij Instellingen → Categorieën (zo heten grootboekrekeningen in Moneybird), of kies een andere administratie.',
    'moneybird.no-financial-account':
      'In de administratie "{name}" staat geen actieve betaalrekening waarop betalingen kunnen binnenkomen. Voeg een bank- of betaalrekening toe in Moneybird of kies een andere administratie.',
    'moneybird.not-connected': 'Koppel eerst Moneybird.',
    'moneybird.login-unknown': 'Deze inlogpoging bestaat niet meer. Start het inloggen opnieuw.',
    'moneybird.login-cancelled': 'Het inloggen bij Moneybird is afgebroken.',
    'moneybird.other':
      'Moneybird gaf een onverwacht antwoord: {detail}. Er is niets opgeslagen; probeer het opnieuw.',
    'shop.not-connected': 'Koppel eerst je webwinkel.',
    'orders.no-statuses': 'Kies minstens één status die betekent dat een bestelling klaar is om te boeken.',
    'orders.unknown-status':
      'Status {status} bestaat niet (meer) in je webwinkel. Ververs de lijst en kies opnieuw.',
    'orders.future-date': 'De startdatum ligt in de toekomst. Kies vandaag of een eerdere datum.',
    'orders.earlier-than-start':
      'Winkelbrug boekt al vanaf {start}. Bestellingen van daarvoor boekt het niet meer vanzelf: boek ze met "Eerdere bestellingen boeken" op het Overzicht, daar kies je vanaf welke dag. Kies hier {start} of later.',
    'finish.incomplete': 'Nog niet alles is ingesteld: {step}',
    'prefix.unchecked':
      'Winkelbrug kon niet nagaan of Moneybird al boekingen van deze webwinkel heeft van een eerdere installatie (met het voorvoegsel MWW): {detail} Zonder die controle zouden ze dubbel geboekt kunnen worden, dus er wordt nog niets geboekt. Probeer het over een paar minuten opnieuw.',
    'prefix.unchecked_fix':
      'Winkelbrug kon niet nagaan of Moneybird al boekingen van deze webwinkel heeft van een eerdere installatie (met het voorvoegsel MWW): {detail} Zonder die controle zouden ze dubbel geboekt kunnen worden, dus er wordt nog niets geboekt. Los dit eerst op en rond daarna opnieuw af.',
    'keychain.problem': 'Winkelbrug kon de sleutel niet veilig bewaren: {detail} Er is niets opgeslagen.',
    'setting.invalid':
      'Winkelbrug kon deze keuze niet opslaan: ze heeft niet de vorm die Winkelbrug verwacht. Er is niets gewijzigd. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met de ondersteuning.',
    'setup.unavailable':
      'Instellen kan nu niet, omdat Winkelbrug zijn gegevensmap niet kan openen. De melding bovenaan zegt wat je kunt doen; start Winkelbrug daarna opnieuw.',
  },
  en: {
    'step.shop.missing': 'Your web shop is not connected yet.',
    'step.shop.disconnected':
      'Winkelbrug is no longer connected to your web shop and books nothing until you connect it again. What it booked stays in Moneybird.',
    'step.both.disconnected':
      'Winkelbrug is no longer connected to your web shop or to Moneybird, and books nothing until you connect both again. What it booked stays in Moneybird.',
    'step.orders.missing': 'Choose which orders Winkelbrug books.',
    'step.moneybird.missing': 'Moneybird is not connected yet.',
    'step.moneybird.disconnected':
      'Winkelbrug is no longer connected to Moneybird and books nothing until you connect Moneybird again. What it booked stays in Moneybird.',
    'step.administration.missing': 'Choose the Moneybird administration Winkelbrug books in.',
    'step.administration.restored':
      'Which administration do you use now? According to its own data, Winkelbrug booked in "{folder}", but on this computer you last chose "{remembered}". Perhaps an old backup was put back. Choose below; until then Winkelbrug books nothing.',
    'step.administration.gone':
      'The chosen administration cannot be reached (any more) with this Moneybird connection. Choose an administration.',
    'step.mapping.missing': 'Check where Winkelbrug books revenue, VAT and payments.',
    'shop.wrong-token':
      'Mijnwebwinkel does not recognise this token. Copy it again from your Mijnwebwinkel admin (Settings → Add-ons & Modules → Integrations & connections) and make sure you chose Winkelbrug as the partner of the token.',
    'shop.no-api-access':
      'This web shop has no access to the Mijnwebwinkel API. It comes with the Premium plan or higher: change your plan in Mijnwebwinkel and then try again.',
    'shop.unreachable':
      'Mijnwebwinkel cannot be reached right now. Check your internet connection and try again in a few minutes. Nothing was stored.',
    'shop.partner-token':
      "Mijnwebwinkel refuses this Winkelbrug version's partner token. Check the partner token under Settings → Advanced, or go back to Winkelbrug's own.",
    'shop.no-partner-token':
      'This version of Winkelbrug has no partner token for Mijnwebwinkel. Enter one under Settings → Advanced.',
    'shop.other': 'Mijnwebwinkel gave an unexpected answer: {detail}. Nothing was stored; try again.',
    'moneybird.wrong-token':
      'Moneybird does not accept this token. Create a new personal API token in Moneybird (moneybird.com/user/applications/new) and paste all of it here.',
    'moneybird.unreachable':
      'Moneybird cannot be reached right now. Check your internet connection and try again. Nothing was stored.',
    'moneybird.no-administration':
      'No Moneybird administration can be reached with this connection. Log in with an account that has access to your administration.',
    'moneybird.unknown-administration':
      'This administration does not belong to the connected Moneybird account. Choose one from the list.',
    'moneybird.no-revenue-ledger':
      'The administration "{name}" has no active revenue account for sales invoices. Create one in Moneybird under Settings → Categories (what Moneybird calls ledger accounts), or choose another administration.',
    'moneybird.no-financial-account':
      'The administration "{name}" has no active financial account for payments to arrive in. Add a bank or payment account in Moneybird or choose another administration.',
    'moneybird.not-connected': 'Connect Moneybird first.',
    'moneybird.login-unknown': 'This login attempt no longer exists. Start logging in again.',
    'moneybird.login-cancelled': 'Logging in to Moneybird was cancelled.',
    'moneybird.other': 'Moneybird gave an unexpected answer: {detail}. Nothing was stored; try again.',
    'shop.not-connected': 'Connect your web shop first.',
    'orders.no-statuses': 'Choose at least one status that means an order is ready to be booked.',
    'orders.unknown-status':
      'Status {status} does not exist (any more) in your web shop. Refresh the list and choose again.',
    'orders.future-date': 'The start date is in the future. Choose today or an earlier date.',
    'orders.earlier-than-start':
      'Winkelbrug books from {start} already. Orders from before then it no longer books by itself: book them with "Book earlier orders" on the Overview, where you choose from which day. Choose {start} or later here.',
    'finish.incomplete': 'Not everything is set up yet: {step}',
    'prefix.unchecked':
      'Winkelbrug could not check whether Moneybird already holds bookings of this web shop from an earlier installation (with the prefix MWW): {detail} Without that check they could be booked twice, so nothing is booked yet. Try again in a few minutes.',
    'prefix.unchecked_fix':
      'Winkelbrug could not check whether Moneybird already holds bookings of this web shop from an earlier installation (with the prefix MWW): {detail} Without that check they could be booked twice, so nothing is booked yet. Resolve this first, then finish again.',
    'keychain.problem': 'Winkelbrug could not store the key safely: {detail} Nothing was stored.',
    'setting.invalid':
      'Winkelbrug could not save this choice: it is not in the form Winkelbrug expects. Nothing was changed. Try again; if this keeps happening, contact support.',
    'setup.unavailable':
      'Setting up is not possible now, because Winkelbrug cannot open its data folder. The message at the top says what to do; then start Winkelbrug again.',
  },
});

export type SetupMessageKey = keyof typeof setupMessages.nl;
