import { describe, expect, it } from "vitest";
import type { PublicFact } from "../../server/privacy/facts.ts";
import type { PublicActivityPromise } from "../../server/privacy/progress-activities.ts";
import type { PublicFigure } from "../../server/privacy/progress-goal-figures.ts";
import { createI18n } from "../i18n/i18n.ts";
import {
  activityDone,
  figureLabel,
  figurePeriod,
  figureValue,
  gapLabels,
  monthLabel,
  monthsInEnglish,
  periodName,
  quarterLong,
  quarterShort,
  referenceLines,
  releasedText,
  shortList,
  smallCountText,
  weekLabel,
} from "./wording.ts";

const sv = createI18n("sv").t;
const en = createI18n("en").t;
// Intl uses no-break spaces; compare with plain ones for readability.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const figure = (over: Partial<PublicFigure>): PublicFigure => ({
  min: 21,
  max: 29,
  approximate: true,
  kind: "count",
  value: null,
  label: "",
  source_url: null,
  demo: true,
  ...over,
});

const promise = (over: Partial<PublicActivityPromise>): PublicActivityPromise => ({
  id: 1,
  title_sv: "",
  title_en: "",
  measure: "",
  evidence: "info_session",
  target: 5,
  unit: "count",
  deadline: "2019-12-31",
  done: 8,
  status: "achieved",
  provisional: false,
  gaps: [],
  demo: true,
  ...over,
});

describe("quarters, weeks and months", () => {
  it("says a quarter short in tables and long in sentences, never 2018-Q4", () => {
    expect(quarterShort("2018-Q4", sv)).toBe("kv. 4 2018");
    expect(quarterLong("2018-Q4", sv)).toBe("kvartal 4 2018");
    expect(quarterShort("2018-Q4", en)).toBe("Q4 2018");
  });
  it("says an ISO week as v. 29 2018", () => {
    expect(weekLabel("2018-W29", sv)).toBe("v. 29 2018");
    expect(weekLabel("2019-W07", sv)).toBe("v. 7 2019");
    expect(weekLabel("2019-W07", en)).toBe("week 7 2019");
  });
  it("names a month", () => {
    expect(monthLabel("2019-03", "sv")).toBe("mars 2019");
    expect(monthLabel("2019-03", "en")).toBe("March 2019");
  });
});

describe("figures", () => {
  it("shows a range where a quarter under 5 is part of it, else the exact count", () => {
    expect(figureValue(figure({}), "sv")).toBe("21–29");
    expect(figureValue(figure({ min: 0, max: 4 }), "sv")).toBe("<5");
    // Exact figures are of what is public exactly (areas with grannsamverkan), small or not.
    expect(figureValue(figure({ min: 1, max: 1, approximate: false, value: 1 }), "sv")).toBe("1");
    expect(plain(figureValue(figure({ min: 1308, max: 1308, approximate: false }), "sv"))).toBe(
      "1 308",
    );
    expect(figureValue(figure({ kind: "index", min: 2.12, max: 2.12, value: 2.12 }), "sv")).toBe(
      "2,12",
    );
  });
  it("says exactly which quarters or which day a figure stands for", () => {
    const quarters = { first: "2018-Q3", last: "2018-Q4" };
    expect(figurePeriod(figure({ quarters }), sv, "sv")).toBe("kvartal 3 2018 – kvartal 4 2018");
    expect(
      figurePeriod(figure({ quarters: { first: "2018-Q4", last: "2018-Q4" } }), sv, "sv"),
    ).toBe("kvartal 4 2018");
    expect(figurePeriod(figure({ as_of: "2018-06-30" }), sv, "sv")).toBe("30 juni 2018");
    expect(figurePeriod(figure({ as_of: "2018-06-30" }), en, "en")).toBe("30 Jun 2018");
  });
  it("words the labels in English from what the figure is", () => {
    const index = figure({ kind: "index", label: "Trygghetsmätningen 2017" });
    expect(figureLabel(index, "baseline", sv, "sv")).toBe("Trygghetsmätningen 2017");
    expect(figureLabel(index, "baseline", en, "en")).toBe("Safety survey 2017");
    const before = figure({
      label: "Samma period ett år tidigare",
      quarters: { first: "2017-Q3", last: "2017-Q4" },
    });
    expect(figureLabel(before, "baseline", en, "en")).toBe("the same quarters a year earlier");
    expect(figureLabel(figure({ label: "Vid periodens början" }), "baseline", en, "en")).toBe(
      "at the start of the period",
    );
  });
  it("shows a released count as <5 or grouped", () => {
    expect(smallCountText({ value: null, display: "<5" }, "sv")).toBe("<5");
    expect(plain(smallCountText({ value: 1308, display: "1308" }, "sv"))).toBe("1 308");
    expect(smallCountText(null, "sv")).toBe("—");
  });
  it("shows a police-area total as exact, as the range its kommuner's <5 allow, or <5", () => {
    // 12 and "<5" → 12–16; four "<5" → 0–16; one "<5" alone → 0–4, which stays "<5".
    const t = (min: number, max: number, approximate: boolean, display: string) =>
      releasedText({ min, max, approximate, display }, "sv");
    expect(t(12, 16, true, "12–16")).toBe("12–16");
    expect(t(0, 16, true, "0–16")).toBe("0–16");
    expect(t(0, 4, true, "<5")).toBe("<5");
    expect(plain(t(1308, 1308, false, "1308"))).toBe("1 308");
    expect(releasedText(null, "en")).toBe("—");
  });
});

