import { describe, expect, it } from "vitest";
import { checkSpan, parseInstant, parseLogTime } from "./times.ts";

const ms = (s: string) => Date.parse(s);

describe("parseInstant", () => {
  it("reads ISO 8601 with Z or an offset and keeps whole seconds", () => {
    expect(parseInstant("2019-02-15T21:30:00+01:00")).toEqual({
      ok: true,
      ms: ms("2019-02-15T20:30:00Z"),
    });
    expect(parseInstant("2019-07-15T21:30+02:00")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
    expect(parseInstant("2019-07-15T19:30:00Z")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
    expect(parseInstant("2019-07-15T19:30:00.987Z")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
    expect(parseInstant("2019-07-15T21:30:00+0200")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
    expect(parseInstant("2019-07-15T14:30:00-05:00")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
  });

  it("refuses times without an offset, impossible dates and times", () => {
    expect(parseInstant("2019-02-15T21:30:00")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/offset/),
    });
    expect(parseInstant("2019-02-30T21:30:00Z")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/real date/),
    });
    expect(parseInstant("2019-02-15T24:30:00Z")).toMatchObject({ ok: false });
    expect(parseInstant("2019-02-15T21:30:00+15:00")).toMatchObject({ ok: false });
    expect(parseInstant("1999-12-31T21:30:00Z")).toMatchObject({ ok: false });
    expect(parseInstant("15/02/2019 21:30")).toMatchObject({ ok: false });
  });
});

describe("parseLogTime", () => {
  it("reads Stockholm local time when there is no offset", () => {
    expect(parseLogTime("2019-02-15 21:30")).toEqual({ ok: true, ms: ms("2019-02-15T20:30:00Z") });
    expect(parseLogTime("2019-07-15 21:30:15")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:15Z"),
    });
    expect(parseLogTime("2019-07-15T21:30:00+02:00")).toEqual({
      ok: true,
      ms: ms("2019-07-15T19:30:00Z"),
    });
  });

  it("refuses the hour that is skipped or repeated when the clocks change", () => {
    expect(parseLogTime("2019-03-31 02:30")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not exist/),
    });
    expect(parseLogTime("2019-10-27 02:30")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/twice/),
    });
    expect(parseLogTime("2019-10-27 02:30+01:00")).toEqual({
      ok: true,
      ms: ms("2019-10-27T01:30:00Z"),
    });
  });
});

describe("checkSpan", () => {
  it("wants the end after the start and at most 24 hours", () => {
    const t = ms("2019-02-15T20:00:00Z");
    expect(checkSpan(t, t + 60_000)).toBeNull();
    expect(checkSpan(t, t)).toMatchObject({
      field: "ends_at",
      code: "ends_after",
      message: "must be after starts_at",
    });
    expect(checkSpan(t, t + 24 * 3_600_000)).toBeNull();
    expect(checkSpan(t, t + 24 * 3_600_000 + 1000)?.field).toBe("ends_at");
  });
});
