// Who is making a request and from where, for the audit log: the session's username (set by the
// session guard), or 'anonymous' for the public and for a failed login.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export function actorOf(c: Context): string {
  return c.get("session")?.username ?? "anonymous";
}

export function remoteOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}
