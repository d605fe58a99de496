// Texts of the command line (`npm run cli`), which the headless shell and maintainers use.
import { defineCatalog } from '../translate';

export const cliMessages = defineCatalog({
  nl: {
    'cli.unknown_order.retry':
      'Bestelling {order} staat niet in het journaal. Controleer het nummer; "npm run cli -- status" toont de bestellingen die op jou wachten.',
    'cli.unknown_order': 'Bestelling {order} staat niet in het journaal.',
    'cli.skipped': 'Bestelling {order} overgeslagen.',
    'cli.outcome.booked': 'geboekt',
    'cli.outcome.parked': 'wacht op jou',
    'cli.outcome.waiting': 'wordt opnieuw geprobeerd',
    'cli.outcome.skipped': 'nu niet',
    'cli.run_done':
      'Klaar. Geboekt: {booked}; wacht op jou: {parked}; wordt opnieuw geprobeerd: {waiting}; nu niet geboekt: {skipped}. Wacht op jou in totaal: {parkedNow}.',
    'cli.status':
      'Geboekt: {done}{cancelledPart}, wacht op jou: {parked}, wordt opnieuw geprobeerd: {waiting}, bezig: {inProgress}, overgeslagen: {skipped}, nog niet betaald: {unpaid}',
    // The part of the booked orders the shop called off since, as the app's counts name it.
    'cli.status.cancelled': ' (waarvan {count} geannuleerd in je winkel)',
    'cli.last_run': 'Laatste run: #{id} {kind} {startedAt} → {outcome}',
    'cli.history_import': 'Eerdere bestellingen boeken vanaf {since}: {status}, {done}/{total}',
    'cli.history_import.running': 'bezig',
    'cli.history_import.paused': 'staat stil',
    'cli.history_import.completed': 'klaar',
    'cli.deleted':
      'Van {count} geboekte bestelling(en) is de factuur daarna in Moneybird verwijderd. Open Winkelbrug, Bestellingen, om ze opnieuw te boeken of buiten je boeken te laten.',
    'cli.cancelled_in_shop':
      '{count} geboekte bestelling(en) zijn daarna in je winkel geannuleerd, zonder creditorder: in Moneybird staan ze nog als omzet. Maak in je winkel een creditorder, of open Winkelbrug, Bestellingen, als je het zelf in Moneybird hebt geregeld.',
    'cli.setting_invalid': 'De boekhoudinstelling {key} is ongeldig: {problem}. Er is niets opgeslagen.',
    'cli.start_date_earlier':
      'Winkelbrug boekt al vanaf {start}; bestellingen van daarvoor boekt het niet meer vanzelf. Boek ze met "winkelbrug import --since <datum>". Er is niets opgeslagen.',
    // After a refused import (sync.import_refused.*): the command line resumes an unfinished one itself.
    'cli.import_refused.unfinished':
      'Het boeken van de bestellingen vanaf {unfinished} is nog niet klaar; ga ermee verder met "winkelbrug import --since {day}".',
    'cli.setting_saved': '{key} opgeslagen.',
    // A run stopped for a missing or invalid choice: the command line's own way to make it.
    'cli.needs_statuses':
      'Kies eerst welke orderstatussen "afgerond" betekenen. Beschikbaar: {statuses}. Bijvoorbeeld: npm run cli -- config set statuses 2,3,6',
    'cli.needs_mapping':
      'Kies eerst {path} in de Moneybird-gegevens. Mogelijk: {candidates}. Bijvoorbeeld: npm run cli -- config set {path} <id>',
    'cli.mapping_invalid':
      'De boekhoudinstelling {field} is ongeldig: {problem}. Pas hem aan met npm run cli -- config set.',
  },
  en: {
    'cli.unknown_order.retry':
      'Order {order} is not in the journal. Check the number; "npm run cli -- status" lists the orders that need you.',
    'cli.unknown_order': 'Order {order} is not in the journal.',
    'cli.skipped': 'Order {order} skipped.',
    'cli.outcome.booked': 'booked',
    'cli.outcome.parked': 'needs you',
    'cli.outcome.waiting': 'will be retried',
    'cli.outcome.skipped': 'not now',
    'cli.run_done':
      'Done. Booked: {booked}; needs you: {parked}; will be retried: {waiting}; not booked now: {skipped}. Needing you in all: {parkedNow}.',
    'cli.status':
      'Booked: {done}{cancelledPart}, needs you: {parked}, will be retried: {waiting}, in progress: {inProgress}, skipped: {skipped}, not paid yet: {unpaid}',
    'cli.status.cancelled': ' (of which {count} cancelled in your shop)',
    'cli.last_run': 'Last run: #{id} {kind} {startedAt} → {outcome}',
    'cli.history_import': 'Book earlier orders from {since}: {status}, {done}/{total}',
    'cli.history_import.running': 'under way',
    'cli.history_import.paused': 'stopped',
    'cli.history_import.completed': 'done',
    'cli.deleted':
      'The invoice of {count} booked order(s) was deleted in Moneybird afterwards. Open Winkelbrug, Orders, to book them again or leave them out of your books.',
    'cli.cancelled_in_shop':
      '{count} booked order(s) were cancelled in your shop afterwards, without a credit order: Moneybird still holds them as revenue. Make a credit order in your shop, or open Winkelbrug, Orders, if you settled it in Moneybird yourself.',
    'cli.setting_invalid': 'The mapping setting {key} is invalid: {problem}. Nothing was saved.',
    'cli.start_date_earlier':
      'Winkelbrug books from {start} already; orders from before then it no longer books by itself. Book them with "winkelbrug import --since <date>". Nothing was saved.',
    'cli.import_refused.unfinished':
      'Booking the orders from {unfinished} is not finished yet; continue it with "winkelbrug import --since {day}".',
    'cli.setting_saved': '{key} saved.',
    'cli.needs_statuses':
      'First choose which order statuses mean "completed". Available: {statuses}. For example: npm run cli -- config set statuses 2,3,6',
    'cli.needs_mapping':
      'First choose {path} among your Moneybird records. Possible: {candidates}. For example: npm run cli -- config set {path} <id>',
    'cli.mapping_invalid':
      'The mapping setting {field} is invalid: {problem}. Change it with npm run cli -- config set.',
  },
});
