// /api/internal/presence over the fixture (Alfa 13.20–13.21 E, Beta 13.21–13.22 E, Gamma
// 13.22–13.23 E, all 55.64–55.65 N; one demo presence in Alfa on Wed 1 May 2019 20:00–20:30).
import { afterAll, describe, expect, it } from "vitest";
import type { PresenceItem, PresenceList } from "../../server/presence/types.ts";
import { type Answer, fieldsOf, internalApi } from "../helpers/internal-api.ts";
import { createTestApp, FIXTURE_DATA } from "../helpers/test-app.ts";

const t = createTestApp(FIXTURE_DATA, { role: "police" });
afterAll(() => t.close());

const ALFA = "12300001";
const BETA = "12300002";
const GAMMA = "12300003";

const api = internalApi(t.app);
const call = (method: string, path: string, body?: unknown, type?: string) =>
  api(method, `/presence${path}`, body, type);

const count = (sql: string) => t.db.prepare(sql).pluck().get() as number;
const fields = (a: Answer) => fieldsOf(a);

const patrol = {
  starts_at: "2019-06-02T21:30:00+02:00",
  ends_at: "2019-06-02T22:15:00+02:00",
  actor: "police",
  kind: "foot",
  place: { type: "Point", coordinates: [13.215, 55.645] },
  notes: "Synlig närvaro vid skolan",
};

