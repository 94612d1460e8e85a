import { describe, expect, it } from "vitest";
import { dnaKitInput } from "../../server/dna-kits/schema.ts";
import { createPresence } from "../../server/presence/schema.ts";
import { visitInput } from "../../server/visits/schema.ts";
import { nextWrite, random } from "./writers.ts";

const AREAS = ["12300101", "12300409"];
const NOW = new Date("2026-11-30T12:00:00Z");

describe("nextWrite", () => {
  it("alternates a planner's märk-DNA hand-out and contact meeting, each valid for the API", () => {
    const rand = random(1);
    const writes = [0, 1, 2].map((n) => nextWrite("planner", n, AREAS, rand, NOW));
    expect(writes.map((w) => w.path)).toEqual(["/api/dna-kits", "/api/visits", "/api/dna-kits"]);
    expect(dnaKitInput.safeParse(writes[0]?.body).success).toBe(true);
    expect(visitInput.safeParse(writes[1]?.body).success).toBe(true);
    expect(writes[0]?.body).toMatchObject({ handed_out_on: "2026-11-30" });
  });

  it("gives police a presence in an area that ended within the past day", () => {
    const rand = random(2);
    for (let n = 0; n < 50; n++) {
      const w = nextWrite("police", n, AREAS, rand, NOW);
      expect(w.path).toBe("/api/internal/presence");
      const parsed = createPresence.safeParse(w.body);
      expect(parsed.success).toBe(true);
      const { starts_at, ends_at } = parsed.data as { starts_at: number; ends_at: number };
      expect(ends_at).toBeLessThanOrEqual(NOW.getTime());
      expect(ends_at).toBeGreaterThan(NOW.getTime() - 24 * 3_600_000);
      expect(ends_at - starts_at).toBeGreaterThanOrEqual(10 * 60_000);
      expect(ends_at - starts_at).toBeLessThan(90 * 60_000);
    }
  });
});

describe("random", () => {
  it("repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = random(7);
    const b = random(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 3)).toEqual([b(), b(), b()]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
