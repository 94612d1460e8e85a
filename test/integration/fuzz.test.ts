// Fuzzing every write endpoint, driven by the app's own route list: malformed JSON, bad
// geometry, bad CSV and boundary files. Every case must get a 4xx in the error format with a
// message (naming the field where there is one), leave the database unchanged, pollute nothing,
// and leave the app answering. The cases are fixed lists and seeded random ones
// (test/helpers/fuzz-cases.ts); a write route missing from WRITE_ROUTES fails the suite.
import { afterAll, describe, expect, it } from "vitest";
import { CSRF_HEADER, SESSION_COOKIE } from "../../server/auth/guard.ts";
import { bodyLimitFor } from "../../server/http/limits.ts";
import { IMPORT_KINDS } from "../../server/imports/columns.ts";
import {
  BAD_IDS,
  boundaryCases,
  type Case,
  csvCases,
  importGeoJsonCases,
  jsonCases,
  lineCases,
  placeCases,
  type RouteSpec,
  randomJsonCases,
  WRITE_ROUTES,
  writeRoutesOf,
} from "../helpers/fuzz-cases.ts";
import { digester, polluted, refusalProblem, send } from "../helpers/fuzz-run.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
/** Makes the rows some routes need that the fixture does not have (RouteSpec.given). */
const given = (db: typeof t.db) => {
  for (const spec of Object.values(WRITE_ROUTES)) if (spec.given) db.prepare(spec.given).run();
};
given(t.db);
const digest = digester(t.db);
afterAll(() => t.close());

const routes = writeRoutesOf(t.hono.routes);
const specOf = (key: string): RouteSpec | undefined => WRITE_ROUTES[key];

/** A real id for a path's `:id`, so a bad body meets an existing record. */
function idFor(spec: RouteSpec): string {
  if (!spec.idFrom) return "1";
  const id = t.db.prepare(spec.idFrom).pluck().get();
  return id === undefined ? "1" : String(id);
}

/** Sends every case; returns what went wrong, one line per bad answer. */
async function fuzz(
  key: string,
  spec: RouteSpec,
  paths: string[],
  cases: Case[],
  { reportOk = false } = {},
): Promise<string[]> {
  const [method = "POST"] = key.split(" ");
  const client = t.as(spec.role);
  const problems: string[] = [];
  for (const path of paths) {
    for (const c of cases) {
      const before = digest();
      const sent = await send(client.request, method, path, c);
      const what = `${method} ${path} — ${c.name}`;
      // A JSON body over the route's own size limit is refused for its size, before it is read.
      const oversize =
        spec.body === "json" &&
        c.body !== undefined &&
        Buffer.byteLength(c.body) > bodyLimitFor(path.replace(/\?.*/, ""));
      const expected = oversize ? { status: 413 } : c;
      const problem = refusalProblem(sent, expected, { reportOk });
      if (problem) problems.push(`${what}: ${problem}`);
      if (digest() !== before) problems.push(`${what}: the database changed`);
      if (polluted()) problems.push(`${what}: Object.prototype was polluted`);
      const health = await t.app.request("/api/health");
      if (health.status !== 200) problems.push(`${what}: /api/health answered ${health.status}`);
    }
  }
  return problems;
}

