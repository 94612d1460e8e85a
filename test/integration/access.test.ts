// Roles on every API route: walks every route the app registers, so a new endpoint fails here
// until it is given its roles. Without a session a protected route answers 401, with the wrong
// role 403, a write without the session's CSRF token 403 — and the database is unchanged each time.
import { pointOnFeature } from "@turf/point-on-feature";
import { afterAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../server/auth/roles.ts";
import { readXlsx } from "../../server/imports/xlsx.ts";
import { dbDigest } from "../helpers/db-digest.ts";
import { type Client, createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

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

// The kommun dimension: on the embedded data (all four kommuner), a planner of Lomma (1262) against
// Staffanstorp's (1230) records, on every route a planner uses for them. Reads by id answer 404 as
// if the record were absent, writes to it 404 and change nothing, lists and files leave it out,
// a new record in Staffanstorp's area is a 400 naming the area, imports give row errors, and the
// /ogc planning collections read with the planner's token hold Lomma's features only.
describe("a planner of one kommun against another kommun's records, on every route", () => {
  const e = createTestApp(EMBEDDED_DATA);
  afterAll(() => e.close());
  const lomma = e.asAccount({ role: "planner", kommuner: ["1262"] });
  const staffanstorp = e.asAccount({ role: "planner", kommuner: ["1230"] });

  const one = (sql: string) => {
    const id = e.db.prepare<[], number | string>(sql).pluck().get();
    if (id === undefined) throw new Error(`the embedded data has no row for: ${sql}`);
    return String(id);
  };
  const inStaffanstorp = "area_id IN (SELECT id FROM areas WHERE kommun = '1230')";
  // The demo data has no walk findings: a Staffanstorp walk with one, and a Lomma one.
  for (const kommun of ["1230", "1262"]) {
    const walk = e.db
      .prepare(
        `INSERT INTO visits (area_id, kind, date, topic, organisers)
         SELECT MIN(id), 'safety_walk', '2019-04-01', 'other', '[]' FROM areas WHERE kommun = ?`,
      )
      .run(kommun).lastInsertRowid;
    e.db
      .prepare("INSERT INTO walk_findings (visit_id, text, owner) VALUES (?, ?, 'Gata')")
      .run(walk, `Fynd i ${kommun}`);
  }
  /** Staffanstorp's records, named by the route prefix whose `:id` they fill. */
  const RECORD: Record<string, string> = {
    "/api/areas": one("SELECT id FROM areas WHERE kommun = '1230' ORDER BY id"),
    "/api/visits": one(`SELECT id FROM visits WHERE deleted_at IS NULL AND ${inStaffanstorp}`),
    "/api/findings": one(
      `SELECT f.id FROM walk_findings f JOIN visits v ON v.id = f.visit_id
       WHERE f.deleted_at IS NULL AND v.deleted_at IS NULL AND v.${inStaffanstorp}`,
    ),
    "/api/watch-groups": one(
      `SELECT id FROM watch_groups WHERE deleted_at IS NULL AND ${inStaffanstorp}`,
    ),
    "/api/dna-kits": one(
      `SELECT id FROM dna_kits WHERE deleted_at IS NULL AND visit_id IS NULL AND ${inStaffanstorp}`,
    ),
    "/api/messages": one(
      "SELECT id FROM messages WHERE deleted_at IS NULL AND kommun = '1230' ORDER BY id",
    ),
  };
  const AREA = RECORD["/api/areas"] as string;
  const areaName = one(`SELECT name FROM areas WHERE id = '${AREA}'`);
  /** Every Staffanstorp area id (and its finding's text): none may be in what Lomma's planner reads. */
  const staffanstorpAreas = [
    ...e.db.prepare<[], string>("SELECT id FROM areas WHERE kommun = '1230'").pluck().all(),
    "Fynd i 1230",
  ];
  const lommaAreas = e.db
    .prepare<[], string>("SELECT id FROM areas WHERE kommun = '1262'")
    .pluck()
    .all();
  /** A point inside Staffanstorp's area. */
  const [lon, lat] = pointOnFeature(
    JSON.parse(one(`SELECT geometry FROM areas WHERE id = '${AREA}'`)),
  ).geometry.coordinates;

  /** Valid bodies for the routes that create a record, placed in Staffanstorp's area. */
  const CREATE: Record<string, object> = {
    "/api/visits": { kind: "contact_meeting", date: "2019-05-01", area_id: AREA },
    "/api/watch-groups": {
      area_id: AREA,
      name: "Lommagruppen",
      status: "starting",
      households: 10,
      started_on: "2019-05-01",
    },
    "/api/dna-kits": { area_id: AREA, handed_out_on: "2019-05-01", kits: 3 },
    "/api/messages": {
      sent_on: "2019-05-01",
      channel: "coyards",
      subject: "Lås dörren",
      area_ids: [AREA],
    },
  };

  /** The parts of this test: promises, the lägesbild, accounts and audit have their own. */
  const KOMMUN_SCOPED = [
    "/api/areas",
    "/api/priorities",
    "/api/visits",
    "/api/findings",
    "/api/watch-groups",
    "/api/dna-kits",
    "/api/messages",
    "/api/imports/",
    "/api/exports/",
    "/api/area-boundaries/",
  ];
  const scoped = routes.filter((r) => KOMMUN_SCOPED.some((p) => r.path.startsWith(p)));
  const byId = scoped.filter((r) => r.path.includes(":id"));
  const lists = scoped.filter((r) => r.method === "GET" && !r.path.includes(":id"));
  const others = scoped.filter((r) => r.method !== "GET" && !r.path.includes(":id"));

  /** Bodies the routes by id accept, so the answer is about the record, not the body. */
  const WRITE: Record<string, object> = {
    "PATCH /api/findings/:id": { owner: "Tekniska" },
    "POST /api/findings/:id/close": { closed_on: "2019-05-01", note: "Lagad" },
    "PATCH /api/visits/:id": { attendees: 4 },
    "PATCH /api/watch-groups/:id": { households: 12 },
    "PATCH /api/dna-kits/:id": { kits: 2 },
    "PATCH /api/messages/:id": { subject: "Ny rubrik" },
  };
  const recordOf = (path: string) => {
    const prefix = Object.keys(RECORD).find((p) => path.startsWith(`${p}/`));
    if (!prefix) throw new Error(`${path}: no Staffanstorp record for its :id in this test`);
    return path.replace(":id", RECORD[prefix] as string);
  };
  const call = (
    who: { request: Client["request"] },
    method: string,
    path: string,
    body?: unknown,
  ) =>
    who.request(path, {
      method,
      headers: { "content-type": "application/json" },
      ...(method === "GET" ? {} : { body: JSON.stringify(body ?? {}) }),
    });

  /** What a response says, as text: a workbook's cells, else the body itself. */
  async function textOf(res: Response): Promise<string> {
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!/spreadsheetml/.test(res.headers.get("content-type") ?? "")) {
      return new TextDecoder().decode(bytes);
    }
    const read = await readXlsx(bytes);
    if (!read.ok) throw new Error(read.error.message);
    return JSON.stringify(read.table);
  }
  const mentioned = (text: string, ids: readonly string[]) => ids.filter((id) => text.includes(id));

  it("finds the planner's routes and a Staffanstorp record for each", () => {
    expect(byId.length).toBeGreaterThanOrEqual(17);
    expect(lists.length).toBeGreaterThanOrEqual(15);
    for (const r of byId) expect(() => recordOf(r.path)).not.toThrow();
    for (const r of others) {
      const known =
        r.path in CREATE || r.path.startsWith("/api/imports/") || r.path.startsWith("/api/area-");
      expect(known, `${r.method} ${r.path} has no kommun case in this test`).toBe(true);
    }
  });

  it.each(byId)("$method $path: another kommun's record is absent (404)", async (r) => {
    const path = recordOf(r.path);
    const before = dbDigest(e.db);
    const res = await call(lomma, r.method, path, WRITE[`${r.method} ${r.path}`]);
    expect(res.status, `${r.method} ${path}`).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect(dbDigest(e.db)).toBe(before);
    if (r.method === "GET") {
      // …while it is there for Staffanstorp's planner.
      expect((await call(staffanstorp, "GET", path)).status).toBe(200);
    }
  });

  it.each(lists)("$method $path: lists and files hold none of another kommun's", async (r) => {
    const path = r.path.replace(":kind", "visits");
    const res = await call(lomma, "GET", path);
    expect(res.status, path).toBe(200);
    const text = await textOf(res);
    expect(mentioned(text, staffanstorpAreas), path).toEqual([]);
    // The same route does name Staffanstorp's areas for Staffanstorp's planner (templates aside).
    if (!path.includes("/template.")) {
      const theirs = await textOf(await call(staffanstorp, "GET", path));
      expect(mentioned(theirs, staffanstorpAreas).length, path).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(CREATE))(
    "POST %s in another kommun's area is a 400 naming the area",
    async (path, body) => {
      const before = dbDigest(e.db);
      const res = await call(lomma, "POST", path, body);
      expect(res.status, path).toBe(400);
      const { error } = (await res.json()) as {
        error: { code: string; fields: { field: string; message: string }[] };
      };
      expect(error.code).toBe("invalid_body");
      const field = path === "/api/messages" ? "area_ids.0" : "area_id";
      expect(error.fields).toContainEqual({
        field,
        code: "other_kommun_area",
        params: { area_id: AREA, kommun: "1230" },
        message: `area '${AREA}' (${areaName}) lies in kommun 1230, which you do not work for`,
      });
      expect(dbDigest(e.db)).toBe(before);
    },
  );

  it("refuses a point in another kommun's area as the point's error", async () => {
    const res = await call(lomma, "POST", "/api/visits", {
      kind: "contact_meeting",
      date: "2019-05-01",
      lon,
      lat,
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { fields: { field: string }[] } };
    expect(error.fields.map((f) => f.field).sort()).toEqual(["lat", "lon"]);
  });

  it("refuses moving one's own record into another kommun's area", async () => {
    const own = one(
      "SELECT id FROM dna_kits WHERE deleted_at IS NULL AND visit_id IS NULL AND area_id IN (SELECT id FROM areas WHERE kommun = '1262')",
    );
    const before = dbDigest(e.db);
    const res = await call(lomma, "PATCH", `/api/dna-kits/${own}`, { area_id: AREA });
    expect(res.status).toBe(400);
    expect(dbDigest(e.db)).toBe(before);
  });

  it.each(["visits", "watch-groups", "dna-kits"])(
    "imports of %s: every row in another kommun's area is a row error, and nothing is written",
    async (kind) => {
      // Staffanstorp's own export, as a Lomma planner would get it sent.
      const file = await (await call(staffanstorp, "GET", `/api/exports/${kind}.csv`)).text();
      const rows = file.trim().split("\n").length - 1;
      expect(rows).toBeGreaterThan(0);
      const upload = (step: string) =>
        lomma.request(`/api/imports/${kind}/${step}`, {
          method: "POST",
          body: file,
          headers: { "content-type": "text/csv; charset=utf-8" },
        });
      type Report = {
        valid: number;
        errors: { line: number; code: string; message: string }[];
        present: unknown[];
      };
      const preview = (await (await upload("preview")).json()) as Report;
      expect(preview.valid).toBe(0);
      expect(preview.present).toEqual([]);
      const lines = new Set(
        preview.errors.filter((x) => x.code === "other_kommun").map((x) => x.line),
      );
      expect(lines.size).toBe(rows);
      expect(preview.errors.find((x) => x.code === "other_kommun")?.message).toMatch(
        /lies in kommun 1230, which you do not work for$/,
      );
      const before = dbDigest(e.db);
      const commit = await upload("commit");
      expect(commit.status).toBe(400);
      expect(dbDigest(e.db)).toBe(before);
    },
  );

  it("a boundary import cannot take another kommun's area, nor commit another's preview", async () => {
    const geometry = JSON.parse(one(`SELECT geometry FROM areas WHERE id = '${AREA}'`));
    const file = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: { id: AREA, name: areaName }, geometry }],
    });
    const post = (who: Client, path: string, body: string, type: string) =>
      who.request(path, { method: "POST", body, headers: { "content-type": type } });
    const before = dbDigest(e.db);
    const mine = await post(lomma, "/api/area-boundaries/preview", file, "application/geo+json");
    expect(mine.status).toBe(400);
    const preview = (await mine.json()) as { errors: { reason: string }[]; areas: unknown[] };
    expect(preview.errors.map((x) => x.reason)).toEqual([
      `area ${AREA} belongs to kommun 1230, which this import is not for`,
    ]);
    // Staffanstorp's planner previews the same file; the token is no use to Lomma's.
    const theirs = await post(
      staffanstorp,
      "/api/area-boundaries/preview",
      file,
      "application/geo+json",
    );
    const { token, areas } = (await theirs.json()) as {
      token: string;
      areas: { id: string; action: string }[];
    };
    expect(token).toBeTruthy();
    // Only Staffanstorp's areas are in its plan: Lomma's are not the import's to delete.
    expect(areas.map((a) => a.id).filter((id) => lommaAreas.includes(id))).toEqual([]);
    const commit = await post(
      lomma,
      "/api/area-boundaries/commit",
      JSON.stringify({ token, confirm: true }),
      "application/json",
    );
    expect(commit.status).toBe(400);
    expect(((await commit.json()) as { error: { code: string } }).error.code).toBe("invalid_token");
    expect(dbDigest(e.db)).toBe(before);
  });

  it("a message is one kommun's: areas of two are refused, a whole-kommun one needs its kommun", async () => {
    const both = e.asAccount({ role: "planner", kommuner: ["1230", "1262"] });
    const message = { sent_on: "2019-05-01", channel: "coyards", subject: "Lås dörren" };
    const lommaArea = lommaAreas[0] as string;
    const before = dbDigest(e.db);
    const mixed = await call(both, "POST", "/api/messages", {
      ...message,
      area_ids: [AREA, lommaArea],
    });
    expect(mixed.status).toBe(400);
    const fields = (await mixed.json()) as { error: { fields: { field: string }[] } };
    expect(fields.error.fields.map((f) => f.field)).toEqual(["area_ids"]);
    expect((await call(both, "POST", "/api/messages", message)).status).toBe(400);
    expect(dbDigest(e.db)).toBe(before);
    const whole = await call(both, "POST", "/api/messages?kommun=1262", message);
    expect(whole.status).toBe(201);
    const created = (await whole.json()) as { id: number; kommun: string };
    expect(created.kommun).toBe("1262");
    expect((await call(lomma, "GET", `/api/messages/${created.id}`)).status).toBe(200);
    expect((await call(staffanstorp, "GET", `/api/messages/${created.id}`)).status).toBe(404);
  });

  it("?kommun= narrows only within the planner's kommuner", async () => {
    const res = await call(lomma, "GET", "/api/visits?kommun=1230");
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("kommun_forbidden");
  });

  it("/ogc planning collections read with the planner's token hold their kommun's only", async () => {
    const { secret } = e.auth.tokens.create(lomma.id, "QGIS", 30);
    const auth = { headers: { Authorization: `Bearer ${secret}` } };
    const items = async (collection: string, query = "") => {
      const res = await e
        .as(null)
        .request(`/ogc/collections/${collection}/items?limit=10000${query}`, auth);
      expect(res.status, collection).toBe(200);
      return (await res.json()) as {
        features: { id: string | number; properties: { kommun: string } }[];
      };
    };
    const areas = await items("planning_areas");
    expect(areas.features.map((f) => String(f.id)).sort()).toEqual([...lommaAreas].sort());
    const visits = await items("planning_visits");
    expect(visits.features.length).toBeGreaterThan(0);
    expect(new Set(visits.features.map((f) => f.properties.kommun))).toEqual(new Set(["1262"]));
    const visit = RECORD["/api/visits"] as string;
    const single = await e
      .as(null)
      .request(`/ogc/collections/planning_visits/items/${visit}`, auth);
    expect(single.status).toBe(404);
    const forbidden = await e
      .as(null)
      .request("/ogc/collections/planning_areas/items?kommun=1230", auth);
    expect(forbidden.status).toBe(403);
  });
});
