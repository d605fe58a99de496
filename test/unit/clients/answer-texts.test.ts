// What the owner reads when a service answers with something other than its own error message: a page
// of HTML (a moved host, a proxy, a maintenance screen) is never quoted, a redirect is said as one,
// each service's 404 sends the owner where that service keeps things, and an unreadable answer to a
// write does not claim that nothing changed.
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../../../src/main/core/http/error-mapping';
import {
  InvalidResponseError,
  NotFoundError,
  RateLimitedError,
  RedirectedError,
  RequestRejectedError,
  ValidationError,
  WHOLE_BODY,
} from '../../../src/main/core/http/errors';
import { parseRetryAt } from '../../../src/main/core/http/retry-after';
import { shopLocalTime } from '../../../src/shared/shop-calendar';

const now = Date.UTC(2026, 11, 1, 5, 37, 22);
const shop = {
  service: 'mijnwebwinkel' as const,
  method: 'GET',
  url: 'https://api.myonlinestore.com/v1/orders?token=STORE-TOKEN-1&partner_token=PARTNER-TOKEN-2',
};
const moneybird = {
  service: 'moneybird' as const,
  method: 'POST',
  url: 'https://moneybird.com/api/v2/1/contacts.json',
};
const PAGE =
  '<!DOCTYPE html><html lang="nl"><head><title>Pagina niet gevonden - Mijnwebwinkel</title></head><body><h1>Oeps!</h1></body></html>';

type Context = typeof shop | typeof moneybird;
const answer = (
  context: Context,
  status: number,
  body: unknown,
  more: { json?: boolean; headers?: Record<string, string> } = {},
) =>
  errorFromResponse(
    context,
    { status, headers: more.headers ?? {}, body, ...(more.json !== undefined && { json: more.json }) },
    { safeToRepeat: context.method === 'GET', now },
  );
const both = (error: { userMessage: { nl: string; en: string } }) =>
  `${error.userMessage.nl}\n${error.userMessage.en}`;

describe('an answer that is a page, not a message', () => {
  it.each([404, 400, 409])('a %i page of HTML is kept for the log, not put in the owner’s text', (status) => {
    const error = answer(shop, status, PAGE, { json: false });
    expect(both(error)).not.toMatch(/<|DOCTYPE|Oeps/);
    expect(error.message).toContain('<!DOCTYPE html>');
    expect(error.message).not.toMatch(/STORE-TOKEN-1|PARTNER-TOKEN-2/);
  });

  it('a refusal without words the owner can read says so, and what to do', () => {
    const error = answer(shop, 400, PAGE, { json: false });
    expect(error).toBeInstanceOf(RequestRejectedError);
    expect(error.userMessage.nl).toBe(
      'Mijnwebwinkel weigerde het verzoek (400) zonder uitleg die Winkelbrug kan tonen. Probeer het later opnieuw; blijft het gebeuren, neem dan contact op met de ondersteuning.',
    );
    expect(error.userMessage.en).toContain('refused the request (400) without an explanation');
  });

  it('markup is not quoted even when it came as a JSON string', () => {
    expect(both(answer(moneybird, 400, '<html><body>Bad request</body></html>'))).not.toContain('<');
  });

  it('a message the service sent as JSON is still quoted', () => {
    const error = answer(moneybird, 400, { error: 'per_page does not have a valid value' });
    expect(error.userMessage.nl).toContain('(400): per_page does not have a valid value.');
  });

  it('a 422 without fields and with a page of HTML is a refusal without a reason', () => {
    const error = answer(moneybird, 422, PAGE, { json: false }) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.userMessage.nl).toBe(
      'Moneybird heeft de gegevens geweigerd zonder te zeggen waarom. Kijk of er in Moneybird of in de winkel iets niet klopt en probeer het opnieuw.',
    );
    expect(error.reason).toBe('');
  });
});

describe('a redirect', () => {
  it('is its own case: another address, what to check, and never the page', () => {
    const error = answer(shop, 302, '<html><body>Moved</body></html>', {
      json: false,
      headers: { location: 'https://wifi.example/login?token=STORE-TOKEN-1' },
    });
    expect(error).toBeInstanceOf(RedirectedError);
    expect(error.kind).toBe('redirected');
    expect(error.userMessage.nl).toContain(
      'Mijnwebwinkel antwoordde vanaf een ander adres (doorverwijzing 302)',
    );
    expect(error.userMessage.nl).toContain('controleer je internetverbinding');
    expect(error.userMessage.en).toContain('Mijnwebwinkel answered from another address (redirect 302)');
    expect(both(error)).not.toMatch(/<|weigerde|refused/);
    // Where it pointed is in the technical detail, without the token it carried.
    expect(error.message).toContain('https://wifi.example/login');
    expect(error.message).not.toContain('STORE-TOKEN-1');
  });
});

