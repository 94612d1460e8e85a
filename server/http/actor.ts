// Who is making a request and from where, for the audit log and the login limit: the session's
// username (set by the session guard), or 'anonymous' for the public and for a failed login; the
// client's address is the TCP peer's, or with TRUST_PROXY the one the reverse proxy names.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";

declare module "hono" {
  interface ContextVariableMap {
    /** Whether one trusted reverse proxy names the client (clientAddress below). */
    trustProxy: boolean;
  }
}

/**
 * Says how this request's client address is found; remoteOf reads it only when a write or a
 * login needs it, so reads pay nothing. Without a proxy it is the TCP peer. With one trusted
 * reverse proxy in front (`trustProxy`), it is the last address in X-Forwarded-For: the one that
 * proxy appended; earlier entries come from the client and can be forged.
 */
export function clientAddress(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    c.set("trustProxy", trustProxy);
    await next();
  };
}

function peerOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

export function actorOf(c: Context): string {
  return c.get("session")?.username ?? "anonymous";
}

export function remoteOf(c: Context): string | null {
  const forwarded = c.get("trustProxy")
    ? c.req.header("x-forwarded-for")?.split(",").pop()?.trim()
    : undefined;
  return forwarded && forwarded.length <= 64 ? forwarded : peerOf(c);
}
