import { describe, expect, it } from "vitest";
import type { ExplanationItem } from "../../server/priorities/score.ts";
import { explanationText } from "./explain.ts";

const example: ExplanationItem[] = [
  { key: "no_watch" },
  { key: "households", n: 410 },
  { key: "burglaries", n: 7, ratio: 2.1 },
  { key: "last_session", date: "2018-03-14" },
];

describe("explanationText", () => {
  it("reads as the issue's Swedish example", () => {
    expect(explanationText(example, "sv")).toBe(
      "ingen grannsamverkan · 410 hushåll · 7 inbrott på 12 mån (2,1 × kommunens nivå) · ingen informationsträff sedan mars 2018",
    );
  });

  it("says the same in English", () => {
    expect(explanationText(example, "en")).toBe(
      "no neighbourhood watch · 410 households · 7 burglaries in 12 months (2.1 × the municipality's level) · no information session since March 2018",
    );
  });

  it("names missing data as missing, never as zero", () => {
    const items: ExplanationItem[] = [
      { key: "missing", part: "coverage", reason: "no_households_estimate" },
      { key: "missing", part: "burglary", reason: "no_burglary_data" },
      { key: "last_session", date: null },
    ];
    expect(explanationText(items, "sv")).toBe(
      "hushållsuppskattning saknas · inbrottsdata saknas · ingen informationsträff registrerad",
    );
    expect(explanationText(items, "en")).toContain("households estimate missing");
  });

  it("words coverage, märk-DNA and a starting group in English", () => {
    const items: ExplanationItem[] = [
      { key: "coverage", share: 0.42 },
      { key: "households", n: 1234 },
      { key: "burglaries", n: 0, ratio: null },
      { key: "dna", share: 0.05 },
      { key: "watch_starting", groups: 1 },
    ];
    expect(explanationText(items, "en")).toBe(
      "neighbourhood watch in 42% of households · 1,234 households without neighbourhood watch · 0 burglaries in 12 months · property marking in 5% of households · neighbourhood watch starting (1 group)",
    );
  });
});
