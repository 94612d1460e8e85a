import { describe, expect, it } from "vitest";
import { localText, toInstant, toLocalInput } from "./times.ts";

describe("presence form times", () => {
  it("reads a wall-clock time as Stockholm time, winter and summer", () => {
    expect(toInstant("2019-02-15T21:30")).toBe("2019-02-15T20:30:00Z");
    expect(toInstant("2019-07-01T12:00")).toBe("2019-07-01T10:00:00Z");
  });
  it("passes on what it cannot read, for the schema to name", () => {
    expect(toInstant("")).toBe("");
    expect(toInstant("2019-03-31T02:30")).toBe("2019-03-31T02:30"); // skipped hour
  });
  it("writes a stored instant back in Stockholm time", () => {
    expect(toLocalInput("2019-02-15T20:30:00Z")).toBe("2019-02-15T21:30");
    expect(localText("2019-07-01T10:00:00Z")).toBe("2019-07-01 12:00");
    expect(toLocalInput("x")).toBe("");
  });
});
