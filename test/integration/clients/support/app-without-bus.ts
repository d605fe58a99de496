// Run in a child process whose D-Bus address points nowhere and with no token in the environment:
// what do the app (its status) and the CLI say? Prints one JSON line for the test to read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAppService } from '../../../../src/main/core/app-service/open-app-service';
import { runCli } from '../../../../src/main/core/cli/cli-commands';
import { OsKeychain } from '../../../../src/main/core/secrets/keychain';

const dir = mkdtempSync(join(tmpdir(), 'winkelbrug-no-bus-'));
try {
  const probe = await new OsKeychain({ service: 'nl.winkelbrug.test-no-bus' }).probe();
  // The shells' own default: tokens from the environment, then the OS keychain.
  const { service } = await openAppService({ env: {}, dataDir: join(dir, 'app'), runAtStart: false });
  const status = service.status();
  await service.close();
  const cli = await runCli({ name: 'status' }, { env: { WINKELBRUG_DATA_DIR: join(dir, 'cli') } });
  process.stdout.write(`${JSON.stringify({ probe, state: status.state, reason: status.reason, cli })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
