import { type FormEvent, useState } from 'react';
import { tokenIssue } from './TokenField';

/**
 * The state of a form that takes one pasted token: what was typed, whether the owner tried to send
 * it (so the field's own check speaks only then), and a submit that sends the trimmed token once it
 * is well-formed and nothing is on its way. `send` resolves true when the core accepted it; the
 * field is then emptied.
 */
export function useTokenForm(send: (token: string) => Promise<boolean>, busy: boolean) {
  const [token, setToken] = useState('');
  const [attempted, setAttempted] = useState(false);

  function submit(event: FormEvent): Promise<boolean> {
    event.preventDefault();
    setAttempted(true);
    if (tokenIssue(token) || busy) return Promise.resolve(false);
    return send(token.trim()).then((ok) => {
      if (ok) {
        setToken('');
        setAttempted(false);
      }
      return ok;
    });
  }

  return { token, setToken, attempted, setAttempted, submit };
}