describe("the fuzz table", () => {
  it("has an entry for every write route the app registers, and none for a route that is gone", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((k) => !specOf(k))).toEqual([]);
    expect(Object.keys(WRITE_ROUTES).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it("has examples that are valid, so breaking one field is what makes a case bad", async () => {
    // On a separate app, since these writes succeed.
    const other = createTestApp();
    given(other.db);
    try {
      const failures: string[] = [];
      for (const [key, spec] of Object.entries(WRITE_ROUTES)) {
        const [method = "", path = ""] = key.split(" ");
        if (spec.body !== "json" || !spec.example || key.startsWith("POST /api/auth")) continue;
        if (key === "POST /api/area-boundaries/commit") continue; // needs a preview's token
        const id = spec.idFrom ? String(other.db.prepare(spec.idFrom).pluck().get()) : "";
        const res = await other.as(spec.role).request(path.replace(":id", id), {
          method,
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(spec.example),
        });
        if (res.status >= 300) failures.push(`${key}: ${res.status} ${await res.text()}`);
      }
      expect(failures).toEqual([]);
    } finally {
      other.close();
    }
  });
});

describe("JSON endpoints refuse malformed bodies", () => {
  const jsonRoutes = routes.filter((k) => specOf(k)?.body === "json");
  it.each(jsonRoutes)("%s", async (key) => {
    const spec = specOf(key) as RouteSpec;
    const path = (key.split(" ")[1] ?? "").replace(":id", idFor(spec));
    const seed = [...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7);
    const cases = [...jsonCases(spec.example), ...randomJsonCases(spec.example, seed, 8)];
    const problems = await fuzz(key, spec, [path], cases);
    if (path.includes("/api/") && key.includes(":id")) {
      // Ids that name nothing, or that lenient parsing would read as a real id, with a valid body.
      const bad = BAD_IDS.map((id) => (key.split(" ")[1] ?? "").replace(":id", id));
      const body = {
        name: "a valid body",
        body: JSON.stringify(spec.example ?? {}),
        type: "application/json",
      };
      problems.push(...(await fuzz(key, spec, bad, [body])));
    }
    expect(problems).toEqual([]);
  });
});

describe("endpoints that take a geometry refuse bad ones", () => {
  const geoRoutes = routes.filter((k) => specOf(k)?.withGeometry);
  it.each(geoRoutes)("%s", async (key) => {
    const spec = specOf(key) as RouteSpec;
    const path = (key.split(" ")[1] ?? "").replace(":id", idFor(spec));
    const geometries = key.includes("/presence") ? placeCases() : lineCases();
    const cases: Case[] = geometries.map((g) => ({
      name: g.name,
      body: JSON.stringify((spec.withGeometry as (g: unknown) => unknown)(g.geometry)),
      type: "application/json",
      ...(g.mentions ? { mentions: g.mentions } : {}),
    }));
    if (key.startsWith("POST /api/visits")) {
      // A point given as lon and lat fields.
      const point = (lon: number, lat: number) =>
        JSON.stringify({ kind: "contact_meeting", date: "2019-05-14", lon, lat });
      cases.push(
        {
          name: "a SWEREF point as lon, lat",
          body: point(387_000, 6_165_000),
          type: "application/json",
          mentions: /SWEREF 99 TM/,
        },
        {
          name: "a point out of range",
          body: point(13.2, 91),
          type: "application/json",
          mentions: /lat/,
        },
        {
          name: "a point outside every area",
          body: point(18.07, 59.33),
          type: "application/json",
          mentions: /none of the areas/,
        },
      );
    }
    expect(await fuzz(key, spec, [path], cases)).toEqual([]);
  });
});

describe("endpoints without a body refuse bad ids", () => {
  const noBody = routes.filter((k) => specOf(k)?.body === "none" && k.includes(":id"));
  it.each(noBody)("%s", async (key) => {
    const spec = specOf(key) as RouteSpec;
    const paths = BAD_IDS.map((id) => (key.split(" ")[1] ?? "").replace(":id", id));
    const cases: Case[] = [
      { name: "no body" },
      { name: "a garbage body", body: "\u0000\u00ff{", type: "application/json" },
    ];
    expect(await fuzz(key, spec, paths, cases)).toEqual([]);
  });
});

describe("endpoints that take no input ignore garbage and change nothing", () => {
  const garbage: Case[] = [
    { name: "a garbage body", body: "\u0000\u00ff{", type: "application/json" },
    {
      name: "a JSON body",
      body: JSON.stringify({ radius_m: 1, __proto__: { x: 1 } }),
      type: "application/json",
    },
  ];

  // Recomputing fills the coverage tables the first time (they are built lazily) and stamps
  // coverage_state with the time: compared after a first run, without the stamp.
  const sameData = digester(t.db, ["coverage_state"]);
  const inputless = routes.filter(
    (k) => specOf(k)?.body === "none" && !k.includes(":id") && k !== "POST /api/auth/logout",
  );
  it.each(inputless)("%s", async (key) => {
    const spec = specOf(key) as RouteSpec;
    const [method = "POST", path = ""] = key.split(" ");
    await send(t.as(spec.role).request, method, path, {});
    for (const c of garbage) {
      const before = sameData();
      const sent = await send(t.as(spec.role).request, method, path, c);
      expect(sent.status, sent.text).toBe(200);
      expect(sameData()).toBe(before);
      expect((await t.app.request("/api/health")).status).toBe(200);
    }
  });

  it("POST /api/auth/logout ends only the session it is sent with", async () => {
    const account = t.db
      .prepare("SELECT id FROM accounts WHERE username = 'test-planner'")
      .pluck()
      .get() as number;
    for (const c of garbage) {
      const s = t.auth.sessions.create(account, null);
      const before = digest();
      const res = await t.hono.request("/api/auth/logout", {
        method: "POST",
        headers: {
          cookie: `${SESSION_COOKIE}=${s.token}`,
          [CSRF_HEADER]: s.csrfToken,
          "Content-Type": c.type ?? "",
        },
        body: c.body as string,
      });
      expect(res.status).toBeLessThan(500);
      expect(digest()).toBe(before);
    }
    expect((await t.app.request("/api/visits")).status).toBe(200);
  });
});

describe("imports refuse bad files", () => {
  const importRoutes = routes.filter((k) => specOf(k)?.body === "import");
  const jobs = importRoutes.flatMap((key) => IMPORT_KINDS.map((kind) => [key, kind] as const));
  it.each(jobs)("%s (%s)", { timeout: 60_000 }, async (key, kind) => {
    const spec = specOf(key) as RouteSpec;
    const preview = key.endsWith("preview");
    const path = (key.split(" ")[1] ?? "").replace(":kind", kind);
    const geojson = importGeoJsonCases().map((c) =>
      kind === "visits" ? c : { ...c, mentions: /visits only/ },
    );
    // The 100 000-row file is sent to commit (the write) only: a preview reads it the same way.
    const csv = csvCases(kind).filter((c) => !(preview && c.name.includes("100 000 rows")));
    const cases = [...csv, ...geojson, ...jsonCases(undefined).slice(0, 9)];
    const problems = await fuzz(key, spec, [path], cases, { reportOk: preview });
    problems.push(
      ...(await fuzz(
        key,
        spec,
        [path.replace(kind, "nonsense")],
        [{ name: "an unknown kind", body: "a;b\n1;2\n", type: "text/csv" }],
      )),
    );
    expect(problems).toEqual([]);
  });

  it("POST /api/internal/presence/import", { timeout: 60_000 }, async () => {
    const key = "POST /api/internal/presence/import";
    const spec = specOf(key) as RouteSpec;
    const problems = await fuzz(
      key,
      spec,
      [`/api/internal/presence/import${spec.query}`],
      [...csvCases("presence"), ...jsonCases(undefined).slice(0, 9)],
    );
    // The dry_run parameter is required and checked.
    const ok = {
      name: "a good file with a bad dry_run",
      body: "starts_at,ends_at,actor,kind,area_id\n",
      type: "text/csv",
    };
    problems.push(
      ...(await fuzz(
        key,
        spec,
        ["/api/internal/presence/import", "/api/internal/presence/import?dry_run=yes"],
        [ok],
      )),
    );
    expect(problems).toEqual([]);
  });

  it("POST /api/area-boundaries/preview", { timeout: 60_000 }, async () => {
    const key = "POST /api/area-boundaries/preview";
    const spec = specOf(key) as RouteSpec;
    const problems = await fuzz(key, spec, ["/api/area-boundaries/preview"], boundaryCases());
    const ok = { name: "a bad query", body: "{}", type: "application/geo+json" };
    problems.push(
      ...(await fuzz(
        key,
        spec,
        [
          `/api/area-boundaries/preview?id_field=${"x".repeat(100)}`,
          "/api/area-boundaries/preview?colour=red",
        ],
        [ok],
      )),
    );
    expect(problems).toEqual([]);
  });
});

describe("the server keeps answering", () => {
  it("answers /api/health and a read after all of the above", async () => {
    expect((await t.app.request("/api/health")).status).toBe(200);
    expect((await t.app.request("/api/visits")).status).toBe(200);
  });
});
