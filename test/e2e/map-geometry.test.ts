import { describe, expect, it } from "vitest";
import {
  hexToRgb,
  interiorPoints,
  parseCamera,
  pixelsInside,
  project,
  screenAreaPx,
  screenBounds,
} from "./map-geometry.ts";

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

describe("screenAreaPx, screenBounds and pixelsInside", () => {
  // At zoom z a degree of longitude is 512 · 2^z / 360 px; at zoom 12 about 5 825 px.
  const camera = { zoom: 12, lat: 55.6, lng: 13.2 };
  const box = { x: 0, y: 0, width: 800, height: 600 };
  const degree = (512 * 2 ** 12) / 360;
  const square = (size: number): GeoJSON.Feature<GeoJSON.Polygon> => ({
    type: "Feature",
    properties: {},
    geometry: {
      type: "Polygon",
      coordinates: [
        [
          [13.2, 55.6],
          [13.2 + size, 55.6],
          [13.2 + size, 55.6 + size / 1.77],
          [13.2, 55.6 + size / 1.77],
          [13.2, 55.6],
        ],
      ],
    },
  });

  it("measures a polygon's width, height and area in screen pixels", () => {
    const b = screenBounds([square(0.002)], camera, box);
    expect(b.x).toBeCloseTo(400);
    expect(b.width).toBeCloseTo(0.002 * degree, 5);
    // Mercator stretches latitude by 1 / cos(55.6°) ≈ 1.77, so this "square" is nearly square.
    expect(b.height / b.width).toBeGreaterThan(0.99);
    expect(b.height / b.width).toBeLessThan(1.01);
    expect(screenAreaPx(square(0.002), camera, box)).toBeCloseTo(b.width * b.height, 0);
  });

  it("lists the whole pixels inside, as many as the area in pixels (give or take an edge)", () => {
    const inside = pixelsInside(square(0.002), camera, box);
    const area = screenAreaPx(square(0.002), camera, box);
    expect(Math.abs(inside.length - area)).toBeLessThan(2 * Math.sqrt(area) + 1);
    expect(inside.every((p) => p.x >= 400 && p.y <= 300)).toBe(true);
  });

  it("leaves out pixels outside the map box", () => {
    const small = { x: 0, y: 0, width: 405, height: 600 };
    const inside = pixelsInside(square(0.002), camera, small);
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.every((p) => p.x <= 404)).toBe(true);
  });
});
