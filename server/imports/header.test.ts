import { describe, expect, it } from "vitest";
import { matchHeader } from "./header.ts";

describe("matchHeader", () => {
  it("reads the planner's mapping before the names, and ignores columns mapped to ''", () => {
    const m = matchHeader("dna-kits", ["Plats", "När", "Antal", "Färg"], false, {
      Plats: "area",
      När: "handed_out_on",
      Färg: "",
    });
    expect(m.errors).toEqual([]);
    expect(m.header).toEqual([
      { name: "Plats", field: "area", how: "mapped" },
      { name: "När", field: "handed_out_on", how: "mapped" },
      { name: "Antal", field: "kits", how: "known" },
      { name: "Färg", field: null, how: "ignored" },
    ]);
  });

  it("names unknown, repeated and missing columns by code, with the Swedish labels", () => {
    const m = matchHeader("dna-kits", ["Område", "Färg", "Antal", "Satser"]);
    expect(m.errors.map((e) => [e.line, e.field, e.code, e.params])).toEqual([
      [1, "Färg", "unknown_column", {}],
      [1, "Satser", "second_column", { column: "Antal kit", column_en: "Number of kits" }],
      [
        1,
        "Utdelningsdatum",
        "missing_column",
        { column: "Utdelningsdatum", column_en: "Date handed out" },
      ],
    ]);
  });
});
