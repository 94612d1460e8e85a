import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { sv } from "../i18n/sv.ts";
import { reasonOf } from "./reasons.ts";

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
