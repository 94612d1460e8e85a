// The session guard in front of every API route: reads the session cookie, applies the access
// table, and checks the CSRF token of every write made with a session. The front cache asks
// `authorizeRaw` the same question before it answers from memory.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";
import { scopeKey } from "../http/cached-json.ts";
import { sendError } from "../http/errors.ts";
import { covered, narrow } from "../kommun/scope.ts";
import { accessFor, decide, isWrite, readOnlyOpen } from "./access.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "./policy.ts";
import type { Session, SessionStore } from "./sessions.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** The caller's live session, or null for the public. Set by the guard on every /api request. */
    session: Session | null;
    /**
     * The deployment's kommuner the caller works for (server/kommun/scope.ts); empty for the
     * public. Every scoped query and write narrows to these.
     */
    kommuner: string[];
  }
}

export { CSRF_HEADER, SESSION_COOKIE } from "./policy.ts";

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A browser's write from another site: its Origin names a different host. */
function crossSite(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** `deployed`: the kommuner the deployment covers (server/kommun/repo.ts). */
export function sessionGuard(store: SessionStore, deployed: () => string[]): MiddlewareHandler {
  return async (c, next) => {
    const session = store.resolve(getCookie(c, SESSION_COOKIE));
    c.set("session", session);
    const { method, path } = c.req;
    if (isWrite(method) && readOnlyOpen(path)) {
      c.header("Allow", "GET, HEAD");
      return sendError(
        c,
        405,
        "method_not_allowed",
        `${path} is read-only: ${method} is not allowed`,
      );
    }
    const access = accessFor(method, path);
    // An open path answers everyone alike, logged in or not: no kommun scope there.
    const open = access === null || access.kind === "open";
    c.set("kommuner", session && !open ? covered(session, deployed()) : []);
    const decision = decide(access, session?.role ?? null);
    if (decision === "unauthenticated") {
      return sendError(c, 401, "unauthenticated", `Log in to use ${method} ${path}`);
    }
    if (decision === "forbidden") {
      return sendError(
        c,
        403,
        "forbidden",
        `The role '${session?.role}' may not use ${method} ${path}`,
      );
    }
    if (isWrite(method)) {
      if (crossSite(c.req.header("origin"), c.req.header("host"))) {
        return sendError(c, 403, "cross_site", "Writes from another site are refused");
      }
      if (
        session &&
        access?.kind !== "open" &&
        !sameToken(c.req.header(CSRF_HEADER), session.csrfToken)
      ) {
        return sendError(
          c,
          403,
          "csrf",
          `A write needs the session's CSRF token in the ${CSRF_HEADER} header`,
        );
      }
    }
    if (session?.mustChangePassword && access?.kind === "roles") {
      return sendError(c, 403, "password_change_required", "Choose a new password first");
    }
    // `?kommun=1262` narrows a logged-in request to one kommun the caller covers, on every route.
    if (session && !open) {
      if ((c.req.queries("kommun") ?? []).length > 1) {
        return sendError(c, 400, "bad_request", "kommun is given more than once");
      }
      const narrowed = narrow(c.get("kommuner"), c.req.query("kommun"));
      if (!narrowed.ok) {
        return narrowed.code === "bad_request"
          ? sendError(c, 400, "bad_request", narrowed.message)
          : sendError(c, 403, "kommun_forbidden", narrowed.message);
      }
      c.set("kommuner", narrowed.kommuner);
    }
    await next();
  };
}

/**
 * The guard's decision for a raw request, for the front cache (reads only): the cache's scope key
 * of the caller's kommuner ("" on an open path) when allowed, null otherwise — the request then
 * goes on to the app, which gives the 401 or 403 with its body.
 */
export function authorizeRaw(
  store: SessionStore,
  deployed: () => string[],
  method: string,
  path: string,
  cookieHeader: string | undefined,
): string | null {
  let decoded: string;
  try {
    decoded = decodeURI(path); // as Hono's router sees it
  } catch {
    return null;
  }
  const access = accessFor(method, decoded);
  // An API path the table does not know is only ever answered by the app (its 404).
  if (access === null) return null;
  if (access.kind === "open") return "";
  const token = cookieHeader ? parse(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] : undefined;
  const session = store.resolve(token);
  if (!session || session.mustChangePassword) return null;
  if (decide(access, session.role) !== "allow") return null;
  return scopeKey(covered(session, deployed()));
}
