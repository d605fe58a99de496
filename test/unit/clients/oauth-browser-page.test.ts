// What the browser shows at the end of a Moneybird login: it waits on the loopback listener until the
// code has been exchanged, then says "connected" only if it worked and why not otherwise; after too
// long it says Winkelbrug is still finishing. Every page the listener serves is in Dutch and English.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type LoopbackListener,
  startLoopbackListener,
} from '../../../src/main/core/moneybird/oauth/loopback';
import { type RawAnswer, rawRequest } from './support/raw-request';

const call = rawRequest;

const listeners: LoopbackListener[] = [];
async function listen(state: string, answerTimeoutMs = 30_000) {
  const listener = await startLoopbackListener({
    redirectUri: 'http://127.0.0.1:0/oauth/callback',
    state,
    timeoutMs: 30_000,
    answerTimeoutMs,
  });
  listeners.push(listener);
  return listener;
}

afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

const outcomeOf = (body: string) => /data-outcome="([a-z-]+)"/.exec(body)?.[1];
const paragraphs = (body: string) => ({
  nl: /<p lang="nl">([^<]*)<\/p>/.exec(body)?.[1] ?? '',
  en: /<p lang="en">([^<]*)<\/p>/.exec(body)?.[1] ?? '',
});

/** Resolves with the answer, or with 'waiting' if none came within `ms`. */
function within(answer: Promise<RawAnswer>, ms: number): Promise<RawAnswer | 'waiting'> {
  return Promise.race([answer, new Promise<'waiting'>((r) => setTimeout(() => r('waiting'), ms))]);
}

describe('the page after the consent', () => {
  it('waits for the code exchange and says "connected" only then', async () => {
    const listener = await listen('s');
    const answer = call(`${listener.redirectUri}?code=c&state=s`);
    await listener.result;
    // The code has arrived but is not exchanged yet: the browser is not told anything.
    expect(await within(answer, 300)).toBe('waiting');
    listener.finish({ connected: true });
    const page = await answer;
    expect(page.status).toBe(200);
    expect(outcomeOf(page.body)).toBe('connected');
    expect(paragraphs(page.body).nl).toBe(
      'Gelukt: Winkelbrug is gekoppeld met Moneybird. Ga terug naar Winkelbrug; je kunt dit tabblad sluiten.',
    );
    expect(paragraphs(page.body).en).toMatch(/connected to Moneybird/);
    // Later outcomes change nothing.
    listener.finish({ connected: false, reason: { nl: 'x', en: 'x' } });
  });

  it('says why not when the exchange failed, never "connected"', async () => {
    const listener = await listen('s');
    const answer = call(`${listener.redirectUri}?code=c&state=s`);
    await listener.result;
    listener.finish({
      connected: false,
      reason: { nl: 'Moneybird gaf geen toegang met deze inlogcode.', en: 'Moneybird did not grant access.' },
    });
    const page = await answer;
    expect(outcomeOf(page.body)).toBe('failed');
    const text = paragraphs(page.body);
    expect(text.nl).toMatch(/niet gemaakt/);
    expect(text.nl).toContain('Moneybird gaf geen toegang met deze inlogcode.');
    expect(text.en).toMatch(/not made/);
    expect(text.en).toContain('Moneybird did not grant access.');
    expect(page.body).not.toMatch(/is gekoppeld met Moneybird|is connected to Moneybird/);
  });

  it('says Winkelbrug is still finishing when the outcome takes too long', async () => {
    const listener = await listen('s', 200);
    const answer = call(`${listener.redirectUri}?code=c&state=s`);
    await listener.result;
    const page = await answer;
    expect(outcomeOf(page.body)).toBe('pending');
    expect(paragraphs(page.body).nl).toMatch(/rondt het koppelen .* af/);
    expect(paragraphs(page.body).en).toMatch(/still finishing/);
  });

  it('tells a waiting browser the connection was not made when the login is stopped', async () => {
    const listener = await listen('s');
    const answer = call(`${listener.redirectUri}?code=c&state=s`);
    await listener.result;
    await listener.close();
    const page = await answer;
    expect(outcomeOf(page.body)).toBe('failed');
    expect(paragraphs(page.body).nl).toMatch(/afgebroken/);
    expect(paragraphs(page.body).en).toMatch(/stopped/);
  });

  it('answers everything else in Dutch and English too', async () => {
    const listener = await listen('right');
    const port = new URL(listener.redirectUri).port;
    const pages = [
      await call(`${listener.redirectUri}?code=x&state=wrong`),
      await call(`${listener.redirectUri}?state=right`),
      await call(`http://127.0.0.1:${port}/elsewhere`),
      await call(`${listener.redirectUri}?code=x&state=right`, { method: 'POST' }),
      await call(`${listener.redirectUri}?code=x&state=right`, { host: `evil.example:${port}` }),
      await call(`${listener.redirectUri}?error=access_denied&state=right`),
    ];
    await listener.result.catch(() => {});
    const after = await call(`${listener.redirectUri}?code=x&state=right`).catch(() => null);
    if (after) pages.push(after);
    for (const page of pages) {
      const text = paragraphs(page.body);
      expect(text.nl, page.body).toMatch(/\S{3,}/);
      expect(text.en, page.body).toMatch(/\S{3,}/);
      expect(text.nl).not.toBe(text.en);
      expect(page.body).toContain('<html lang="nl">');
    }
  });
});

describe('how the page looks', () => {
  it('is styled like the app by its own inline style, which its policy allows and nothing else', async () => {
    const listener = await listen('s');
    const answer = call(`${listener.redirectUri}?code=c&state=s`);
    await listener.result;
    listener.finish({ connected: true });
    const page = await answer;
    const style = /<style>([^<]*)<\/style>/.exec(page.body)?.[1] ?? '';
    // The app's font and colours, Dutch first and English below it, smaller and muted.
    expect(style).toContain('font-family:system-ui');
    expect(style).toMatch(/p\[lang="en"\]\{[^}]*font-size:0\.85rem;color:var\(--muted\)/);
    expect(page.body.indexOf('<p lang="nl">')).toBeLessThan(page.body.indexOf('<p lang="en">'));
    // Connected: the green bar.
    expect(page.body).toContain('<main class="ok">');
    // Nothing from elsewhere: no link, script or image; the policy names the style by its hash.
    expect(page.body).not.toMatch(/<(link|script|img)\b|https?:\/\//);
    const policy = String(page.headers['content-security-policy'] ?? '');
    expect(policy).toContain("default-src 'none'");
    const hash = createHash('sha256').update(style).digest('base64');
    expect(policy).toContain(`style-src 'sha256-${hash}'`);
  });

  it('shows a refusal in red and a wait in amber, never the green of connected', async () => {
    const denied = await listen('d');
    const refusal = await call(`${denied.redirectUri}?error=access_denied&state=d`);
    expect(outcomeOf(refusal.body)).toBe('denied');
    expect(refusal.body).toContain('<main class="stop">');
    expect(paragraphs(refusal.body).nl).toMatch(/^De koppeling met Moneybird is niet gemaakt: /);
    const slow = await listen('p', 100);
    const waiting = call(`${slow.redirectUri}?code=c&state=p`);
    await slow.result;
    expect((await waiting).body).toContain('<main class="wait">');
  });
});
