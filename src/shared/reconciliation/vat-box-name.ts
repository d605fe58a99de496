// How a line's part of the VAT return is named to the owner, on screen and in the CSV file alike: a
// box of the Dutch return in the return's own terms ("Rubriek 1a · hoog tarief"), an OSS country
// ("OSS-aangifte · België"), or outside the return. A line of figures recorded before the app kept
// the part ("") has no name: it is a line per percentage, as it always was.
import { countryName } from '../i18n/country-name';
import { type UiReconciliationKey, uiReconciliation } from '../i18n/messages/ui-reconciliation';
import { interpolate, type Locale } from '../i18n/translate';

const OUTSIDE_RETURN = 'none';

/** The part in words, for the screen: "Rubriek 3b · levering aan een bedrijf in de EU (ICP)"; null when not known. */
export function vatBoxName(vatBox: string, locale: Locale): string | null {
  const text = uiReconciliation[locale];
  if (vatBox === '') return null;
  if (vatBox === OUTSIDE_RETURN) return text['reconciliation.box.none'];
  if (vatBox.startsWith('OSS/'))
    return interpolate(text['reconciliation.box.oss'], { country: countryName(vatBox.slice(4))[locale] });
  const known = `reconciliation.box.${vatBox}` as UiReconciliationKey;
  if (known in text) return text[known];
  return interpolate(text['reconciliation.box.dutch'], { box: vatBox.replace(/^NL\//, '') });
}

/** The part in short, for a column or a chart: "1a", "3b", "OSS België"; "" when not known. */
export function vatBoxCode(vatBox: string, locale: Locale): string {
  const text = uiReconciliation[locale];
  if (vatBox === '') return '';
  if (vatBox === OUTSIDE_RETURN) return text['reconciliation.boxCode.none'];
  if (vatBox.startsWith('OSS/'))
    return interpolate(text['reconciliation.boxCode.oss'], { country: countryName(vatBox.slice(4))[locale] });
  return vatBox.replace(/^NL\//, '');
}
