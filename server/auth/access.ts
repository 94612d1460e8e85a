// Who may call which API path: the one table the server enforces (the session guard and the front
// cache both ask `accessFor`). A path that matches no rule here is not an endpoint and gets the
// 404 answer; the access test walks every registered route and fails if one is left unguarded.
//
// admin manages accounts and is also a planner; police data (presence, coverage) stays with police.
import { ADMIN, PLANNING, POLICE, type Role, SHARED } from "./roles.ts";

export type Access =
  | { kind: "open" }
  /** Needs a session, any role (logout, own password). */
  | { kind: "session" }
  | { kind: "roles"; roles: readonly Role[] };

interface Rule {
  prefix: string;
  read: Access;
  write: Access;
}

const OPEN: Access = { kind: "open" };
const SESSION: Access = { kind: "session" };
const NOBODY: Access = { kind: "roles", roles: [] };
const roles = (r: readonly Role[]): Access => ({ kind: "roles", roles: r });

const PLANNERS = roles(PLANNING);
const POLICE_ONLY = roles(POLICE);
const EVERY_ROLE = roles(SHARED);
const ADMINS = roles(ADMIN);

/** First match wins, so more specific prefixes come first. */
const RULES: Rule[] = [
  { prefix: "/api/public", read: OPEN, write: NOBODY },
  { prefix: "/api/meta/work", read: EVERY_ROLE, write: NOBODY },
  { prefix: "/api/meta", read: OPEN, write: NOBODY },
  { prefix: "/api/basemap", read: OPEN, write: NOBODY },
  { prefix: "/api/health", read: OPEN, write: NOBODY },
  { prefix: "/api/auth/login", read: NOBODY, write: OPEN },
  { prefix: "/api/auth/session", read: OPEN, write: NOBODY },
  { prefix: "/api/auth", read: SESSION, write: SESSION },
  { prefix: "/api/admin", read: ADMINS, write: ADMINS },
  // The weekly lägesbild is the shared exchange of municipality and police.
  { prefix: "/api/internal/lagesbild", read: EVERY_ROLE, write: EVERY_ROLE },
  { prefix: "/api/internal", read: POLICE_ONLY, write: POLICE_ONLY },
  // Areas carry burglary figures: every logged-in role, never the public.
  { prefix: "/api/areas", read: EVERY_ROLE, write: NOBODY },
  // The promises are signed by both; planners keep them up to date.
  { prefix: "/api/promise-periods", read: EVERY_ROLE, write: PLANNERS },
  { prefix: "/api/promises", read: EVERY_ROLE, write: PLANNERS },
  { prefix: "/api/messages", read: EVERY_ROLE, write: PLANNERS },
  { prefix: "/api/priorities", read: PLANNERS, write: NOBODY },
  { prefix: "/api/visits", read: PLANNERS, write: PLANNERS },
  // A walk's findings are the planners' follow-up (their text may name people, like the walk's).
  { prefix: "/api/findings", read: PLANNERS, write: PLANNERS },
  { prefix: "/api/watch-groups", read: PLANNERS, write: PLANNERS },
  { prefix: "/api/dna-kits", read: PLANNERS, write: PLANNERS },
  { prefix: "/api/imports", read: PLANNERS, write: PLANNERS },
  { prefix: "/api/exports", read: PLANNERS, write: NOBODY },
  { prefix: "/api/area-boundaries", read: PLANNERS, write: PLANNERS },
];

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isWrite = (method: string) => !READS.has(method.toUpperCase());

function under(path: string, prefix: string) {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The access a request needs, or null when the path is not an API path this table knows. */
export function accessFor(method: string, path: string): Access | null {
  if (!path.startsWith("/api/")) return OPEN; // the web app, /ogc (public rules)
  const rule = RULES.find((r) => under(path, r.prefix));
  if (!rule) return null;
  return isWrite(method) ? rule.write : rule.read;
}

/**
 * True for a path anyone may read and nobody may write (the public API, meta, the base map): a
 * write there is not a matter of logging in, so it is answered 405 Method Not Allowed.
 */
export function readOnlyOpen(path: string): boolean {
  if (!path.startsWith("/api/")) return false;
  const rule = RULES.find((r) => under(path, r.prefix));
  return (
    rule !== undefined &&
    rule.read.kind === "open" &&
    rule.write.kind === "roles" &&
    rule.write.roles.length === 0
  );
}

export type Decision = "allow" | "unauthenticated" | "forbidden";

/** Whether a caller with this role (null: no session) may make the request. */
export function decide(access: Access | null, role: Role | null): Decision {
  if (access === null || access.kind === "open") return "allow";
  if (role === null) return "unauthenticated";
  if (access.kind === "session") return "allow";
  return access.roles.includes(role) ? "allow" : "forbidden";
}

/** The roles that may read or write a path, for the UI and the docs. */
export function rolesFor(method: string, path: string): readonly Role[] | "open" {
  const access = accessFor(method, path);
  if (access === null || access.kind === "open") return "open";
  if (access.kind === "session") return SHARED;
  return access.roles;
}
