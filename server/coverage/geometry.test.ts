// The fixture's three squares (about 630 m × 1.1 km): Alfa 13.20–13.21 E, Beta 13.21–13.22 E,
// Gamma 13.22–13.23 E, all 55.64–55.65 N, buffered by turf as the engine does.
import { booleanIntersects } from "@turf/boolean-intersects";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { bufferArea } from "./buffers.ts";
import { buildIndex, containingArea, matchLine, matchPoint } from "./geometry.ts";
import { countsFor, placeColumns } from "./place.ts";

const square = (x: number): Polygon => ({
  type: "Polygon",
  coordinates: [
    [
      [x, 55.64],
      [x + 0.01, 55.64],
      [x + 0.01, 55.65],
      [x, 55.65],
      [x, 55.64],
    ],
  ],
});
const areas = [
  { id: "alfa", geometry: square(13.2) },
  { id: "beta", geometry: square(13.21) },
  { id: "gamma", geometry: square(13.22) },
];
const index = (radius: number) =>
  buildIndex(areas.map((a) => ({ ...a, buffer: bufferArea(a.geometry, radius) })));
const ix = index(300);
const ids = (found: number[]) => found.map((i) => ix.ids[i]);

// Metres per degree of longitude at 55.645° N on turf's sphere (R = 6 371 008.8 m).
const M_PER_DEG_LON = ((6_371_008.8 * Math.PI) / 180) * Math.cos((55.645 * Math.PI) / 180);
const eastOfGamma = (m: number) => 13.23 + m / M_PER_DEG_LON;

describe("matchPoint", () => {
  it("counts a point just inside the radius and not one just outside", () => {
    expect(ids(matchPoint(ix, eastOfGamma(295), 55.645))).toEqual(["gamma"]);
    expect(ids(matchPoint(ix, eastOfGamma(305), 55.645))).toEqual([]);
  });

  it("counts a point in an area for its neighbours within the radius too", () => {
    // 100 m west of the Alfa/Beta edge: in Alfa, 100 m from Beta, 730 m from Gamma
    const x = 13.21 - 100 / M_PER_DEG_LON;
    expect(ids(matchPoint(ix, x, 55.645))).toEqual(["alfa", "beta"]);
    expect(ix.ids[containingArea(ix, x, 55.645)]).toBe("alfa");
    // the centre of Alfa is 314 m from Beta
    expect(ids(matchPoint(ix, 13.205, 55.645))).toEqual(["alfa"]);
  });

  it("agrees with turf's point-in-polygon on the buffers", () => {
    const buffer = bufferArea(square(13.22), 300) as Polygon;
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let k = 0; k < 2000; k++) {
      const p: [number, number] = [13.21 + next() * 0.03, 55.63 + next() * 0.03];
      const ours = ids(matchPoint(ix, p[0], p[1])).includes("gamma");
      expect(ours, `at ${p}`).toBe(booleanPointInPolygon(p, buffer));
    }
  });

  it("leaves out a hole in an area", () => {
    const ring = (x0: number, x1: number) => [
      [x0, 55.64],
      [x1, 55.64],
      [x1, 55.65],
      [x0, 55.65],
      [x0, 55.64],
    ];
    const donut: Polygon = {
      type: "Polygon",
      coordinates: [ring(13.2, 13.23), ring(13.21, 13.22).reverse()],
    };
    const holed = buildIndex([{ id: "donut", geometry: donut, buffer: donut }]);
    expect(matchPoint(holed, 13.205, 55.645)).toEqual([0]);
    expect(matchPoint(holed, 13.215, 55.645)).toEqual([]);
  });

  it("uses the areas themselves when the radius is 0", () => {
    const zero = index(0);
    expect(matchPoint(zero, 13.205, 55.645).map((i) => zero.ids[i])).toEqual(["alfa"]);
    expect(matchPoint(zero, eastOfGamma(10), 55.645)).toEqual([]);
  });
});

