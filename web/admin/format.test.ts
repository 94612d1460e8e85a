import { expect, it } from "vitest";
import { formatAt } from "./format.ts";

it("shows a UTC timestamp in Swedish time, winter and summer", () => {
  expect(formatAt("2026-11-30T03:12:00.000Z", "sv")).toBe("2026-11-30 04:12:00");
  expect(formatAt("2026-07-01 22:00:05", "sv")).toBe("2026-07-02 00:00:05");
  expect(formatAt("2026-11-30T03:12:00Z", "en")).toBe("30/11/2026, 04:12:00");
});

it("keeps text that is not a time as it is", () => {
  expect(formatAt("igår", "sv")).toBe("igår");
});