describe("POST /api/internal/presence", () => {
  it("stores a presence in UTC with the areas it counts for, and audits it", async () => {
    const audits = count("SELECT COUNT(*) FROM audit_log WHERE entity = 'presence'");
    const res = await call("POST", "", patrol);
    expect(res.status).toBe(201);
    const p = res.body as PresenceItem;
    expect(p).toMatchObject({
      starts_at: "2019-06-02T19:30:00Z",
      ends_at: "2019-06-02T20:15:00Z",
      minutes: 45,
      actor: "police",
      kind: "foot",
      place: { type: "Point", coordinates: [13.215, 55.645] },
      area_id: BETA,
      counts_for: [BETA], // the middle of Beta is 314 m from Alfa and Gamma
      effective: true,
      notes: "Synlig närvaro vid skolan",
      demo: false,
    });
    expect(count("SELECT COUNT(*) FROM audit_log WHERE entity = 'presence'")).toBe(audits + 1);
    const audit = t.db
      .prepare("SELECT action, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .get();
    expect(audit).toMatchObject({ action: "create", entity_id: String(p.id) });
    expect((audit as { detail: string }).detail).not.toContain("skolan"); // notes stay out of the log
    expect((await call("GET", `/${p.id}`)).body).toEqual(p);
  });

  it("takes a route and an area as the place", async () => {
    const route = await call("POST", "", {
      ...patrol,
      place: {
        type: "LineString",
        coordinates: [
          [13.205, 55.645],
          [13.225, 55.645],
        ],
      },
    });
    expect(route.status).toBe(201);
    expect(route.body).toMatchObject({ area_id: ALFA, counts_for: [ALFA, BETA, GAMMA] });
    const area = await call("POST", "", {
      ...patrol,
      kind: "event",
      place: { type: "Area", area_id: GAMMA },
    });
    expect(area.body).toMatchObject({
      area_id: GAMMA,
      counts_for: [GAMMA],
      place: { type: "Area", area_id: GAMMA },
    });
  });

  it("answers bad input with a 400 naming every field, and stores nothing", async () => {
    const before = count("SELECT COUNT(*) FROM presence");
    const res = await call("POST", "", {
      starts_at: "2019-06-02 21:30",
      ends_at: "2019-06-31T22:00:00Z",
      actor: "sheriff",
      kind: "horse",
      place: { type: "Point", coordinates: [200, 55] },
      colour: "blue",
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(
      expect.arrayContaining([
        "starts_at",
        "ends_at",
        "actor",
        "kind",
        "place.coordinates.0",
        "colour",
      ]),
    );
    const reversed = await call("POST", "", { ...patrol, ends_at: "2019-06-02T21:00:00+02:00" });
    expect(fields(reversed)).toEqual(["ends_at"]);
    const far = await call("POST", "", {
      ...patrol,
      place: { type: "Point", coordinates: [13.3, 55.645] },
    });
    expect(far.body.error.fields).toEqual([
      {
        field: "place",
        code: "far_from_areas",
        params: { radius: 300 },
        message: "lies farther than 300 m from every area",
      },
    ]);
    const unknown = await call("POST", "", {
      ...patrol,
      place: { type: "Area", area_id: "99999999" },
    });
    expect(fields(unknown)).toEqual(["place.area_id"]);
    expect((await call("POST", "", "{not json")).status).toBe(400);
    expect(count("SELECT COUNT(*) FROM presence")).toBe(before);
  });
});

describe("PATCH and DELETE", () => {
  it("changes fields, keeps the rest, and soft-deletes", async () => {
    const created = (await call("POST", "", patrol)).body as PresenceItem;
    const patched = await call("PATCH", `/${created.id}`, {
      kind: "car",
      ends_at: "2019-06-02T21:35:00+02:00",
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      kind: "car",
      minutes: 5,
      effective: false,
      notes: patrol.notes,
    });
    const bad = await call("PATCH", `/${created.id}`, { starts_at: "2019-06-02T23:00:00+02:00" });
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(["starts_at"]);
    expect((await call("PATCH", `/${created.id}`, {})).status).toBe(400);

    expect((await call("DELETE", `/${created.id}`)).status).toBe(204);
    expect((await call("GET", `/${created.id}`)).status).toBe(404);
    expect((await call("DELETE", `/${created.id}`)).status).toBe(404);
    expect((await call("PATCH", `/${created.id}`, { kind: "car" })).status).toBe(404);
    const row = t.db.prepare("SELECT deleted_at FROM presence WHERE id = ?").get(created.id) as {
      deleted_at: string;
    };
    expect(row.deleted_at).toMatch(/^\d{4}-/);
    expect((await call("GET", "/abc")).status).toBe(400);
  });
});

describe("GET /api/internal/presence", () => {
  it("lists a period's presences newest first, filtered by the area they count for", async () => {
    const all = (await call("GET", "?from=2019-05-01&to=2019-05-01")).body as PresenceList;
    expect(all.items.map((p) => p.id)).toEqual([1]);
    expect(all.items[0]).toMatchObject({
      starts_at: "2019-05-01T18:00:00Z",
      area_id: ALFA,
      demo: true,
    });
    const june = (await call("GET", `?from=2019-06-01&to=2019-06-30&area_id=${GAMMA}`))
      .body as PresenceList;
    expect(june.items.every((p) => p.counts_for.includes(GAMMA))).toBe(true);
    expect(june.total).toBe(2); // the route and the area place
    expect((await call("GET", "?area_id=nope")).status).toBe(400);
    expect((await call("GET", "?limit=0")).status).toBe(400);
    expect((await call("GET", "?from=2019-13-01")).status).toBe(400);
  });

  it("answers a repeated GET with 304 until the data changes", async () => {
    const first = await call("GET", "?from=2019-05-01&to=2019-05-31");
    const etag = first.etag ?? "";
    const again = await t.app.request("/api/internal/presence?from=2019-05-01&to=2019-05-31", {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
  });
});

describe("privacy", () => {
  it("never puts presence or lägesbild details in a public, area or OGC response", async () => {
    const marker = await call("POST", "", {
      ...patrol,
      starts_at: "2019-06-03T21:17:00+02:00",
      ends_at: "2019-06-03T21:58:00+02:00",
      place: { type: "Point", coordinates: [13.2071234, 55.6431234] },
      notes: "HEMLIG-NÄRVARO-7Q",
    });
    expect(marker.status).toBe(201);
    const secrets = [
      "HEMLIG-NÄRVARO-7Q",
      "13.2071234",
      "55.6431234",
      "2019-06-03T19:17",
      "Inbrott i villaområdet",
    ];
    const paths = t.hono.routes
      .filter((r) => r.method === "GET" && /^\/(api\/(public|areas|meta)|ogc)(\/|$)/.test(r.path))
      .map((r) => r.path.replace(/:[a-zA-Z]+/g, ALFA));
    expect(paths).toEqual(expect.arrayContaining(["/api/areas", `/api/areas/${ALFA}`]));
    for (const path of new Set(paths)) {
      for (const query of ["", "?from=2019-01-01&to=2019-12-31"]) {
        const text = await (await t.app.request(`${path}${query}`)).text();
        for (const s of secrets) expect(text, `${path}${query}`).not.toContain(s);
      }
    }
  });
});
