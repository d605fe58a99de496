// Messages for failures talking to Mijnwebwinkel and Moneybird, and for login and the keychain.
// Each says what happened and what the shop owner can do about it. {service} is the service name.
// A server's own words go in ({details}) only when they are a message it sent as JSON, never a page of
// HTML; `api.what.*` name what a request was about, for {what}.
import { defineCatalog } from '../translate';

export const apiMessages = defineCatalog({
  nl: {
    'api.authentication.invalid':
      '{service} accepteert de koppeling niet meer: de sleutel is ingetrokken of ongeldig. Koppel {service} opnieuw in de instellingen.',
    'api.authentication.scope':
      'De koppeling met {service} mist de toestemming "{scope}". Koppel {service} opnieuw en geef die toestemming.',
    'api.validation':
      '{service} heeft de gegevens geweigerd: {details}. Pas dit aan in {service} of in de winkel en probeer het opnieuw.',
    'api.validation.unexplained':
      '{service} heeft de gegevens geweigerd zonder te zeggen waarom. Kijk of er in {service} of in de winkel iets niet klopt en probeer het opnieuw.',
    'api.plan-limit':
      'Je {service}-abonnement staat dit niet toe (limiet bereikt). Kies een ander abonnement in {service}; daarna gaat de synchronisatie verder.',
    'api.not-found':
      '{service} kent dit niet (meer): {what}. Controleer of het daar verwijderd is of dat de juiste administratie gekozen is.',
    'api.not-found.unnamed':
      '{service} kent niet (meer) wat Winkelbrug opvroeg. Controleer of de gekozen administratie nog bestaat en de juiste is.',
    'api.not-found.shop':
      '{service} kent dit niet (meer): {what}. Kijk in je winkel of het daar verwijderd is.',
    'api.not-found.shop-unnamed':
      '{service} kent niet (meer) wat Winkelbrug van je winkel opvroeg. Kijk of je winkel nog online is en de koppeling in de instellingen nog werkt; Winkelbrug probeert het bij de volgende synchronisatie vanzelf opnieuw.',
    'api.rate-limited':
      '{service} krijgt even te veel verzoeken. Winkelbrug wacht tot {until} en gaat dan vanzelf verder.',
    'api.transient':
      '{service} is nu niet bereikbaar of gaf een storing. Winkelbrug probeert het later vanzelf opnieuw; controleer anders je internetverbinding.',
    'api.uncertain':
      'Het is niet zeker of {service} dit heeft verwerkt (de verbinding viel weg). Winkelbrug controleert dit eerst en maakt niets dubbel aan.',
    'api.rejected':
      '{service} weigerde het verzoek ({status}): {details}. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met de ondersteuning.',
    'api.rejected.unexplained':
      '{service} weigerde het verzoek ({status}) zonder uitleg die Winkelbrug kan tonen. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met de ondersteuning.',
    'api.redirected':
      '{service} antwoordde vanaf een ander adres (doorverwijzing {status}). Winkelbrug volgt dat niet, want dan gingen je sleutels mee naar dat adres. Meestal zit er een wifi-inlogpagina, proxy of beveiligingsprogramma tussen: controleer je internetverbinding. Winkelbrug probeert het later vanzelf opnieuw; blijft het gebeuren, neem dan contact op met de ondersteuning.',
    'api.invalid-response':
      '{service} stuurde een antwoord dat Winkelbrug niet begrijpt (veld {field}). Er is niets gewijzigd; probeer het later opnieuw of meld dit.',
    'api.invalid-response.body':
      '{service} stuurde een antwoord dat Winkelbrug niet kan lezen (niet de gegevens die het vroeg, maar bijvoorbeeld een webpagina). Er is niets gewijzigd; probeer het later opnieuw of meld dit.',
    'api.invalid-response.write':
      '{service} gaf op deze wijziging een antwoord dat Winkelbrug niet kan lezen. De wijziging kan toch zijn aangekomen: Winkelbrug kijkt bij de volgende poging of het er is, en maakt niets dubbel aan.',
    'api.paging-stuck':
      '{service} gaf bij het doorbladeren van de bestellingen steeds dezelfde bestellingen: de volgende pagina schoof niet op. Winkelbrug is gestopt met lezen, zodat er niets wordt overgeslagen, en probeert het bij de volgende synchronisatie opnieuw. Blijft het gebeuren, meld het dan bij {service}.',
    'api.cancelled':
      'De synchronisatie werd gestopt terwijl Winkelbrug op {service} wachtte. Er is niets gewijzigd; Winkelbrug gaat hiermee verder bij de volgende synchronisatie.',
    'api.what.contact': 'contact {id}',
    'api.what.customer': 'klant {id}',
    'api.what.invoice': 'factuur {id}',
    'api.what.invoice-reference': 'factuur met referentie {reference}',
    'api.what.credit-invoice': 'creditfactuur {id}',
    'api.what.order': 'bestelling {order}',
    'api.what.order-payments': 'betalingen van bestelling {order}',
    'oauth.state-mismatch':
      'Het inloggen bij Moneybird is afgebroken omdat het antwoord niet bij deze aanvraag hoorde. Start het koppelen opnieuw.',
    'oauth.denied':
      'Je hebt Winkelbrug in Moneybird geen toegang gegeven. Probeer het opnieuw en kies in Moneybird Toestaan.',
    'oauth.timeout':
      'Het inloggen bij Moneybird duurde te lang (meer dan {minutes} minuten). Start het koppelen opnieuw.',
    'oauth.port-in-use':
      'Winkelbrug kan het antwoord van Moneybird niet ontvangen: poort {port} is al in gebruik. Sluit het programma dat die poort gebruikt, of koppel met een API-token.',
    'oauth.exchange-failed':
      'Moneybird gaf geen toegang met deze inlogcode. Start het koppelen opnieuw; plak de code in zijn geheel als je die hebt gekopieerd.',
    'oauth.not-configured':
      'Deze versie van Winkelbrug heeft geen Moneybird-app-gegevens. Koppel met een persoonlijk API-token uit Moneybird.',
    'oauth.callback-success':
      'Gelukt: Winkelbrug is gekoppeld met Moneybird. Ga terug naar Winkelbrug; je kunt dit tabblad sluiten.',
    'oauth.callback-denied':
      'De koppeling met Moneybird is niet gemaakt: je gaf geen toestemming. Ga terug naar Winkelbrug om het opnieuw te proberen; je kunt dit tabblad sluiten.',
    'oauth.callback-failed':
      'De koppeling met Moneybird is niet gemaakt: {reason} Ga terug naar Winkelbrug om het opnieuw te proberen; je kunt dit tabblad sluiten.',
    'oauth.callback-pending':
      'Winkelbrug rondt het koppelen met Moneybird nog af. Ga terug naar Winkelbrug en kijk daar of het gelukt is; je kunt dit tabblad sluiten.',
    'oauth.callback-stopped': 'Het koppelen is in Winkelbrug afgebroken.',
    'oauth.page.gone': 'Dit inloggen is al afgerond. Ga terug naar Winkelbrug; je kunt dit tabblad sluiten.',
    'oauth.page.method': 'Deze pagina neemt alleen het antwoord van Moneybird aan.',
    'oauth.page.wrong-host': 'Dit verzoek is niet voor Winkelbrug bedoeld (verkeerd adres).',
    'oauth.page.not-found': 'Deze pagina bestaat niet.',
    'oauth.page.state-mismatch':
      'Dit antwoord hoort niet bij het inloggen dat nu loopt en is genegeerd. Start het koppelen zo nodig opnieuw in Winkelbrug.',
    'oauth.page.no-code':
      'Het antwoord van Moneybird bevat geen inlogcode. Start het koppelen opnieuw in Winkelbrug.',
    'keychain.unavailable':
      'Er is geen sleutelhanger van het besturingssysteem beschikbaar om de sleutels veilig te bewaren ({reason}). Winkelbrug bewaart ze niet onbeveiligd: ontgrendel of installeer een sleutelhanger (bijv. GNOME Keyring) en probeer opnieuw.',
    'keychain.failed':
      'De sleutelhanger van het besturingssysteem gaf een fout ({reason}). Ontgrendel de sleutelhanger en probeer het opnieuw.',
    'keychain.unavailable-token':
      'Winkelbrug kan zijn sleutels niet lezen: er is geen sleutelhanger van het besturingssysteem beschikbaar ({reason}). Ontgrendel of installeer een sleutelhanger (bijv. GNOME Keyring) en start Winkelbrug opnieuw. Zonder sleutelhanger kan Winkelbrug de sleutel ook uit de omgevingsvariabele {name} lezen; onbeveiligd bewaren doet het niet.',
  },
  en: {
    'api.authentication.invalid':
      '{service} no longer accepts the connection: the key was revoked or is invalid. Connect {service} again in the settings.',
    'api.authentication.scope':
      'The connection to {service} lacks the permission "{scope}". Connect {service} again and grant that permission.',
    'api.validation':
      '{service} rejected the data: {details}. Correct this in {service} or in the shop and try again.',
    'api.validation.unexplained':
      '{service} rejected the data without saying why. Check whether something is off in {service} or in the shop and try again.',
    'api.plan-limit':
      'Your {service} plan does not allow this (limit reached). Choose another plan in {service}; syncing then continues.',
    'api.not-found':
      '{service} does not know this (any more): {what}. Check whether it was deleted there or whether the right administration is selected.',
    'api.not-found.unnamed':
      '{service} does not know (any more) what Winkelbrug asked for. Check whether the chosen administration still exists and is the right one.',
    'api.not-found.shop':
      '{service} does not know this (any more): {what}. See in your shop whether it was deleted there.',
    'api.not-found.shop-unnamed':
      '{service} does not know (any more) what Winkelbrug asked of your shop. See whether your shop is still online and the connection in the settings still works; Winkelbrug tries again by itself at the next sync.',
    'api.rate-limited':
      '{service} is receiving too many requests. Winkelbrug waits until {until} and then continues by itself.',
    'api.transient':
      '{service} cannot be reached right now or reported a failure. Winkelbrug retries later by itself; otherwise check your internet connection.',
    'api.uncertain':
      'It is not certain whether {service} processed this (the connection dropped). Winkelbrug checks first and creates nothing twice.',
    'api.rejected':
      '{service} refused the request ({status}): {details}. Try again later; if it keeps happening, contact support.',
    'api.rejected.unexplained':
      '{service} refused the request ({status}) without an explanation Winkelbrug can show. Try again later; if it keeps happening, contact support.',
    'api.redirected':
      '{service} answered from another address (redirect {status}). Winkelbrug does not follow it, as your keys would go along to that address. Mostly a Wi-Fi sign-in page, a proxy or security software sits in between: check your internet connection. Winkelbrug tries again later by itself; if it keeps happening, contact support.',
    'api.invalid-response':
      '{service} sent an answer Winkelbrug does not understand (field {field}). Nothing was changed; try again later or report this.',
    'api.invalid-response.body':
      '{service} sent an answer Winkelbrug cannot read (not the data it asked for, but a web page, for instance). Nothing was changed; try again later or report this.',
    'api.invalid-response.write':
      '{service} answered this change with something Winkelbrug cannot read. The change may have arrived all the same: Winkelbrug checks at the next try whether it is there, and creates nothing twice.',
    'api.paging-stuck':
      '{service} kept sending the same orders while Winkelbrug paged through them: the next page did not move on. Winkelbrug stopped reading, so that nothing is skipped, and tries again at the next sync. If it keeps happening, report it to {service}.',
    'api.cancelled':
      'The sync was stopped while Winkelbrug was waiting for {service}. Nothing was changed; Winkelbrug continues with this at the next sync.',
    'api.what.contact': 'contact {id}',
    'api.what.customer': 'customer {id}',
    'api.what.invoice': 'invoice {id}',
    'api.what.invoice-reference': 'invoice with reference {reference}',
    'api.what.credit-invoice': 'credit invoice {id}',
    'api.what.order': 'order {order}',
    'api.what.order-payments': 'payments of order {order}',
    'oauth.state-mismatch':
      'Signing in to Moneybird was stopped because the answer did not belong to this request. Start connecting again.',
    'oauth.denied':
      'You did not give Winkelbrug access in Moneybird. Try again and choose Allow in Moneybird.',
    'oauth.timeout':
      'Signing in to Moneybird took too long (more than {minutes} minutes). Start connecting again.',
    'oauth.port-in-use':
      'Winkelbrug cannot receive the answer from Moneybird: port {port} is already in use. Close the program using that port, or connect with an API token.',
    'oauth.exchange-failed':
      'Moneybird did not grant access with this sign-in code. Start connecting again; paste the whole code if you copied it.',
    'oauth.not-configured':
      'This build of Winkelbrug has no Moneybird app credentials. Connect with a personal API token from Moneybird.',
    'oauth.callback-success':
      'Done: Winkelbrug is connected to Moneybird. Go back to Winkelbrug; you can close this tab.',
    'oauth.callback-denied':
      'The connection to Moneybird was not made: you did not give permission. Go back to Winkelbrug to try again; you can close this tab.',
    'oauth.callback-failed':
      'The connection to Moneybird was not made: {reason} Go back to Winkelbrug to try again; you can close this tab.',
    'oauth.callback-pending':
      'Winkelbrug is still finishing the connection to Moneybird. Go back to Winkelbrug and see there whether it worked; you can close this tab.',
    'oauth.callback-stopped': 'Connecting was stopped in Winkelbrug.',
    'oauth.page.gone':
      'This sign-in has already been completed. Go back to Winkelbrug; you can close this tab.',
    'oauth.page.method': "This page only accepts Moneybird's answer.",
    'oauth.page.wrong-host': 'This request is not meant for Winkelbrug (wrong address).',
    'oauth.page.not-found': 'This page does not exist.',
    'oauth.page.state-mismatch':
      'This answer does not belong to the sign-in in progress and was ignored. Start connecting again in Winkelbrug if needed.',
    'oauth.page.no-code': "Moneybird's answer holds no sign-in code. Start connecting again in Winkelbrug.",
    'keychain.unavailable':
      'No operating-system keychain is available to keep the keys safe ({reason}). Winkelbrug does not store them unprotected: unlock or install a keychain (e.g. GNOME Keyring) and try again.',
    'keychain.failed':
      'The operating-system keychain reported an error ({reason}). Unlock the keychain and try again.',
    'keychain.unavailable-token':
      'Winkelbrug cannot read its keys: no operating-system keychain is available ({reason}). Unlock or install a keychain (e.g. GNOME Keyring) and start Winkelbrug again. Without a keychain Winkelbrug can also read the key from the environment variable {name}; it never stores keys unprotected.',
  },
});

export type ApiMessageKey = keyof typeof apiMessages.nl;
