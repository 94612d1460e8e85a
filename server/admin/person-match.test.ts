import { describe, expect, it } from "vitest";
import { matchedContactFields, mentions, redact, textPatterns } from "./person-match.ts";

const contact = {
  contact_name: "Åsa  Öberg",
  contact_phone: "070-123 45 67",
  contact_email: "Asa.Oberg@Example.se",
};

describe("matchedContactFields", () => {
  it("matches the name case-insensitively, Swedish letters included, spaces normalised", () => {
    expect(matchedContactFields(contact, { name: " åsa öberg " })).toEqual(["contact_name"]);
  });

  it("matches phone without spaces or dashes, and e-mail in any case", () => {
    expect(
      matchedContactFields(contact, { phone: "0701234567", email: "asa.oberg@example.SE" }),
    ).toEqual(["contact_phone", "contact_email"]);
  });

  it("matches nothing for another person or a part of the name", () => {
    expect(matchedContactFields(contact, { name: "Åsa" })).toEqual([]);
    expect(matchedContactFields(contact, { phone: "070123456" })).toEqual([]);
    expect(matchedContactFields({ ...contact, contact_name: null }, { name: "Åsa Öberg" })).toEqual(
      [],
    );
  });
});

describe("free text", () => {
  const patterns = textPatterns({ name: "Åsa Öberg", phone: "070-1234567", email: "a@b.se" });

  it("finds the name in any case as whole words", () => {
    expect(mentions("Samtal med ÅSA ÖBERG om belysning", patterns)).toBe(true);
    expect(mentions("Samtal med Åsa\nÖberg", patterns)).toBe(true);
    expect(mentions("Åsa Öbergsson var där", patterns)).toBe(false);
    expect(redact("vid Åsa Öbergs hus", patterns)).toBe("vid [raderat] hus");
  });

  it("does not hit words that merely contain a short name", () => {
    const bo = textPatterns({ name: "Bo" });
    expect(mentions("Boende i området", bo)).toBe(false);
    expect(mentions("Bo ringde", bo)).toBe(true);
  });

  it("finds phone numbers written in other ways, and e-mail addresses", () => {
    expect(mentions("ring 070 123 45 67", patterns)).toBe(true);
    expect(mentions("ring 0701234567890", patterns)).toBe(false);
    expect(mentions("mejl A@B.se", patterns)).toBe(true);
  });

  it("replaces every occurrence with [raderat]", () => {
    expect(redact("åsa öberg och Åsa Öberg, 070-123 45 67, a@b.se", patterns)).toBe(
      "[raderat] och [raderat], [raderat], [raderat]",
    );
  });

  it("treats regular-expression characters in the name literally", () => {
    const odd = textPatterns({ name: "A.B (test)" });
    expect(mentions("AxB (test)", odd)).toBe(false);
    expect(redact("hej A.B (test)", odd)).toBe("hej [raderat]");
  });
});
