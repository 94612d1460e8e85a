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

/** Where the login form sends the user afterwards: only a path on this site, never `//host`. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next === "/logga-in" || next.startsWith("/logga-in?")) return "/";
  return next;
}

/** The login page's address that comes back to `path` afterwards. */
export function loginHref(path: string): string {
  const next = safeNext(path);
  return next === "/" ? "/logga-in" : `/logga-in?next=${encodeURIComponent(next)}`;
}
