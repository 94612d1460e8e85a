import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { weeksInPeriod } from "../server/coverage/weeks.ts";
import { lagesbildFile } from "../server/lagesbild/schema.ts";
import { prettyJson } from "./data/text.ts";
import { areaIdsOf, generateLagesbild, MISSED } from "./demo-lagesbild.ts";

const DATA = join(import.meta.dirname, "..", "data");

describe("demo lägesbild", () => {
  const ids = areaIdsOf(DATA);
  const file = generateLagesbild(ids);

  it("is the committed file, byte for byte, whatever the order of the areas", () => {
    expect(prettyJson(file)).toBe(readFileSync(join(DATA, "demo-lagesbild.json"), "utf8"));
    expect(generateLagesbild([...ids].reverse())).toEqual(file);
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
