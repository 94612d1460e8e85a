import { describe, expect, it } from "vitest";
import { decimalSv, monthYearSv, summarySv } from "./summary.ts";

const NBSP = "\u00a0";

describe("summarySv", () => {
  it("reads like the issue's example", () => {
    expect(
      summarySv([
        { key: "no_watch" },
        { key: "households", n: 410 },
        { key: "burglaries", n: 7, ratio: 2.1 },
        { key: "last_session", date: "2018-03-14" },
      ]),
    ).toBe(
      "ingen grannsamverkan · 410 hushåll · 7 inbrott på 12 mån (2,1 × kommunens nivå) · ingen informationsträff sedan mars 2018",
    );
  });

  it("names shares, starting groups, never-visited areas and large numbers the Swedish way", () => {
    expect(
      summarySv([
        { key: "coverage", share: 0.45 },
        { key: "dna", share: 0.125 },
        { key: "households", n: 1250 },
        { key: "last_session", date: null },
      ]),
    ).toBe(
      `grannsamverkan i 45${NBSP}% av hushållen · märk-DNA i 13${NBSP}% av hushållen · 1${NBSP}250 hushåll utan grannsamverkan · ingen informationsträff registrerad`,
    );
    expect(summarySv([{ key: "watch_starting", groups: 2 }])).toBe(
      "grannsamverkan startar (2 grupper)",
    );
  });

  it("says what is missing, once", () => {
    expect(
      summarySv([
        { key: "missing", part: "coverage", reason: "no_households_estimate" },
        { key: "missing", part: "dna", reason: "no_households_estimate" },
        { key: "missing", part: "burglary", reason: "no_burglary_data" },
        { key: "burglaries", n: 0, ratio: null },
      ]),
    ).toBe("hushållsuppskattning saknas · inbrottsdata saknas · 0 inbrott på 12 mån");
  });
});

describe("formatting helpers", () => {
  it("writes decimals with a comma and months in Swedish", () => {
    expect(decimalSv(2.14)).toBe("2,1");
    expect(monthYearSv("2019-12-01")).toBe("december 2019");
  });
});
