import { describe, expect, it } from "vitest";
import { EMPTY_PERSON, exportFileName, keptCount, parseMonths, personCriteria } from "./privacy.ts";

describe("parseMonths", () => {
  it("reads empty as no automatic erasure and whole months 1–120 as themselves", () => {
    expect(parseMonths("")).toBeNull();
    expect(parseMonths("  ")).toBeNull();
    expect(parseMonths("1")).toBe(1);
    expect(parseMonths(" 24 ")).toBe(24);
    expect(parseMonths("120")).toBe(120);
  });
  it("refuses anything else", () => {
    for (const bad of ["0", "121", "1.5", "-3", "tolv", "12 mån"]) {
      expect(parseMonths(bad)).toBeUndefined();
    }
  });
});

describe("personCriteria", () => {
  it("keeps the filled-in fields, trimmed, or gives null when none is", () => {
    expect(personCriteria({ ...EMPTY_PERSON, email: " a@b.se ", phone: "" })).toEqual({
      email: "a@b.se",
    });
    expect(personCriteria({ name: " ", email: "", phone: "" })).toBeNull();
  });
});

it("names the export by date only", () => {
  expect(exportFileName(new Date("2026-11-30T23:59:00Z"))).toBe(
    "grannkoll-registerutdrag-2026-11-30.json",
  );
});

it("counts kept accounts given as a number or a list", () => {
  expect(keptCount(2)).toBe(2);
  expect(keptCount([{ id: 1 }])).toBe(1);
  expect(keptCount(undefined)).toBe(0);
});
