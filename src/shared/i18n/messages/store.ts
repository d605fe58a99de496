// Messages about Winkelbrug's own database file: why it could not be opened and what the shop owner
// can do. {file} is the full path of the database file (or its folder), so the owner can find it.
import { defineCatalog } from '../translate';

export const storeMessages = defineCatalog({
  nl: {
    'store.open.corrupt':
      'Het databasebestand {file} is beschadigd of is geen database. Winkelbrug heeft het niet gewijzigd of verwijderd. Zet een reservekopie van dit bestand terug, of verplaats het naar een andere map; Winkelbrug begint dan met een nieuwe database.',
    'store.open.foreign':
      'Het bestand {file} is een database van een ander programma, niet van Winkelbrug. Winkelbrug heeft het niet gewijzigd. Verplaats het bestand of kies een andere gegevensmap.',
    'store.open.newer-version':
      'Het databasebestand {file} is gemaakt door een nieuwere versie van Winkelbrug (databaseversie {found}, deze versie kent tot en met {supported}). Er is niets gewijzigd. Installeer de nieuwste versie van Winkelbrug.',
    'store.open.not-a-file':
      'Winkelbrug kan zijn database niet openen: {file} is een map en geen bestand. Verplaats of hernoem die map en start Winkelbrug opnieuw.',
    'store.open.no-permission':
      'Winkelbrug mag {file} niet lezen of schrijven. Geef je gebruikersaccount lees- en schrijfrechten op dit bestand en de map ervan, en start Winkelbrug opnieuw.',
    'store.open.busy':
      'Het databasebestand {file} is in gebruik door een ander programma of een tweede Winkelbrug. Sluit dat programma en start Winkelbrug opnieuw.',
    'store.open.disk-full':
      'De schijf met {file} is vol, dus Winkelbrug kan niets opslaan. Maak ruimte vrij en start Winkelbrug opnieuw.',
    'store.open.unreadable':
      'Winkelbrug kan het databasebestand {file} niet lezen ({detail}). Er is niets gewijzigd of verwijderd. Controleer de schijf of de map en start Winkelbrug opnieuw.',
    'store.open.migration-failed':
      'Winkelbrug kon het databasebestand {file} niet bijwerken naar de nieuwe versie (stap {version}: {detail}). De gegevens zijn onaangetast. Start Winkelbrug opnieuw; blijft dit gebeuren, neem dan contact op met de ondersteuning.',
    'store.setting.invalid':
      'De opgeslagen instelling "{key}" is ongeldig (veld {field}: {problem}). De waarde is bewaard maar wordt niet gebruikt. Stel "{key}" opnieuw in.',
    'store.setting.secret':
      'De instelling "{key}" lijkt een geheim (token of wachtwoord) en wordt niet in de database opgeslagen. Geheimen horen in de sleutelbos van het systeem.',
    'store.journal.illegal':
      'Bestelling {order} kan niet van "{from}" naar "{to}" gaan: {detail}. Er is niets gewijzigd.',
    'store.journal.conflict':
      'Bestelling {order} staat inmiddels op "{actual}" in plaats van "{expected}"; een andere actie was eerder. Er is niets gewijzigd; vernieuw het overzicht.',
    'store.journal.not-found': 'Bestelling {order} staat niet in het overzicht van Winkelbrug.',
    'store.journal.id-conflict':
      'Bestelling {order} is al gekoppeld aan Moneybird-{what} {existing}; Winkelbrug koppelt die niet stilletjes aan {proposed}. Er is niets gewijzigd.',
    'store.run.interrupted':
      'De synchronisatie is onderbroken (Winkelbrug werd afgesloten of de computer viel uit). De volgende synchronisatie gaat verder waar deze stopte.',
    'store.write.disk-full':
      'De schijf met {file} is vol, dus Winkelbrug kan niets meer opslaan en heeft de synchronisatie gestopt. Er gaat niets verloren: wat al in Moneybird staat, vindt Winkelbrug terug en boekt het niet dubbel. Maak ruimte vrij op die schijf; daarna gaat de synchronisatie vanzelf verder (of start hem opnieuw).',
    'store.write.read-only':
      'Winkelbrug mag niet meer schrijven in {file} (alleen-lezen) en heeft de synchronisatie gestopt. Er gaat niets verloren. Geef je gebruikersaccount schrijfrechten op dit bestand en de map ervan, of maak de schijf weer beschrijfbaar; daarna gaat de synchronisatie vanzelf verder (of start hem opnieuw).',
    'store.write.io-error':
      'Winkelbrug kon niet schrijven naar {file}: de schijf gaf een fout ({detail}). De synchronisatie is gestopt; er gaat niets verloren. Controleer de schijf (is een externe schijf of netwerkmap losgekoppeld?); daarna gaat de synchronisatie vanzelf verder (of start hem opnieuw).',
  },
  en: {
    'store.open.corrupt':
      'The database file {file} is damaged or is not a database. Winkelbrug has not changed or deleted it. Restore a backup of this file, or move it to another folder; Winkelbrug then starts with a new database.',
    'store.open.foreign':
      'The file {file} is another program’s database, not Winkelbrug’s. Winkelbrug has not changed it. Move the file or choose another data folder.',
    'store.open.newer-version':
      'The database file {file} was made by a newer version of Winkelbrug (database version {found}; this version knows up to {supported}). Nothing was changed. Install the latest version of Winkelbrug.',
    'store.open.not-a-file':
      'Winkelbrug cannot open its database: {file} is a folder, not a file. Move or rename that folder and start Winkelbrug again.',
    'store.open.no-permission':
      'Winkelbrug is not allowed to read or write {file}. Give your user account read and write permission on this file and its folder, and start Winkelbrug again.',
    'store.open.busy':
      'The database file {file} is in use by another program or a second Winkelbrug. Close that program and start Winkelbrug again.',
    'store.open.disk-full':
      'The disk holding {file} is full, so Winkelbrug cannot save anything. Free some space and start Winkelbrug again.',
    'store.open.unreadable':
      'Winkelbrug cannot read the database file {file} ({detail}). Nothing was changed or deleted. Check the disk or the folder and start Winkelbrug again.',
    'store.open.migration-failed':
      'Winkelbrug could not update the database file {file} to the new version (step {version}: {detail}). The data is untouched. Start Winkelbrug again; if this keeps happening, contact support.',
    'store.setting.invalid':
      'The saved setting "{key}" is invalid (field {field}: {problem}). The value is kept but not used. Set "{key}" again.',
    'store.setting.secret':
      'The setting "{key}" looks like a secret (a token or password) and is not stored in the database. Secrets belong in the system keychain.',
    'store.journal.illegal':
      'Order {order} cannot go from "{from}" to "{to}": {detail}. Nothing was changed.',
    'store.journal.conflict':
      'Order {order} is now "{actual}" instead of "{expected}"; another action came first. Nothing was changed; refresh the overview.',
    'store.journal.not-found': 'Order {order} is not in Winkelbrug’s overview.',
    'store.journal.id-conflict':
      'Order {order} is already linked to Moneybird {what} {existing}; Winkelbrug does not silently relink it to {proposed}. Nothing was changed.',
    'store.run.interrupted':
      'The sync was interrupted (Winkelbrug was closed or the computer went down). The next sync continues where this one stopped.',
    'store.write.disk-full':
      'The disk holding {file} is full, so Winkelbrug cannot save anything and has stopped the sync. Nothing is lost: what is already in Moneybird is found again and not booked twice. Free some space on that disk; the sync then continues by itself (or start it again).',
    'store.write.read-only':
      'Winkelbrug may no longer write to {file} (read-only) and has stopped the sync. Nothing is lost. Give your user account write permission on this file and its folder, or make the disk writable again; the sync then continues by itself (or start it again).',
    'store.write.io-error':
      'Winkelbrug could not write to {file}: the disk reported an error ({detail}). The sync has stopped; nothing is lost. Check the disk (was an external disk or network folder disconnected?); the sync then continues by itself (or start it again).',
  },
});
