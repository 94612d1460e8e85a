import { describe, expect, it } from "vitest";
import { stockholmInstant } from "./calendar.ts";

describe("stockholmInstant", () => {
  it("turns Staffanstorp's clock time into the UTC instant, winter and summer", () => {
    expect(stockholmInstant("2026-12-10", "18:30").toISOString()).toBe("2026-12-10T17:30:00.000Z");
    expect(stockholmInstant("2027-06-10", "18:30").toISOString()).toBe("2027-06-10T16:30:00.000Z");
  });
});
