// RFC 7636 PKCE (S256) and the random `state` of an authorization request.
import { createHash, randomBytes } from 'node:crypto';

/** URL-safe random text with `bytes` bytes of entropy. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function codeChallengeS256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export interface Pkce {
  verifier: string;
  challenge: string;
  method: 'S256';
}

/** A verifier of 43 characters (32 random bytes), within RFC 7636's 43..128. */
export function createPkce(): Pkce {
  const verifier = randomToken(32);
  return { verifier, challenge: codeChallengeS256(verifier), method: 'S256' };
}
