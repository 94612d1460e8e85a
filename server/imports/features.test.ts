import { describe, expect, it } from "vitest";
import { fromWgs84 } from "../geo/reproject.ts";
import { type AreaShape, createPlaces } from "../recording/places.ts";
import {
  cellOf,
  MAX_VERTICES_PER_FILE,
  placeOf,
  prepareFeatures,
  readFeatures,
} from "./features.ts";

// test/fixtures/data's areas: squares of 0.01° from lon 13.20 (Alfa, Beta, Gamma), lat 55.64–55.65.
const square = (id: string, name: string, west: number): AreaShape => {
  const east = west + 0.01;
  const ring = [
    [west, 55.64],
    [east, 55.64],
    [east, 55.65],
    [west, 55.65],
    [west, 55.64],
  ];
  return { id, name, geometry: { type: "Polygon", coordinates: [ring] } };
};
const places = createPlaces([
  square("12300001", "Alfa", 13.2),
  square("12300002", "Beta", 13.21),
  square("12300003", "Gamma", 13.22),
]);

const collection = (features: unknown[], extra: object = {}) =>
  JSON.stringify({ type: "FeatureCollection", ...extra, features });
const point = (coordinates: number[], properties: object) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});

function prepare(text: string) {
  const read = readFeatures(text);
  if (!read.ok) throw new Error(read.error.message);
  return prepareFeatures(read.file, places);
}

describe("cellOf", () => {
  it("writes property values as CSV cells", () => {
    expect(cellOf(null)).toBe("");
    expect(cellOf(12)).toBe("12");
    expect(cellOf(55.64)).toBe("55.64");
    expect(cellOf(["polis", "kommun"])).toBe("polis, kommun");
    expect(cellOf("Beta")).toBe("Beta");
  });
});

describe("placeOf", () => {
  it("gives a point's lon and lat and a line's route; no geometry gives nothing", () => {
    expect(placeOf({ type: "Point", coordinates: [13.2, 55.6, 12] }, "EPSG:4326")).toEqual({
      ok: true,
      given: { lon: 13.2, lat: 55.6 },
    });
    const line = {
      type: "LineString",
      coordinates: [
        [13.2, 55.6],
        [13.3, 55.7],
      ],
    };
    expect(placeOf(line, "EPSG:4326")).toEqual({ ok: true, given: { route: line } });
    expect(placeOf(null, "EPSG:4326")).toEqual({ ok: true, given: {} });
    expect(placeOf({ type: "Polygon", coordinates: [] }, "EPSG:4326")).toMatchObject({ ok: false });
  });

  it("reprojects SWEREF 99 TM to WGS 84 within 7 decimals", () => {
    const tm = fromWgs84({ type: "Polygon", coordinates: [[[13.2155, 55.6455]]] }, "EPSG:3006");
    const [x = 0, y = 0] = tm.type === "Polygon" ? (tm.coordinates[0]?.[0] ?? []) : [];
    const place = placeOf({ type: "Point", coordinates: [x, y] }, "EPSG:3006");
    expect(place.ok && place.given.lon).toBeCloseTo(13.2155, 6);
    expect(place.ok && place.given.lat).toBeCloseTo(55.6455, 6);
  });
});

