// The query parameters each simulated endpoint takes, as the official spec lists them (contract.test
// checks these lists against the spec, so they cannot drift apart). Both tokens travel in the query
// string on every endpoint (the spec's apiKey security schemes).
//
// The spec does not say what the shop does with a parameter it does not know. The simulator refuses
// it, with the answer it gives any bad parameter on that endpoint (400 `Error`; 422 `ApiProblem` on
// the payments endpoint, which speaks RFC 7807): a misspelt filter that a lenient server ignored
// would list every order instead of the ones asked for, and a test should see that, not book it.

const SECURITY = ['token', 'partner_token'];
const ORDER_FILTERS = [
  'start_date',
  'end_date',
  'archived',
  'status_id',
  'status_changed_start_date',
  'status_changed_end_date',
  'test',
];

/** Route (the path after /v1, with `{n}` for an order number) -> the query parameters it takes. */
export const QUERY_PARAMETERS: Record<string, readonly string[]> = {
  '/store': ['language', 'format'],
  '/orderstatuses': ['language', 'format'],
  '/tax-policy/regions': [],
  '/orders': [
    'language',
    'format',
    'limit',
    'offset',
    'ordering',
    'debtor_email',
    'debtor_id',
    ...ORDER_FILTERS,
  ],
  '/orders/count': ['language', 'format', ...ORDER_FILTERS],
  '/orders/{n}': ['language', 'format'],
  '/orders/{n}/payments': ['embed'],
};

/** The route a path (after /v1) belongs to, or undefined when the simulator serves no such route. */
export function routeOf(path: string): string | undefined {
  if (path in QUERY_PARAMETERS && !path.includes('{')) return path;
  if (/^\/orders\/[^/]+\/payments$/.test(path)) return '/orders/{n}/payments';
  if (/^\/orders\/[^/]+$/.test(path) && path !== '/orders/count') return '/orders/{n}';
  return undefined;
}

/** The query parameters of this request that its endpoint does not take, in the order sent. */
export function unknownParameters(path: string, query: URLSearchParams): string[] {
  const route = routeOf(path);
  if (route === undefined) return [];
  const known = new Set([...SECURITY, ...(QUERY_PARAMETERS[route] ?? [])]);
  return [...new Set(query.keys())].filter((name) => !known.has(name));
}
