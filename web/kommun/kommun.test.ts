import { describe, expect, it } from "vitest";
import {
  ALL,
  featuresOf,
  groupByKommun,
  kommunChoiceIn,
  kommunName,
  publicKommunQuery,
  workKommunQuery,
} from "./kommun.ts";

const FOUR = [
  { code: "1230", name: "Staffanstorp" },
  { code: "1231", name: "Burlöv" },
  { code: "1261", name: "Kävlinge" },
  { code: "1262", name: "Lomma" },
];

describe("kommunChoiceIn", () => {
  const planner = { kommuner: FOUR, fallback: "1230", allowAll: false };
  const police = { kommuner: FOUR, fallback: ALL, allowAll: true };

  it("takes a kommun the caller covers from the URL", () => {
    expect(kommunChoiceIn("1262", planner)).toBe("1262");
    expect(kommunChoiceIn("1231", police)).toBe("1231");
  });

  it("falls back for a missing, unknown or malformed kommun", () => {
    expect(kommunChoiceIn(null, planner)).toBe("1230");
    expect(kommunChoiceIn("0180", planner)).toBe("1230");
    expect(kommunChoiceIn("lomma", police)).toBe(ALL);
  });

  it("offers the whole police area only where the view allows it", () => {
    expect(kommunChoiceIn(ALL, police)).toBe(ALL);
    expect(kommunChoiceIn(ALL, planner)).toBe("1230");
    // A fallback of the whole area where it is not allowed: the first kommun.
    expect(kommunChoiceIn(null, { ...police, allowAll: false })).toBe("1230");
  });

  it("is always the one kommun of a caller who covers one", () => {
    const lomma = { kommuner: [{ code: "1262", name: "Lomma" }], fallback: "1230", allowAll: true };
    expect(kommunChoiceIn(null, lomma)).toBe("1262");
    expect(kommunChoiceIn(ALL, lomma)).toBe("1262");
    expect(kommunChoiceIn("1230", lomma)).toBe("1262");
  });
});

describe("the API's kommun parameter", () => {
  it("narrows a logged-in call to one kommun, and leaves the whole area unnamed", () => {
    expect(workKommunQuery("1262")).toEqual({ kommun: "1262" });
    expect(workKommunQuery(ALL)).toEqual({});
    expect(workKommunQuery(undefined)).toEqual({});
  });

  it("asks the public API for one kommun or `all`", () => {
    expect(publicKommunQuery("1261")).toEqual({ kommun: "1261" });
    expect(publicKommunQuery(ALL)).toEqual({ kommun: "all" });
    expect(publicKommunQuery(undefined)).toEqual({});
  });
});

describe("groupByKommun", () => {
  const rows = [
    { id: "a", k: "1262" },
    { id: "b", k: "1231" },
    { id: "c", k: undefined },
    { id: "d", k: "1262" },
    { id: "e", k: "0180" },
  ];
  const of = (r: (typeof rows)[number]) => r.k;

  it("groups in the kommuner's order, then unknown kommuner, then rows of none", () => {
    const groups = groupByKommun(rows, of, FOUR);
    expect(groups.map((g) => [g.code, g.name, g.items.map((r) => r.id).join("")])).toEqual([
      ["1231", "Burlöv", "b"],
      ["1262", "Lomma", "ad"],
      ["0180", "0180", "e"],
      ["", "", "c"],
    ]);
  });

  it("keeps one kommun's group when asked", () => {
    expect(groupByKommun(rows, of, FOUR, "1231").map((g) => g.code)).toEqual(["1231"]);
    expect(groupByKommun(rows, of, FOUR, ALL)).toHaveLength(4);
  });

  it("names a kommun, or gives its code", () => {
    expect(kommunName(FOUR, "1261")).toBe("Kävlinge");
    expect(kommunName(FOUR, "9999")).toBe("9999");
  });
});

describe("featuresOf", () => {
  const f = (id: string, kommun?: string) => ({ id, properties: kommun ? { kommun } : {} });
  const all = [f("a", "1230"), f("b", "1261"), f("c")];

  it("keeps one kommun's features, and those that name none", () => {
    expect(featuresOf(all, "1261").map((x) => x.id)).toEqual(["b", "c"]);
  });

  it("keeps every feature for the whole police area or no choice", () => {
    expect(featuresOf(all, ALL)).toHaveLength(3);
    expect(featuresOf(all, undefined)).toHaveLength(3);
  });
});
