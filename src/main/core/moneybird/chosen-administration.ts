// The Moneybird administration the owner last chose on this computer, kept in the keychain beside the
// login as well as in the data folder. The data folder is what a backup puts back: one of before the
// owner switched administration (a new BV on the first of January) would otherwise book, without a
// word, into the administration of its day. When the two differ, nothing is booked until the owner
// chooses again.
import type { SecretStore } from '../secrets/keychain';

/** What this computer remembers; undefined when it remembers nothing (an older install, no keychain). */
export async function rememberedAdministration(secrets: SecretStore): Promise<string | undefined> {
  try {
    return (await secrets.get('moneybird.administration')) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers the owner's choice. When the keychain cannot keep it, what it remembered is forgotten
 * rather than left behind: an older choice would later be taken for a folder out of date.
 */
export async function rememberAdministration(secrets: SecretStore, administrationId: string): Promise<void> {
  try {
    await secrets.set('moneybird.administration', administrationId);
  } catch {
    await forgetAdministration(secrets);
  }
}

/** Forgets the choice (the owner disconnects Moneybird; the login it went with is gone). */
export async function forgetAdministration(secrets: SecretStore): Promise<void> {
  await secrets.delete('moneybird.administration').catch(() => false);
}

/**
 * Whether the data folder's administration is another than the one this computer last chose: the
 * folder was put back from before a switch (or the keychain from after one). Nothing remembered is
 * no conflict: an install of before this check, or a keychain that cannot be read.
 */
export function administrationConflict(inFolder: string | null, remembered: string | undefined): boolean {
  return inFolder !== null && remembered !== undefined && remembered !== inFolder;
}
