import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { describe, expect, it } from "vitest";
import type { AreaCollection, AreaFeature, AreaProperties } from "../../server/areas/types.ts";
import { initialBounds, interiorPoint, joinBuiltUp, labelPoint } from "./built-up.ts";

/** A rectangle from (w, s) to (e, n), in degrees. */
const rect = (w: number, s: number, e: number, n: number) => bboxPolygon([w, s, e, n]).geometry;

const area = (id: string, geometry: GeoJSON.Polygon, props: Partial<AreaProperties>) =>
  ({
    type: "Feature",
    id,
    geometry,
    properties: { id, name: id, watch_status: "none", watch_coverage: 0, ...props },
  }) as AreaFeature;

// A town area fully built up, a rural one with a small built-up corner, one with no part.
const town = area("town", rect(13.2, 55.64, 13.21, 55.65), { watch_coverage: 0.6 });
const rural = area("rural", rect(13.21, 55.6, 13.3, 55.65), { watch_status: "active" });
const empty = area("empty", rect(13.3, 55.6, 13.4, 55.65), {});
const areas = {
  type: "FeatureCollection",
  period: { from: "2019-01-01", to: "2019-12-31" },
  demo: false,
  features: [town, rural, empty],
} as AreaCollection;
const corner = rect(13.21, 55.64, 13.22, 55.65);
const parts: GeoJSON.FeatureCollection = {
  type: "FeatureCollection",
  features: [
    // Out of order, one identified only by its property, one for an area not on the map.
    { type: "Feature", id: "rural", properties: { id: "rural" }, geometry: corner },
    { type: "Feature", properties: { id: "town" }, geometry: town.geometry as GeoJSON.Polygon },
    { type: "Feature", id: "gone", properties: { id: "gone" }, geometry: corner },
  ],
};

describe("joinBuiltUp", () => {
  it("gives each built-up part its area's id and figures, in the areas' order", () => {
    const joined = joinBuiltUp(areas, parts);
    expect(joined.features.map((f) => f.id)).toEqual(["town", "rural"]);
    expect(joined.features[0]?.properties).toBe(town.properties);
    expect(joined.features[0]?.properties?.watch_coverage).toBe(0.6);
    expect(joined.features[1]?.properties?.watch_status).toBe("active");
    expect(joined.features[1]?.geometry).toBe(corner);
  });

  it("is empty until both the areas and the parts are there", () => {
    expect(joinBuiltUp(undefined, parts).features).toEqual([]);
    expect(joinBuiltUp(areas, undefined).features).toEqual([]);
  });

  it("follows new figures: joined again, the parts carry the areas' new values", () => {
    const later = {
      ...areas,
      features: [area("town", town.geometry as GeoJSON.Polygon, { watch_coverage: 0.9 })],
    };
    expect(joinBuiltUp(later, parts).features[0]?.properties?.watch_coverage).toBe(0.9);
  });
});

describe("initialBounds", () => {
  it("is the bounding box of the built-up parts, not of the whole areas", () => {
    expect(initialBounds(areas, joinBuiltUp(areas, parts))).toEqual([13.2, 55.64, 13.22, 55.65]);
  });

  it("falls back to the whole areas when no area has a part", () => {
    expect(initialBounds(areas, joinBuiltUp(areas, undefined))).toEqual([13.2, 55.6, 13.4, 55.65]);
    expect(initialBounds({ ...areas, features: [] }, joinBuiltUp(undefined, undefined))).toBeNull();
  });
});

describe("interiorPoint", () => {
  it("is the middle of the widest stretch inside, along the middle parallel", () => {
    expect(interiorPoint(rect(0, 0, 4, 2).coordinates)).toEqual([2, 1]);
  });

  it("is inside a C shape whose centre is outside it", () => {
    // A C open to the east: its bounding box's centre (2, 2) lies in the gap.
    const c: GeoJSON.Polygon = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 1],
          [1, 1],
          [1, 3],
          [4, 3],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ],
    };
    const p = interiorPoint(c.coordinates);
    expect(p).toEqual([0.5, 2]);
    expect(booleanPointInPolygon(p, c)).toBe(true);
  });

  it("stays out of a hole", () => {
    const donut = rect(0, 0, 10, 2).coordinates.concat(rect(2, 0.5, 9, 1.5).coordinates);
    expect(interiorPoint(donut)).toEqual([1, 1]);
  });
});

describe("labelPoint", () => {
  const joined = joinBuiltUp(areas, parts);
  it("is inside the built-up part where the area has one", () => {
    expect(booleanPointInPolygon(labelPoint(rural, joined), corner)).toBe(true);
  });

  it("is inside the largest piece of a part in several pieces, away from its edge", () => {
    const small = rect(13.25, 55.6, 13.251, 55.601);
    const big = rect(13.22, 55.62, 13.24, 55.64);
    const split = joinBuiltUp(areas, {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "rural",
          properties: {},
          geometry: { type: "MultiPolygon", coordinates: [small.coordinates, big.coordinates] },
        },
      ],
    });
    const [lon, lat] = labelPoint(rural, split);
    expect(lon).toBeCloseTo(13.23, 9);
    expect(lat).toBeCloseTo(55.63, 9);
  });
  it("is inside the area where it has none", () => {
    expect(booleanPointInPolygon(labelPoint(empty, joined), empty.geometry)).toBe(true);
  });
});
