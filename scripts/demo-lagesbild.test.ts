import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { weeksInPeriod } from "../server/coverage/weeks.ts";
import { lagesbildFile } from "../server/lagesbild/schema.ts";
import { prettyJson } from "./data/text.ts";
import { areasOf, generatePoliceAreaLagesbild, MISSED } from "./demo-lagesbild.ts";

const DATA = join(import.meta.dirname, "..", "data");

describe("demo lägesbild", () => {
  const areas = areasOf(DATA);
  const ids = areas.map((a) => a.id);
  const file = generatePoliceAreaLagesbild(areas);

  it("is the committed file, byte for byte, whatever the order of the areas", () => {
    expect(prettyJson(file)).toBe(readFileSync(join(DATA, "demo-lagesbild.json"), "utf8"));
    expect(generatePoliceAreaLagesbild([...areas].reverse())).toEqual(file);
  });

  it("flags areas of every kommun, and a kommun's part does not depend on the others", () => {
    const kommuner = [...new Set(areas.map((a) => a.kommun))];
    expect(kommuner.length).toBe(4);
    const flagged = new Set(file.entries.flatMap((e) => e.areas.map((a) => a.area_id.slice(0, 4))));
    expect([...flagged].sort()).toEqual([...kommuner].sort());
    const lomma = generatePoliceAreaLagesbild(areas.filter((a) => a.kommun === "1262"));
    const lommaInAll = file.entries.map((e) => e.areas.filter((a) => a.area_id.startsWith("1262")));
    expect(lomma.entries.map((e) => e.areas)).toEqual(lommaInAll);
  });

  it("has one entry a week from July 2018 to December 2019 except the missed weeks", () => {
    const weeks = weeksInPeriod("2018-07-01", "2019-12-31");
    expect(file.entries.map((e) => e.week)).toEqual(weeks.filter((w) => !MISSED.includes(w)));
    expect(lagesbildFile.safeParse(file).success).toBe(true);
    for (const e of file.entries) {
      expect(e.areas.length).toBeGreaterThanOrEqual(1);
      expect(e.areas.every((a) => ids.includes(a.area_id))).toBe(true);
    }
  });
});
