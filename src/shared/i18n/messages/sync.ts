// Texts of the sync engine and the CLI: why an order waits or is parked, and what a run did.
import { defineCatalog } from '../translate';

export const syncMessages = defineCatalog({
  nl: {
    'sync.totals_differ':
      'Moneybird rekent voor bestelling {order} een ander bedrag uit dan de winkel: totaal {invoiceTotal} in Moneybird tegen {shopTotal} in de winkel{vatDetail}. De conceptfactuur {invoiceId} staat nog in Moneybird; controleer de btw-tarieven in de koppeling, verwijder het concept en kies daarna "Opnieuw proberen".',
    'sync.vat_detail': ', btw {invoiceVat} tegen {shopVat}',
    'sync.moneybird_refused':
      'Moneybird weigerde bestelling {order}: {details}. Pas dit aan (in Moneybird of in de koppeling) en kies daarna "Opnieuw proberen".',
    'sync.running_elsewhere':
      'Er loopt al een synchronisatie met deze gegevensmap in een ander Winkelbrug-proces (pid {pid}). Wacht tot die klaar is, of sluit de andere app of opdracht, en probeer het dan opnieuw.',
    'sync.plan_limit':
      'Je Moneybird-abonnement laat geen nieuwe facturen meer toe. Kies een ander abonnement in Moneybird; daarna gaat de synchronisatie verder.',
    'sync.transient':
      'Bestelling {order} kon nu niet worden geboekt ({details}). Winkelbrug probeert het om {retryAt} vanzelf opnieuw.',
    'sync.order_unreadable':
      'Bestelling {order} kon niet worden gelezen: veld {field} {problem}. Meld dit; de bestelling wordt niet geboekt tot dit is opgelost.',
    'sync.original_missing':
      'Creditbestelling {order} hoort bij bestelling {original}, maar die is (nog) niet geboekt. Boek eerst de oorspronkelijke bestelling; daarna volgt de creditering vanzelf.',
    'sync.original_unreadable':
      'Creditbestelling {order} hoort bij bestelling {original}, maar die kon niet uit de winkel worden gelezen. Winkelbrug probeert het later opnieuw.',
    'sync.invoice_gone':
      'De factuur van bestelling {order} ({invoiceId}) bestaat niet meer in Moneybird. Controleer of hij daar is verwijderd; kies "Overslaan" als de bestelling niet meer geboekt moet worden.',
    'sync.unpaid_not_yet':
      'Bestelling {order} is nog niet betaald; ze wordt geboekt zodra de betaling binnen is.',
    'sync.skipped_by_owner': 'Overgeslagen op verzoek.',
    'sync.needs_statuses':
      'Kies eerst welke orderstatussen "afgerond" betekenen. Beschikbaar: {statuses}. Bijvoorbeeld: npm run cli -- config set statuses 2,3,6',
    'sync.needs_mapping':
      'Kies eerst {path} in Moneybird-gegevens. Mogelijk: {candidates}. Bijvoorbeeld: npm run cli -- config set {path} <id>',
    'sync.mapping_invalid':
      'De koppelinstelling {field} is ongeldig: {problem}. Pas hem aan met npm run cli -- config set.',
    'sync.run_finished':
      'Synchronisatie klaar: {booked} geboekt, {parked} geparkeerd, {waiting} wachten op een nieuwe poging, {skipped} niet te boeken.',
    'sync.run_started': 'Synchronisatie {run} gestart ({kind}).',
    'sync.start_date_set': 'Startdatum ingesteld op {date}: oudere bestellingen boek je met Importeren.',
    'sync.order_booked': 'Bestelling {order} geboekt (factuur {invoiceId}).',
    'sync.order_parked': 'Bestelling {order} geparkeerd: {reason}',
    'sync.order_waits': 'Bestelling {order} wacht op een nieuwe poging.',
    'sync.missing_config':
      'De instelling {name} ontbreekt. Zet de omgevingsvariabele {name} (npm run sim drukt ze allemaal af) of koppel in de app.',
  },
  en: {
    'sync.totals_differ':
      'Moneybird computes a different amount for order {order} than the shop: total {invoiceTotal} in Moneybird against {shopTotal} in the shop{vatDetail}. The draft invoice {invoiceId} is still in Moneybird; check the VAT rates in the mapping, delete the draft and then choose "Retry".',
    'sync.vat_detail': ', VAT {invoiceVat} against {shopVat}',
    'sync.moneybird_refused':
      'Moneybird refused order {order}: {details}. Correct this (in Moneybird or in the mapping) and then choose "Retry".',
    'sync.running_elsewhere':
      'A sync with this data folder is already running in another Winkelbrug process (pid {pid}). Wait for it to finish, or close the other app or command, then try again.',
    'sync.plan_limit':
      'Your Moneybird plan does not allow more invoices. Choose another plan in Moneybird; syncing then continues.',
    'sync.transient':
      'Order {order} could not be booked now ({details}). Winkelbrug tries again by itself at {retryAt}.',
    'sync.order_unreadable':
      'Order {order} could not be read: field {field} {problem}. Please report this; the order is not booked until it is resolved.',
    'sync.original_missing':
      'Credit order {order} belongs to order {original}, which is not booked (yet). Book the original order first; the credit follows by itself.',
    'sync.original_unreadable':
      'Credit order {order} belongs to order {original}, which could not be read from the shop. Winkelbrug tries again later.',
    'sync.invoice_gone':
      'The invoice of order {order} ({invoiceId}) no longer exists in Moneybird. Check whether it was deleted there; choose "Skip" if the order should not be booked any more.',
    'sync.unpaid_not_yet': 'Order {order} is not paid yet; it is booked once the payment is in.',
    'sync.skipped_by_owner': 'Skipped on request.',
    'sync.needs_statuses':
      'First choose which order statuses mean "completed". Available: {statuses}. For example: npm run cli -- config set statuses 2,3,6',
    'sync.needs_mapping':
      'First choose {path} among your Moneybird records. Possible: {candidates}. For example: npm run cli -- config set {path} <id>',
    'sync.mapping_invalid':
      'The mapping setting {field} is invalid: {problem}. Change it with npm run cli -- config set.',
    'sync.run_finished':
      'Sync finished: {booked} booked, {parked} parked, {waiting} waiting for another attempt, {skipped} not to be booked.',
    'sync.run_started': 'Sync {run} started ({kind}).',
    'sync.start_date_set': 'Start date set to {date}: book older orders with Import.',
    'sync.order_booked': 'Order {order} booked (invoice {invoiceId}).',
    'sync.order_parked': 'Order {order} parked: {reason}',
    'sync.order_waits': 'Order {order} waits for another attempt.',
    'sync.missing_config':
      'The setting {name} is missing. Set the environment variable {name} (npm run sim prints them all) or connect in the app.',
  },
});

export type SyncMessageKey = keyof typeof syncMessages.nl;
