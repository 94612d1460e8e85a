import { describe, expect, it } from "vitest";
import { hexToRgb, interiorPoints, parseCamera, project } from "./map-geometry.ts";

describe("parseCamera", () => {
  it("reads MapLibre's named hash", () => {
    expect(parseCamera("#karta=11.22/55.6501/13.2292")).toEqual({
      zoom: 11.22,
      lat: 55.6501,
      lng: 13.2292,
    });
  });

  it("says what is wrong when there is no camera", () => {
    expect(() => parseCamera("")).toThrow(/no map camera/);
  });
});

describe("project", () => {
  const box = { x: 0, y: 50, width: 800, height: 600 };

  it("puts the camera centre in the middle of the map box", () => {
    expect(project([13.2, 55.6], { zoom: 11, lat: 55.6, lng: 13.2 }, box)).toEqual({
      x: 400,
      y: 350,
    });
  });

  it("moves one world width per 360° of longitude", () => {
    const camera = { zoom: 0, lat: 0, lng: 0 };
    expect(project([90, 0], camera, box).x).toBeCloseTo(400 + 128);
  });

  it("puts north up", () => {
    const camera = { zoom: 10, lat: 55.6, lng: 13.2 };
    expect(project([13.2, 55.7], camera, box).y).toBeLessThan(350);
  });
});

describe("interiorPoints", () => {
  it("finds points away from the edges, deepest first", () => {
    const camera = { zoom: 12, lat: 55.6, lng: 13.2 };
    const box = { x: 0, y: 0, width: 800, height: 600 };
    const square: GeoJSON.Feature<GeoJSON.Polygon> = {
      type: "Feature",
      properties: {},
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [13.19, 55.59],
            [13.21, 55.59],
            [13.21, 55.61],
            [13.19, 55.61],
            [13.19, 55.59],
          ],
        ],
      },
    };
    const points = interiorPoints(square, camera, box);
    expect(points.length).toBeGreaterThan(10);
    const first = points[0] as { x: number; y: number };
    expect(Math.abs(first.x - 400)).toBeLessThan(60);
    expect(Math.abs(first.y - 300)).toBeLessThan(80);
  });

  it("converts hex colours", () => {
    expect(hexToRgb("#41b6c4")).toEqual([65, 182, 196]);
  });
});
