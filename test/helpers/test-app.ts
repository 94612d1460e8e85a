// The real app over a real SQLite file in a fresh temporary folder, filled from a data folder, with
// one account per role. `app` sends requests as the chosen role (a real session cookie and its CSRF
// token); `as(role)` gives a client of another role, `as(null)` the public; `client(role)` is the
// typed client (hono/testing) of a role, its requests and answers typed by the routes; `hono` is
// the app itself.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { testClient } from "hono/testing";
import { createApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/auth.ts";
import { CSRF_HEADER, SESSION_COOKIE } from "../../server/auth/guard.ts";
import { ROLES, type Role } from "../../server/auth/roles.ts";
import { openDb } from "../../server/db/open.ts";
import { seedIfEmpty } from "../../server/db/seed.ts";

export const FIXTURE_DATA = join(import.meta.dirname, "..", "fixtures", "data");
export const EMBEDDED_DATA = join(import.meta.dirname, "..", "..", "data");
export const TEST_NOW = new Date("2026-11-30T12:00:00Z");
/** The kommun of the fixture's areas (ids 1230xxxx): Staffanstorp. */
export const FIXTURE_KOMMUN = "1230";

/** What a test calls: the real app's `request`, with or without a session. */
export interface Client {
  request: Hono["request"];
}

/** The account name of each role's test user, as the audit log records it. */
export const testUser = (role: Role) => `test-${role}`;

export function createTestApp(dataDir = FIXTURE_DATA, { role = "planner" as Role | null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "grannkoll-test-"));
  const dbPath = join(dir, "test.db");
  const db = openDb(dbPath);
  seedIfEmpty(db, dataDir);
  const clock = () => TEST_NOW;
  const auth = createAuth(db, { clock });
  const app = createApp({ db, dataDir, clock, auth });

  // Test users get sessions directly; their stored hash matches no password, so they cannot log in.
  // The planner works for the fixture's kommun; the police and the admin for the whole police area.
  const insert = db.prepare(
    "INSERT INTO accounts (username, role, password_hash, scope) VALUES (?, ?, 'test:no-password', ?)",
  );
  const member = db.prepare("INSERT INTO account_kommuner (account_id, kommun) VALUES (?, ?)");
  const sessions = new Map<Role, { token: string; csrfToken: string }>();
  for (const r of ROLES) {
    const scope = r === "planner" ? "kommun" : "police_area";
    const id = Number(insert.run(testUser(r), r, scope).lastInsertRowid);
    if (scope === "kommun") member.run(id, FIXTURE_KOMMUN);
    sessions.set(r, auth.sessions.create(id, null));
  }

  /** The cookie and CSRF headers of a role's session, for real HTTP requests. */
  const headersOf = (who: Role): Record<string, string> => {
    const session = sessions.get(who) as { token: string; csrfToken: string };
    return { cookie: `${SESSION_COOKIE}=${session.token}`, [CSRF_HEADER]: session.csrfToken };
  };

  const as = (who: Role | null): Client => clientOf(who === null ? undefined : sessions.get(who));

  /**
   * A client for a further test account: a planner of Lomma (`{ role: "planner", kommuner:
   * ["1262"] }`), an administrator of one kommun, a police-area administrator (`scope`).
   */
  let extra = 0;
  const asAccount = (o: {
    role: Role;
    kommuner?: readonly string[];
    scope?: "kommun" | "police_area";
    username?: string;
  }): Client & { id: number; headers: Record<string, string> } => {
    const scope = o.scope ?? (o.kommuner ? "kommun" : "police_area");
    const username =
      o.username ?? `test-${o.role}-${scope}-${(o.kommuner ?? []).join("-")}-${++extra}`;
    const id = Number(insert.run(username, o.role, scope).lastInsertRowid);
    for (const k of o.kommuner ?? []) member.run(id, k);
    const session = auth.sessions.create(id, null);
    const headers = {
      cookie: `${SESSION_COOKIE}=${session.token}`,
      [CSRF_HEADER]: session.csrfToken,
    };
    return { ...clientOf(session), id, headers };
  };

  function clientOf(session: { token: string; csrfToken: string } | undefined): Client {
    const request = ((input: RequestInfo | URL, init: RequestInit = {}, ...rest: unknown[]) => {
      const headers = new Headers(init.headers);
      if (session) {
        headers.append("cookie", `${SESSION_COOKIE}=${session.token}`);
        if (!headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, session.csrfToken);
      }
      return (app.request as (...a: unknown[]) => Response | Promise<Response>)(
        input,
        { ...init, headers },
        ...rest,
      );
    }) as Hono["request"];
    return { request };
  }

  /** The typed client of a role's session: `client("planner").api["dna-kits"].$post({ json })`. */
  const client = (who: Role) => testClient(app, {}, undefined, { headers: headersOf(who) });

  return {
    app: as(role),
    as,
    asAccount,
    client,
    headersOf,
    hono: app,
    auth,
    db,
    dbPath,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
