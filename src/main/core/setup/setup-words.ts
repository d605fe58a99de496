// The setup's own words: a message of its catalogue, and a refusal that names what is wrong.
import type { CheckProblem } from '../../../shared/contract';
import { type SetupMessageKey, setupMessages } from '../../../shared/i18n/messages/setup';
import { localize } from '../../../shared/i18n/translate';

export const setupText = (key: SetupMessageKey, params?: Record<string, string | number>) =>
  localize(setupMessages, key, params);

/** A check or a save refused, with the message that says why and what to do. */
export const setupRefusal = (
  code: CheckProblem['code'],
  key: SetupMessageKey,
  params?: Record<string, string>,
) => ({
  ok: false as const,
  problem: { code, message: setupText(key, params) },
});
