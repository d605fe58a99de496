// Texts of the desktop shell outside the window: the tray's tooltip and menu, the note shown the
// first time the window is closed, and the start-at-login setting's wording in the main process.
import { defineCatalog } from '../translate';

export const tray = defineCatalog({
  nl: {
    'tray.tooltip': 'Winkelbrug — {state}',
    'tray.state.ok': 'Bijgewerkt',
    'tray.state.notSynced': 'Nog niet gesynchroniseerd',
    'tray.state.syncing': 'Bezig met synchroniseren…',
    'tray.state.syncingProgress': 'Bezig met synchroniseren: {done} van {total}',
    'tray.state.attention.one': '1 bestelling wacht op jou',
    'tray.state.attention.many': '{count} bestellingen wachten op jou',
    'tray.state.paused': 'Gepauzeerd',
    'tray.state.needsSetup': 'Niet gekoppeld: open Winkelbrug om te koppelen',
    'tray.state.error': 'Er ging iets mis: open Winkelbrug',
    'tray.lastRun.never': 'Nog niet gesynchroniseerd',
    'tray.lastRun.first': 'De eerste ronde is om {time}',
    'tray.lastRun.completed': 'Laatste ronde ({time}): {booked} geboekt',
    'tray.lastRun.completed.parked.one': 'Laatste ronde ({time}): {booked} geboekt, 1 wacht op jou',
    'tray.lastRun.completed.parked.other':
      'Laatste ronde ({time}): {booked} geboekt, {parked} wachten op jou',
    'tray.lastRun.failed': 'Laatste ronde ({time}) mislukt',
    'tray.lastRun.cancelled': 'Laatste ronde ({time}) afgebroken',
    'tray.action.open': 'Winkelbrug openen',
    'tray.action.syncNow': 'Nu synchroniseren',
    'tray.action.pause': 'Pauzeren',
    'tray.action.resume': 'Hervatten',
    'tray.action.quit': 'Afsluiten',
    'tray.closed.title': 'Winkelbrug blijft actief',
    'tray.closed.body':
      'Het venster is dicht, maar Winkelbrug synchroniseert op de achtergrond verder. Je vindt het bij het pictogram {where}. Kies daar Afsluiten om echt te stoppen.',
    'tray.closed.where.mac': 'in de menubalk',
    'tray.closed.where.other': 'in het systeemvak',
    'tray.quit.waiting': 'Winkelbrug sluit af zodra de bestelling die nu wordt geboekt, klaar is…',
  },
  en: {
    'tray.tooltip': 'Winkelbrug — {state}',
    'tray.state.ok': 'Up to date',
    'tray.state.notSynced': 'Not synced yet',
    'tray.state.syncing': 'Syncing…',
    'tray.state.syncingProgress': 'Syncing: {done} of {total}',
    'tray.state.attention.one': '1 order needs you',
    'tray.state.attention.many': '{count} orders need you',
    'tray.state.paused': 'Paused',
    'tray.state.needsSetup': 'Not connected: open Winkelbrug to connect',
    'tray.state.error': 'Something went wrong: open Winkelbrug',
    'tray.lastRun.never': 'Not synced yet',
    'tray.lastRun.first': 'The first run is at {time}',
    'tray.lastRun.completed': 'Last run ({time}): {booked} booked',
    'tray.lastRun.completed.parked.one': 'Last run ({time}): {booked} booked, 1 needs you',
    'tray.lastRun.completed.parked.other': 'Last run ({time}): {booked} booked, {parked} need you',
    'tray.lastRun.failed': 'Last run ({time}) failed',
    'tray.lastRun.cancelled': 'Last run ({time}) cancelled',
    'tray.action.open': 'Open Winkelbrug',
    'tray.action.syncNow': 'Sync now',
    'tray.action.pause': 'Pause',
    'tray.action.resume': 'Resume',
    'tray.action.quit': 'Quit',
    'tray.closed.title': 'Winkelbrug keeps running',
    'tray.closed.body':
      'The window is closed, but Winkelbrug keeps syncing in the background. You find it at the icon {where}. Choose Quit there to really stop it.',
    'tray.closed.where.mac': 'in the menu bar',
    'tray.closed.where.other': 'in the notification area',
    'tray.quit.waiting': 'Winkelbrug quits as soon as the order being booked right now is finished…',
  },
});

export type TrayMessageKey = keyof typeof tray.nl;
