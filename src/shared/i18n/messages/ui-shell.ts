// Texts of the UI's frame: navigation, the words every screen shares, the checks of a pasted
// token, and the parked orders' link to the setting that fixes them.
import { defineCatalog } from '../translate';

export const uiShell = defineCatalog({
  nl: {
    'nav.label': 'Hoofdmenu',
    'nav.dashboard': 'Overzicht',
    'nav.settings': 'Instellingen',
    'common.back': 'Vorige',
    'common.next': 'Volgende',
    'common.busy': 'Even geduld…',
    'common.cancel': 'Annuleren',
    // A button that closes what it sits in (a notice): what a screen reader says for its "×".
    'common.close': 'Sluiten',
    'common.save': 'Opslaan',
    'common.saved': 'Opgeslagen',
    'common.tryAgain': 'Opnieuw proberen',
    'common.loading': 'Laden…',
    'eta.underMinute': 'minder dan een minuut',
    'eta.oneMinute': 'ongeveer een minuut',
    'eta.about': 'ongeveer {duration}',
    'reminder.text': 'Winkelbrug boekt nog niets: het instellen is nog niet af.',
    'reminder.action': 'Instellen afmaken',
    'reminder.disconnected.text': 'Winkelbrug boekt geen nieuwe bestellingen tot je opnieuw koppelt.',
    'reminder.disconnected.action': 'Opnieuw koppelen',
    'parked.fixSetting': 'Instelling aanpassen',
    'parked.adjusted':
      'Je hebt een instelling aangepast waar {count} bestellingen op wachtten. Kies Opnieuw proberen om ze nu te boeken.',
    'parked.adjusted.one': 'Je hebt deze instelling aangepast; kies Opnieuw proberen.',
    'token.empty': 'Plak hier het token.',
    'token.tooLong': 'Dit is te lang voor een token. Kopieer alleen het token zelf.',
    'token.space': 'Er staat een spatie of een nieuwe regel in. Kopieer het token opnieuw, zonder spaties.',
    'token.characters': 'Er staan tekens in die niet in een token horen. Kopieer het token opnieuw.',
  },
  en: {
    'nav.label': 'Main menu',
    'nav.dashboard': 'Dashboard',
    'nav.settings': 'Settings',
    'common.back': 'Back',
    'common.next': 'Next',
    'common.busy': 'One moment…',
    'common.cancel': 'Cancel',
    'common.close': 'Close',
    'common.save': 'Save',
    'common.saved': 'Saved',
    'common.tryAgain': 'Try again',
    'common.loading': 'Loading…',
    'eta.underMinute': 'less than a minute',
    'eta.oneMinute': 'about a minute',
    'eta.about': 'about {duration}',
    'reminder.text': 'Winkelbrug is not booking yet: the setup is not finished.',
    'reminder.action': 'Finish the setup',
    'reminder.disconnected.text': 'Winkelbrug books no new orders until you connect again.',
    'reminder.disconnected.action': 'Connect again',
    'parked.fixSetting': 'Change the setting',
    'parked.adjusted':
      'You changed a setting that {count} orders were waiting for. Choose Retry to book them now.',
    'parked.adjusted.one': 'You changed this setting; choose Retry.',
    'token.empty': 'Paste the token here.',
    'token.tooLong': 'This is too long for a token. Copy only the token itself.',
    'token.space': 'It contains a space or a line break. Copy the token again, without spaces.',
    'token.characters': 'It contains characters a token does not have. Copy the token again.',
  },
});

export type UiShellKey = keyof typeof uiShell.nl;
