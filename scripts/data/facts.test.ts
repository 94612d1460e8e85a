import { describe, expect, it } from "vitest";
import { factKommun, isPartYear, mergeFacts } from "./facts.ts";

const kommuner = [
  { code: "1230", name: "Staffanstorp" },
  { code: "1231", name: "Burlöv" },
  { code: "1261", name: "Kävlinge" },
];
const police = "Lokalpolisområde Kävlinge";

describe("factKommun", () => {
  it("places a row by the kommun its area names, and the police area's rows in none", () => {
    expect(factKommun("Staffanstorps kommun", police, kommuner)).toBe("1230");
    expect(factKommun("Staffanstorps tätort (delområde)", police, kommuner)).toBe("1230");
    expect(factKommun("Åkarp (delområde, Burlövs kommun)", police, kommuner)).toBe("1231");
    expect(factKommun("Kävlinge kommun", police, kommuner)).toBe("1261");
    expect(
      factKommun(
        "Lokalpolisområde Kävlinge (Burlöv+Kävlinge+Lomma+Staffanstorp)",
        police,
        kommuner,
      ),
    ).toBe("");
  });
  it("refuses an area it cannot place", () => {
    expect(() => factKommun("Lunds kommun", police, kommuner)).toThrow(/names no kommun/);
  });
});

describe("isPartYear", () => {
  it("marks burglary counts whose unit names part of a year, nothing else", () => {
    const f = (indicator: string, unit: string) => isPartYear({ indicator, unit });
    expect(f("bostadsinbrott_anmalda", "reported residential burglaries (1 Jan - 25 Oct)")).toBe(
      true,
    );
    expect(
      f("bostadsinbrott_fullbordade_jan_sep", "completed residential burglaries (Jan - Sep)"),
    ).toBe(true);
    expect(f("bostadsinbrott_anmalda", "reported residential burglaries (to mid-November)")).toBe(
      true,
    );
    expect(f("bostadsinbrott_anmalda", "reported residential burglaries")).toBe(false);
    expect(f("oro_bostadsinbrott_index", "index 0-6 (0 = no problem; 6 = alarming)")).toBe(false);
    expect(f("bostadsinbrott_forandring_markdna", "percent change")).toBe(false);
  });
});

describe("mergeFacts", () => {
  it("keeps the chosen kommuner's rows and the police area's, file by file, with the two columns", () => {
    const row = (area: string, year: string) => ({
      indicator: "trygghetsmatning_totalindex",
      area,
      year,
      value: "1.5",
      unit: "index 0-6",
      note: "",
      source_url: "https://example.se/",
    });
    const out = mergeFacts(
      [[row("Burlövs kommun", "2018"), row(police, "2019")], [row("Staffanstorps kommun", "2019")]],
      {
        policeArea: police,
        kommuner,
        selected: ["1230"],
      },
    );
    expect(out.map((r) => [r.area, r.kommun, r.part_year])).toEqual([
      [police, "", "false"],
      ["Staffanstorps kommun", "1230", "false"],
    ]);
  });
});
