// /api/imports/visits/preview and /commit with GeoJSON places (test/fixtures/geojson): two
// information sessions as Points and a safety walk as a LineString in the fixture areas (Alfa lon
// 13.20–13.21, Beta 13.21–13.22, Gamma 13.22–13.23, lat 55.64–55.65), the same file in SWEREF 99 TM
// made here with proj4, and a file with one bad feature in the middle. `line` is the feature number.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import proj4 from "proj4";
import { afterAll, describe, expect, it } from "vitest";
import { PROJ4_DEFS } from "../../server/geo/crs.ts";
import type { VisitDetail } from "../../server/visits/schema.ts";
import { importClient } from "../helpers/import-client.ts";
import { createTestApp } from "../helpers/test-app.ts";

const GEOJSON = join(import.meta.dirname, "..", "fixtures", "geojson");
const text = (name: string) => readFileSync(join(GEOJSON, name), "utf8");

const t = createTestApp();
afterAll(() => t.close());

const { upload, state } = importClient(t, "application/geo+json");

const ROUTE = [
  [13.2085, 55.6455],
  [13.2125, 55.6455],
  [13.2155, 55.6462],
  [13.2185, 55.6471],
];

/** The places fixture in SWEREF 99 TM metres, with or without a crs member saying so. */
function inSweref(withCrs: boolean): string {
  const fc = JSON.parse(text("places.geojson")) as {
    features: { geometry: { type: string; coordinates: number[] | number[][] } }[];
  };
  const tm = proj4("EPSG:4326", PROJ4_DEFS["EPSG:3006"]);
  for (const f of fc.features) {
    const g = f.geometry;
    g.coordinates =
      g.type === "Point"
        ? tm.forward(g.coordinates as number[])
        : (g.coordinates as number[][]).map((p) => tm.forward(p));
  }
  const crs = { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3006" } };
  return JSON.stringify(withCrs ? { ...fc, crs } : fc);
}

describe("places from a GeoJSON file", () => {
  it("previews the two sessions and the walk, placed by their geometry, and writes nothing", async () => {
    const before = state();
    const res = await upload("visits/preview", text("places.geojson"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: "visits",
      rows: 3,
      valid: 3,
      format: "geojson",
      crs: "EPSG:4326",
      error_count: 0,
      errors: [],
    });
    expect(res.body.sample.map((s) => [s.line, s.kind, s.date, s.area_id])).toEqual([
      [1, "info_session", "2019-11-05", "12300003"], // (13.2255, 55.6452): Gamma
      [2, "info_session", "2019-11-20", "12300001"], // (13.2035, 55.6431): Alfa
      [3, "safety_walk", "2019-11-12", "12300002"], // three of four vertices in Beta
    ]);
    expect(res.body.sample[0]).toMatchObject({
      lon: 13.2255,
      lat: 55.6452,
      topic: "markdna",
      organisers: ["police", "municipality"],
      attendees: 32,
      kits: 14,
    });
    expect(res.body.sample[1]).toMatchObject({
      topic: "grannsamverkan",
      organisers: ["police", "volunteers"],
      attendees: 18,
    });
    expect(res.body.sample[2]).toMatchObject({
      route: { type: "LineString", coordinates: ROUTE },
      participants: ["Polisen", "Boende"],
      organisers: ["police", "municipality"],
    });
    expect(state()).toEqual(before);
  });

  it("commits all three in one transaction with one audit row", async () => {
    const before = state();
    const res = await upload("visits/commit", text("places.geojson"), "application/json");
    expect(res.status).toBe(201);
    const firstId = res.body.first_id as number;
    expect(res.body).toEqual({
      kind: "visits",
      rows: 3,
      updated: 0,
      skipped: 0,
      imported: 3,
      first_id: firstId,
      last_id: firstId + 2,
    });
    expect(state()).toMatchObject({
      visits: before.visits + 3,
      kits: before.kits + 1, // the 14 kits handed out at the first session
      audit: before.audit + 1,
    });
    expect(state().version).not.toBe(before.version);
    const audit = t.db
      .prepare("SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")
      .get();
    expect(audit).toEqual({
      action: "import",
      entity: "visits",
      detail: `{"rows":3,"first_id":${firstId},"last_id":${firstId + 2},"format":"geojson","crs":"EPSG:4326"}`,
    });
    const walk = (await (await t.app.request(`/api/visits/${firstId + 2}`)).json()) as VisitDetail;
    expect(walk).toMatchObject({
      kind: "safety_walk",
      area_id: "12300002",
      route: { type: "LineString", coordinates: ROUTE },
    });
  });

  it("reads the same places in SWEREF 99 TM, with and without a crs member", async () => {
    for (const withCrs of [true, false]) {
      const res = await upload("visits/preview", inSweref(withCrs));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ rows: 3, valid: 3, crs: "EPSG:3006", error_count: 0 });
      expect(res.body.sample.map((s) => s.area_id)).toEqual(["12300003", "12300001", "12300002"]);
      expect(res.body.sample[0]?.lon).toBeCloseTo(13.2255, 6);
      expect(res.body.sample[0]?.lat).toBeCloseTo(55.6452, 6);
      const walk = res.body.sample[2] as { route: { coordinates: number[][] } };
      const route = walk.route.coordinates;
      route.forEach(([lon, lat], i) => {
        expect(lon).toBeCloseTo(ROUTE[i]?.[0] ?? 0, 6);
        expect(lat).toBeCloseTo(ROUTE[i]?.[1] ?? 0, 6);
      });
    }
    // The same three places were imported from the WGS 84 file above: already present, so by
    // default nothing is written; "add" imports them again all the same.
    const before = state();
    const again = await upload("visits/preview", inSweref(true));
    expect(again.body.matches).toEqual({ new: 0, same: 3, changed: 0 });
    const skip = await upload("visits/commit", inSweref(true));
    expect(skip.status).toBe(200);
    expect(skip.body).toMatchObject({ imported: 0, skipped: 3 });
    expect(state()).toEqual(before);
    const commit = await upload("visits/commit?existing=add", inSweref(true));
    expect(commit.status).toBe(201);
    expect(state()).toMatchObject({ visits: before.visits + 3, audit: before.audit + 1 });
  });

  it("accepts the file as a form upload named .geojson", async () => {
    const data = new FormData();
    data.append("file", new File([text("places.geojson")], "besok.geojson"));
    const res = await upload("visits/preview", data, "");
    expect(res.body).toMatchObject({ format: "geojson", valid: 3 });
  });
});

