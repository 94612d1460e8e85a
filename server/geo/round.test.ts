import { describe, expect, it } from "vitest";
import { isCleanPolygon, roundGeometry, roundTo } from "./round.ts";

describe("roundTo", () => {
  it("rounds half away from zero, symmetric for negatives", () => {
    expect(roundTo(13.123455, 5)).toBe(13.12346);
    expect(roundTo(-1.5, 0)).toBe(-2);
  });
});

describe("roundGeometry", () => {
  it("drops vertices that rounding merges", () => {
    const g = roundGeometry(
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1.000001, 0],
            [1, 1],
            [0, 1],
            [0, 0],
          ],
        ],
      },
      5,
    );
    expect(g).toEqual({
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    });
  });
  it("drops polygons that collapse to nothing", () => {
    const tiny = [
      [
        [0, 0],
        [0.000001, 0],
        [0.000001, 0.000001],
        [0, 0],
      ],
    ];
    expect(roundGeometry({ type: "Polygon", coordinates: tiny }, 5)).toBeNull();
  });
});

describe("isCleanPolygon", () => {
  it("rejects a bow-tie", () => {
    const bowtie = [
      [
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ];
    expect(isCleanPolygon({ type: "Polygon", coordinates: bowtie })).toBe(false);
    const square = [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ];
    expect(isCleanPolygon({ type: "Polygon", coordinates: square })).toBe(true);
  });
});