describe("prepareFeatures", () => {
  it("maps Swedish and English properties like CSV columns, placing points and routes", () => {
    const route = [
      [13.2085, 55.6455],
      [13.2125, 55.6455],
      [13.2155, 55.6462],
    ];
    const plan = prepare(
      collection([
        point([13.2255, 55.6452], {
          Typ: "Informationsmöte",
          Datum: "5.11.2019",
          Ämne: "märk-DNA",
          Arrangörer: ["Polisen", "kommunen"],
          "Antal deltagare": 32,
        }),
        {
          type: "Feature",
          properties: { kind: "walk", date: "2019-11-12", participants: ["Polisen", "Boende"] },
          geometry: { type: "LineString", coordinates: route },
        },
        {
          type: "Feature",
          properties: { typ: "kontaktmöte", datum: "2019-12-03", område: "Alfa" },
          geometry: null,
        },
      ]),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toBe(3);
    expect(plan.records).toEqual([
      {
        line: 1,
        area_id: "12300003",
        area_name: "Gamma",
        data: {
          kind: "info_session",
          date: "2019-11-05",
          lon: 13.2255,
          lat: 55.6452,
          topic: "markdna",
          organisers: ["police", "municipality"],
          attendees: 32,
        },
        given: ["kind", "date", "topic", "organisers", "attendees"],
      },
      {
        line: 2,
        // Two of three vertices are in Beta.
        area_id: "12300002",
        area_name: "Beta",
        data: {
          kind: "safety_walk",
          date: "2019-11-12",
          route: { type: "LineString", coordinates: route },
          participants: ["Polisen", "Boende"],
        },
        given: ["kind", "date", "participants"],
      },
      {
        line: 3,
        area_id: "12300001",
        area_name: "Alfa",
        data: { kind: "contact_meeting", date: "2019-12-03", area_id: "12300001" },
        given: ["kind", "date", "area_id"],
      },
    ]);
  });

  it("reports every bad feature by its number with the CSV reasons", () => {
    const plan = prepare(
      collection([
        point([13.205, 55.645], { typ: "info", datum: "2019-01-01", ämne: "annat" }),
        point([13.3, 55.7], { typ: "info", datum: "2019-02-30", ämne: "annat" }),
        {
          type: "Feature",
          properties: { typ: "info", datum: "2019-01-01", färg: "röd" },
          geometry: { type: "Polygon", coordinates: [] },
        },
        point([13.205, 55.645], { typ: "vandring", datum: "2019-01-01", lon: 13.2 }),
        {
          type: "Feature",
          properties: { typ: "info", ämne: "annat" },
          geometry: {
            type: "LineString",
            coordinates: [
              [13.205, 55.645],
              [13.206, 55.645],
            ],
          },
        },
      ]),
    );
    expect(plan.records.map((r) => r.line)).toEqual([1]);
    expect(plan.errors.map((e) => [e.line, e.field, e.code, e.params])).toEqual([
      [2, "datum", "not_date", { value: "'2019-02-30'" }],
      [2, "geometry", "outside_areas", { point: "13.3, 55.7" }],
      [3, "geometry", "geometry_not_place", { type: "Polygon" }],
      [4, "lon", "place_is_geometry", {}],
      // A missing column and the feature's own problems, together.
      [5, "Datum", "missing_column", { column: "Datum", column_en: "Date" }],
      [
        5,
        "geometry",
        "not_for_kind",
        { kind: "informationsträff", kind_en: "information session" },
      ],
      [5, "Område", "give_place", {}],
    ]);
    expect(plan.errors[2]?.message).toBe(
      "a Polygon is not a place: use a Point (a session or meeting) or a LineString (a walk's route)",
    );
  });

  it("refuses a route on a session through the visit schema", () => {
    const plan = prepare(
      collection([
        {
          type: "Feature",
          properties: { typ: "info", datum: "2019-01-01", ämne: "annat" },
          geometry: {
            type: "LineString",
            coordinates: [
              [13.205, 55.645],
              [13.206, 55.645],
            ],
          },
        },
      ]),
    );
    expect(plan.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [1, "geometry", "not used for informationsträff"],
      [1, "Område", "give an area, or a point (lon and lat)"],
    ]);
  });
});

describe("readFeatures", () => {
  it("settles the CRS from the crs member or the coordinates", () => {
    const named = (name: string) => ({ crs: { type: "name", properties: { name } } });
    const tm = [point([387000, 6168000], {})];
    expect(readFeatures(collection(tm))).toMatchObject({ ok: true, file: { crs: "EPSG:3006" } });
    expect(readFeatures(collection(tm, named("urn:ogc:def:crs:EPSG::3006")))).toMatchObject({
      ok: true,
      file: { crs: "EPSG:3006" },
    });
    expect(readFeatures(collection([point([13.2, 55.6], {})]))).toMatchObject({
      ok: true,
      file: { crs: "EPSG:4326" },
    });
    expect(readFeatures(collection(tm, named("EPSG:4326")))).toMatchObject({ ok: false });
  });

  it("refuses what is not a FeatureCollection", () => {
    expect(readFeatures("{")).toMatchObject({ ok: false, error: { line: 0 } });
    expect(readFeatures('{"type":"Feature"}')).toMatchObject({
      ok: false,
      error: { message: "the file is not a GeoJSON FeatureCollection" },
    });
    expect(readFeatures(collection([]))).toMatchObject({ ok: false });
  });
});

describe("readFeatures limits", () => {
  it("refuses a file with more positions than MAX_VERTICES_PER_FILE", () => {
    const line = Array.from({ length: 5001 }, (_, i) => [13 + i / 1e6, 55.6]);
    const feature = {
      type: "Feature",
      properties: {},
      geometry: { type: "LineString", coordinates: line },
    };
    const features = Array.from({ length: 40 }, () => feature);
    const r = readFeatures(JSON.stringify({ type: "FeatureCollection", features }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.message).toBe(
        `the file has 200040 positions; at most ${MAX_VERTICES_PER_FILE}: simplify the routes or split the file`,
      );
  });
});
