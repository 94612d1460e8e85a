import { area as turfArea } from "@turf/area";
import { bboxPolygon } from "@turf/bbox-polygon";
import { feature as turfFeature } from "@turf/helpers";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { builtUpGeometry, builtUpParts, MIN_PART_M2, tatortLand } from "./built-up.ts";
import { isCleanPolygon } from "./round.ts";

/** A rectangle from (w, s) to (e, n), in degrees. */
const rect = (w: number, s: number, e: number, n: number) => bboxPolygon([w, s, e, n]).geometry;
const m2 = (g: Polygon | ReturnType<typeof builtUpGeometry>) => (g ? turfArea(turfFeature(g)) : 0);
const options = { decimals: 7 };

// 0.01° × 0.01° at 55.64 N is about 628 m × 1 112 m.
const area = rect(13.2, 55.64, 13.21, 55.65);

describe("builtUpGeometry", () => {
  it("is the area's land inside the tätort: the west half when the tätort covers the west half", () => {
    const land = tatortLand([rect(13.19, 55.63, 13.205, 55.66)]);
    const part = builtUpGeometry(area, land, options);
    expect(part).toEqual(rect(13.2, 55.64, 13.205, 55.65));
    expect(m2(part) / m2(area)).toBeCloseTo(0.5, 3);
  });

  it("is null for an area with no tätort land, and for one that only touches a tätort", () => {
    expect(
      builtUpGeometry(area, tatortLand([rect(13.3, 55.64, 13.31, 55.65)]), options),
    ).toBeNull();
    expect(
      builtUpGeometry(area, tatortLand([rect(13.21, 55.64, 13.22, 55.65)]), options),
    ).toBeNull();
    expect(builtUpGeometry(area, tatortLand([]), options)).toBeNull();
  });

  it("drops pieces smaller than the threshold and keeps larger ones", () => {
    // A 0.0001° × 0.01° strip (about 6 m × 1 112 m = 7 000 m²) and a 0.0002° square (about 280 m²).
    const strip = rect(13.2, 55.64, 13.2001, 55.65);
    const speck = rect(13.2098, 55.6498, 13.21, 55.65);
    expect(m2(speck)).toBeLessThan(MIN_PART_M2);
    const part = builtUpGeometry(area, tatortLand([strip, speck]), options);
    expect(part).toEqual(strip);
    expect(builtUpGeometry(area, tatortLand([speck]), options)).toBeNull();
    // The threshold is an option: a larger one drops the strip too.
    expect(
      builtUpGeometry(area, tatortLand([strip]), { ...options, minPartM2: 10_000 }),
    ).toBeNull();
  });

  it("merges tätorter that touch into one valid polygon rather than two that share an edge", () => {
    const land = tatortLand([
      rect(13.19, 55.63, 13.205, 55.66),
      rect(13.205, 55.63, 13.208, 55.66),
    ]);
    const part = builtUpGeometry(area, land, options);
    expect(part?.type).toBe("Polygon");
    expect(part && isCleanPolygon(part)).toBe(true);
    expect(m2(part) / m2(area)).toBeCloseTo(0.8, 3);
  });

  it("keeps separate tätorter as the parts of one MultiPolygon", () => {
    const land = tatortLand([
      rect(13.19, 55.63, 13.202, 55.66),
      rect(13.208, 55.63, 13.218, 55.66),
    ]);
    const part = builtUpGeometry(area, land, options);
    expect(part?.type).toBe("MultiPolygon");
    expect(m2(part) / m2(area)).toBeCloseTo(0.4, 3);
  });

  it("rounds to the given decimals", () => {
    const land = tatortLand([rect(13.19, 55.63, 13.2051234568, 55.66)]);
    const part = builtUpGeometry(area, land, { decimals: 5 });
    const xs = (part as Polygon).coordinates.flat().map((p) => p[0] as number);
    expect(xs).toContain(13.20512);
  });
});

describe("builtUpParts", () => {
  it("has one feature per area with built-up land, id = the area's id, sorted by id", () => {
    const land = tatortLand([rect(13.19, 55.63, 13.215, 55.66)]);
    const parts = builtUpParts(
      [
        { id: "b", geometry: rect(13.21, 55.64, 13.22, 55.65) },
        { id: "a", geometry: area },
        { id: "c", geometry: rect(13.3, 55.64, 13.31, 55.65) },
      ],
      land,
      options,
    );
    expect(parts.map((p) => [p.id, p.properties.id])).toEqual([
      ["a", "a"],
      ["b", "b"],
    ]);
    expect(parts[0]?.geometry).toEqual(area);
    expect(parts[1]?.geometry).toEqual(rect(13.21, 55.64, 13.215, 55.65));
    expect(Object.keys(parts[0] ?? {})).toEqual(["type", "id", "properties", "geometry"]);
  });
});