describe("a GeoJSON file with one bad feature in the middle", () => {
  const expected = [
    {
      line: 2,
      field: "Datum",
      code: "not_date",
      params: { value: "'2019-02-30'" },
      message: "'2019-02-30' is not a date: write YYYY-MM-DD, D/M/YYYY or D.M.YYYY",
    },
    {
      line: 2,
      field: "geometry",
      code: "outside_areas",
      params: { point: "13.3, 55.7" },
      message: "the point (13.3, 55.7) lies in none of the areas",
    },
  ];

  it("previews every error of the bad feature by its number", async () => {
    const res = await upload("visits/preview", text("places-felobjekt.geojson"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 3, valid: 2, error_count: 2 });
    expect(res.body.errors).toEqual(expected);
    expect(res.body.sample.map((s) => [s.line, s.area_id])).toEqual([
      [1, "12300002"],
      [3, "12300003"],
    ]);
  });

  it("imports nothing on commit: same rows, same data version", async () => {
    const before = state();
    const res = await upload("visits/commit", text("places-felobjekt.geojson"));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "invalid_import",
      message: "1 feature has errors: nothing was imported",
      fields: [
        { field: "Datum", message: `feature 2: ${expected[0]?.message}` },
        { field: "geometry", message: `feature 2: ${expected[1]?.message}` },
      ],
    });
    expect(res.body.errors).toEqual(expected);
    expect(state()).toEqual(before);
  });
});

describe("GeoJSON that cannot be imported", () => {
  it("answers broken JSON, a non-collection, a wrong CRS label and other kinds clearly", async () => {
    const broken = await upload("visits/preview", '{"type": "FeatureCollection",');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({ line: 0, field: "(file)" });
    expect(broken.body.errors[0]?.message).toMatch(/^the file cannot be read as JSON/);

    const feature = await upload("visits/preview", '{"type": "Feature"}');
    expect(feature.body.errors).toEqual([
      {
        line: 0,
        field: "(file)",
        code: "geojson_file",
        params: { detail: "the file is not a GeoJSON FeatureCollection" },
        message: "the file is not a GeoJSON FeatureCollection",
      },
    ]);

    const fc = JSON.parse(inSweref(false)) as object;
    const crs = { type: "name", properties: { name: "EPSG:4326" } };
    const label = await upload("visits/preview", JSON.stringify({ ...fc, crs }));
    expect(label.status).toBe(400);
    expect(label.body.errors[0]?.message).toMatch(/says WGS 84 but the coordinates/);

    const kits = await upload("dna-kits/preview", text("places.geojson"));
    expect(kits.status).toBe(400);
    expect(kits.body.errors[0]).toMatchObject({
      code: "geojson_visits_only",
      message: "GeoJSON is imported for visits only: send a CSV or .xlsx file",
    });
  });

  it("refuses a commit of a broken file without writing", async () => {
    const before = state();
    const res = await upload("visits/commit", '{"type": "FeatureCollection", "features": []}');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.message).toBe("the collection has no features");
    expect(state()).toEqual(before);
  });
});
