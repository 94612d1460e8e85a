import { describe, expect, it } from "vitest";
import {
  dayStartUtc,
  dayToIso,
  formatUtc,
  isoToDay,
  isoWeekday,
  localDay,
  localToUtc,
  nextOffsetChange,
  offsetAt,
  parseUtc,
} from "./stockholm.ts";

const HOUR = 3_600_000;
const utc = (s: string) => Date.parse(s);

/** Offset in hours from Intl's tz database, the reference the arithmetic must agree with. */
const stockholm = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm",
  timeZoneName: "shortOffset",
});
function intlOffset(ms: number): number {
  const parts = stockholm.formatToParts(new Date(ms));
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
  return Number(name.replace("GMT", "") || 0);
}

describe("offsetAt", () => {
  it("agrees with the tz database every 37 minutes from 2000 to 2030", () => {
    const step = 37 * 60_000;
    let mismatches = 0;
    for (let t = utc("2000-01-01T00:00:00Z"); t < utc("2030-12-31T00:00:00Z"); t += step * 97) {
      if (offsetAt(t) / HOUR !== intlOffset(t)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("agrees with the tz database one second either side of every change, 2000–2030", () => {
    for (let t = utc("2000-01-01T00:00:00Z"); t < utc("2030-12-31T00:00:00Z"); ) {
      const change = nextOffsetChange(t);
      for (const probe of [change - 1000, change])
        expect(offsetAt(probe) / HOUR).toBe(intlOffset(probe));
      t = change;
    }
  });

  it("changes at 01:00 UTC on the last Sundays of March and October", () => {
    expect(offsetAt(utc("2019-03-31T00:59:59Z"))).toBe(HOUR);
    expect(offsetAt(utc("2019-03-31T01:00:00Z"))).toBe(2 * HOUR);
    expect(offsetAt(utc("2019-10-27T00:59:59Z"))).toBe(2 * HOUR);
    expect(offsetAt(utc("2019-10-27T01:00:00Z"))).toBe(HOUR);
    expect(nextOffsetChange(utc("2019-01-01T00:00:00Z"))).toBe(utc("2019-03-31T01:00:00Z"));
    expect(nextOffsetChange(utc("2019-03-31T01:00:00Z"))).toBe(utc("2019-10-27T01:00:00Z"));
    expect(nextOffsetChange(utc("2019-11-01T00:00:00Z"))).toBe(utc("2020-03-29T01:00:00Z"));
  });
});

describe("local days", () => {
  it("gives the Stockholm date of an instant", () => {
    expect(dayToIso(localDay(utc("2019-06-30T22:30:00Z")))).toBe("2019-07-01"); // 00:30 CEST
    expect(dayToIso(localDay(utc("2019-12-31T22:59:59Z")))).toBe("2019-12-31"); // 23:59:59 CET
    expect(dayToIso(localDay(utc("2019-12-31T23:00:00Z")))).toBe("2020-01-01");
  });

  it("numbers weekdays the ISO way", () => {
    expect(isoWeekday(isoToDay("2019-02-11"))).toBe(1); // Monday
    expect(isoWeekday(isoToDay("2019-02-17"))).toBe(7); // Sunday
    expect(isoWeekday(isoToDay("1969-12-31"))).toBe(3); // before day 0 too
  });
});

describe("localToUtc", () => {
  it("converts wall-clock time in winter and summer", () => {
    expect(localToUtc("2019-02-15", 21 * 60 + 30)).toEqual({
      ok: true,
      utcMs: utc("2019-02-15T20:30:00Z"),
    });
    expect(localToUtc("2019-07-15", 21 * 60 + 30)).toEqual({
      ok: true,
      utcMs: utc("2019-07-15T19:30:00Z"),
    });
  });

  it("refuses the skipped hour in March and the repeated hour in October", () => {
    expect(localToUtc("2019-03-31", 2 * 60 + 30)).toEqual({ ok: false, reason: "nonexistent" });
    expect(localToUtc("2019-03-31", 3 * 60)).toEqual({
      ok: true,
      utcMs: utc("2019-03-31T01:00:00Z"),
    });
    expect(localToUtc("2019-10-27", 2 * 60 + 30)).toEqual({ ok: false, reason: "ambiguous" });
    expect(localToUtc("2019-10-27", 3 * 60)).toEqual({
      ok: true,
      utcMs: utc("2019-10-27T02:00:00Z"),
    });
  });

  it("finds local midnight", () => {
    expect(formatUtc(dayStartUtc("2019-01-01"))).toBe("2018-12-31T23:00:00Z");
    expect(formatUtc(dayStartUtc("2019-07-01"))).toBe("2019-06-30T22:00:00Z");
  });
});

describe("parseUtc", () => {
  it("reads stored instants exactly as Date.parse does", () => {
    for (
      let t = utc("1999-12-31T23:59:59Z");
      t < utc("2101-01-01T00:00:00Z");
      t += 86_400_000 * 13 + 3_607_000
    ) {
      const s = formatUtc(t);
      expect(parseUtc(s), s).toBe(t);
    }
    expect(parseUtc("2020-02-29T12:00:00Z")).toBe(utc("2020-02-29T12:00:00Z"));
    expect(parseUtc("2019-05-01T18:00:00.000Z")).toBe(utc("2019-05-01T18:00:00Z"));
  });
});
