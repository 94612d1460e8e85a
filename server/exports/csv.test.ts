import { describe, expect, it } from "vitest";
import { formatCell, neutralise, toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("writes what Swedish Excel opens: BOM, semicolons, CRLF, decimal commas", () => {
    const csv = toCsv(
      ["namn", "lat", "andel", "demo"],
      [
        ["Alfa", 55.6401, 0.45, true],
        ["Beta; Gamma", -0.5, null, false],
      ],
    );
    expect(csv).toBe(
      '\uFEFFnamn;lat;andel;demo\r\nAlfa;55,6401;0,45;ja\r\n"Beta; Gamma";-0,5;;nej\r\n',
    );
  });

  it("quotes quotes and line breaks", () => {
    expect(formatCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(formatCell("rad 1\nrad 2")).toBe('"rad 1\nrad 2"');
  });
});

describe("neutralise", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+46 70 123", "'+46 70 123"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
  ])("prefixes %j with an apostrophe", (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  it("leaves ordinary text and numbers alone", () => {
    expect(neutralise("Polisen")).toBe("Polisen");
    expect(neutralise("a=b")).toBe("a=b");
    expect(formatCell(-13.2)).toBe("-13,2");
  });

  it("quotes a neutralised cell that also needs quoting", () => {
    expect(formatCell('=HYPERLINK("x";"y")')).toBe('"\'=HYPERLINK(""x"";""y"")"');
  });
});
