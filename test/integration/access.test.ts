// Roles on every API route: walks every route the app registers, so a new endpoint fails here
// until it is given its roles. Without a session a protected route answers 401, with the wrong
// role 403, a write without the session's CSRF token 403 — and the database is unchanged each time.
import { afterAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../server/auth/roles.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

type Who = "open" | readonly Role[];
const PLANNING: Who = ["planner", "admin"];
const SHARED: Who = ["planner", "police", "admin"];

/**
 * Who may use each route, written out here independently of server/auth/access.ts: the test is
 * the second opinion on the table. First matching prefix wins; [read, write].
 */
const EXPECTED: [prefix: string, read: Who, write: Who][] = [
  ["/api/public/", "open", []],
  ["/api/meta/work", SHARED, []],
  ["/api/meta", "open", []],
  ["/api/basemap/", "open", []],
  ["/api/health", "open", []],
  ["/api/auth/login", [], "open"],
  ["/api/auth/session", "open", []],
  ["/api/auth/", SHARED, SHARED],
  ["/api/admin/", ["admin"], ["admin"]],
  ["/api/internal/lagesbild", SHARED, SHARED],
  ["/api/internal/", ["police"], ["police"]],
  ["/api/areas", SHARED, []],
  ["/api/promise-periods", SHARED, PLANNING],
  ["/api/promises", SHARED, PLANNING],
  ["/api/messages", SHARED, PLANNING],
  ["/api/priorities", PLANNING, []],
  ["/api/visits", PLANNING, PLANNING],
  ["/api/findings", PLANNING, PLANNING],
  ["/api/watch-groups", PLANNING, PLANNING],
  ["/api/dna-kits", PLANNING, PLANNING],
  ["/api/imports/", PLANNING, PLANNING],
  ["/api/exports/", PLANNING, []],
  ["/api/area-boundaries/", PLANNING, PLANNING],
];

const PARAMS: Record<string, string> = {
  id: "1",
  areaId: "12300001",
  kind: "dna-kits",
  layer: "coast",
  quarter: "2019-Q1",
};

const concrete = (path: string) =>
  path.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? "x");

const routes = [
  ...new Map(
    t.hono.routes
      .filter((r) => r.method !== "ALL" && r.path.startsWith("/api/"))
      .map((r) => [`${r.method} ${r.path}`, { method: r.method, path: r.path }]),
  ).values(),
];

function expectedFor(method: string, path: string): Who {
  const rule = EXPECTED.find(([prefix]) => path.startsWith(prefix));
  if (!rule) throw new Error(`${method} ${path} has no expected roles in this test`);
  return method === "GET" ? rule[1] : rule[2];
}

const send = (
  who: Role | null,
  method: string,
  path: string,
  headers: Record<string, string> = {},
) =>
  t.as(who).request(path, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(method === "GET" ? {} : { body: "{}" }),
  });

const protectedRoutes = routes.filter((r) => expectedFor(r.method, r.path) !== "open");

describe("every API route has its roles", () => {
  it("finds the app's routes, and knows who may use each", () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(protectedRoutes.length).toBeGreaterThan(50);
    for (const r of routes) expect(() => expectedFor(r.method, r.path)).not.toThrow();
  });

  it.each(protectedRoutes)(
    "$method $path: 401 without a session, 403 for other roles",
    async (r) => {
      const path = concrete(r.path);
      const allowed = expectedFor(r.method, r.path) as readonly Role[];
      const before = dbDigest(t.db);

      const anonymous = await send(null, r.method, path);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
        "unauthenticated",
      );
      for (const role of ROLES.filter((x) => !allowed.includes(x))) {
        const res = await send(role, r.method, path);
        expect(res.status, `${role} on ${r.method} ${path}`).toBe(403);
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("forbidden");
        expect(body.error.message).toContain(role);
      }
      expect(dbDigest(t.db)).toBe(before);

      // Logging out or resetting a password would end the shared test sessions; both have their own tests.
      for (const role of path === "/api/auth/logout" || path.endsWith("/reset-password")
        ? []
        : allowed) {
        const res = await send(role, r.method, path);
        expect([401, 403], `${role} on ${r.method} ${path}`).not.toContain(res.status);
      }
    },
  );

  const writes = protectedRoutes.filter((r) => r.method !== "GET");
  it.each(writes)("$method $path: a write without the CSRF token is refused", async (r) => {
    const role = (expectedFor(r.method, r.path) as readonly Role[])[0] as Role;
    const before = dbDigest(t.db);
    for (const token of ["", "not-the-token"]) {
      const res = await send(role, r.method, concrete(r.path), { "x-csrf-token": token });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("csrf");
    }
    expect(dbDigest(t.db)).toBe(before);
  });

  it("refuses a write whose Origin is another site, even with the token", async () => {
    const before = dbDigest(t.db);
    const res = await send("planner", "POST", "/api/dna-kits", {
      origin: "https://evil.example",
      host: "localhost",
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("cross_site");
    expect(dbDigest(t.db)).toBe(before);
  });

  it("open routes answer without a session", async () => {
    for (const path of ["/api/public/areas", "/api/meta", "/api/health", "/api/auth/session"]) {
      expect((await send(null, "GET", path)).status, path).toBe(200);
    }
  });

  it.each([
    "/api/%61reas",
    "/api/areas/",
    "/api/areas?x=1",
    "/api//areas",
    "//api/areas",
    "/api/public/../areas",
    "/api/public/%2e%2e/areas",
    "/API/areas",
  ])("no spelling of a protected path slips past the guard: %s", async (path) => {
    const res = await send(null, "GET", path);
    expect([401, 404]).toContain(res.status);
  });
});
