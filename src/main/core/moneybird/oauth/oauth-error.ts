// Failures of the Moneybird login, each with a message that tells the shop owner what to do.
import { type ApiMessageKey, apiMessages } from '../../../../shared/i18n/messages/api';
import { type LocalizedText, localize, type MessageParams } from '../../../../shared/i18n/translate';
import { redactText } from '../../http/redact';

export type OAuthFailure =
  | 'state-mismatch'
  | 'denied'
  | 'timeout'
  | 'port-in-use'
  | 'exchange-failed'
  | 'not-configured';

const KEYS: Record<OAuthFailure, ApiMessageKey> = {
  'state-mismatch': 'oauth.state-mismatch',
  denied: 'oauth.denied',
  timeout: 'oauth.timeout',
  'port-in-use': 'oauth.port-in-use',
  'exchange-failed': 'oauth.exchange-failed',
  'not-configured': 'oauth.not-configured',
};

export class OAuthError extends Error {
  readonly userMessage: LocalizedText;

  constructor(
    readonly reason: OAuthFailure,
    detail: string,
    params: MessageParams = {},
  ) {
    super(redactText(`Moneybird login: ${reason}: ${detail}`));
    this.name = 'OAuthError';
    this.userMessage = localize(apiMessages, KEYS[reason], params);
  }
}
