import { describe, expect, it } from "vitest";
import { GROUP_STATUS_WORDS, readOrganisers, readVisitKind, readWord } from "./words.ts";

describe("readVisitKind", () => {
  it.each([
    ["Informationsmöte", { kind: "info_session" }],
    ["Informationstillfälle", { kind: "info_session" }],
    ["Informationsträff", { kind: "info_session" }],
    ["Kontaktombudsträff", { kind: "contact_meeting" }],
    ["Möte med kontaktombud", { kind: "contact_meeting" }],
    ["Safety walk", { kind: "safety_walk" }],
    ["Informationsmöte grannsamverkan", { kind: "info_session", topic: "grannsamverkan" }],
    ["Informationsträff om märk-DNA", { kind: "info_session", topic: "markdna" }],
    ["Grannsamverkansmöte", { kind: "info_session", topic: "grannsamverkan" }],
    ["Trygghetsvandring – grannsamverkan", { kind: "safety_walk", topic: "grannsamverkan" }],
  ])("reads %j", (cell, value) => {
    expect(readVisitKind(cell)).toEqual({ ok: true, value });
  });

  it("names the accepted Swedish words, never the internal values", () => {
    const read = readVisitKind("Hästmöte");
    expect(read).toMatchObject({
      ok: false,
      code: "not_one_of",
      params: {
        value: "'Hästmöte'",
        accepted: "informationsträff, informationsträff för kontaktpersoner, trygghetsvandring",
        accepted_en: "information session, information session for contact persons, safety walk",
      },
    });
    expect(JSON.stringify(read)).not.toMatch(/info_session|safety_walk/);
  });
});

describe("readOrganisers", () => {
  it("reads the four and counts any other organiser as others, with a warning", () => {
    const read = readOrganisers("Polisen, Räddningstjänsten och kommunen");
    expect(read).toMatchObject({
      ok: true,
      value: ["police", "others", "municipality"],
      warnings: [{ code: "organiser_as_others", params: { value: "'Räddningstjänsten'" } }],
    });
  });
});

describe("readWord", () => {
  it("reads the app's own labels of a status", () => {
    expect(readWord(GROUP_STATUS_WORDS, "vilande")).toEqual({ ok: true, value: "inactive" });
    expect(readWord(GROUP_STATUS_WORDS, "Dormant")).toEqual({ ok: true, value: "inactive" });
  });
});
