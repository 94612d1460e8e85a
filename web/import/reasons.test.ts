import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { REASON_CODES } from "../../server/imports/reasons.ts";
import { en } from "../i18n/en.ts";
import { sv } from "../i18n/sv.ts";
import { isKnownCode } from "./reasons.ts";

// The app's own strings, in an i18next instance of the test's own (no DOM needed).
const i18n = i18next.createInstance();
await i18n.init({
  lng: "sv",
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
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
