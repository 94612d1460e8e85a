// GET /api/basemap/built_up: the built-up part of every area in the database, public and cached
// like the base map. The shipped file's parts for the shipped areas; after a boundary import, a
// part computed from the tätort layer for each replaced or added area, and none for a deleted one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { area as turfArea } from "@turf/area";
import { bbox } from "@turf/bbox";
import { bboxPolygon } from "@turf/bbox-polygon";
import { difference } from "@turf/difference";
import { featureCollection, feature as turfFeature } from "@turf/helpers";
import { intersect } from "@turf/intersect";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { afterAll, describe, expect, it } from "vitest";
import { MIN_PART_M2 } from "../../server/geo/built-up.ts";
import { collection, commit, feature, preview } from "../helpers/boundaries.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

type Polygonal = FeatureCollection<Polygon | MultiPolygon>;
const read = (rel: string) =>
  JSON.parse(readFileSync(join(EMBEDDED_DATA, rel), "utf8")) as Polygonal;
const file = read("areas-built-up.geojson");
const tatorter = read("basemap/tatorter.geojson").features;

const t = createTestApp(EMBEDDED_DATA);
afterAll(() => t.close());
const pub = t.as(null);

async function builtUp(headers: Record<string, string> = {}) {
  const res = await pub.request("/api/basemap/built_up", { headers });
  const body = res.status === 200 ? ((await res.json()) as Polygonal) : null;
  return { status: res.status, etag: res.headers.get("etag") ?? "", body };
}
const areaIds = () => t.db.prepare("SELECT id FROM areas ORDER BY id").pluck().all() as string[];
const dataVersion = () =>
  t.db.prepare("SELECT value FROM meta WHERE key = 'data_version'").pluck().get();
const partById = (fc: Polygonal | null, id: string) => fc?.features.find((f) => f.id === id);

/** m² of land inside the tätort polygons, tätort by tätort (they do not overlap). */
const tatortM2 = (g: Polygon) =>
  tatorter.reduce((s, tat) => {
    const x = intersect(featureCollection([turfFeature(g), tat]));
    return s + (x ? turfArea(x) : 0);
  }, 0);

describe("GET /api/basemap/built_up", () => {
  it("serves the shipped file's part for every area in the database, to the public, with an ETag", async () => {
    const first = await builtUp();
    expect(first.status).toBe(200);
    expect(first.body?.features.map((f) => f.id)).toEqual(areaIds());
    expect(first.body?.features).toHaveLength(57);
    expect(first.body?.features).toEqual(file.features);
    expect(first.etag).not.toBe("");
    expect((await builtUp({ "if-none-match": first.etag })).status).toBe(304);
  });

  it("keeps its ETag across a write that changes no boundary", async () => {
    const before = await builtUp();
    const versionBefore = dataVersion();
    const area = areaIds()[0];
    const res = await t.app.request("/api/visits", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        kind: "info_session",
        date: "2019-05-02",
        topic: "markdna",
        area_id: area,
      }),
    });
    expect(res.status).toBe(201);
    expect(dataVersion()).not.toBe(versionBefore);
    expect((await builtUp()).etag).toBe(before.etag);
  });

  it("answers for a replaced and a new boundary with their own part, computed from the tätort land", async () => {
    const before = await builtUp();
    // Central Norra replaced by its bounding box; a new area across the edge of Staffanstorp
    // tätort, about 8 % of it tätort land. The rest are kept as they are.
    const centralNorra = "12300709";
    const old = partById(before.body, centralNorra);
    const [w, s, e, n] = bbox(old as never);
    const box = bboxPolygon([w, s, e, n]).geometry;
    const edge = bboxPolygon([13.22, 55.62, 13.25, 55.64]).geometry;
    const upload = collection(
      feature({ kod: centralNorra, namn: "Central Norra" }, box),
      feature({ namn: "Kanten" }, edge),
    );
    const p = await preview(t, upload, "application/geo+json", "?keep_missing=true");
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    expect((await commit(t, p.body.token)).status).toBe(200);

    const after = await builtUp();
    expect(after.etag).not.toBe(before.etag);
    expect(after.body?.features.map((f) => f.id)).toEqual(areaIds());
    const newId = areaIds().find((id) => id.startsWith("ny-"));
    expect(newId).toBeDefined();

    for (const [id, area] of [
      [centralNorra, box],
      [newId ?? "", edge],
    ] as const) {
      const part = partById(after.body, id);
      expect(part, id).toBeDefined();
      if (!part) continue;
      expect(part.properties?.id).toBe(id);
      // Inside its new boundary (rounding to 7 decimals moves a vertex under 1 cm) …
      const outside = difference(featureCollection([part, turfFeature(area)]));
      expect(outside ? turfArea(outside) : 0).toBeLessThan(5);
      // … and as large as the boundary's land inside tätort polygons, less slivers.
      expect(Math.abs(turfArea(part) - tatortM2(area))).toBeLessThan(2 * MIN_PART_M2);
    }
    const kanten = partById(after.body, newId ?? "");
    const share = kanten ? turfArea(kanten) / turfArea(edge) : 0;
    expect(share).toBeGreaterThan(0.05);
    expect(share).toBeLessThan(0.12);
    // Every other area keeps the shipped part.
    for (const f of file.features.filter((f) => f.id !== centralNorra))
      expect(partById(after.body, String(f.id)), String(f.id)).toEqual(f);
  });

  it("leaves out a deleted area", async () => {
    const before = areaIds();
    const kanten = before.find((id) => id.startsWith("ny-")) ?? "";
    // All areas but the new one, as stored: it is missing from the file, nothing refers to it.
    const stored = t.db
      .prepare<[string], { id: string; geometry: string }>(
        // The planner's own kommun's: a boundary import replaces one kommun's areas.
        "SELECT id, geometry FROM areas WHERE id != ? AND kommun = '1230' ORDER BY id",
      )
      .all(kanten);
    const upload = collection(...stored.map((a) => feature({ kod: a.id }, JSON.parse(a.geometry))));
    const p = await preview(t, upload);
    expect(p.status, JSON.stringify(p.body)).toBe(200);
    expect((await commit(t, p.body.token)).body).toMatchObject({ deleted: 1 });
    const after = await builtUp();
    expect(after.body?.features.map((f) => f.id)).toEqual(before.filter((id) => id !== kanten));
  });
});

describe("GET /api/areas", () => {
  it("keeps its shape: no built-up fields on an area", async () => {
    const res = await t.app.request("/api/areas");
    const fc = (await res.json()) as Polygonal;
    for (const f of fc.features) {
      expect(Object.keys(f.properties ?? {}).filter((k) => /built/.test(k))).toEqual([]);
      expect(f.geometry.type).toMatch(/Polygon/);
    }
  });
});
