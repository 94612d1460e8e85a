// Hand-made cases of the band split; times are written in UTC with the local time beside them.
import { describe, expect, it } from "vitest";
import { bandPieces, compileBands } from "./bands.ts";

const bands = compileBands({ hours: [0, 6, 12, 18], weekendDays: [6, 7] });
const key = (i: number) => bands.defs[i]?.key;

function split(from: string, to: string, c = bands) {
  return bandPieces(c, Date.parse(from), Date.parse(to)).map((p) => ({
    day: new Date(p.day * 86_400_000).toISOString().slice(0, 10),
    band: c.defs[p.band]?.key,
    minutes: p.seconds / 60,
  }));
}

describe("compileBands", () => {
  it("makes weekday and weekend × four six-hour bands by default", () => {
    expect(bands.defs.map((d) => d.key)).toEqual([
      "weekday-00-06",
      "weekday-06-12",
      "weekday-12-18",
      "weekday-18-24",
      "weekend-00-06",
      "weekend-06-12",
      "weekend-12-18",
      "weekend-18-24",
    ]);
    expect(key(3)).toBe("weekday-18-24");
  });

  it("lets the last band run past midnight when the first does not start at 00", () => {
    const night = compileBands({ hours: [6, 12, 18, 22], weekendDays: [6, 7] });
    expect(night.defs.slice(0, 4).map((d) => [d.key, d.from_hour, d.to_hour])).toEqual([
      ["weekday-06-12", 6, 12],
      ["weekday-12-18", 12, 18],
      ["weekday-18-22", 18, 22],
      ["weekday-22-06", 22, 6],
    ]);
  });
});

describe("splitIntoBands", () => {
  it("splits a presence crossing midnight into both days", () => {
    // Tue 12 Feb 2019 23:30 → Wed 00:45 CET
    expect(split("2019-02-12T22:30:00Z", "2019-02-12T23:45:00Z")).toEqual([
      { day: "2019-02-12", band: "weekday-18-24", minutes: 30 },
      { day: "2019-02-13", band: "weekday-00-06", minutes: 45 },
    ]);
  });

  it("splits Sunday 23:00 → Monday 01:00 between weekend and weekday", () => {
    expect(split("2019-02-17T22:00:00Z", "2019-02-18T00:00:00Z")).toEqual([
      { day: "2019-02-17", band: "weekend-18-24", minutes: 60 },
      { day: "2019-02-18", band: "weekday-00-06", minutes: 60 },
    ]);
    // and Friday 23:00 → Saturday 01:00 the other way round
    expect(split("2019-02-15T22:00:00Z", "2019-02-16T00:00:00Z")).toEqual([
      { day: "2019-02-15", band: "weekday-18-24", minutes: 60 },
      { day: "2019-02-16", band: "weekend-00-06", minutes: 60 },
    ]);
  });

  it("counts real time on the nights the clocks change", () => {
    // Sun 31 Mar 2019 00:00 CET → 06:00 CEST: five real hours in 00–06
    expect(split("2019-03-30T23:00:00Z", "2019-03-31T04:00:00Z")).toEqual([
      { day: "2019-03-31", band: "weekend-00-06", minutes: 300 },
    ]);
    // Sun 27 Oct 2019 00:00 CEST → 06:00 CET: seven real hours in 00–06
    expect(split("2019-10-26T22:00:00Z", "2019-10-27T05:00:00Z")).toEqual([
      { day: "2019-10-27", band: "weekend-00-06", minutes: 420 },
    ]);
    // Sat 26 Oct 23:00 CEST → Sun 07:00 CET: the change inside 00–06 does not move 06:00
    expect(split("2019-10-26T21:00:00Z", "2019-10-27T06:00:00Z")).toEqual([
      { day: "2019-10-26", band: "weekend-18-24", minutes: 60 },
      { day: "2019-10-27", band: "weekend-00-06", minutes: 420 },
      { day: "2019-10-27", band: "weekend-06-12", minutes: 60 },
    ]);
  });

  it("follows band edges in local summer time", () => {
    // Wed 15 May 2019 17:50 → 18:30 CEST
    expect(split("2019-05-15T15:50:00Z", "2019-05-15T16:30:00Z")).toEqual([
      { day: "2019-05-15", band: "weekday-12-18", minutes: 10 },
      { day: "2019-05-15", band: "weekday-18-24", minutes: 30 },
    ]);
  });

  it("puts both ends of a night band that runs past midnight in their own dates", () => {
    const night = compileBands({ hours: [6, 12, 18, 22], weekendDays: [6, 7] });
    // Mon 11 Feb 2019 21:00 → Tue 07:00 CET
    expect(split("2019-02-11T20:00:00Z", "2019-02-12T06:00:00Z", night)).toEqual([
      { day: "2019-02-11", band: "weekday-18-22", minutes: 60 },
      { day: "2019-02-11", band: "weekday-22-06", minutes: 120 },
      { day: "2019-02-12", band: "weekday-22-06", minutes: 360 },
      { day: "2019-02-12", band: "weekday-06-12", minutes: 60 },
    ]);
  });

  it("uses the configured weekend days", () => {
    const friSat = compileBands({ hours: [0, 12], weekendDays: [5, 6] });
    // Fri 15 Feb 2019 10:00 → 11:00 CET
    expect(split("2019-02-15T09:00:00Z", "2019-02-15T10:00:00Z", friSat)).toEqual([
      { day: "2019-02-15", band: "weekend-00-12", minutes: 60 },
    ]);
  });

  it("emits nothing for an empty interval", () => {
    expect(split("2019-02-15T09:00:00Z", "2019-02-15T09:00:00Z")).toEqual([]);
  });
});
