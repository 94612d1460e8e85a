import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { baseFeature, type LmTatort, tatortLayer } from "./basemap.ts";
import type { Typed } from "./raw.ts";

function tatort(props: LmTatort, lon: number, lat: number): Typed<LmTatort> {
  const d = 0.01;
  const geometry = {
    type: "Polygon" as const,
    coordinates: [
      [
        [lon, lat],
        [lon + d, lat],
        [lon + d, lat + d],
        [lon, lat + d],
        [lon, lat],
      ],
    ],
  };
  const feature: Feature = { type: "Feature", properties: {}, geometry };
  return { properties: props, geometry, feature };
}

const hjarup = { NAMN1: "Hjärup", BEF: 5591, KATEGORI: "Tätort" };

describe("tatortLayer", () => {
  it("renames the false second Hjärup to Bara and drops its copied population", () => {
    const out = tatortLayer([
      tatort({ ...hjarup, ADAT: "2020-06-26 13:57" }, 13.14, 55.67),
      tatort({ ...hjarup, ADAT: "2021-05-25 11:31" }, 13.18, 55.58),
      tatort(
        { NAMN1: "Särslöv", BEF: 0, KATEGORI: "Annan koncentrerad bebyggelse", ADAT: "" },
        13.3,
        55.7,
      ),
    ]);
    expect(out.map((f) => f.properties)).toEqual([
      { name: "Hjärup", population: 5591 },
      { name: "Bara", population: null },
      { name: "Särslöv", population: null },
    ]);
  });
  it("refuses a source where the false Hjärup is not found", () => {
    expect(() => tatortLayer([tatort({ ...hjarup, ADAT: "2020-06-26" }, 13.14, 55.67)])).toThrow(
      /Bara/,
    );
  });
});

describe("baseFeature", () => {
  it("rounds to 5 decimals", () => {
    const f = baseFeature(
      { name: "x" },
      { type: "Point", coordinates: [13.1234567, 55.7654321] },
      "x",
    );
    expect(f.geometry).toEqual({ type: "Point", coordinates: [13.12346, 55.76543] });
  });
});
