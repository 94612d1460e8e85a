// Who is making a request and from where, for the audit log. Until accounts exist (the accounts
// issue) every request is 'anonymous'; that change belongs here and nowhere else.
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

export function actorOf(_c: Context): string {
  return "anonymous";
}

export function remoteOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}
