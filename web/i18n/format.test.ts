import { describe, expect, it } from "vitest";
import {
  formatClassRange,
  formatDate,
  formatDays,
  formatDecimal,
  formatInteger,
  formatMeasureValue,
  formatShare,
} from "./format.ts";

// Intl uses no-break spaces; compare with plain ones for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("numbers", () => {
  it("groups thousands per language", () => {
    expect(plain(formatInteger(12345, "sv"))).toBe("12 345");
    expect(formatInteger(12345, "en")).toBe("12,345");
  });

  it("writes decimals with the language's separator", () => {
    expect(formatDecimal(2.12, "sv")).toBe("2,12");
    expect(formatDecimal(2.12, "en")).toBe("2.12");
    expect(plain(formatDecimal(1308, "sv"))).toBe("1 308");
    expect(formatDecimal(-37, "sv")).toBe("−37");
  });

  it("shows shares as whole percentages, tiny ones with a decimal", () => {
    expect(plain(formatShare(0.423, "sv"))).toBe("42 %");
    expect(formatShare(0.423, "en")).toBe("42%");
    expect(formatShare(0.004, "en")).toBe("0.4%");
    expect(formatShare(0, "en")).toBe("0%");
  });

  it("words days", () => {
    expect(formatDays(1, "en")).toBe("1 day");
    expect(formatDays(90, "sv")).toBe("90 dagar");
  });
});

describe("formatDate", () => {
  it("formats calendar dates without time-zone drift", () => {
    expect(formatDate("2019-03-14", "sv")).toBe("14 mars 2019");
    expect(formatDate("2019-01-01", "en")).toBe("1 Jan 2019");
  });
});

describe("formatMeasureValue", () => {
  it("uses the measure's unit", () => {
    expect(formatMeasureValue("watch_coverage", 0.5, "en")).toBe("50%");
    expect(formatMeasureValue("days_since_last_visit", 30, "en")).toBe("30 days");
    expect(formatMeasureValue("visits", 3, "en")).toBe("3");
    expect(formatMeasureValue("days_since_last_visit", null, "en")).toBe("–");
  });
});

describe("formatClassRange", () => {
  it("shows share classes by their breaks", () => {
    expect(plain(formatClassRange("dna_uptake", { lower: 0.1, upper: 0.25 }, "sv"))).toBe(
      "10–25 %",
    );
    expect(formatClassRange("dna_uptake", { lower: 0.75, upper: null }, "en")).toBe("75–100%");
  });

  it("shows whole-number classes with inclusive ends", () => {
    expect(formatClassRange("days_since_last_visit", { lower: 0, upper: 90 }, "en")).toBe(
      "0–89 days",
    );
    expect(formatClassRange("visits", { lower: 1, upper: 2 }, "en")).toBe("1");
    expect(formatClassRange("visits", { lower: 3, upper: 5 }, "en")).toBe("3–4");
    expect(formatClassRange("visits", { lower: 5, upper: null }, "en")).toBe("≥ 5");
  });
});
