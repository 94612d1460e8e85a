import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { fieldChoices } from "../../server/imports/columns.ts";
import { en } from "../i18n/en.ts";
import { sv } from "../i18n/sv.ts";
import { sampleTable } from "./sample.ts";

const i18n = i18next.createInstance();
await i18n.init({
  lng: "sv",
  resources: { sv: { translation: sv }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

const row = {
  line: 2,
  kind: "safety_walk",
  date: "2019-11-12",
  organisers: ["police", "others"],
  attendees: 1250,
  lon: 13.2255,
  area_id: "12300002",
  area_name: "Beta",
  match: "same",
};

describe("sampleTable", () => {
  it("names columns by the import's labels and values in words, in Swedish", () => {
    const table = sampleTable([row], fieldChoices("visits"), i18n.getFixedT("sv"), "sv");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Rad",
      "Typ",
      "Datum",
      "Longitud",
      "Arrangörer",
      "Antal deltagare",
      "Område",
      "I Grannkoll",
    ]);
    expect(table.rows[0]?.cells).toEqual([
      "2",
      "Trygghetsvandring",
      "2019-11-12",
      "13,2255",
      "polisen, andra aktörer",
      "1\u00a0250",
      "Beta",
      "finns redan",
    ]);
  });

  it("and in English", () => {
    const table = sampleTable([row], fieldChoices("visits"), i18n.getFixedT("en"), "en");
    expect(table.rows[0]?.cells.slice(1, 5)).toEqual([
      "Safety walk",
      "2019-11-12",
      "13.2255",
      "the police, other actors",
    ]);
  });
});
