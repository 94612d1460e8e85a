import { describe, expect, it } from "vitest";
import { fitProjection, pathData } from "./svg-map.ts";

// A square of 1° × 1° at the equator: cos(0.5°) ≈ 1, so it stays (almost) square.
const square = {
  type: "Polygon" as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};

describe("svg map", () => {
  it("fits the geometries into the width with padding, north up", () => {
    const p = fitProjection([square], 120, 10);
    expect(p.width).toBe(120);
    expect(p.height).toBe(120);
    expect(p.point([0, 1])).toEqual([10, 10]);
    expect(p.point([1, 0])).toEqual([110, 110]);
  });
  it("writes closed rings for polygons and open paths for lines", () => {
    const p = fitProjection([square], 120, 10);
    expect(pathData(p, square)).toBe("M10 110L110 110L110 10L10 10L10 110Z");
    expect(
      pathData(p, {
        type: "LineString",
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      }),
    ).toBe("M10 110L110 10");
  });
  it("narrows longitude by the cosine of the latitude", () => {
    const north = {
      type: "Polygon" as const,
      coordinates: [
        [
          [13, 55],
          [14, 55],
          [14, 56],
          [13, 55],
        ],
      ],
    };
    const p = fitProjection([north], 100, 0);
    // 1° of longitude at 55.5° N is cos(55.5°) ≈ 0.566 of 1° of latitude.
    expect(p.height).toBe(Math.round(100 / Math.cos((55.5 * Math.PI) / 180)));
  });
});
