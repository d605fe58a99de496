// The environment a running pair of simulators offers the core: exactly the variables
// `npm run sim` prints, which the CLI, the headless shell, the demo and the tests read.
import type { MijnwebwinkelSim } from './mijnwebwinkel/index';
import type { MoneybirdSim } from './moneybird/index';

export function simulatorEnv(mww: MijnwebwinkelSim, moneybird: MoneybirdSim): Record<string, string> {
  return {
    MWW_BASE_URL: mww.url,
    MWW_TOKEN: mww.token,
    MWW_PARTNER_TOKEN: mww.partnerToken,
    MONEYBIRD_BASE_URL: moneybird.apiBaseUrl,
    MONEYBIRD_TOKEN: moneybird.token,
    MONEYBIRD_ADMINISTRATION_ID: moneybird.administrationId,
  };
}
