// The origin (scheme, host and port) clients reach Grannkoll at, for absolute links (OGC API) and
// the session cookie's Secure flag. A configured PUBLIC_URL wins over anything a request says. Without
// it the request's Host header names the host, and the scheme is the connection's, or the one a
// trusted reverse proxy names in X-Forwarded-Proto, only with TRUST_PROXY=1: without a proxy that
// header comes from the client and says nothing about how the client really connected.
import type { Context, MiddlewareHandler } from "hono";

export interface PublicOriginSettings {
  /** The configured public URL (config PUBLIC_URL), e.g. https://grannkoll.staffanstorp.se */
  publicUrl?: string | undefined;
  /** One reverse proxy in front (config TRUST_PROXY): its X-Forwarded-Proto is believed. */
  trustProxy: boolean;
}

/** What publicOrigin reads of a request. */
export interface RequestLike {
  url: string;
  headers: { get(name: string): string | null };
}

declare module "hono" {
  interface ContextVariableMap {
    publicOrigin: PublicOriginSettings;
  }
}

/** `host[:port]` as a URL would hold it, or null for anything else (paths, userinfo, spaces …). */
function validHost(host: string | null): string | null {
  if (!host || host.length > 255) return null;
  try {
    const url = new URL(`http://${host}`);
    return url.host === host.toLowerCase() && url.username === "" && url.pathname === "/"
      ? url.host
      : null;
  } catch {
    return null;
  }
}

/** The origin, without a trailing slash, that absolute links to this server start with. */
export function publicOrigin(settings: PublicOriginSettings, req: RequestLike): string {
  if (settings.publicUrl) return new URL(settings.publicUrl).origin;
  const url = new URL(req.url);
  const forwarded = settings.trustProxy
    ? req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase()
    : undefined;
  const scheme =
    forwarded === "https" || forwarded === "http" ? forwarded : url.protocol.slice(0, -1);
  const host = validHost(req.headers.get("host")) ?? url.host;
  return `${scheme}://${host}`;
}

/** Makes the settings available to every route (publicOriginOf). */
export function withPublicOrigin(settings: PublicOriginSettings): MiddlewareHandler {
  return async (c, next) => {
    c.set("publicOrigin", settings);
    await next();
  };
}

/** The public origin for this request; without withPublicOrigin, the safe defaults. */
export function publicOriginOf(c: Context): string {
  return publicOrigin(c.get("publicOrigin") ?? { trustProxy: false }, c.req.raw);
}

/** Whether this request's client reached the server over https, as far as the server can know. */
export const overHttpsOf = (c: Context): boolean => publicOriginOf(c).startsWith("https:");
