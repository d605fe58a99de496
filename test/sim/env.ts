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

/** The OAuth application registered with the Moneybird simulator, as the app is configured with it. */
export interface SimulatorOAuthApp {
  clientId: string;
  clientSecret: string;
  /** A loopback URI on a free port, registered with the simulator. */
  redirectUri: string;
}

/**
 * A fresh install against the simulators: where the services are and the app's own build-time
 * configuration (partner token, OAuth client), but none of the owner's tokens. MWW_TOKEN,
 * MONEYBIRD_TOKEN and MONEYBIRD_ADMINISTRATION_ID are left out on purpose: the owner enters them.
 */
export function freshSimulatorEnv(
  mww: MijnwebwinkelSim,
  moneybird: MoneybirdSim,
  oauth: SimulatorOAuthApp,
): Record<string, string> {
  return {
    MWW_BASE_URL: mww.url,
    MWW_PARTNER_TOKEN: mww.partnerToken,
    MONEYBIRD_BASE_URL: moneybird.apiBaseUrl,
    MONEYBIRD_OAUTH_URL: moneybird.url,
    MONEYBIRD_CLIENT_ID: oauth.clientId,
    MONEYBIRD_CLIENT_SECRET: oauth.clientSecret,
    MONEYBIRD_REDIRECT_URI: oauth.redirectUri,
  };
}
