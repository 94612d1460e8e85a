import { describe, expect, it } from "vitest";
import type { AreaPriority } from "../../server/priorities/score.ts";
import { nextSort, parseSort, sortParam, sortRows } from "./sort.ts";

const row = (rank: number, name: string, score: number | null, dna: number | null) =>
  ({
    id: String(rank),
    name,
    rank,
    score,
    parts: { coverage: 0, dna: 0, burglary: 0, reach: 0, recency: 0 },
    contributions: { coverage: 1, dna, burglary: 1, reach: 1, recency: 1 },
    households_not_covered: 0,
    explanation: [],
  }) as AreaPriority;

const rows = [row(1, "Östra", 80, 10), row(2, "Alfa", 70, null), row(3, "Beta", 60, 20)];
const names = (xs: AreaPriority[]) => xs.map((r) => r.name);

describe("sortRows", () => {
  it("sorts by name the Swedish way (Ö after the rest)", () => {
    expect(names(sortRows(rows, { key: "name", dir: "asc" }))).toEqual(["Alfa", "Beta", "Östra"]);
  });

  it("keeps missing values last in both directions", () => {
    expect(names(sortRows(rows, { key: "dna", dir: "desc" }))).toEqual(["Beta", "Östra", "Alfa"]);
    expect(names(sortRows(rows, { key: "dna", dir: "asc" }))).toEqual(["Östra", "Beta", "Alfa"]);
  });

  it("breaks ties by rank and does not change its input", () => {
    const tied = [row(2, "B", 50, 1), row(1, "A", 50, 1)];
    expect(names(sortRows(tied, { key: "score", dir: "desc" }))).toEqual(["A", "B"]);
    expect(names(tied)).toEqual(["B", "A"]);
  });
});

describe("nextSort and the URL form", () => {
  it("flips the same column and starts numbers high first", () => {
    expect(nextSort({ key: "score", dir: "desc" }, "score")).toEqual({ key: "score", dir: "asc" });
    expect(nextSort({ key: "rank", dir: "asc" }, "burglary")).toEqual({
      key: "burglary",
      dir: "desc",
    });
  });

  it("reads back what it writes and defaults on nonsense", () => {
    expect(parseSort(sortParam({ key: "reach", dir: "asc" }))).toEqual({
      key: "reach",
      dir: "asc",
    });
    expect(parseSort("evil")).toEqual({ key: "rank", dir: "asc" });
  });
});
