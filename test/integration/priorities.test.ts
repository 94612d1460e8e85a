// GET /api/priorities over the hand-made fixture. By hand, at 2019-12-31 (default period 2019):
// Alfa 200 hh, 90 in active groups, 25 kits, 3 burglaries in 2019, last info session 2019-06-10;
// Beta 100 hh, one starting group, 5 kits, 4 burglaries, no info session (a contact meeting and a
// walk only); Gamma 50 hh, nothing, a recorded 0 burglaries. Municipality: 7 / 350 hh = 20 per 1 000.
import { afterAll, describe, expect, it } from "vitest";
import type { Priorities } from "../../server/priorities/routes.ts";
import { createTestApp } from "../helpers/test-app.ts";

const t = createTestApp();
afterAll(() => t.close());

async function priorities(query = ""): Promise<Priorities> {
  const res = await t.app.request(`/api/priorities${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Priorities;
}

const byId = (p: Priorities, id: string) => p.areas.find((a) => a.id === id);

describe("GET /api/priorities", () => {
  it("ranks the areas with their parts, points, explanation and summary", async () => {
    const p = await priorities();
    expect(p.period).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    expect(p.burglary_window).toEqual({ from: "2019-01-01", to: "2019-12-31" });
    expect(p.weights).toEqual({ coverage: 3, dna: 2, burglary: 2, reach: 1, recency: 2 });
    expect(p.municipality).toEqual({ burglaries: 7, households: 350, burglary_rate_per_1000: 20 });
    expect(p.areas.map((a) => [a.rank, a.name, a.score])).toEqual([
      // Beta: (3·1 + 2·0.95 + 2·(2/3) + 1·(100/110) + 2·1) / 10
      [1, "Beta", 91.4],
      // Gamma: (3·1 + 2·1 + 2·0 + 1·(50/110) + 2·1) / 10
      [2, "Gamma", 74.5],
      // Alfa: (3·0.55 + 2·0.875 + 2·(0.75/1.75) + 1·1 + 2·(204/730)) / 10
      [3, "Alfa", 58.2],
    ]);
    expect(byId(p, "12300001")?.parts).toEqual({
      coverage: 0.55,
      dna: 0.875,
      burglary: 0.4286,
      reach: 1,
      recency: 0.2795,
    });
    const beta = byId(p, "12300002");
    expect(beta?.explanation).toEqual([
      { key: "watch_starting", groups: 1 },
      { key: "households", n: 100 },
      { key: "burglaries", n: 4, ratio: 2 },
      { key: "dna", share: 0.05 },
      { key: "last_session", date: null },
    ]);
    expect(beta?.contributions).toEqual({
      coverage: 30,
      dna: 19,
      burglary: 13.3,
      reach: 9.1,
      recency: 20,
    });
    expect(beta?.summary).toBe(
      "grannsamverkan startar (1 grupp) · 100 hushåll utan grannsamverkan · 4 inbrott på 12 mån (2,0 × kommunens nivå) · märk-DNA i 5\u00a0% av hushållen · ingen informationsträff registrerad",
    );
    expect(byId(p, "12300001")?.summary).toContain("ingen informationsträff sedan juni 2019");
  });

  it("scores by the given weights; a zero weight leaves its part out", async () => {
    const p = await priorities("?w_coverage=0&w_dna=0&w_burglary=1&w_reach=0&w_recency=0");
    expect(p.areas.map((a) => [a.name, a.score])).toEqual([
      ["Beta", 66.7],
      ["Alfa", 42.9],
      ["Gamma", 0],
    ]);
    expect(byId(p, "12300002")?.explanation).toEqual([{ key: "burglaries", n: 4, ratio: 2 }]);
  });

  it("counts burglaries over the 12 months ending at `to`, and shows missing data as missing", async () => {
    const p = await priorities("?from=2018-10-01&to=2018-12-31");
    expect(p.burglary_window).toEqual({ from: "2018-01-01", to: "2018-12-31" });
    // Only Alfa has burglary rows in 2018 (3 in Q4): it is the municipality's level.
    expect(p.municipality).toEqual({ burglaries: 3, households: 200, burglary_rate_per_1000: 15 });
    expect(byId(p, "12300001")?.parts.burglary).toBe(0.5);
    const beta = byId(p, "12300002");
    expect(beta?.parts.burglary).toBeNull();
    expect(beta?.contributions.burglary).toBeNull();
    expect(beta?.explanation).toContainEqual({
      key: "missing",
      part: "burglary",
      reason: "no_burglary_data",
    });
    expect(beta?.summary).toContain("inbrottsdata saknas");
    // Renormalised over the weights that remain (3 + 2 + 1 + 2); at the end of 2018 Alfa has 140
    // households outside groups, Beta 100: (3·1 + 2·1 + 1·(100/140) + 2·1) / 8.
    expect(beta?.score).toBe(96.4);
  });

  it("rejects bad weights and periods with a 400 naming each field", async () => {
    const cases: [string, string[]][] = [
      ["?w_dna=11", ["w_dna"]],
      ["?w_reach=-1&w_recency=abc", ["w_reach", "w_recency"]],
      ["?w_coverage=0&w_dna=0&w_burglary=0&w_reach=0&w_recency=0", ["w_coverage", "w_recency"]],
      ["?to=2019-02-30", ["to"]],
      ["?from=2019-06-01&to=2019-01-01", ["from"]],
      ["?weight=3", ["weight"]],
    ];
    for (const [query, fields] of cases) {
      const res = await t.app.request(`/api/priorities${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { fields: { field: string }[] } };
      expect(
        body.error.fields.map((f) => f.field),
        query,
      ).toEqual(expect.arrayContaining(fields));
    }
  });

  it("never carries contact persons", async () => {
    const res = await t.app.request("/api/priorities");
    expect(await res.text()).not.toMatch(/Kontakt Person|example\.se|070-174|contact_/);
  });
});

describe("missing households estimate", () => {
  it("leaves the household parts out and says so", async () => {
    const local = createTestApp();
    local.db.prepare("UPDATE areas SET households = 0 WHERE id = '12300003'").run();
    const res = await local.app.request("/api/priorities");
    const gamma = ((await res.json()) as Priorities).areas.find((a) => a.id === "12300003");
    local.close();
    expect(gamma?.parts).toEqual({
      coverage: null,
      dna: null,
      burglary: null,
      reach: null,
      recency: 1,
    });
    expect(gamma?.households_not_covered).toBeNull();
    expect(gamma?.score).toBe(100);
    expect(gamma?.summary).toBe(
      "hushållsuppskattning saknas · ingen informationsträff registrerad",
    );
  });
});
