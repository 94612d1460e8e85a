import { describe, expect, it } from "vitest";
import { announcementErrors, mentionsContact } from "./announcement.ts";

const anna = { name: "Anna Andersson", phone: "070-123 45 67", email: "Anna.A@example.se" };

describe("mentionsContact", () => {
  it("finds the name as whole words, whatever the case and spacing", () => {
    expect(mentionsContact("Hos anna  andersson, Storgatan 3", anna)).toBe(true);
    expect(mentionsContact("Annas café", { ...anna, name: "Anna" })).toBe(false);
    expect(mentionsContact("Torget", anna)).toBe(false);
  });
  it("compares phone numbers by their digits, +46 or 0 alike", () => {
    expect(mentionsContact("Ring 0701234567", anna)).toBe(true);
    expect(mentionsContact("Ring +46 70 123 45 67", anna)).toBe(true);
    expect(mentionsContact("Ring 040-12 34 56", anna)).toBe(false);
  });
  it("finds the e-mail whatever its case", () => {
    expect(mentionsContact("Mejla anna.a@EXAMPLE.se", anna)).toBe(true);
  });
});

describe("announcementErrors", () => {
  it("names each field that holds a contact person", () => {
    expect(
      announcementErrors({ venue: "Hemma hos Anna Andersson", signup: "anna.a@example.se" }, [
        anna,
      ]).map((e) => e.field),
    ).toEqual(["venue", "signup"]);
    expect(announcementErrors({ venue: "Torget", signup: "" }, [anna])).toEqual([]);
  });
});