describe('a 404', () => {
  it('of the shop sends the owner to the shop, not to an administration', () => {
    const order = answer(shop, 404, { code: 404, message: 'Not Found' }, {});
    const named = new NotFoundError(shop, { nl: 'bestelling 1042', en: 'order 1042' }, 'Not Found');
    for (const error of [order, named]) {
      expect(both(error)).not.toMatch(/administratie|administration/);
      expect(error.userMessage.nl).toMatch(/winkel/);
    }
    expect(named.userMessage.nl).toBe(
      'Mijnwebwinkel kent dit niet (meer): bestelling 1042. Kijk in je winkel of het daar verwijderd is.',
    );
    expect(named.userMessage.en).toContain('order 1042');
    // The shop's list gone (a moved host, a page of HTML): no quote, and what the owner can check.
    const page = answer(shop, 404, PAGE, { json: false });
    expect(page.userMessage.nl).toBe(
      'Mijnwebwinkel kent niet (meer) wat Winkelbrug van je winkel opvroeg. Kijk of je winkel nog online is en de koppeling in de instellingen nog werkt; Winkelbrug probeert het bij de volgende synchronisatie vanzelf opnieuw.',
    );
  });

  it('of Moneybird never puts its English words in the Dutch text', () => {
    const body = { error: 'record not found', symbolic: { administration_id: 'not_found' } };
    const unnamed = answer(moneybird, 404, body);
    expect(unnamed.userMessage.nl).not.toContain('record not found');
    expect(unnamed.userMessage.nl).toContain('administratie');
    const named = errorFromResponse(
      moneybird,
      { status: 404, headers: {}, body },
      { safeToRepeat: false, now, what: { nl: 'factuur 77', en: 'invoice 77' } },
    );
    expect(named.userMessage.nl).toBe(
      'Moneybird kent dit niet (meer): factuur 77. Controleer of het daar verwijderd is of dat de juiste administratie gekozen is.',
    );
    expect(named.userMessage.en).toContain(': invoice 77.');
    expect(both(named)).not.toContain('record not found');
  });
});

describe('an answer that cannot be read', () => {
  it('to a read says nothing changed; to a write it says it may have arrived and will be looked for', () => {
    const read = new InvalidResponseError(
      { ...moneybird, method: 'GET' },
      200,
      'total_price_incl_tax',
      'missing',
    );
    expect(read.userMessage.nl).toContain('Er is niets gewijzigd');
    const page = new InvalidResponseError({ ...moneybird, method: 'GET' }, 200, WHOLE_BODY, 'html');
    expect(page.userMessage.nl).toContain('niet de gegevens die het vroeg, maar bijvoorbeeld een webpagina');
    expect(page.userMessage.nl).not.toContain('(body)');
    for (const method of ['POST', 'PATCH']) {
      const write = new InvalidResponseError({ ...moneybird, method }, 201, WHOLE_BODY, 'html');
      expect(both(write)).not.toMatch(/niets gewijzigd|Nothing was changed/);
      expect(write.userMessage.nl).toContain('Winkelbrug kijkt bij de volgende poging of het er is');
      expect(write.userMessage.en).toContain('Winkelbrug checks at the next try whether it is there');
    }
    // A POST that only reads (Moneybird's synchronization fetch) changed nothing.
    const fetch = new InvalidResponseError({ ...moneybird, changes: false }, 200, WHOLE_BODY, 'html');
    expect(fetch.userMessage.nl).toContain('Er is niets gewijzigd');
  });
});

describe('the moment Moneybird asks to wait until', () => {
  it('is written on the shop’s clock, as a waiting order’s retry time is', () => {
    const until = now + 60 * 60 * 1000;
    const error = answer(moneybird, 429, 'Retry later', { headers: { 'retry-after': String(until / 1000) } });
    expect(error).toBeInstanceOf(RateLimitedError);
    const time = shopLocalTime(until).slice(11, 16);
    expect(time).toBe('07:37');
    expect(error.userMessage.nl).toContain(`wacht tot ${time} en`);
    expect(error.userMessage.en).toContain(`waits until ${time} and`);
  });

  it('given in epoch milliseconds is that moment, not one 57 000 years ahead', () => {
    expect(parseRetryAt(String(now + 60_000), now)).toBe(now + 60_000);
    const serverAhead = new Date(now + 3_600_000).toUTCString();
    expect(parseRetryAt(String(now + 3_600_000 + 60_000), now, serverAhead)).toBe(now + 60_000);
    const error = answer(moneybird, 429, 'Retry later', { headers: { 'retry-after': String(now + 60_000) } });
    expect((error as RateLimitedError).retryAt).toBe(now + 60_000);
    // Seconds and delays are read as before.
    expect(parseRetryAt(String(now / 1000 + 42), now)).toBe(now + 42_000);
    expect(parseRetryAt('7', now)).toBe(now + 7_000);
  });
});
