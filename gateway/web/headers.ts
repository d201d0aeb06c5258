import type http from "node:http";

/**
 * The Content-Security-Policy of every page and file the gateway serves to browsers: scripts,
 * styles, fonts and images from this origin only (no inline script or style), connections to
 * this origin and to the identity providers the app signs in with, never framed.
 */
export function contentSecurityPolicy(issuerOrigins: readonly string[]): string {
  const others = [...new Set(issuerOrigins)].map((o) => ` ${o}`).join("");
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${others}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self'${others}`,
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(issuerOrigins: readonly string[]): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(issuerOrigins),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
  };
}

export function setHeaders(res: http.ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
