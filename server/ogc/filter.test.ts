import { describe, expect, it } from "vitest";
import { meetsBoxes, type OgcGeometry, spanMeets } from "./filter.ts";

const square: OgcGeometry = {
  type: "Polygon",
  coordinates: [
    [
      [13.2, 55.64],
      [13.21, 55.64],
      [13.21, 55.65],
      [13.2, 55.65],
      [13.2, 55.64],
    ],
  ],
};
const point: OgcGeometry = { type: "Point", coordinates: [13.205, 55.645] };
const ms = (s: string) => Date.parse(s);

describe("meetsBoxes", () => {
  it("selects a polygon the box overlaps, touches or lies inside", () => {
    expect(meetsBoxes(square, [[13.209, 55.649, 13.3, 55.7]])).toBe(true); // corner overlap
    expect(meetsBoxes(square, [[13.21, 55.6, 13.3, 55.7]])).toBe(true); // shared edge
    expect(meetsBoxes(square, [[13.203, 55.643, 13.204, 55.644]])).toBe(true); // box inside
    expect(meetsBoxes(square, [[13.211, 55.6, 13.3, 55.7]])).toBe(false);
  });

  it("selects a point inside or on the box edge", () => {
    expect(meetsBoxes(point, [[13.205, 55.6, 13.3, 55.7]])).toBe(true);
    expect(meetsBoxes(point, [[13.206, 55.6, 13.3, 55.7]])).toBe(false);
    expect(
      meetsBoxes(point, [
        [170, -10, 180, 10],
        [-180, -10, 13.3, 56],
      ]),
    ).toBe(true);
  });
});

const day = (d: string) => ({ start: d, end: d });
const dayMeets = (d: string, i: Parameters<typeof spanMeets>[1]) => spanMeets(day(d), i);

describe("spanMeets", () => {
  it("treats a date as its whole UTC day", () => {
    const instant = ms("2019-06-10T23:59:59Z");
    expect(dayMeets("2019-06-10", { start: instant, end: instant })).toBe(true);
    expect(dayMeets("2019-06-11", { start: instant, end: instant })).toBe(false);
  });

  it("honours open ends and interval bounds", () => {
    expect(dayMeets("2019-06-10", { start: null, end: ms("2019-06-10T00:00:00Z") })).toBe(true);
    expect(dayMeets("2019-06-10", { start: null, end: ms("2019-06-09T23:59:59.999Z") })).toBe(
      false,
    );
    expect(dayMeets("2019-06-10", { start: ms("2019-06-10T12:00:00Z"), end: null })).toBe(true);
    expect(dayMeets("2019-06-10", { start: ms("2019-06-11T00:00:00Z"), end: null })).toBe(false);
  });

  it("treats a span of days as from the first day's start to the last day's end", () => {
    const june = { start: "2019-06-01", end: "2019-06-30" };
    expect(spanMeets(june, { start: ms("2019-06-30T23:59:59Z"), end: null })).toBe(true);
    expect(spanMeets(june, { start: ms("2019-07-01T00:00:00Z"), end: null })).toBe(false);
    expect(spanMeets(june, { start: null, end: ms("2019-06-01T00:00:00Z") })).toBe(true);
    expect(spanMeets(june, { start: null, end: ms("2019-05-31T23:59:59Z") })).toBe(false);
  });
});
