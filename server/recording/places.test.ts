import { describe, expect, it } from "vitest";
import { type AreaShape, createPlaces } from "./places.ts";

const square = (id: string, name: string, x: number, x1: number): AreaShape => ({
  id,
  name,
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [x, 55.64],
        [x1, 55.64],
        [x1, 55.65],
        [x, 55.65],
        [x, 55.64],
      ],
    ],
  },
});
const places = createPlaces([
  square("1", "Alfa", 13.2, 13.21),
  square("2", "Bäckby", 13.21, 13.22),
]);

describe("createPlaces", () => {
  it("finds the area a point lies in, and none outside every area", () => {
    expect(places.at(13.205, 55.645)?.id).toBe("1");
    expect(places.at(13.215, 55.645)?.id).toBe("2");
    expect(places.at(13.3, 55.645)).toBeUndefined();
  });

  it("gives a point on a shared border to the first area by id", () => {
    expect(places.at(13.21, 55.645)?.id).toBe("1");
  });

  it("places a route in the area that holds most of its vertices", () => {
    const route = [
      [13.205, 55.645],
      [13.212, 55.645],
      [13.215, 55.646],
      [13.4, 55.6],
    ];
    expect(places.ofRoute(route)?.id).toBe("2");
    expect(places.ofRoute([[13.4, 55.6]])).toBeUndefined();
  });

  it("finds areas by name whatever the case and spaces", () => {
    expect(places.byName("  BÄCKBY ")?.id).toBe("2");
    expect(places.byId("1")?.name).toBe("Alfa");
  });
});