describe("periods", () => {
  it("keeps the planners' name in Swedish and words it from the years in English", () => {
    const p = { name: "Medborgarlöften 2018–2019", starts_on: "2018-07-13", ends_on: "2019-12-31" };
    expect(periodName(p, sv, "sv")).toBe("Medborgarlöften 2018–2019");
    expect(periodName(p, en, "en")).toBe("Citizen promises 2018–2019");
  });
});

describe("activities", () => {
  it("counts exactly against the target, and says so when nothing is recorded", () => {
    expect(activityDone(promise({}), sv, "sv")).toBe("8 (mål: minst 5)");
    expect(activityDone(promise({}), en, "en")).toBe("8 (target: at least 5)");
    expect(activityDone(promise({ done: 0, status: "no_record", target: 1 }), sv, "sv")).toBe(
      "inget registrerat",
    );
  });
  it("counts recurring promises in months or weeks", () => {
    const monthly = promise({ unit: "month", done: 17, target: 18, gaps: ["2018-07"] });
    expect(activityDone(monthly, sv, "sv")).toBe("17 av 18 månader");
    expect(gapLabels(monthly, sv, "sv")).toEqual(["juli 2018"]);
    const weekly = promise({ unit: "week", done: 69, target: 76, gaps: ["2018-W29", "2019-W01"] });
    expect(activityDone(weekly, sv, "sv")).toBe("69 av 76 veckor");
    expect(gapLabels(weekly, sv, "sv")).toEqual(["v. 29 2018", "v. 1 2019"]);
  });
  it("leaves the unit to a measure that starts with it: no 'veckor veckor'", () => {
    const weekly = promise({ unit: "week", done: 21, target: 76, measure: "veckor med lägesbild" });
    expect(activityDone(weekly, sv, "sv")).toBe("21 av 76");
    const monthly = promise({
      unit: "month",
      done: 6,
      target: 18,
      measure: "månader med utskick",
      evidence: "message_monthly",
    });
    expect(activityDone(monthly, sv, "sv")).toBe("6 av 18");
    expect(activityDone(monthly, en, "en")).toBe("6 of 18"); // "months with a message"
  });
  it("writes a few items out and counts the rest", () => {
    expect(shortList(["a"])).toBe("a");
    expect(shortList(["a", "b", "c"], 2)).toBe("a, b … (+1)");
  });
});

describe("real facts beside the goals", () => {
  const fact = (
    indicator: string,
    year: string,
    value: number,
    url: string | null,
  ): PublicFact => ({
    indicator,
    year,
    value,
    unit: "",
    part_year: false,
    source_url: url,
  });
  it("names the promise document when the fact has no web source", () => {
    const lines = referenceLines(
      [fact("andel_oroliga_bostadsinbrott", "2018", 65, null)],
      sv,
      "sv",
    );
    expect(lines).toEqual([
      {
        key: "andel_oroliga_bostadsinbrott",
        text: "65 % av invånarna oroar sig för att drabbas av bostadsinbrott, den högsta siffran om oro i polisens trygghetsmätning",
        sources: [{ url: null, label: "medborgarlöftet 2018–2019" }],
      },
    ]);
  });
  it("says the survey index as one series with decimal commas", () => {
    const lines = referenceLines(
      [
        fact("trygghetsmatning_totalindex", "2015", 1.31, "https://staffanstorp.se/2016/x"),
        fact("trygghetsmatning_totalindex", "2017", 2.12, "https://www.sydsvenskan.se/y"),
        fact("trygghetsmatning_totalindex", "2018", 1.87, "https://www.sydsvenskan.se/y"),
      ],
      sv,
      "sv",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "Trygghetsmätningens totala problemindex (0–6, lägre är bättre): 2015: 1,31 · 2017: 2,12 · 2018: 1,87",
    ]);
    expect(lines[0]?.sources).toEqual([
      { url: "https://staffanstorp.se/2016/x", label: "staffanstorp.se" },
      { url: "https://www.sydsvenskan.se/y", label: "sydsvenskan.se" },
    ]);
  });
  it("says the märk-DNA target with the kommun's households, and the 2016 uptake", () => {
    const lines = referenceLines(
      [
        fact("markdna_hushall", "2016", 2000, "https://c.example/"),
        fact("markdna_hushall_mal", "2015", 3000, "https://d.example/"),
        fact("hushall_totalt", "2015", 8855, "https://d.example/"),
      ],
      sv,
      "sv",
    );
    expect(lines.map((l) => plain(l.text))).toEqual([
      "Fler än 2 000 hushåll hade märk-DNA i november 2016",
      "Målet i Staffanstorpsmodellen: minst 3 000 av kommunens 8 855 hushåll med märk-DNA",
    ]);
  });
  it("says the trial's change in burglaries", () => {
    const lines = referenceLines(
      [fact("bostadsinbrott_forandring_markdna", "2015-2016", -37, "https://e.example/")],
      sv,
      "sv",
    );
    expect(lines[0]?.text).toBe(
      "\u221237 % anmälda bostadsinbrott under försöket med märk-DNA 2015–2016, jämfört med året före",
    );
  });
});

describe("monthsInEnglish", () => {
  it("puts a published figure's Swedish months in English", () => {
    expect(monthsInEnglish("Januari–september 2018")).toBe("January–September 2018");
    expect(monthsInEnglish("Trygghetsmätningen 2017")).toBe("Trygghetsmätningen 2017");
  });
});
