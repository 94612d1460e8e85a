import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feature, square } from "../../test/helpers/boundaries.ts";
import { metresBetween, type PolygonGeometry, polygonsOf } from "../geo/reproject.ts";
import {
  MAX_FEATURES,
  MAX_VERTICES_PER_FILE,
  type ParsedFile,
  parseBoundaryFile,
} from "./parse.ts";

const root = join(import.meta.dirname, "..", "..");
const fixture = (name: string) => readFileSync(join(root, "test/fixtures/boundaries", name));
const real = JSON.parse(readFileSync(join(root, "data/areas.geojson"), "utf8")) as {
  features: { properties: { id: string }; geometry: PolygonGeometry }[];
};
const swerefDoc = () =>
  JSON.parse(fixture("valdistrikt-sweref99tm.geojson").toString()) as {
    crs?: unknown;
    features: { type: string; properties: Record<string, unknown>; geometry: unknown }[];
  };
const geojson = (doc: unknown, idField?: string) =>
  parseBoundaryFile("geojson", Buffer.from(JSON.stringify(doc)), { idField });
const ok = (r: ParsedFile) => {
  if (!r.ok) throw new Error(r.message);
  return r;
};

/** Largest distance from the real WGS84 area, vertex set against vertex set (rings may start elsewhere). */
function maxErrorFromReal(id: string | null, g: PolygonGeometry): number {
  const original = real.features.find((f) => f.properties.id === id);
  if (!original) throw new Error(`no real area ${id}`);
  const want = polygonsOf(original.geometry).flat(2);
  return Math.max(
    ...polygonsOf(g)
      .flat(2)
      .map((p) => Math.min(...want.map((q) => metresBetween(p, q)))),
  );
}

describe("parseBoundaryFile: real SWEREF 99 TM samples", () => {
  it("reprojects the GeoJSON fixture onto the real valdistrikt within 0.5 m", () => {
    const r = ok(geojson(swerefDoc()));
    expect([r.crs, r.crsSource, r.features, r.errors]).toEqual(["EPSG:3006", "crs-member", 3, []]);
    expect(r.areas.map((a) => [a.id, a.name, a.area_km2])).toEqual([
      ["12300702", "Borggård", 0.77],
      ["12300703", "Central Södra", 0.36],
      ["12300704", "Bråhög", 0.28], // area_km2 as data/areas.geojson has them
    ]);
    for (const a of r.areas) expect(maxErrorFromReal(a.id, a.geometry)).toBeLessThan(0.5);
  });

  it("tells SWEREF from the coordinates when the crs member is absent", () => {
    const { crs: _crs, ...doc } = swerefDoc();
    expect(ok(geojson(doc))).toMatchObject({ crs: "EPSG:3006", crsSource: "coordinates" });
  });

  it("reads the zipped Shapefile with its .prj, and the Latin-1 one without", () => {
    const shp = ok(parseBoundaryFile("zip", fixture("valdistrikt-sweref99tm-shp.zip")));
    expect([shp.crs, shp.crsSource]).toEqual(["EPSG:3006", "prj"]);
    for (const a of shp.areas) expect(maxErrorFromReal(a.id, a.geometry)).toBeLessThan(0.5);
    const latin1 = ok(parseBoundaryFile("zip", fixture("valdistrikt-latin1-noprj-shp.zip")));
    expect([latin1.crs, latin1.crsSource]).toEqual(["EPSG:3006", "coordinates"]);
    expect(latin1.areas.map((a) => a.name)).toEqual(["Borggård", "Central Södra", "Bråhög"]);
  });

  it("rejects SWEREF coordinates labelled as WGS 84", () => {
    const doc = {
      ...swerefDoc(),
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
    };
    const r = geojson(doc);
    expect(r).toMatchObject({ ok: false, field: "crs" });
    expect(!r.ok && r.message).toMatch(
      /says WGS 84 but the coordinates \(e\.g\. 386513, 6167541\)/,
    );
  });
});

describe("parseBoundaryFile: bad features", () => {
  it("reports every bad feature by index and reason, keeping the good ones apart", () => {
    const bowTie = {
      type: "Polygon",
      coordinates: [
        [
          [13.2, 55.64],
          [13.21, 55.65],
          [13.21, 55.64],
          [13.2, 55.65],
          [13.2, 55.64],
        ],
      ],
    };
    const doc = {
      type: "FeatureCollection",
      features: [
        feature({ id: "a", name: "A" }, square(13.2)),
        feature({ id: "b" }, { type: "Point", coordinates: [13.2, 55.6] }),
        feature({ id: "c" }, bowTie),
        feature({ id: "d" }, square(18.0, 59.3)),
        feature({ note: "x" }, square(13.3)),
        feature({ id: "a" }, square(13.4)),
        { type: "Topology" },
      ],
    };
    const r = ok(geojson(doc));
    expect(r.areas.map((a) => a.id)).toEqual(["a"]);
    expect(r.errors.map((e) => [e.index, e.id, e.reason.replace(/ \(.*$| near.*$/, "")])).toEqual([
      [1, "b", "geometry must be a Polygon or MultiPolygon, not Point"],
      [2, "c", "a ring crosses itself or another ring"],
      [3, "d", "lies outside Skåne"],
      [4, null, "no id"],
      [5, "a", "id 'a' is also used by feature 0"],
      [6, null, "is not a GeoJSON Feature"],
    ]);
  });

  it("uses a configured id field", () => {
    const doc = {
      type: "FeatureCollection",
      features: [feature({ id: "x", OBJEKT_ID: 42 }, square(13.2))],
    };
    expect(ok(geojson(doc, "objekt_id")).areas[0]?.id).toBe("42");
  });
});

describe("parseBoundaryFile: whole-file problems", () => {
  it("names what is wrong with the file", () => {
    const bad = (kind: "geojson" | "zip", text: string) =>
      parseBoundaryFile(kind, Buffer.from(text));
    expect(bad("geojson", "{")).toMatchObject({
      ok: false,
      field: "(body)",
      message: "the file is not valid JSON",
    });
    expect(bad("geojson", '{"type":"Polygon"}')).toMatchObject({
      ok: false,
      message: /FeatureCollection/,
    });
    expect(bad("geojson", '{"type":"FeatureCollection","features":[]}')).toMatchObject({
      message: "the file has no features",
    });
    expect(bad("zip", "PK but not really")).toMatchObject({
      ok: false,
      field: "(body)",
      message: /not a zip file/,
    });
    const epsg3857 = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "EPSG:3857" } },
      features: [],
    };
    expect(geojson(epsg3857)).toMatchObject({
      ok: false,
      field: "crs",
      message: /unsupported coordinate system/,
    });
  });

  it("caps features and vertices", () => {
    const many = {
      type: "FeatureCollection",
      features: Array.from({ length: MAX_FEATURES + 1 }, () => feature({}, square(13.2))),
    };
    expect(geojson(many)).toMatchObject({
      ok: false,
      message: `the file has ${MAX_FEATURES + 1} features; at most ${MAX_FEATURES}`,
    });
    const ring = Array.from({ length: 9_000 }, (_, i) => [
      13.2 + 0.01 * Math.cos(i / 1433),
      55.64 + 0.01 * Math.sin(i / 1433),
    ]);
    const big = feature({}, { type: "Polygon", coordinates: [[...ring, ring[0]]] });
    const heavy = { type: "FeatureCollection", features: Array.from({ length: 6 }, () => big) };
    expect(geojson(heavy)).toMatchObject({
      ok: false,
      message: `the file has 54006 vertices; at most ${MAX_VERTICES_PER_FILE}: simplify the boundaries`,
    });
  });
});
