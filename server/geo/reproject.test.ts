import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  bboxOf,
  fromWgs84,
  metresBetween,
  type PolygonGeometry,
  polygonsOf,
  sameShape,
  toWgs84,
  vertexCount,
} from "./reproject.ts";

const root = join(import.meta.dirname, "..", "..");
const real = JSON.parse(readFileSync(join(root, "data", "areas.geojson"), "utf8")) as {
  features: { properties: { id: string; name: string }; geometry: PolygonGeometry }[];
};
const sweref = JSON.parse(
  readFileSync(join(root, "test/fixtures/boundaries/valdistrikt-sweref99tm.geojson"), "utf8"),
) as { features: { properties: { kod: string }; geometry: PolygonGeometry }[] };

function maxError(a: PolygonGeometry, b: PolygonGeometry): number {
  const pa = polygonsOf(a).flat(2);
  const pb = polygonsOf(b).flat(2);
  expect(pa.length).toBe(pb.length);
  return Math.max(...pa.map((p, i) => metresBetween(p, pb[i] ?? [])));
}

describe("SWEREF 99 TM ↔ WGS84", () => {
  it("puts a known point where Lantmäteriet's transformation does", () => {
    // 13.2 E 55.64 N is 386 703.39 E, 6 167 483.06 N in SWEREF 99 TM (checked with GDAL's gdaltransform).
    const g: PolygonGeometry = { type: "Polygon", coordinates: [[[13.2, 55.64]]] };
    const [x = 0, y = 0] = polygonsOf(fromWgs84(g, "EPSG:3006"))[0]?.[0]?.[0] ?? [];
    expect(x).toBeCloseTo(386703.392, 2);
    expect(y).toBeCloseTo(6167483.062, 2);
  });

  it("round-trips all 17 real valdistrikt within 0.5 m", () => {
    for (const f of real.features) {
      const back = toWgs84(fromWgs84(f.geometry, "EPSG:3006"), "EPSG:3006");
      expect(maxError(f.geometry, back), f.properties.name).toBeLessThan(0.5);
      expect(sameShape(f.geometry, back, 0.5)).toBe(true);
    }
  });

  it("reads the SWEREF fixture back onto the real areas within 0.5 m", () => {
    for (const f of sweref.features) {
      const original = real.features.find((r) => r.properties.id === f.properties.kod);
      if (!original) throw new Error(f.properties.kod);
      expect(maxError(original.geometry, toWgs84(f.geometry, "EPSG:3006"))).toBeLessThan(0.5);
    }
  });

  it("also round-trips SWEREF 99 13 30, the local zone", () => {
    const f = real.features[0];
    if (!f) throw new Error("no areas");
    const local = fromWgs84(f.geometry, "EPSG:3008");
    // Staffanstorp is about 20 km west of 13°30′, so eastings sit a little below 150 000.
    expect(bboxOf([local])?.[0]).toBeGreaterThan(120_000);
    expect(bboxOf([local])?.[2]).toBeLessThan(150_000);
    expect(maxError(f.geometry, toWgs84(local, "EPSG:3008"))).toBeLessThan(0.5);
  });
});

describe("geometry helpers", () => {
  const square: PolygonGeometry = {
    type: "MultiPolygon",
    coordinates: [
      [
        [
          [13.2, 55.64, 12],
          [13.21, 55.64, 12],
          [13.21, 55.65, 12],
          [13.2, 55.64, 12],
        ],
      ],
    ],
  };

  it("drops heights and counts vertices", () => {
    expect(polygonsOf(toWgs84(square, "EPSG:4326"))[0]?.[0]?.[1]).toEqual([13.21, 55.64]);
    expect(vertexCount(square)).toBe(4);
    expect(bboxOf([square])).toEqual([13.2, 55.64, 13.21, 55.65]);
    expect(bboxOf([])).toBeUndefined();
  });

  it("measures metres: 0.001° of latitude is about 111 m", () => {
    expect(metresBetween([13.2, 55.64], [13.2, 55.641])).toBeCloseTo(111.2, 0);
  });

  it("tells a moved vertex from a rounding difference", () => {
    const moved = toWgs84(square, "EPSG:4326");
    expect(sameShape(square, moved, 0.5)).toBe(true);
    const shifted: PolygonGeometry = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [13.2, 55.64],
            [13.21, 55.64],
            [13.21, 55.6501],
            [13.2, 55.64],
          ],
        ],
      ],
    };
    expect(sameShape(square, shifted, 0.5)).toBe(false);
  });
});
