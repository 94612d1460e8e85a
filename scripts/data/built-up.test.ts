// Checks data/areas-built-up.geojson against the shipped areas and tätort layer it is built from.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { area as turfArea } from "@turf/area";
import { bbox } from "@turf/bbox";
import { bboxPolygon } from "@turf/bbox-polygon";
import { booleanIntersects } from "@turf/boolean-intersects";
import { difference } from "@turf/difference";
import { flatten } from "@turf/flatten";
import { featureCollection } from "@turf/helpers";
import { length } from "@turf/length";
import { polygonToLine } from "@turf/polygon-to-line";
import { union } from "@turf/union";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { builtUpParts, MIN_PART_M2, tatortLand } from "../../server/geo/built-up.ts";
import { isCleanPolygon } from "../../server/geo/round.ts";
import { landByTatort, type Poly } from "./overlay.ts";
import { featureCollectionText } from "./text.ts";

const DATA = join(import.meta.dirname, "..", "..", "data");
const text = (rel: string) => readFileSync(join(DATA, rel), "utf8");
const read = (rel: string) => JSON.parse(text(rel)) as FeatureCollection<Polygon | MultiPolygon>;
const areas = read("areas.geojson").features;
const tatorter = read("basemap/tatorter.geojson").features;
const parts = read("areas-built-up.geojson").features;
const partOf = new Map(parts.map((p) => [String(p.id), p]));
const kommuner = (
  JSON.parse(text("kommuner.json")) as {
    kommuner: { code: string; coordinate_decimals: number; built_up_areas: number }[];
  }
).kommuner;

/** m² of `a` outside `b`. */
const outsideM2 = (a: Poly, b: Poly) => {
  const d = difference(featureCollection([a, b]));
  return d ? turfArea(d) : 0;
};
/** The tätort polygons near a part, as one. */
const landNear = (p: Poly) => {
  const near = tatorter.filter((t) => booleanIntersects(t, bboxPolygon(bbox(p))));
  return (near.length === 1 ? near[0] : union(featureCollection(near))) as Poly;
};
/** Length of a polygon's rings, m. */
const edgeM = (p: Poly) =>
  flatten(p).features.reduce(
    (s, f) => s + length(polygonToLine(f) as never, { units: "meters" }),
    0,
  );
/** The area's land inside tätort polygons, summed tätort by tätort (they do not overlap). */
const tatortM2 = (area: Feature<Polygon | MultiPolygon>) =>
  landByTatort(area, tatorter).reduce((s, x) => s + x, 0);

// Geometry over all 57 areas: seconds of CPU, more on a loaded machine.
describe("data/areas-built-up.geojson", { timeout: 60_000 }, () => {
  it("is what the build makes from the shipped areas and tätort layer, byte for byte", () => {
    // Each kommun at the precision its areas were written with (data/kommuner.json).
    const land = tatortLand(tatorter.map((t) => t.geometry));
    const again = kommuner.flatMap((k) =>
      builtUpParts(
        areas
          .filter((a) => a.properties?.kommun === k.code)
          .map((a) => ({ id: String(a.id), geometry: a.geometry })),
        land,
        { decimals: k.coordinate_decimals },
      ),
    );
    expect(featureCollectionText(again)).toBe(text("areas-built-up.geojson"));
  });

  it("has one valid part per area with tätort land, each inside its area and inside tätort land", () => {
    const ids = areas.map((a) => String(a.id));
    expect(parts.map((p) => String(p.id))).toEqual(ids.filter((id) => partOf.has(id)));
    for (const area of areas) {
      const part = partOf.get(String(area.id));
      // Every area with more tätort land than a sliver has a part (here: all 57).
      if (tatortM2(area) >= MIN_PART_M2) expect(part, String(area.id)).toBeDefined();
      if (!part) continue;
      expect(part.properties?.id).toBe(area.id);
      expect(isCleanPolygon(part.geometry), String(area.id)).toBe(true);
      // Rounding to 6 decimals moves a vertex by under 10 cm: at most a 10 cm strip along the edge.
      const slack = edgeM(part) * 0.1;
      expect(outsideM2(part, area), String(area.id)).toBeLessThan(slack);
      expect(outsideM2(part, landNear(part)), String(area.id)).toBeLessThan(slack);
    }
    expect(parts).toHaveLength(kommuner.reduce((s, k) => s + k.built_up_areas, 0));
    expect(parts).toHaveLength(57);
  });

  it("adds up to the areas' tätort land, less only the dropped slivers", () => {
    let total = 0;
    let sum = 0;
    for (const area of areas) {
      const want = tatortM2(area);
      const part = partOf.get(String(area.id));
      const got = part ? turfArea(part) : 0;
      // An area drops at most a few pieces under the threshold.
      expect(Math.abs(got - want), String(area.id)).toBeLessThan(2 * MIN_PART_M2);
      total += want;
      sum += got;
    }
    expect(sum / total).toBeGreaterThan(0.9995);
    expect(sum / total).toBeLessThanOrEqual(1.0000001);
  });

  it("has no piece smaller than the sliver threshold", () => {
    for (const part of parts) {
      for (const piece of flatten(part).features)
        expect(turfArea(piece), String(part.id)).toBeGreaterThanOrEqual(MIN_PART_M2);
    }
  });

  it("gives the rural areas a small built-up part and the tätort neighbourhoods almost all", () => {
    const share = (name: string) => {
      const area = areas.find((a) => a.properties?.name === name);
      const part = area && partOf.get(String(area.id));
      return area && part ? turfArea(part) / turfArea(area) : 0;
    };
    for (const rural of ["Kyrkheddinge", "Tottarp", "Jakriborg"])
      expect(share(rural), rural).toBeLessThan(0.1);
    for (const town of ["Central Norra", "Borggård", "Bråhög"])
      expect(share(town), town).toBeGreaterThan(0.99);
  });
});
