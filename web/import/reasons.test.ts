import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { REASON_CODES } from "../../server/imports/reasons.ts";
import { en } from "../i18n/en.ts";
import { sv } from "../i18n/sv.ts";
import { isKnownCode, reasonOf } from "./reasons.ts";

// The app's own strings, in an i18next instance of the test's own (no DOM needed).
const i18n = i18next.createInstance();
await i18n.init({
  lng: "sv",
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
const word = (message: string, lng: "sv" | "en") => {
  const r = reasonOf(message);
  return r ? i18n.getFixedT(lng)(`importReasons.${r.key}`, { a: r.a, b: r.b }) : message;
};

describe("import reasons", () => {
  it("takes the variable parts out of a server reason", () => {
    expect(reasonOf("has 3 fields, the header has 8")).toEqual({
      key: "cellCount",
      a: "3",
      b: "8",
    });
    expect(reasonOf("'fem' is not a whole number")).toEqual({ key: "notWholeNumber", a: "'fem'" });
    expect(reasonOf("is empty")).toEqual({ key: "empty" });
    expect(reasonOf("something new from the server")).toBeNull();
  });

  it("words them in Swedish, and in English as the server did", () => {
    const date = "'31/2/2019' is not a date: write YYYY-MM-DD, D/M/YYYY or D.M.YYYY";
    expect(word(date, "sv")).toBe(
      "'31/2/2019' är inget datum: skriv ÅÅÅÅ-MM-DD, D/M/ÅÅÅÅ eller D.M.ÅÅÅÅ",
    );
    expect(word(date, "en")).toBe(date);
    expect(word("no area with id or name 'Nowhere'", "sv")).toBe(
      "inget område har id eller namn 'Nowhere'",
    );
    expect(word("repeats line 10", "sv")).toBe("upprepar rad 10");
    expect(word("something new from the server", "sv")).toBe("something new from the server");
  });
});

describe("import reason codes", () => {
  it("are worded in Swedish and English for every code the server has", () => {
    for (const code of REASON_CODES) {
      for (const lng of ["sv", "en"] as const) {
        const worded = i18n.getFixedT(lng)(`importCodes.${code}`, { value: "'x'" });
        expect(worded, `${lng} ${code}`).not.toBe(`importCodes.${code}`);
        expect(worded.length, `${lng} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it("word a coded reason with its params, naming the accepted Swedish words", () => {
    const params = {
      value: "'Hästmöte'",
      accepted: "informationsträff, informationsträff för kontaktpersoner, trygghetsvandring",
      accepted_en: "information session, information session for contact persons, safety walk",
    };
    expect(i18n.getFixedT("sv")("importCodes.not_one_of", params)).toBe(
      "'Hästmöte' är inte något av: informationsträff, informationsträff för kontaktpersoner, trygghetsvandring",
    );
    expect(i18n.getFixedT("en")("importCodes.not_one_of", params)).toBe(
      "'Hästmöte' is not one of: information session, information session for contact persons, safety walk",
    );
    expect(isKnownCode("not_one_of")).toBe(true);
    expect(isKnownCode("made_up")).toBe(false);
  });
});
