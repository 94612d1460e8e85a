// Who is making a request and from where, for the audit log and the login limit: the session's
// username (set by the session guard), or 'anonymous' for the public and for a failed login; the
// client's address is the TCP peer's, or with TRUST_PROXY the one the reverse proxy names.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";

declare module "hono" {
  interface ContextVariableMap {
    /** The client's address as named by a trusted reverse proxy (X-Forwarded-For), if any. */
    forwardedFor: string | undefined;
  }
}

/**
 * With one trusted reverse proxy in front, the client is the last address in X-Forwarded-For (the
 * one that proxy appended; earlier entries come from the client and can be forged).
 */
export function trustProxy(): MiddlewareHandler {
  return async (c, next) => {
    const last = c.req.header("x-forwarded-for")?.split(",").pop()?.trim();
    if (last && last.length <= 64) c.set("forwardedFor", last);
    await next();
  };
}

export function actorOf(c: Context): string {
  return c.get("session")?.username ?? "anonymous";
}

export function remoteOf(c: Context): string | null {
  const forwarded = c.get("forwardedFor");
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}
