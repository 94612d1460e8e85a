// The ranking of the next information session is per kommun, on the embedded data (the four
// kommuner of Lokalpolisområde Kävlinge): a planner of Lomma ranks Lomma's 12 areas, one of
// Staffanstorp its 17, each against its own kommun's burglary level; a planner of both gets each
// kommun's ranking as it stands alone, every row naming its kommun.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Priorities } from "../../server/priorities/routes.ts";
import { type Client, createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA);
afterAll(() => t.close());

/** The data set's own area ids per kommun, read from the file the database was seeded from. */
const file = JSON.parse(readFileSync(join(EMBEDDED_DATA, "areas.geojson"), "utf8")) as {
  features: { properties: { id: string; kommun: string } }[];
};
const idsOf = (kommun: string) =>
  file.features
    .filter((f) => f.properties.kommun === kommun)
    .map((f) => f.properties.id)
    .sort();

async function ranking(who: Client, query = ""): Promise<Priorities> {
  const res = await who.request(`/api/priorities${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Priorities;
}
const rows = (p: Priorities, kommun?: string) =>
  p.areas
    .filter((a) => kommun === undefined || a.kommun === kommun)
    .map((a) => [a.id, a.rank, a.score]);

const lomma = t.asAccount({ role: "planner", kommuner: ["1262"] });
const staffanstorp = t.asAccount({ role: "planner", kommuner: ["1230"] });
const both = t.asAccount({ role: "planner", kommuner: ["1230", "1262"] });

describe("the ranking per kommun", () => {
  it("gives a planner of Lomma Lomma's 12 areas, ranked 1 to 12", async () => {
    expect(idsOf("1262")).toHaveLength(12);
    const p = await ranking(lomma);
    expect(p.areas.map((a) => a.id).sort()).toEqual(idsOf("1262"));
    expect(p.areas.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(p.areas.map((a) => [a.kommun, a.kommun_name].join(" ")))).toEqual(
      new Set(["1262 Lomma"]),
    );
    expect(p.kommuner.map((k) => [k.code, k.name, k.areas])).toEqual([["1262", "Lomma", 12]]);
    expect(p.municipality).toEqual(p.kommuner[0]?.municipality);
  });

  it("gives a planner of Staffanstorp Staffanstorp's 17 areas, ranked 1 to 17", async () => {
    expect(idsOf("1230")).toHaveLength(17);
    const p = await ranking(staffanstorp);
    expect(p.areas.map((a) => a.id).sort()).toEqual(idsOf("1230"));
    expect(p.areas.map((a) => a.rank)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(p.kommuner.map((k) => [k.code, k.name, k.areas])).toEqual([
      ["1230", "Staffanstorp", 17],
    ]);
  });

  it("measures each kommun's burglaries against its own level, not its neighbour's", async () => {
    const [l, s] = [await ranking(lomma), await ranking(staffanstorp)];
    const level = (p: Priorities) => p.kommuner[0]?.municipality;
    // Each level is over its own areas' households only: together they make the combined one.
    const combined = (await ranking(both)).municipality;
    expect((level(l)?.households ?? 0) + (level(s)?.households ?? 0)).toBe(combined.households);
    expect((level(l)?.burglaries ?? 0) + (level(s)?.burglaries ?? 0)).toBe(combined.burglaries);
  });

  it("gives a planner of both kommuner each kommun's ranking as it stands alone", async () => {
    const p = await ranking(both);
    expect(p.kommuner.map((k) => k.code)).toEqual(["1230", "1262"]);
    expect(p.areas).toHaveLength(29);
    expect(rows(p, "1230")).toEqual(rows(await ranking(staffanstorp)));
    expect(rows(p, "1262")).toEqual(rows(await ranking(lomma)));
    // Narrowed to one kommun, it is that kommun's ranking exactly.
    expect(await ranking(both, "?kommun=1262")).toEqual(await ranking(lomma));
  });

  it("refuses a planner a kommun they do not work for", async () => {
    const res = await lomma.request("/api/priorities?kommun=1230");
    expect(res.status).toBe(403);
  });
});
