import { describe, expect, it } from "vitest";
import { parseBbox, parseDatetime, parseInstant, parseLimit, parseOffset } from "./params.ts";

const ms = (s: string) => Date.parse(s);
const message = (r: { ok: boolean; message?: string }) => (r.ok ? null : r.message);

describe("parseBbox", () => {
  it("reads four numbers, and six with heights ignored", () => {
    expect(parseBbox("13.2,55.64,13.23,55.65")).toEqual({
      ok: true,
      value: [[13.2, 55.64, 13.23, 55.65]],
    });
    expect(parseBbox(" 13.2, 55.64 ,0, 13.23,55.65,100")).toEqual({
      ok: true,
      value: [[13.2, 55.64, 13.23, 55.65]],
    });
    expect(parseBbox("-1e1,5E1,.5,60")).toEqual({ ok: true, value: [[-10, 50, 0.5, 60]] });
  });

  it("splits a box across the antimeridian in two", () => {
    expect(parseBbox("170,-10,-170,10")).toEqual({
      ok: true,
      value: [
        [170, -10, 180, 10],
        [-180, -10, -170, 10],
      ],
    });
  });

  it("says what is wrong", () => {
    expect(message(parseBbox("13.2,55.64,13.23"))).toMatch(/must be 4 numbers .* got 3/);
    expect(message(parseBbox("13.2,55.64,13.23,abc"))).toMatch(/numbers separated by commas/);
    expect(message(parseBbox("13.2,55.64,,55.65"))).toMatch(/numbers separated by commas/);
    expect(message(parseBbox("386703,6167483,388465,6169236"))).toMatch(
      /longitudes must be between/,
    );
    expect(message(parseBbox("13,-91,14,55"))).toMatch(/latitudes must be between/);
    expect(message(parseBbox("13,56,14,55"))).toMatch(/minimum latitude is above/);
    expect(message(parseBbox("13,55,10,14,56,0"))).toMatch(/minimum height is above/);
  });
});

describe("parseInstant", () => {
  it("reads RFC 3339 with offsets and fractions", () => {
    expect(parseInstant("2019-06-10T18:00:00Z", "start")).toBe(ms("2019-06-10T18:00:00Z"));
    expect(parseInstant("2019-06-10t20:00:00.250+02:00", "start")).toBe(
      ms("2019-06-10T18:00:00.250Z"),
    );
    expect(parseInstant("2019-06-10T00:30:00-01:30", "end")).toBe(ms("2019-06-10T02:00:00Z"));
  });

  it("takes a date as its whole day", () => {
    expect(parseInstant("2019-06-10", "start")).toBe(ms("2019-06-10T00:00:00Z"));
    expect(parseInstant("2019-06-10", "end")).toBe(ms("2019-06-11T00:00:00Z") - 1);
  });

  it("refuses impossible dates and times, and missing zones", () => {
    for (const bad of [
      "2019-02-30",
      "2019-06-10T24:00:00Z",
      "2019-06-10T18:00:00",
      "2019-06-10T18:00Z",
      "10/06/2019",
    ]) {
      expect(parseInstant(bad, "start"), bad).toBeUndefined();
    }
  });
});

describe("parseDatetime", () => {
  it("reads an instant and the interval forms", () => {
    const t = ms("2019-06-10T18:00:00Z");
    expect(parseDatetime("2019-06-10T18:00:00Z")).toEqual({
      ok: true,
      value: { start: t, end: t },
    });
    expect(parseDatetime("2019-01-01/2019-06-30")).toEqual({
      ok: true,
      value: { start: ms("2019-01-01T00:00:00Z"), end: ms("2019-07-01T00:00:00Z") - 1 },
    });
    expect(parseDatetime("../2019-06-10T18:00:00Z")).toEqual({
      ok: true,
      value: { start: null, end: t },
    });
    expect(parseDatetime("2019-06-10T18:00:00Z/..")).toEqual({
      ok: true,
      value: { start: t, end: null },
    });
    expect(parseDatetime("/2019-06-10T18:00:00Z")).toEqual({
      ok: true,
      value: { start: null, end: t },
    });
  });

  it("says which end is wrong", () => {
    expect(message(parseDatetime("yesterday"))).toMatch(/RFC 3339 date-time or interval/);
    expect(message(parseDatetime("2019-13-01/.."))).toMatch(/start '2019-13-01'/);
    expect(message(parseDatetime("../2019-06-10T25:00:00Z"))).toMatch(/end '2019-06-10T25:00:00Z'/);
    expect(message(parseDatetime("../.."))).toMatch(/at least one end/);
    expect(message(parseDatetime("2019-06-30/2019-01-01"))).toMatch(/start is after its end/);
    expect(message(parseDatetime("a/b/c"))).toMatch(/more than one '\/'/);
  });
});

describe("parseLimit and parseOffset", () => {
  it("takes whole numbers, and serves a too-large limit as the maximum", () => {
    expect(parseLimit("1")).toEqual({ ok: true, value: 1 });
    expect(parseLimit("10000")).toEqual({ ok: true, value: 10000 });
    expect(parseLimit("10001")).toEqual({ ok: true, value: 10000 });
    expect(parseOffset("0")).toEqual({ ok: true, value: 0 });
    expect(parseOffset("25")).toEqual({ ok: true, value: 25 });
  });

  it("refuses zero, negatives, fractions and words", () => {
    for (const bad of ["0", "-1", "1.5", "ten", ""]) {
      expect(message(parseLimit(bad)), bad).toBe("limit must be a whole number from 1 to 10000");
    }
    for (const bad of ["-1", "1.5", "x", "99999999999999999999"]) {
      expect(message(parseOffset(bad)), bad).toBe("offset must be a whole number, 0 or more");
    }
  });
});