describe("matchLine", () => {
  it("counts a route touching two areas for both", () => {
    // From the middle of Alfa east to 100 m into Beta: Gamma is 530 m away
    const route = [
      [13.205, 55.645],
      [13.21 + 100 / M_PER_DEG_LON, 55.645],
    ];
    expect(ids(matchLine(ix, route))).toEqual(["alfa", "beta"]);
  });

  it("counts a route whose points are all outside a buffer that it crosses", () => {
    // North–south past Gamma's east edge, 200 m out, from 2 km south to 2 km north
    const x = eastOfGamma(200);
    expect(
      ids(
        matchLine(ix, [
          [x, 55.62],
          [x, 55.67],
        ]),
      ),
    ).toEqual(["gamma"]);
    expect(
      ids(
        matchLine(ix, [
          [eastOfGamma(400), 55.62],
          [eastOfGamma(400), 55.67],
        ]),
      ),
    ).toEqual([]);
  });
});

describe("places", () => {
  it("counts an area place for its own area only", () => {
    expect(ids(countsFor(ix, { type: "Area", area_id: "beta" }))).toEqual(["beta"]);
    expect(countsFor(ix, { type: "Area", area_id: "nope" })).toEqual([]);
  });

  it("stores a route's start as lon/lat and the area it starts in", () => {
    const cols = placeColumns(ix, {
      type: "LineString",
      coordinates: [
        [13.215, 55.645],
        [13.225, 55.645],
      ],
    });
    expect(cols).toMatchObject({ area_id: "beta", lon: 13.215, lat: 55.645 });
    expect(JSON.parse(cols?.route ?? "null").type).toBe("LineString");
  });

  it("files a point outside every area under the first area it reaches, and refuses one that reaches none", () => {
    expect(placeColumns(ix, { type: "Point", coordinates: [eastOfGamma(100), 55.645] })).toEqual({
      area_id: "gamma",
      lon: eastOfGamma(100),
      lat: 55.645,
      route: null,
    });
    expect(placeColumns(ix, { type: "Point", coordinates: [13.3, 55.645] })).toBeNull();
  });
});

describe("the raster index", () => {
  // An L-shaped area with a hole, next to a small square: concave edges, a hole and cells that
  // lie wholly inside, on an edge, and outside all occur.
  const ring = (pts: number[][]) => [...pts, pts[0] as number[]];
  const ell: Polygon = {
    type: "Polygon",
    coordinates: [
      ring([
        [13.2, 55.64],
        [13.24, 55.64],
        [13.24, 55.65],
        [13.21, 55.65],
        [13.21, 55.67],
        [13.2, 55.67],
      ]),
      ring([
        [13.202, 55.642],
        [13.202, 55.646],
        [13.206, 55.646],
        [13.206, 55.642],
      ]),
    ],
  };
  let seed = 99;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const point = (): [number, number] => [13.19 + next() * 0.06, 55.63 + next() * 0.05];

  for (const radius of [0, 150]) {
    it(`agrees with turf for points and routes (radius ${radius} m)`, () => {
      const buffer = bufferArea(ell, radius) as Polygon;
      const small = square(13.25);
      const ix2 = buildIndex([
        { id: "ell", geometry: ell, buffer },
        { id: "small", geometry: small, buffer: bufferArea(small, radius) },
      ]);
      for (let k = 0; k < 3000; k++) {
        const p = point();
        expect(matchPoint(ix2, p[0], p[1]).includes(0), `point ${p}`).toBe(
          booleanPointInPolygon(p, buffer),
        );
      }
      for (let k = 0; k < 500; k++) {
        const line = [point(), point(), point()];
        const turf = booleanIntersects({ type: "LineString", coordinates: line }, buffer);
        expect(matchLine(ix2, line).includes(0), `route ${JSON.stringify(line)}`).toBe(turf);
      }
    });
  }
});
