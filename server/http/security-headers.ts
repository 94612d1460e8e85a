// The security headers every response carries: API answers, the built web app and answers from
// the front cache (front-cache.ts) all use this one set.
//
// The Content-Security-Policy allows only what the built app needs: its own scripts and styles
// (Vite emits external files; no inline <script> or <style>), MapLibre's worker from the same
// origin (web/map/create-map.ts sets the worker URL, so no blob: worker), images from data: and
// blob: URLs (MapLibre's sprites and icons), and requests to this server plus the configured base-map
// style's origin. React's `style` props are set through the CSSOM, which style-src does not block.
import type { MiddlewareHandler } from "hono";

export type HeaderSet = Readonly<Record<string, string>>;

export function contentSecurityPolicy(basemapStyleUrl?: string | null): string {
  const connect = ["'self'"];
  if (basemapStyleUrl) connect.push(new URL(basemapStyleUrl).origin);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(basemapStyleUrl?: string | null): HeaderSet {
  return Object.freeze({
    "Content-Security-Policy": contentSecurityPolicy(basemapStyleUrl),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // Links out of the app (e.g. to a data source) tell the other site nothing, not even the origin.
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Once the app is reached over https, browsers keep to https for a year. Browsers ignore this
    // header on plain http (RFC 6797 §8.1), so a local http start is not affected. No
    // includeSubDomains: the municipality's other hosts are not ours to decide for.
    "Strict-Transport-Security": "max-age=31536000",
    // Browser features the app never uses stay off, also for anything that might get injected.
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  });
}

/** Hono middleware: sets the headers on every response, after the handler ran. */
export function withSecurityHeaders(headers: HeaderSet): MiddlewareHandler {
  return async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
