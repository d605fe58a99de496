// The contract channels the setup answers (the wizard and Settings), by name.
import { REQUEST_CHANNELS } from '../../../shared/contract';
import type { Handlers } from '../app-service/dispatch';

export type SetupChannel = Extract<keyof Handlers, `setup.${string}` | `settings.${string}`>;
export type SetupHandlers = Pick<Handlers, SetupChannel>;

export const SETUP_CHANNELS = REQUEST_CHANNELS.filter(
  (channel): channel is SetupChannel => channel.startsWith('setup.') || channel.startsWith('settings.'),
);
