import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { polygon } from "@turf/helpers";
import { describe, expect, it } from "vitest";
import { buildLabels, neighbourLabelPoint } from "./labels.ts";

// A 0.5° square east of the centre; its nearest edge is at lng 13.3.
const east = polygon([
  [
    [13.3, 55.4],
    [13.8, 55.4],
    [13.8, 55.9],
    [13.3, 55.9],
    [13.3, 55.4],
  ],
]);

describe("neighbourLabelPoint", () => {
  it("puts the name just inside the border nearest the kommun", () => {
    const [lng, lat] = neighbourLabelPoint(east, [13.2, 55.64]);
    expect(booleanPointInPolygon([lng, lat], east)).toBe(true);
    expect(lng).toBeGreaterThan(13.3);
    expect(lng).toBeLessThan(13.45);
  });

  it("falls back to a point on the feature when the inset leaves it", () => {
    const point = neighbourLabelPoint(east, [13.2, 55.64], 500);
    expect(booleanPointInPolygon(point, east)).toBe(true);
  });
});

describe("buildLabels", () => {
  it("labels tätort points and neighbours", () => {
    const points: GeoJSON.FeatureCollection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { name: "Hjärup" },
          geometry: { type: "Point", coordinates: [13.14, 55.67] },
        },
      ],
    };
    const kommun: GeoJSON.FeatureCollection = {
      type: "FeatureCollection",
      features: [
        polygon([
          [
            [13.1, 55.6],
            [13.25, 55.6],
            [13.25, 55.7],
            [13.1, 55.6],
          ],
        ]),
      ],
    };
    const neighbours: GeoJSON.FeatureCollection = {
      type: "FeatureCollection",
      features: [{ ...east, properties: { name: "Sjöbo" } }],
    };
    const labels = buildLabels(points, neighbours, kommun);
    expect(labels.map((l) => [l.kind, l.text])).toEqual([
      ["tatort", "Hjärup"],
      ["neighbour", "Sjöbo"],
    ]);
  });
});
