// Run in a child process whose D-Bus address points nowhere: what does OsKeychain do without a
// reachable keychain? Prints one JSON line for the test to read.
import { KeychainUnavailableError, OsKeychain } from '../../../../src/main/core/secrets/keychain';

const keychain = new OsKeychain({ service: 'nl.winkelbrug.test-no-bus' });
const error = await keychain.set('moneybird.personal-token', 'secret-value').then(
  () => undefined,
  (e: unknown) => e,
);
const probe = await keychain.probe();
process.stdout.write(
  `${JSON.stringify({
    unavailable: error instanceof KeychainUnavailableError,
    name: error instanceof Error ? error.name : null,
    userMessage: error instanceof KeychainUnavailableError ? error.userMessage : null,
    probe,
  })}\n`,
);
