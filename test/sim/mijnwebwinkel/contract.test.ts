import { describe, expect, it } from 'vitest';
import type { SimRequest } from '../common/http-server';
import { mwwContractValidator } from './contract';

const request = (path: string, query = 'token=t&partner_token=p'): SimRequest => ({
  method: 'GET',
  path,
  query: new URLSearchParams(query),
  headers: {},
  body: undefined,
  rawBody: '',
});

describe('the MyOnlineStore contract validator', () => {
  it('flags responses that break the spec', async () => {
    const v = await mwwContractValidator();
    expect(
      v.validateResponse(request('/v1/orders'), { status: 200, body: [{ number: 1 }] })?.errors.length,
    ).toBeGreaterThan(0);
    expect(
      v.validateResponse(request('/v1/orders/count'), { status: 200, body: { count: '3' } }),
    ).toBeDefined();
    expect(v.validateResponse(request('/v1/store'), { status: 401, body: { code: 'nope' } })).toBeDefined();
    expect(
      v.validateResponse(request('/v1/orders/1/payments'), { status: 404, body: { status: 'x' } }),
    ).toBeDefined();
    expect(v.validateResponse(request('/v1/store'), { status: 201, body: {} })).toBeDefined();
    expect(
      v.validateResponse(request('/v1/orders/count'), { status: 200, body: { count: 3 } }),
    ).toBeUndefined();
  });

  it('flags requests that break the spec', async () => {
    const v = await mwwContractValidator();
    expect(v.validateRequest(request('/v1/orders', 'token=t&partner_token=p&limit=5'))).toBeUndefined();
    expect(v.validateRequest(request('/v1/orders', 'token=t&partner_token=p&limit=500'))).toBeDefined();
    expect(v.validateRequest(request('/v1/orders', 'token=t&partner_token=p&bogus=1'))).toBeDefined();
    expect(v.validateRequest(request('/v1/orders', 'token=t'))?.errors.join()).toMatch(/security/);
    expect(v.validateRequest(request('/v1/orderstatuses', 'partner_token=p'))).toBeUndefined();
    expect(v.validateRequest(request('/v1/nothing-here'))).toBeDefined();
    expect(
      v.validateRequest(
        request('/v1/orders', 'token=t&partner_token=p&status_changed_start_date=2024-01-01+10:00:00'),
      ),
    ).toBeUndefined();
  });
});
