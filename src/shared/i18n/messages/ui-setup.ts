// Texts of the first-run wizard: each step says what it asks, why, and what to do when a check
// fails. The mapping editor and the order choice are shared with Settings.
import { defineCatalog } from '../translate';

export const uiSetup = defineCatalog({
  nl: {
    'wizard.progress.label': 'Voortgang van het instellen',
    'wizard.progress': 'Stap {step} van {total}',
    'wizard.step.shop': 'Winkel',
    'wizard.step.orders': 'Bestellingen',
    'wizard.step.moneybird': 'Moneybird',
    'wizard.step.mapping': 'Boekingen',
    'wizard.step.dry-run': 'Proefberekening',
    'wizard.step.start': 'Starten',
    'wizard.backToSettings': 'Terug naar instellingen',

    'welcome.title': 'Welkom bij Winkelbrug',
    'welcome.why':
      'Winkelbrug zet elke afgeronde en betaalde bestelling uit je Mijnwebwinkel als betaalde factuur in Moneybird, met de juiste btw. We lopen samen de instellingen door; dat duurt ongeveer vijf minuten.',
    'welcome.need.title': 'Wat je nodig hebt',
    'welcome.need.shop': 'Toegang tot het beheer van je Mijnwebwinkel, om daar een API-token te maken.',
    'welcome.need.moneybird': 'Je inloggegevens van Moneybird.',
    'welcome.steps.title': 'Zo gaat het',
    'welcome.steps.shop': 'je winkel koppelen met een API-token.',
    'welcome.steps.orders': 'kiezen welke bestellingen geboekt worden, en vanaf wanneer.',
    'welcome.steps.moneybird': 'inloggen bij Moneybird en je administratie kiezen.',
    'welcome.steps.mapping': 'nakijken op welke rekeningen en met welke btw-tarieven er geboekt wordt.',
    'welcome.steps.dry-run': 'bekijken wat er naar Moneybird zou gaan, zonder iets te boeken.',
    'welcome.steps.start': 'beginnen met boeken.',
    'welcome.safe':
      'Er komt pas iets in Moneybird als je bij de laatste stap Start met boeken kiest. Je gegevens gaan alleen van je winkel, via deze computer, naar je eigen Moneybird.',
    'welcome.start': 'Beginnen',

    'shop.title': 'Koppel je winkel',
    'shop.why':
      'Winkelbrug leest je bestellingen uit Mijnwebwinkel. Daarvoor is een API-token nodig: een sleutel die je in je winkelbeheer maakt en daar ook weer kunt intrekken.',
    'shop.token.label': 'API-token van je winkel',
    'shop.token.hint':
      'In je Mijnwebwinkel-beheer: Instellingen → Add-ons & Modules → Integraties & koppelingen. Klik op Token toevoegen, kies Winkelbrug als partner en klik op Opslaan. Mijnwebwinkel maakt dan het token: kopieer het en plak het hier.',
    'shop.check': 'Controleren',
    'shop.checking': 'Het token wordt gecontroleerd bij Mijnwebwinkel…',
    'shop.connected': 'Gekoppeld met {name}',
    'shop.change': 'Andere winkel koppelen',
    'shop.broken': 'De koppeling met je winkel werkt niet meer. {reason}',

    'orderChoice.title': 'Welke bestellingen?',
    'orderChoice.why':
      'Winkelbrug boekt alleen bestellingen die klaar zijn. Kies welke statussen in je winkel betekenen dat een bestelling klaar is, en vanaf welke dag er geboekt wordt.',
    'orderChoice.loading': 'De statussen van je winkel ophalen…',
    'orderChoice.statuses.legend': 'Bestellingen met deze status boeken',
    'orderChoice.statuses.hint':
      'De statussen voor afgeronde bestellingen staan al aangevinkt. Een bestelling wordt alleen geboekt als ze ook betaald is.',
    'orderChoice.statuses.none': 'Kies ten minste één status, anders boekt Winkelbrug niets.',
    'orderChoice.kind.completed': 'afgerond',
    'orderChoice.kind.credit': 'creditering, wordt een creditfactuur',
    'orderChoice.kind.open': 'nog niet afgerond',
    'orderChoice.kind.cancelled': 'gaat niet door, niet boeken',
    'orderChoice.start.legend': 'Vanaf wanneer',
    'orderChoice.start.now': 'Vanaf nu',
    'orderChoice.start.now.detail': 'bestellingen vanaf vandaag, {date}',
    'orderChoice.start.earlier': 'Ook eerdere bestellingen',
    'orderChoice.since.label': 'Vanaf datum',
    'orderChoice.since.hint':
      'Bijvoorbeeld het begin van dit kwartaal, zodat je btw-aangifte over het hele kwartaal klopt.',
    'orderChoice.since.invalid': 'Vul een geldige datum in als dd-mm-jjjj, bijvoorbeeld 01-10-2026.',
    'orderChoice.since.future': 'Deze datum ligt in de toekomst. Kies vandaag ({today}) of eerder.',
    'orderChoice.since.beforeStart':
      'Winkelbrug boekt al vanaf {start}; bestellingen van daarvoor boekt het niet meer vanzelf. Kies {start} of later, en boek eerdere bestellingen met "Eerdere bestellingen boeken" op het Overzicht.',
    'orderChoice.since.hint.synced':
      'Winkelbrug boekt al vanaf {start}. Bestellingen van daarvoor boek je met "Eerdere bestellingen boeken" op het Overzicht.',
    'orderChoice.estimate.busy': 'Tellen…',
    'orderChoice.estimate':
      '{orders} bestellingen met deze statussen vanaf {since}; alleen de betaalde worden geboekt. Hoeveel dat er zijn, zie je in de proefberekening. Tijd om te boeken als ze allemaal betaald zijn: {duration}.',
    'orderChoice.estimate.one':
      '1 bestelling met deze statussen vanaf {since}; ze wordt alleen geboekt als ze betaald is. Of dat zo is, zie je in de proefberekening. Tijd om te boeken: {duration}.',
    'orderChoice.estimate.none':
      'In deze periode zijn nog geen bestellingen. Nieuwe bestellingen worden geboekt zodra ze klaar en betaald zijn.',

    'moneybird.title': 'Koppel Moneybird',
    'moneybird.why':
      'Winkelbrug maakt de facturen in jouw Moneybird-administratie aan en zet ze op betaald. Daarvoor log je één keer in bij Moneybird en geef je Winkelbrug toestemming.',
    'moneybird.login': 'Inloggen bij Moneybird',
    'moneybird.login.hint':
      'Je browser opent de inlogpagina van Moneybird. Log in en kies Toestaan; daarna gaat het hier vanzelf verder.',
    'moneybird.login.waiting': 'Wachten op Moneybird…',
    'moneybird.login.waiting.hint':
      'Log in in het browservenster dat net is geopend en kies Toestaan. Laat dit scherm open.',
    'moneybird.login.exchanging': 'Inloggen afronden…',
    'moneybird.login.noWindow': 'Geen venster te zien?',
    'moneybird.login.openPage': 'Open de inlogpagina van Moneybird',
    'moneybird.otherWays': 'Andere manieren om te koppelen',
    'moneybird.oob.title': 'Met een code',
    'moneybird.oob.hint':
      'Voor als het inloggen hierboven blijft hangen, bijvoorbeeld als Winkelbrug op een andere computer draait. Moneybird laat na het inloggen een code zien die je hier plakt.',
    'moneybird.oob.open': 'Inlogpagina openen',
    'moneybird.oob.code': 'Code van Moneybird',
    'moneybird.connect': 'Koppelen',
    'moneybird.personal.title': 'Met een persoonlijk API-token',
    'moneybird.personal.label': 'Plak hier het token',
    'moneybird.personal.hint':
      'Maak het in Moneybird op moneybird.com/user/applications/new: kies Persoonlijk API-token en zet Verkoopfacturen, Documenten en Instellingen aan.',
    'moneybird.loggedIn': 'Ingelogd bij Moneybird.',
    'moneybird.administrations.loading': 'Je administraties ophalen…',
    'moneybird.administrations.legend': 'In welke administratie moet Winkelbrug boeken?',
    'moneybird.administrations.none':
      'Dit Moneybird-account heeft geen administraties. Maak er een aan in Moneybird, of log in met een ander account.',
    'moneybird.administrations.fromFolder': 'Hierin boekte Winkelbrug volgens zijn eigen gegevens',
    'moneybird.administrations.remembered': 'Het laatst gekozen op deze computer',
    'moneybird.administrations.checkAgain': 'Opnieuw controleren',
    'moneybird.administrations.checking': 'Administratie controleren…',
    'moneybird.administrations.other': 'Andere administratie kiezen',
    'moneybird.connected': 'Gekoppeld met administratie {name}',
    'moneybird.via.oauth': 'Gekoppeld door in te loggen bij Moneybird.',
    'moneybird.via.personal': 'Gekoppeld met een persoonlijk API-token.',
    'moneybird.relogin': 'Opnieuw inloggen',
    'moneybird.broken': 'De koppeling met Moneybird werkt niet meer. {reason}',

    'mapping.title': 'Hoe wordt er geboekt?',
    'mapping.why':
      'Hier staat op welke omzetrekening, met welk btw-tarief en op welke betaalrekening je bestellingen in Moneybird komen.',
    'mapping.why.proposals':
      'Winkelbrug vult in wat het uit je administratie kan afleiden. Waar dat niet lukte, staat waarom: kies daar zelf. Klopt alles, kies dan Volgende. Twijfel je, vraag het je boekhouder.',
    'mapping.loading': 'Je rekeningen en btw-tarieven uit Moneybird ophalen…',
    'mapping.section.revenue': 'Omzet',
    'mapping.section.revenue.hint': 'Op welke grootboekrekening de verkopen komen.',
    'mapping.section.taxRates': 'Btw-tarieven',
    'mapping.section.taxRates.hint': 'Welk btw-tarief uit Moneybird bij elk tarief in je winkel hoort.',
    'mapping.section.payments': 'Betalingen',
    'mapping.section.payments.hint': 'Op welke rekening de betalingen van je klanten binnenkomen.',
    'mapping.section.rounding': 'Afronding',
    'mapping.section.rounding.hint': 'Waar een afrondingsverschil van een paar cent wordt geboekt.',
    'mapping.section.invoice': 'Factuur',
    'mapping.section.invoice.hint': 'Hoe de factuur in Moneybird wordt gemaakt.',
    'mapping.required': 'verplicht',
    'mapping.none': '— Niets gekozen —',
    'mapping.missing': 'Kies hier iets: zonder deze keuze kan Winkelbrug niet boeken.',
    'mapping.missing.summary':
      'Nog niet alle verplichte keuzes zijn gemaakt. Kies bij de gemarkeerde velden iets.',
    'mapping.attention.one':
      'Kijk 1 punt na; het is hieronder gemarkeerd. De rest is al ingevuld of mag leeg blijven; klap het open als je het ook wilt zien.',
    'mapping.attention.other':
      'Kijk {count} punten na; ze zijn hieronder gemarkeerd. De rest is al ingevuld of mag leeg blijven; klap het open als je het ook wilt zien.',
    'mapping.attention.none':
      'Je hoeft niets zelf te kiezen: alles is al ingevuld of mag leeg blijven. Kijk het na als je wilt, of kies Volgende.',
    'mapping.attention.left.one': 'Nog 1 punt om na te kijken; het is hieronder gemarkeerd.',
    'mapping.attention.left.other': 'Nog {count} punten om na te kijken; ze zijn hieronder gemarkeerd.',
    'mapping.attention.lacking.one':
      'Kijk 1 punt na, en {lacking} moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd. De rest is al ingevuld of mag leeg blijven; klap het open als je het ook wilt zien.',
    'mapping.attention.lacking.other':
      'Kijk {count} punten na, en {lacking} moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd. De rest is al ingevuld of mag leeg blijven; klap het open als je het ook wilt zien.',
    'mapping.attention.left.lacking.one':
      'Nog 1 punt om na te kijken, en {lacking} moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.',
    'mapping.attention.left.lacking.other':
      'Nog {count} punten om na te kijken, en {lacking} moet je eerst in Moneybird toevoegen; ze zijn hieronder gemarkeerd.',
    'mapping.lacking.rate.one': '1 btw-tarief',
    'mapping.lacking.rate.other': '{count} btw-tarieven',
    'mapping.lacking.one': '1 rekening of tarief',
    'mapping.lacking.other': '{count} rekeningen of tarieven',
    'mapping.attention.done': 'Alles gekozen; kies Volgende.',
    'mapping.attention.doneForNow':
      'Alles gekozen wat nu kan; kies Volgende. Het tarief dat nog ontbreekt, voeg je later in Moneybird toe.',
    'mapping.unavailable.rate.one':
      '1 btw-tarief ontbreekt nog in Moneybird: {names}. Je kunt verder; bestellingen die het nodig hebben wachten tot je het toevoegt.',
    'mapping.unavailable.rate.other':
      '{count} btw-tarieven ontbreken nog in Moneybird: {names}. Je kunt verder; bestellingen die ze nodig hebben wachten tot je ze toevoegt.',
    'mapping.unavailable.one':
      '1 keuze kan nog niet, omdat Moneybird er niets voor heeft: {names}. Je kunt verder; bestellingen die het nodig hebben wachten tot je het in Moneybird toevoegt.',
    'mapping.unavailable.other':
      '{count} keuzes kunnen nog niet, omdat Moneybird er niets voor heeft: {names}. Je kunt verder; bestellingen die ze nodig hebben wachten tot je ze in Moneybird toevoegt.',
    'mapping.refresh': 'Opnieuw ophalen uit Moneybird',
    'mapping.refreshing': 'Ophalen uit Moneybird…',
    'mapping.chosen': 'Jouw keuze: {choice}',
    'mapping.keep': 'Klopt, deze houden',
    'mapping.settled.one': '1 andere instelling bekijken',
    'mapping.settled.other': '{count} andere instellingen bekijken',

    'dryRun.title': 'Proefberekening',
    'dryRun.why':
      'Voordat er iets in Moneybird komt, rekent Winkelbrug uit wat de eerste ronde zou boeken. Zo zie je of de bedragen en de btw kloppen. Er wordt nog niets geboekt.',
    'dryRun.busy':
      'Winkelbrug rekent uit wat er naar Moneybird zou gaan. Bij veel bestellingen duurt dit even…',
    'dryRun.again': 'Opnieuw berekenen',
    'dryRun.nothing':
      'Er zijn geen bestellingen vanaf {since} om te boeken. Nieuwe bestellingen worden geboekt zodra ze klaar en betaald zijn.',
    'dryRun.orders': 'Bestellingen',
    'dryRun.orders.value': '{orders} vanaf {since}',
    'dryRun.total': 'Totaal inclusief btw',
    'dryRun.vat': 'Waarvan btw',
    'dryRun.eta': 'Tijd om te boeken',
    'dryRun.perRate.caption': 'Btw per tarief',
    'dryRun.perRate.rate': 'Tarief',
    'dryRun.perRate.base': 'Omzet excl. btw',
    'dryRun.perRate.vat': 'Btw',
    'dryRun.unpaid.one':
      '1 bestelling is nog niet betaald: zodra ze betaald is, boekt Winkelbrug haar vanzelf.',
    'dryRun.unpaid.other':
      '{count} bestellingen zijn nog niet betaald: zodra ze betaald zijn, boekt Winkelbrug ze vanzelf.',
    'dryRun.testOrders.one':
      '1 bestelling is in je webwinkel gemarkeerd als testbestelling: die boekt Winkelbrug niet.',
    'dryRun.testOrders.other':
      '{count} bestellingen zijn in je webwinkel gemarkeerd als testbestelling: die boekt Winkelbrug niet.',
    'dryRun.sample.title': 'Zo komen ze in Moneybird',
    'dryRun.sample.hint.some':
      'De eerste {shown} van {orders} bestellingen, zoals de factuur in Moneybird wordt.',
    'dryRun.sample.hint.all': 'Elke bestelling zoals de factuur in Moneybird wordt.',
    'dryRun.sample.credit': 'Bestelling {order}, creditfactuur voor {credited}',
    'dryRun.sample.linesCaption': 'Factuurregels van bestelling {order}',
    'dryRun.line.description': 'Omschrijving',
    'dryRun.line.amount': 'Bedrag incl. btw',
    'dryRun.line.total': 'Totaal incl. btw',
    'dryRun.parked.title': 'Wacht op jou ({count})',
    'dryRun.parked.hint':
      'Deze bestellingen boekt Winkelbrug pas als de oorzaak is opgelost; tot dan wachten ze op jou. De andere worden gewoon geboekt.',
    'dryRun.parked.hint.one':
      'Deze bestelling boekt Winkelbrug pas als de oorzaak is opgelost; tot dan wacht ze op jou. De andere worden gewoon geboekt.',
    'dryRun.parked.again':
      'Los je een oorzaak nu al op, bijvoorbeeld in Moneybird? Kies dan hieronder "Opnieuw berekenen": dan zie je of die bestelling alsnog mee kan.',

    'dateField.placeholder': 'dd-mm-jjjj',
    'dateField.pick': 'Kies een datum in de kalender',
    'dateField.filter.unreadable': 'Geen geldige datum. Typ {format}, bijvoorbeeld {example}.',
    'dateField.filter.reversed': 'De einddatum ligt vóór de begindatum. Kies een einddatum op of na {from}.',
    'dateField.filter.issueOf': '{field}: ',

    'start.title': 'Alles klaar',
    'start.why':
      'Kijk je keuzes nog even na. Kies je Start met boeken, dan boekt Winkelbrug deze bestellingen en houdt het daarna vanzelf bij.',
    'start.summary.shop': 'Winkel',
    'start.summary.administration': 'Moneybird-administratie',
    'start.summary.statuses': 'Bestellingen met status',
    'start.summary.since': 'Vanaf',
    'start.summary.since.now': 'nu (alleen nieuwe bestellingen)',
    'start.summary.since.date': '{date}',
    'start.summary.first': 'Eerste ronde',
    'start.summary.first.value': '{orders} bestellingen boeken',
    'start.summary.first.value.one': '1 bestelling boeken',
    'start.summary.first.parked.one': '{booking}, 1 wacht op jou',
    'start.summary.first.parked.other': '{booking}, {parked} wachten op jou',
    'start.after':
      'Je kunt alles later wijzigen onder Instellingen. Bestellingen die Winkelbrug niet kan boeken, zie je op het overzicht, met de reden erbij.',
    'start.button': 'Start met boeken',
    'start.startAtLogin': 'Winkelbrug starten als de computer opstart',
    'start.startAtLogin.hint':
      'Winkelbrug wacht dan op de achtergrond, bij het pictogram in de menubalk of het systeemvak, zodat er geen bestelling blijft liggen. Je kunt dit later wijzigen onder Instellingen.',
  },
  en: {
    'wizard.progress.label': 'Setup progress',
    'wizard.progress': 'Step {step} of {total}',
    'wizard.step.shop': 'Shop',
    'wizard.step.orders': 'Orders',
    'wizard.step.moneybird': 'Moneybird',
    'wizard.step.mapping': 'Bookkeeping',
    'wizard.step.dry-run': 'Trial run',
    'wizard.step.start': 'Start',
    'wizard.backToSettings': 'Back to settings',

    'welcome.title': 'Welcome to Winkelbrug',
    'welcome.why':
      'Winkelbrug puts every completed and paid order from your Mijnwebwinkel shop into Moneybird as a paid invoice, with the right VAT. We go through the settings together; it takes about five minutes.',
    'welcome.need.title': 'What you need',
    'welcome.need.shop': 'Access to your Mijnwebwinkel admin, to create an API token there.',
    'welcome.need.moneybird': 'Your Moneybird login.',
    'welcome.steps.title': 'How it goes',
    'welcome.steps.shop': 'connect your shop with an API token.',
    'welcome.steps.orders': 'choose which orders are booked, and from when.',
    'welcome.steps.moneybird': 'log in to Moneybird and choose your administration.',
    'welcome.steps.mapping': 'check the accounts and VAT rates orders are booked on.',
    'welcome.steps.dry-run': 'see what would go to Moneybird, without booking anything.',
    'welcome.steps.start': 'start booking.',
    'welcome.safe':
      'Nothing goes into Moneybird until you choose Start booking in the last step. Your data only goes from your shop, through this computer, to your own Moneybird.',
    'welcome.start': 'Get started',

    'shop.title': 'Connect your shop',
    'shop.why':
      'Winkelbrug reads your orders from Mijnwebwinkel. For that it needs an API token: a key you create in your shop admin and can withdraw there at any time.',
    'shop.token.label': "Your shop's API token",
    'shop.token.hint':
      'In your Mijnwebwinkel admin: Settings → Add-ons & Modules → Integrations & connections. Click Add token, choose Winkelbrug as the partner and click Save. Mijnwebwinkel then makes the token: copy it and paste it here.',
    'shop.check': 'Check',
    'shop.checking': 'Checking the token with Mijnwebwinkel…',
    'shop.connected': 'Connected to {name}',
    'shop.change': 'Connect another shop',
    'shop.broken': 'The connection to your shop no longer works. {reason}',

    'orderChoice.title': 'Which orders?',
    'orderChoice.why':
      'Winkelbrug only books orders that are finished. Choose which statuses in your shop mean an order is finished, and from which day on to book.',
    'orderChoice.loading': "Fetching your shop's statuses…",
    'orderChoice.statuses.legend': 'Book orders with this status',
    'orderChoice.statuses.hint':
      'The statuses for completed orders are already ticked. An order is only booked once it is paid as well.',
    'orderChoice.statuses.none': 'Choose at least one status, or Winkelbrug books nothing.',
    'orderChoice.kind.completed': 'completed',
    'orderChoice.kind.credit': 'credit, becomes a credit note',
    'orderChoice.kind.open': 'not completed yet',
    'orderChoice.kind.cancelled': 'not going ahead, do not book',
    'orderChoice.start.legend': 'From when',
    'orderChoice.start.now': 'From now on',
    'orderChoice.start.now.detail': 'orders from today, {date}',
    'orderChoice.start.earlier': 'Earlier orders too',
    'orderChoice.since.label': 'From date',
    'orderChoice.since.hint':
      "For example the start of this quarter, so the whole quarter's VAT return adds up.",
    'orderChoice.since.invalid': 'Enter a valid date, for example 01/10/2026.',
    'orderChoice.since.future': 'This date is in the future. Choose today ({today}) or earlier.',
    'orderChoice.since.beforeStart':
      'Winkelbrug books from {start} already; orders from before then it no longer books by itself. Choose {start} or later, and book earlier orders with "Book earlier orders" on the Overview.',
    'orderChoice.since.hint.synced':
      'Winkelbrug books from {start} already. Orders from before then you book with "Book earlier orders" on the Overview.',
    'orderChoice.estimate.busy': 'Counting…',
    'orderChoice.estimate':
      '{orders} orders in these statuses from {since}; only the paid ones are booked. The trial run shows how many that is. Time to book if all of them are paid: {duration}.',
    'orderChoice.estimate.one':
      '1 order in these statuses from {since}; it is booked only if it is paid. The trial run shows whether it is. Time to book: {duration}.',
    'orderChoice.estimate.none':
      'There are no orders in this period yet. New orders are booked as soon as they are finished and paid.',

    'moneybird.title': 'Connect Moneybird',
    'moneybird.why':
      'Winkelbrug creates the invoices in your Moneybird administration and marks them as paid. For that you log in to Moneybird once and give Winkelbrug permission.',
    'moneybird.login': 'Log in to Moneybird',
    'moneybird.login.hint':
      "Your browser opens Moneybird's login page. Log in and choose Allow; after that it continues here by itself.",
    'moneybird.login.waiting': 'Waiting for Moneybird…',
    'moneybird.login.waiting.hint':
      'Log in in the browser window that just opened and choose Allow. Keep this screen open.',
    'moneybird.login.exchanging': 'Finishing the login…',
    'moneybird.login.noWindow': 'No window appeared?',
    'moneybird.login.openPage': 'Open the Moneybird login page',
    'moneybird.otherWays': 'Other ways to connect',
    'moneybird.oob.title': 'With a code',
    'moneybird.oob.hint':
      'For when the login above keeps waiting, for example when Winkelbrug runs on another computer. After you log in, Moneybird shows a code to paste here.',
    'moneybird.oob.open': 'Open the login page',
    'moneybird.oob.code': 'Code from Moneybird',
    'moneybird.connect': 'Connect',
    'moneybird.personal.title': 'With a personal API token',
    'moneybird.personal.label': 'Paste the token here',
    'moneybird.personal.hint':
      'Create it in Moneybird at moneybird.com/user/applications/new: choose Personal API token and turn on Sales invoices, Documents and Settings.',
    'moneybird.loggedIn': 'Logged in to Moneybird.',
    'moneybird.administrations.loading': 'Fetching your administrations…',
    'moneybird.administrations.legend': 'Which administration should Winkelbrug book in?',
    'moneybird.administrations.none':
      'This Moneybird account has no administrations. Create one in Moneybird, or log in with another account.',
    'moneybird.administrations.fromFolder': 'Winkelbrug booked in this one, according to its own data',
    'moneybird.administrations.remembered': 'Chosen last on this computer',
    'moneybird.administrations.checkAgain': 'Check again',
    'moneybird.administrations.checking': 'Checking the administration…',
    'moneybird.administrations.other': 'Choose another administration',
    'moneybird.connected': 'Connected to administration {name}',
    'moneybird.via.oauth': 'Connected by logging in to Moneybird.',
    'moneybird.via.personal': 'Connected with a personal API token.',
    'moneybird.relogin': 'Log in again',
    'moneybird.broken': 'The connection to Moneybird no longer works. {reason}',

    'mapping.title': 'How orders are booked',
    'mapping.why':
      'This is the revenue account, the VAT rate and the payment account your orders are booked on in Moneybird.',
    'mapping.why.proposals':
      'Winkelbrug fills in what it can tell from your administration. Where it could not, it says why: choose there yourself. If everything looks right, choose Next. If in doubt, ask your accountant.',
    'mapping.loading': 'Fetching your accounts and VAT rates from Moneybird…',
    'mapping.section.revenue': 'Revenue',
    'mapping.section.revenue.hint': 'The ledger account sales are booked on.',
    'mapping.section.taxRates': 'VAT rates',
    'mapping.section.taxRates.hint': "Which Moneybird VAT rate belongs to each of your shop's rates.",
    'mapping.section.payments': 'Payments',
    'mapping.section.payments.hint': "The account your customers' payments come in on.",
    'mapping.section.rounding': 'Rounding',
    'mapping.section.rounding.hint': 'Where a rounding difference of a few cents is booked.',
    'mapping.section.invoice': 'Invoice',
    'mapping.section.invoice.hint': 'How the invoice is made in Moneybird.',
    'mapping.required': 'required',
    'mapping.none': '— Nothing chosen —',
    'mapping.missing': 'Choose something here: Winkelbrug cannot book without it.',
    'mapping.missing.summary':
      'Not every required choice is made yet. Choose something in the marked fields.',
    'mapping.attention.one':
      'Check 1 thing; it is marked below. The rest is already filled in or may stay empty; unfold it if you want to see it too.',
    'mapping.attention.other':
      'Check {count} things; they are marked below. The rest is already filled in or may stay empty; unfold it if you want to see it too.',
    'mapping.attention.none':
      'Nothing for you to choose: everything is already filled in or may stay empty. Check it if you like, or choose Next.',
    'mapping.attention.left.one': '1 more thing to check; it is marked below.',
    'mapping.attention.left.other': '{count} more things to check; they are marked below.',
    'mapping.attention.lacking.one':
      'Check 1 thing, and add {lacking} in Moneybird first; they are marked below. The rest is already filled in or may stay empty; unfold it if you want to see it too.',
    'mapping.attention.lacking.other':
      'Check {count} things, and add {lacking} in Moneybird first; they are marked below. The rest is already filled in or may stay empty; unfold it if you want to see it too.',
    'mapping.attention.left.lacking.one':
      '1 more thing to check, and {lacking} to add in Moneybird first; they are marked below.',
    'mapping.attention.left.lacking.other':
      '{count} more things to check, and {lacking} to add in Moneybird first; they are marked below.',
    'mapping.lacking.rate.one': '1 VAT rate',
    'mapping.lacking.rate.other': '{count} VAT rates',
    'mapping.lacking.one': '1 account or rate',
    'mapping.lacking.other': '{count} accounts or rates',
    'mapping.attention.done': 'All chosen; choose Next.',
    'mapping.attention.doneForNow':
      'All chosen that can be now; choose Next. Add the rate that is still missing in Moneybird later.',
    'mapping.unavailable.rate.one':
      '1 VAT rate is still missing in Moneybird: {names}. You can go on; orders that need it wait until you add it.',
    'mapping.unavailable.rate.other':
      '{count} VAT rates are still missing in Moneybird: {names}. You can go on; orders that need them wait until you add them.',
    'mapping.unavailable.one':
      '1 choice cannot be made yet, because Moneybird has nothing for it: {names}. You can go on; orders that need it wait until you add it in Moneybird.',
    'mapping.unavailable.other':
      '{count} choices cannot be made yet, because Moneybird has nothing for them: {names}. You can go on; orders that need them wait until you add them in Moneybird.',
    'mapping.refresh': 'Fetch again from Moneybird',
    'mapping.refreshing': 'Fetching from Moneybird…',
    'mapping.chosen': 'Your choice: {choice}',
    'mapping.keep': 'Right, keep this one',
    'mapping.settled.one': 'See 1 other setting',
    'mapping.settled.other': 'See {count} other settings',

    'dryRun.title': 'Trial run',
    'dryRun.why':
      'Before anything goes into Moneybird, Winkelbrug works out what the first run would book, so you can see whether the amounts and the VAT are right. Nothing is booked yet.',
    'dryRun.busy': 'Working out what would go to Moneybird. With many orders this takes a while…',
    'dryRun.again': 'Calculate again',
    'dryRun.nothing':
      'There are no orders from {since} on to book. New orders are booked as soon as they are finished and paid.',
    'dryRun.orders': 'Orders',
    'dryRun.orders.value': '{orders} from {since}',
    'dryRun.total': 'Total including VAT',
    'dryRun.vat': 'Of which VAT',
    'dryRun.eta': 'Time to book',
    'dryRun.perRate.caption': 'VAT per rate',
    'dryRun.perRate.rate': 'Rate',
    'dryRun.perRate.base': 'Revenue excl. VAT',
    'dryRun.perRate.vat': 'VAT',
    'dryRun.unpaid.one': '1 order is not paid yet: once it is paid, Winkelbrug books it by itself.',
    'dryRun.unpaid.other':
      '{count} orders are not paid yet: once they are paid, Winkelbrug books them by itself.',
    'dryRun.testOrders.one': '1 order is marked as a test order in your shop: Winkelbrug does not book it.',
    'dryRun.testOrders.other':
      '{count} orders are marked as test orders in your shop: Winkelbrug does not book them.',
    'dryRun.sample.title': 'How they appear in Moneybird',
    'dryRun.sample.hint.some':
      'The first {shown} of {orders} orders, as their invoices will be in Moneybird.',
    'dryRun.sample.hint.all': 'Every order as its invoice will be in Moneybird.',
    'dryRun.sample.credit': 'Order {order}, credit note for {credited}',
    'dryRun.sample.linesCaption': 'Invoice lines of order {order}',
    'dryRun.line.description': 'Description',
    'dryRun.line.amount': 'Amount incl. VAT',
    'dryRun.line.total': 'Total incl. VAT',
    'dryRun.parked.title': 'Needs you ({count})',
    'dryRun.parked.hint':
      'Winkelbrug books these orders only once the cause is fixed; until then they need you. The others are booked as usual.',
    'dryRun.parked.hint.one':
      'Winkelbrug books this order only once the cause is fixed; until then it needs you. The others are booked as usual.',
    'dryRun.parked.again':
      'Fixing a cause right now, in Moneybird for instance? Then choose "Calculate again" below to see whether that order can be booked after all.',

    'dateField.placeholder': 'dd/mm/yyyy',
    'dateField.pick': 'Choose a date in the calendar',
    'dateField.filter.unreadable': 'Not a valid date. Type {format}, for example {example}.',
    'dateField.filter.reversed':
      'The end date is before the start date. Choose an end date on or after {from}.',
    'dateField.filter.issueOf': '{field}: ',

    'start.title': 'All set',
    'start.why':
      'Have one more look at your choices. When you choose Start booking, Winkelbrug books these orders and keeps up by itself after that.',
    'start.summary.shop': 'Shop',
    'start.summary.administration': 'Moneybird administration',
    'start.summary.statuses': 'Orders with status',
    'start.summary.since': 'From',
    'start.summary.since.now': 'now (new orders only)',
    'start.summary.since.date': '{date}',
    'start.summary.first': 'First run',
    'start.summary.first.value': '{orders} orders to book',
    'start.summary.first.value.one': '1 order to book',
    'start.summary.first.parked.one': '{booking}, 1 needs you',
    'start.summary.first.parked.other': '{booking}, {parked} need you',
    'start.after':
      'You can change everything later under Settings. Orders Winkelbrug cannot book are shown on the dashboard, with the reason.',
    'start.button': 'Start booking',
    'start.startAtLogin': 'Start Winkelbrug when the computer starts',
    'start.startAtLogin.hint':
      'Winkelbrug then waits in the background, by its icon in the menu bar or the system tray, so no order is left waiting. You can change this later under Settings.',
  },
});

export type UiSetupKey = keyof typeof uiSetup.nl;
