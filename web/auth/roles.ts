// Which roles may see a view, as the UI decides it (the server enforces the same table in
// server/auth/access.ts; the UI only hides what a role cannot use).
import type { Role } from "../../server/auth/roles.ts";

export { ADMIN, PLANNING, POLICE, SHARED } from "../../server/auth/roles.ts";
export type { Role };

/** The roles of a view; undefined means a public view, open to everyone. */
export type ViewRoles = readonly Role[] | undefined;

export function mayUse(roles: ViewRoles, role: Role | null | undefined): boolean {
  if (roles === undefined) return true;
  return role != null && roles.includes(role);
}

/** Stands in for this site's origin when the path is judged outside a browser (tests). */
const SELF = "https://grannkoll.invalid";

/**
 * Where the login form sends the user afterwards: only a path on this site. The value is resolved
 * as the browser would resolve a link (which drops tabs and newlines and reads `\` as `/`, so
 * `/\t/evil.example` is `//evil.example`), and kept only when it stays on `origin`; what comes
 * back is the resolved path, query and fragment, so the link rendered is the one that was judged.
 */
export function safeNext(next: string | null | undefined, origin = SELF): string {
  if (!next?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  if (url.pathname === "/logga-in") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login page's address that comes back to `path` afterwards. */
export function loginHref(path: string): string {
  const next = safeNext(path);
  return next === "/" ? "/logga-in" : `/logga-in?next=${encodeURIComponent(next)}`;
}
