import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WEIGHTS,
  PART_KEYS,
  type PartKey,
  type PriorityInput,
  RECENCY_HORIZON_DAYS,
  rankAreas,
  type Weights,
} from "./score.ts";

const AS_OF = "2019-12-31";

function area(id: string, over: Partial<PriorityInput> = {}): PriorityInput {
  return {
    id,
    name: `Område ${id}`,
    households: 200,
    watchHouseholds: 50,
    activeGroups: 1,
    startingGroups: 0,
    dnaHouseholds: 20,
    burglaries: 2,
    lastInfoSession: "2019-01-01",
    ...over,
  };
}

/** The reference areas the properties are checked against: different enough to spread the parts. */
const others = [
  area("b", { households: 400, watchHouseholds: 0, activeGroups: 0, burglaries: 8 }),
  area("c", { households: 100, watchHouseholds: 90, dnaHouseholds: 60, burglaries: 0 }),
];

function scoreOf(target: PriorityInput, weights: Weights = DEFAULT_WEIGHTS): number {
  const found = rankAreas([target, ...others], weights, AS_OF).areas.find(
    (a) => a.id === target.id,
  );
  if (found?.score == null) throw new Error("no score");
  return found.score;
}

const only = (key: PartKey): Weights =>
  Object.fromEntries(PART_KEYS.map((k) => [k, k === key ? 1 : 0])) as Weights;

describe("rankAreas", () => {
  it("computes each part as documented", () => {
    const [a] = rankAreas([area("a")], DEFAULT_WEIGHTS, AS_OF).areas;
    // Alone, the area is the municipality: burglary ratio 1 → 0.5; its reach is the maximum → 1.
    expect(a?.parts).toEqual({
      coverage: 0.75,
      dna: 0.9,
      burglary: 0.5,
      reach: 1,
      recency: Number((364 / RECENCY_HORIZON_DAYS).toFixed(4)),
    });
    const expected = (3 * 0.75 + 2 * 0.9 + 2 * 0.5 + 1 * 1 + 2 * (364 / 730)) / 10;
    expect(a?.score).toBe(Math.round(expected * 1000) / 10);
    const sum = PART_KEYS.reduce((s, k) => s + (a?.contributions[k] ?? 0), 0);
    expect(sum).toBeCloseTo(a?.score ?? 0, 0);
  });

  it("ignores a part whose weight is zero", () => {
    const w = { ...DEFAULT_WEIGHTS, burglary: 0 };
    expect(scoreOf(area("a", { burglaries: 0 }), w)).toBe(
      scoreOf(area("a", { burglaries: 50 }), w),
    );
    const [a] = rankAreas([area("a")], w, AS_OF).areas;
    expect(a?.contributions.burglary).toBeNull();
    expect(a?.explanation.map((e) => e.key)).not.toContain("burglaries");
  });

  it("moves the score the right way for each part", () => {
    const base = area("a");
    expect(scoreOf({ ...base, watchHouseholds: 150 })).toBeLessThan(scoreOf(base));
    expect(scoreOf({ ...base, dnaHouseholds: 150 })).toBeLessThan(scoreOf(base));
    expect(scoreOf({ ...base, burglaries: 9 })).toBeGreaterThan(scoreOf(base));
    expect(scoreOf({ ...base, households: 900 }, only("reach"))).toBeGreaterThan(
      scoreOf(base, only("reach")),
    );
    expect(scoreOf({ ...base, lastInfoSession: "2019-12-01" })).toBeLessThan(scoreOf(base));
    expect(scoreOf({ ...base, lastInfoSession: null })).toBeGreaterThan(scoreOf(base));
  });

  it("treats a session older than the horizon like no session", () => {
    const old = scoreOf(area("a", { lastInfoSession: "2016-01-01" }), only("recency"));
    expect(old).toBe(100);
    expect(scoreOf(area("a", { lastInfoSession: null }), only("recency"))).toBe(100);
  });

  it("breaks ties by households not covered, then by id, whatever the input order", () => {
    const same = { watchHouseholds: 0, activeGroups: 0, dnaHouseholds: 0, burglaries: 0 };
    const input = [
      area("z", { ...same, households: 100 }),
      area("y", { ...same, households: 100 }),
      area("x", { ...same, households: 300 }),
    ];
    const w = { ...DEFAULT_WEIGHTS, reach: 0 };
    const order = rankAreas(input, w, AS_OF).areas.map((a) => [a.id, a.rank]);
    expect(order).toEqual([
      ["x", 1],
      ["y", 2],
      ["z", 3],
    ]);
    expect(rankAreas([...input].reverse(), w, AS_OF).areas.map((a) => [a.id, a.rank])).toEqual(
      order,
    );
  });

  it("shows missing data as missing, not as zero, and renormalises the rest", () => {
    const ranked = rankAreas(
      [area("a", { households: null, lastInfoSession: null }), area("b", { burglaries: null })],
      DEFAULT_WEIGHTS,
      AS_OF,
    ).areas;
    const a = ranked.find((x) => x.id === "a");
    expect(a?.parts).toEqual({
      coverage: null,
      dna: null,
      burglary: null,
      reach: null,
      recency: 1,
    });
    expect(a?.score).toBe(100); // only recency is known, and it is at its maximum
    expect(a?.households_not_covered).toBeNull();
    expect(a?.explanation).toContainEqual({
      key: "missing",
      part: "coverage",
      reason: "no_households_estimate",
    });
    const b = ranked.find((x) => x.id === "b");
    expect(b?.parts.burglary).toBeNull();
    expect(b?.explanation).toContainEqual({
      key: "missing",
      part: "burglary",
      reason: "no_burglary_data",
    });
  });

  it("ranks an area with no weighted part known last, with score null", () => {
    const ranked = rankAreas(
      [area("a", { burglaries: null }), area("b")],
      only("burglary"),
      AS_OF,
    ).areas;
    expect(ranked.map((a) => [a.id, a.score])).toEqual([
      ["b", 50],
      ["a", null],
    ]);
  });

  it("explains coverage as no watch, starting or a share", () => {
    const explain = (over: Partial<PriorityInput>) =>
      rankAreas([area("a", over)], only("coverage"), AS_OF).areas[0]?.explanation;
    expect(explain({ activeGroups: 0, watchHouseholds: 0 })).toEqual([{ key: "no_watch" }]);
    expect(explain({ activeGroups: 0, watchHouseholds: 0, startingGroups: 2 })).toEqual([
      { key: "watch_starting", groups: 2 },
    ]);
    expect(explain({})).toEqual([{ key: "coverage", share: 0.25 }]);
  });

  it("keeps every score within 0..100 for random inputs and weights", () => {
    const gen = xoroshiro128plus(42);
    const int = (a: number, b: number) => uniformInt(gen, a, b);
    for (let round = 0; round < 200; round++) {
      const areas = Array.from({ length: int(1, 6) }, (_, i) => {
        const households = int(0, 3) === 0 ? null : int(0, 2000);
        return area(`a${i}`, {
          households,
          watchHouseholds: int(0, 2500),
          activeGroups: int(0, 2),
          dnaHouseholds: int(0, 2500),
          burglaries: int(0, 4) === 0 ? null : int(0, 40),
          lastInfoSession: int(0, 2) === 0 ? null : `201${int(0, 9)}-0${int(1, 9)}-1${int(0, 9)}`,
        });
      });
      const weights = Object.fromEntries(PART_KEYS.map((k) => [k, int(0, 10)])) as Weights;
      for (const a of rankAreas(areas, weights, AS_OF).areas) {
        if (a.score === null) continue;
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(100);
      }
    }
  });
});
