// Texts of Settings: the connections, syncing, the kind and language of the invoice, the app's
// language and the advanced options. The bookkeeping choices and the order part reuse the wizard's
// texts (ui-setup.ts, setup-mapping.ts).
import { defineCatalog } from '../translate';

export const uiSettings = defineCatalog({
  nl: {
    'settings.title': 'Instellingen',
    'settings.nav.label': 'Onderdelen van de instellingen',
    'settings.connections.title': 'Koppelingen',
    'settings.connection.broken': 'Werkt niet: {reason}',
    'settings.connect': 'Koppelen',
    'settings.moneybird.change': 'Opnieuw koppelen',
    'settings.disconnect': 'Ontkoppelen',
    'settings.disconnect.confirm': 'Ja, ontkoppelen',
    'settings.disconnect.shop.question':
      'Weet je het zeker? Winkelbrug haalt dan geen bestellingen meer op tot je opnieuw koppelt. Wat al geboekt is, blijft in Moneybird staan.',
    'settings.disconnect.moneybird.question':
      'Weet je het zeker? Winkelbrug boekt dan niets meer tot je opnieuw koppelt. Wat al geboekt is, blijft in Moneybird staan.',
    'settings.bookkeeping.title': 'Boekhouding',
    'settings.save.all': 'Alles opgeslagen',
    'settings.save.pending.one': '1 wijziging nog niet opgeslagen',
    'settings.save.pending.other': '{count} wijzigingen nog niet opgeslagen',
    'settings.retryParked.one':
      'Je hebt een instelling aangepast waar 1 bestelling op wachtte. Kies Opnieuw proberen om ze nu te boeken.',
    'settings.sync.title': 'Synchronisatie',
    'settings.sync.interval': 'Hoe vaak synchroniseren',
    'settings.sync.interval.hint':
      'Om de hoeveel minuten Winkelbrug naar nieuwe bestellingen kijkt: tussen {min} en {max}.',
    'settings.sync.interval.unit': 'minuten',
    'settings.sync.interval.invalid': 'Vul een heel aantal minuten in.',
    'settings.sync.interval.range': 'Kies tussen {min} en {max} minuten (een dag).',
    'settings.invoice.style': 'Soort factuur',
    'settings.invoice.style.sales': 'Verkoopfactuur',
    'settings.invoice.style.sales.hint':
      'Moneybird maakt de factuur en geeft hem een eigen nummer. Aangeraden.',
    'settings.invoice.style.external': 'Externe factuur',
    'settings.invoice.style.external.hint':
      'Je winkel maakt de factuur al; Moneybird neemt hem over met het nummer uit je winkel.',
    'settings.invoice.language': 'Taal van de factuur',
    'settings.invoice.language.hint': 'De taal van de teksten op de factuur in Moneybird.',
    'settings.sync.prefix': 'Voorvoegsel van de referentie',
    'settings.sync.prefix.hint':
      'Staat voor het bestelnummer in de referentie van de factuur, bijvoorbeeld {example}. Verander het alleen als je meer winkels in één administratie boekt, en vóór de eerste boeking: daarna ligt het vast, want Winkelbrug vindt zijn boekingen eraan terug.',
    'settings.sync.prefix.fixed':
      'Ligt vast: er staan al bestellingen met dit voorvoegsel in Moneybird, met referenties als {example}. Winkelbrug vindt ze daaraan terug; met een ander voorvoegsel zou het ze niet meer herkennen.',
    'settings.sync.prefix.empty': 'Vul een voorvoegsel in, bijvoorbeeld MWW.',
    'settings.sync.prefix.long': 'Gebruik hoogstens 10 tekens.',
    'settings.sync.prefix.characters': 'Gebruik alleen letters en cijfers, zonder spaties of streepjes.',
    'settings.sync.authorized': 'Achteraf betalen telt als betaald',
    'settings.sync.authorized.hint':
      'Bestellingen met bijvoorbeeld Klarna of Afterpay worden geboekt zodra de betaling is goedgekeurd, niet pas als het geld binnen is.',
    'settings.sync.updateContacts': 'Klantgegevens in Moneybird bijwerken',
    'settings.sync.updateContacts.hint':
      'Wijzigt een klant in de webwinkel zijn bedrijfsnaam, btw-nummer of adres, dan past Winkelbrug het contact in Moneybird daarop aan. Wat je zelf in Moneybird hebt aangepast, blijft staan.',
    'settings.sync.startAtLogin': 'Starten bij inloggen',
    'settings.sync.startAtLogin.hint':
      'Winkelbrug start op de achtergrond (bij het pictogram in de menubalk of het systeemvak) zodra je op deze computer inlogt, zodat er geen bestelling blijft liggen. Geldt voor de desktop-app.',
    'settings.orders.title': 'Welke bestellingen',
    'settings.language.title': 'Taal',
    'settings.language.intro':
      'De taal van dit venster, van de meldingen en van het pictogram in de menubalk of het systeemvak. Je facturen houden hun eigen taal (onder Boekhouding → Factuur).',
    'settings.language.legend': 'Taal van Winkelbrug',
    'settings.language.nl': 'Nederlands',
    'settings.language.en': 'English',
    'settings.advanced.title': 'Geavanceerd',
    'settings.advanced.intro':
      'Alleen nodig als Mijnwebwinkel je een eigen partnertoken heeft gegeven. Laat dit anders zoals het is.',
    'settings.partnerToken.default': 'Winkelbrug gebruikt zijn eigen partnertoken.',
    'settings.partnerToken.overridden': 'Er is een eigen partnertoken ingesteld.',
    'settings.partnerToken.label': 'Eigen partnertoken',
    'settings.partnerToken.hint':
      'Het token wordt bewaard in de sleutelhanger van je computer, niet in een bestand.',
    'settings.partnerToken.reset': 'Weer het partnertoken van Winkelbrug gebruiken',
  },
  en: {
    'settings.title': 'Settings',
    'settings.nav.label': 'Parts of the settings',
    'settings.connections.title': 'Connections',
    'settings.connection.broken': 'Not working: {reason}',
    'settings.connect': 'Connect',
    'settings.moneybird.change': 'Reconnect',
    'settings.disconnect': 'Disconnect',
    'settings.disconnect.confirm': 'Yes, disconnect',
    'settings.disconnect.shop.question':
      'Are you sure? Winkelbrug then fetches no more orders until you connect again. What is booked already stays in Moneybird.',
    'settings.disconnect.moneybird.question':
      'Are you sure? Winkelbrug then books nothing until you connect again. What is booked already stays in Moneybird.',
    'settings.bookkeeping.title': 'Bookkeeping',
    'settings.save.all': 'Everything saved',
    'settings.save.pending.one': '1 change not saved yet',
    'settings.save.pending.other': '{count} changes not saved yet',
    'settings.retryParked.one':
      'You changed a setting that 1 order was waiting for. Choose Retry to book it now.',
    'settings.sync.title': 'Syncing',
    'settings.sync.interval': 'How often to sync',
    'settings.sync.interval.hint':
      'Every how many minutes Winkelbrug looks for new orders: between {min} and {max}.',
    'settings.sync.interval.unit': 'minutes',
    'settings.sync.interval.invalid': 'Enter a whole number of minutes.',
    'settings.sync.interval.range': 'Choose between {min} and {max} minutes (one day).',
    'settings.invoice.style': 'Kind of invoice',
    'settings.invoice.style.sales': 'Sales invoice',
    'settings.invoice.style.sales.hint':
      'Moneybird makes the invoice and gives it its own number. Recommended.',
    'settings.invoice.style.external': 'External invoice',
    'settings.invoice.style.external.hint':
      'Your shop already makes the invoice; Moneybird takes it over with the number from your shop.',
    'settings.invoice.language': 'Invoice language',
    'settings.invoice.language.hint': 'The language of the texts on the invoice in Moneybird.',
    'settings.sync.prefix': 'Reference prefix',
    'settings.sync.prefix.hint':
      "Goes before the order number in the invoice's reference, for example {example}. Only change it when you book several shops in one administration, and before the first booking: after that it is fixed, since Winkelbrug finds its bookings again by it.",
    'settings.sync.prefix.fixed':
      'Fixed: orders with this prefix are in Moneybird already, with references such as {example}. Winkelbrug finds them again by it; with another prefix it would no longer recognise them.',
    'settings.sync.prefix.empty': 'Enter a prefix, for example MWW.',
    'settings.sync.prefix.long': 'Use at most 10 characters.',
    'settings.sync.prefix.characters': 'Use only letters and digits, no spaces or dashes.',
    'settings.sync.authorized': 'Pay later counts as paid',
    'settings.sync.authorized.hint':
      'Orders paid with for example Klarna or Afterpay are booked as soon as the payment is approved, not only once the money is in.',
    'settings.sync.updateContacts': 'Keep customer details current in Moneybird',
    'settings.sync.updateContacts.hint':
      'When a customer changes their company name, VAT number or address in the shop, Winkelbrug updates their contact in Moneybird. What you changed in Moneybird yourself stays.',
    'settings.sync.startAtLogin': 'Start at login',
    'settings.sync.startAtLogin.hint':
      'Winkelbrug starts in the background (at its icon in the menu bar or notification area) as soon as you log in to this computer, so no order is left waiting. Applies to the desktop app.',
    'settings.orders.title': 'Which orders',
    'settings.language.title': 'Language',
    'settings.language.intro':
      'The language of this window, of the notifications and of the icon in the menu bar or notification area. Your invoices keep their own language (under Bookkeeping → Invoice).',
    'settings.language.legend': 'Language of Winkelbrug',
    'settings.language.nl': 'Nederlands',
    'settings.language.en': 'English',
    'settings.advanced.title': 'Advanced',
    'settings.advanced.intro':
      'Only needed when Mijnwebwinkel gave you a partner token of your own. Otherwise leave this as it is.',
    'settings.partnerToken.default': 'Winkelbrug uses its own partner token.',
    'settings.partnerToken.overridden': 'A partner token of your own is set.',
    'settings.partnerToken.label': 'Your own partner token',
    'settings.partnerToken.hint': "The token is kept in your computer's keychain, not in a file.",
    'settings.partnerToken.reset': "Use Winkelbrug's partner token again",
  },
});

export type UiSettingsKey = keyof typeof uiSettings.nl;
