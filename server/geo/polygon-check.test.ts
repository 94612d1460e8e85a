import { describe, expect, it } from "vitest";
import {
  asPolygonGeometry,
  MAX_VERTICES_PER_FEATURE,
  placeProblem,
  topologyProblem,
} from "./polygon-check.ts";
import type { PolygonGeometry } from "./reproject.ts";

const ring = [
  [13.2, 55.64],
  [13.21, 55.64],
  [13.21, 55.65],
  [13.2, 55.65],
  [13.2, 55.64],
];
const square: PolygonGeometry = { type: "Polygon", coordinates: [ring] };

describe("asPolygonGeometry", () => {
  it("accepts polygons and drops heights", () => {
    const r = asPolygonGeometry({ type: "Polygon", coordinates: [ring.map((p) => [...p, 7])] });
    expect(r).toEqual({ ok: true, geometry: square });
  });

  it("says what is wrong with anything else", () => {
    const reason = (g: unknown) => {
      const r = asPolygonGeometry(g);
      return r.ok ? null : r.reason;
    };
    expect(reason(null)).toBe("the feature has no geometry");
    expect(reason({ type: "Point", coordinates: [13.2, 55.6] })).toMatch(
      /Polygon or MultiPolygon, not Point/,
    );
    expect(reason({ type: "MultiPolygon", coordinates: [] })).toMatch(/no coordinates/);
    expect(reason({ type: "Polygon", coordinates: [] })).toMatch(/no rings/);
    expect(reason({ type: "Polygon", coordinates: [[[13.2, "55"]]] })).toMatch(/finite numbers/);
    expect(reason({ type: "MultiPolygon", coordinates: [[]] })).toMatch(/no rings/);
  });
});

describe("topologyProblem", () => {
  it("passes a square", () => {
    expect(topologyProblem(square)).toBeNull();
  });

  it("finds an open ring, a short ring and a bow tie", () => {
    expect(topologyProblem({ type: "Polygon", coordinates: [ring.slice(0, 4)] })).toMatch(
      /not closed/,
    );
    expect(
      topologyProblem({
        type: "Polygon",
        coordinates: [[ring[0] ?? [], ring[1] ?? [], ring[0] ?? []]],
      }),
    ).toMatch(/fewer than 4/);
    const bowTie = [
      [13.2, 55.64],
      [13.21, 55.65],
      [13.21, 55.64],
      [13.2, 55.65],
      [13.2, 55.64],
    ];
    expect(topologyProblem({ type: "Polygon", coordinates: [bowTie] })).toMatch(
      /crosses itself or another ring near 13\.20500, 55\.64500/,
    );
  });

  it("refuses a feature too large to check", () => {
    const big = Array.from({ length: MAX_VERTICES_PER_FEATURE }, (_, i) => [13 + i * 1e-6, 55.6]);
    expect(
      topologyProblem({ type: "Polygon", coordinates: [[...big, [13, 55.7], [13, 55.6]]] }),
    ).toMatch(/more than 10000 vertices/);
  });
});

describe("placeProblem", () => {
  it("accepts Staffanstorp and rejects a polygon off Skåne, hinting at swapped axes", () => {
    expect(placeProblem(square)).toBeNull();
    const swapped: PolygonGeometry = {
      type: "Polygon",
      coordinates: [ring.map(([x = 0, y = 0]) => [y, x])],
    };
    expect(placeProblem(swapped)).toMatch(/outside Skåne .* latitude, longitude: swap them/);
    const stockholm: PolygonGeometry = {
      type: "Polygon",
      coordinates: [ring.map(([x = 0, y = 0]) => [x + 5, y + 3.7])],
    };
    expect(placeProblem(stockholm)).toMatch(/^lies outside Skåne/);
  });
});
