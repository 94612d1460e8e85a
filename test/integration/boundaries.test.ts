// Area-boundary import: preview writes nothing, commit replaces geometry in one audited
// transaction, SWEREF 99 TM input lands where it should, and one bad feature stops everything.
// Fixture areas: Alfa 12300001 (13.20–13.21 E), Beta 12300002 (13.21–13.22), Gamma 12300003
// (13.22–13.23), all 55.64–55.65 N; rows refer to each (to Gamma at least its burglary row).
import { afterAll, describe, expect, it } from "vitest";
import type { AreaCollection } from "../../server/areas/types.ts";
import {
  fromWgs84,
  metresBetween,
  type PolygonGeometry,
  polygonsOf,
} from "../../server/geo/reproject.ts";
import {
  collection,
  commit,
  feature,
  fixture,
  preview,
  square,
  state,
  statuses,
} from "../helpers/boundaries.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

describe("preview of the real SWEREF 99 TM samples against the embedded areas", () => {
  const t = createTestApp(EMBEDDED_DATA);
  afterAll(() => t.close());

  it("finds the three valdistrikt unchanged (within 0.5 m) and writes nothing", async () => {
    const before = state(t);
    for (const [body, type, source] of [
      [fixture("valdistrikt-sweref99tm.geojson"), "application/geo+json", "crs-member"],
      [fixture("valdistrikt-sweref99tm-shp.zip"), "application/zip", "prj"],
      [fixture("valdistrikt-latin1-noprj-shp.zip"), "application/octet-stream", "coordinates"],
    ] as const) {
      const { status, body: p } = await preview(t, body, type);
      expect(status, JSON.stringify(p)).toBe(200);
      expect([p.crs_detected, p.crs_name, p.crs_source, p.features, p.errors]).toEqual([
        "EPSG:3006",
        "SWEREF 99 TM",
        source,
        3,
        [],
      ]);
      expect(p.areas.slice(0, 3).map((a) => [a.id, a.name, a.status, a.matched_by])).toEqual([
        ["12300702", "Borggård", "unchanged", "id"],
        ["12300703", "Central Södra", "unchanged", "id"],
        ["12300704", "Bråhög", "unchanged", "id"],
      ]);
      const missing = p.areas.slice(3);
      expect(missing).toHaveLength(14);
      for (const a of missing)
        expect([a.status, a.action]).toEqual([
          "missing",
          (a.references ?? 0) > 0 ? "keep" : "delete",
        ]);
      expect(p.token).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(state(t)).toEqual(before);
  });
});

describe("preview and commit on the fixture", () => {
  const t = createTestApp();
  afterAll(() => t.close());
  const moved = square(13.201); // Alfa shifted 0.001° (about 63 m) east

  it("commits: changed geometry replaced, new area added, missing area with activity kept, audited", async () => {
    const file = collection(
      feature({ kod: "12300001", namn: "Alfa" }, moved),
      feature({ namn: "Beta" }, square(13.21)),
      feature({ kod: "12300004", namn: "Delta" }, square(13.23)),
    );
    const before = state(t);
    const { status, body: p } = await preview(t, file);
    expect(status).toBe(200);
    expect(statuses(p)).toEqual([
      ["12300001", "changed", "update"],
      ["12300002", "unchanged", "none"],
      ["12300004", "new", "insert"],
      ["12300003", "missing", "keep"],
    ]);
    expect(p.areas[1]?.matched_by).toBe("name");
    expect(state(t)).toEqual(before);

    const done = await commit(t, p.token);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      committed: true,
      added: 1,
      changed: 1,
      unchanged: 1,
      deleted: 0,
      kept: 1,
    });
    const after = state(t);
    expect(after.areas).toBe(before.areas + 1);
    expect(after.audits).toBe(before.audits + 1);
    expect(Number(after.version)).toBeGreaterThan(Number(before.version));

    const fc = (await (await t.app.request("/api/areas")).json()) as AreaCollection;
    const alfa = fc.features.find((f) => f.id === "12300001");
    expect(alfa?.geometry.coordinates[0]?.[0]).toEqual([13.201, 55.64]);
    expect(alfa?.properties.watch_status).toBe("active"); // the activity stays with the stable id
    expect(fc.features.find((f) => f.id === "12300004")?.properties).toMatchObject({
      name: "Delta",
      locality: "Okänd",
      households: 0,
      households_method: "unknown-boundary-import",
    });
    const audit = t.db
      .prepare("SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .get() as {
      action: string;
      entity: string;
      detail: string;
    };
    expect([audit.action, audit.entity]).toEqual(["import", "areas"]);
    expect(JSON.parse(audit.detail)).toMatchObject({
      added: ["12300004"],
      changed: ["12300001"],
      unchanged: 1,
      deleted: [],
      kept: ["12300003"],
    });

    const again = await commit(t, p.token);
    expect([again.status, again.body.error?.code, again.body.error?.fields[0]?.field]).toEqual([
      400,
      "invalid_token",
      "token",
    ]);
  });

  it("deletes a missing area nothing refers to, unless keep_missing", async () => {
    const withoutDelta = collection(
      feature({ kod: "12300001" }, moved),
      feature({ kod: "12300002" }, square(13.21)),
      feature({ kod: "12300003" }, square(13.22)),
    );
    const kept = await preview(t, withoutDelta, "application/json", "?keep_missing=true");
    expect(kept.body.areas.at(-1)).toMatchObject({
      id: "12300004",
      status: "missing",
      action: "keep",
      references: 0,
    });
    const { body: p } = await preview(t, withoutDelta);
    expect(statuses(p).at(-1)).toEqual(["12300004", "missing", "delete"]);
    expect((await commit(t, p.token)).body).toMatchObject({ deleted: 1, unchanged: 3 });
    expect(t.db.prepare("SELECT COUNT(*) FROM areas WHERE id = '12300004'").pluck().get()).toBe(0);
  });

  it("refuses a commit when the areas changed after the preview", async () => {
    const { body: p } = await preview(t, collection(feature({ kod: "12300001" }, square(13.2))));
    expect(statuses(p)[0]).toEqual(["12300001", "changed", "update"]);
    t.db
      .prepare("UPDATE areas SET geometry = ? WHERE id = '12300001'")
      .run(JSON.stringify(square(13.2)));
    const res = await commit(t, p.token);
    expect([res.status, res.body.error?.code]).toEqual([409, "conflict"]);
  });

  it("reprojects SWEREF 99 TM input to within 0.5 m of where it belongs", async () => {
    const sweref = fromWgs84(square(13.202), "EPSG:3006");
    const file = JSON.stringify({
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3006" } },
      features: [feature({ id: "12300001" }, sweref)],
    });
    const { body: p } = await preview(t, file, "application/geo+json", "?keep_missing=true");
    expect([p.crs_detected, p.crs_source]).toEqual(["EPSG:3006", "crs-member"]);
    expect((await commit(t, p.token)).status).toBe(200);
    const stored = JSON.parse(
      t.db.prepare("SELECT geometry FROM areas WHERE id = '12300001'").pluck().get() as string,
    ) as PolygonGeometry;
    const want = polygonsOf(square(13.202)).flat(2);
    const got = polygonsOf(stored).flat(2);
    for (const p of got)
      expect(Math.min(...want.map((q) => metresBetween(p, q)))).toBeLessThan(0.5);
  });
});
