// The Content-Security-Policy of the renderer, the same in both shells: only the app's own
// scripts, styles and connections (its own origin, which includes its own WebSocket), nothing
// inline, nothing from elsewhere. index.html carries it as a meta tag; the shells also send it as
// a header where they serve over HTTP.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Header-only directives: a meta tag cannot set these. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
