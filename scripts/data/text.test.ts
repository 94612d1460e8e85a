import { describe, expect, it } from "vitest";
import { featureCollectionText, markdownTable, parseCsv, replaceBetween } from "./text.ts";

describe("parseCsv", () => {
  it("reads quoted fields with commas and doubled quotes", () => {
    const rows = parseCsv('a,b\n"x, y","say ""hi"""\r\n1,2\n');
    expect(rows).toEqual([
      { a: "x, y", b: 'say "hi"' },
      { a: "1", b: "2" },
    ]);
  });
  it("names the line of a ragged row", () => {
    expect(() => parseCsv("a,b\n1\n")).toThrow(/row 2/);
  });
});

describe("featureCollectionText", () => {
  it("writes one feature per line and a trailing newline", () => {
    const text = featureCollectionText([{ a: 1 }, { b: 2 }]);
    expect(text).toBe('{"type":"FeatureCollection","features":[\n{"a":1},\n{"b":2}\n]}\n');
    expect(JSON.parse(text).features).toHaveLength(2);
  });
});

describe("replaceBetween", () => {
  it("replaces only the marked part", () => {
    expect(replaceBetween("x\n<s>\nold\n<e>\ny", "<s>", "<e>", "new\n")).toBe(
      "x\n<s>\nnew\n<e>\ny",
    );
  });
});

describe("markdownTable", () => {
  it("pads columns and right-aligns numbers", () => {
    expect(
      markdownTable(
        ["area", "n"],
        [
          ["Å", 5],
          ["Borggård", 12],
        ],
      ),
    ).toBe(
      ["| area     |   n |", "| -------- | --: |", "| Å        |   5 |", "| Borggård |  12 |"].join(
        "\n",
      ),
    );
  });
});
