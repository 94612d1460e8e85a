import { describe, expect, it } from "vitest";
import { fold, MAX_QUOTED, quoted, readDate, readDecimal, readWhole, splitList } from "./values.ts";

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) =>
  r.ok ? r.value : `error: ${r.message}`;

describe("readDate", () => {
  it.each([
    ["2019-06-10", "2019-06-10"],
    ["10/6/2019", "2019-06-10"],
    ["10.06.2019", "2019-06-10"],
    ["1.2.2019", "2019-02-01"],
    ["2019-06-10 00:00", "2019-06-10"],
  ])("reads %s as %s", (cell, iso) => {
    expect(value(readDate(cell))).toBe(iso);
  });

  it.each(["2019-02-30", "13/13/2019", "6/10/19", "juni 2019", "2019/06/10"])(
    "refuses %s",
    (cell) => {
      expect(value(readDate(cell))).toMatch(/^error: .*YYYY-MM-DD/);
    },
  );
});

describe("numbers", () => {
  it("reads decimal commas and points", () => {
    expect(value(readDecimal("55,6401"))).toBe(55.6401);
    expect(value(readDecimal("13.2"))).toBe(13.2);
    expect(value(readDecimal("\u22120,5"))).toBe(-0.5);
    expect(value(readDecimal("1,234,5"))).toMatch(/^error/);
  });

  it("reads whole numbers with spaces between thousands", () => {
    expect(value(readWhole("1 250"))).toBe(1250);
    expect(value(readWhole("1\u00a0250"))).toBe(1250);
    expect(value(readWhole("12,5"))).toMatch(/^error/);
  });
});

describe("words", () => {
  it("folds case, accents and punctuation", () => {
    expect(fold("Märk-DNA satser")).toBe("markdnasatser");
  });

  it("splits lists on commas, semicolons, slashes and 'och'", () => {
    expect(splitList("Polisen, kommun")).toEqual(["Polisen", "kommun"]);
    expect(splitList("polis och kommun")).toEqual(["polis", "kommun"]);
    expect(splitList("polis/kommun; polis")).toEqual(["polis", "kommun", "polis"]);
  });
});

describe("quoted", () => {
  it("quotes a short cell whole", () => {
    expect(quoted("abc")).toBe("'abc'");
  });
  it("cuts a long cell, so an error list of a big file stays small", () => {
    const q = quoted("x".repeat(10_000));
    expect(q).toBe(`'${"x".repeat(MAX_QUOTED)}…'`);
    expect(value(readWhole(`${"9".repeat(100)}x`))).toBe(
      `error: '${"9".repeat(60)}…' is not a whole number`,
    );
  });
});
