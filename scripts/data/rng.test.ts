import { describe, expect, it } from "vitest";
import { Rng } from "./rng.ts";

const draw = (r: Rng) => Array.from({ length: 20 }, () => r.int(0, 1000));

describe("Rng", () => {
  it("repeats exactly for the same seed", () => {
    expect(draw(Rng.seeded(20180713))).toEqual(draw(Rng.seeded(20180713)));
  });
  it("forks streams that do not depend on how much the parent draws later", () => {
    const a = Rng.seeded(1);
    const b = Rng.seeded(1);
    const childA = a.fork();
    const childB = b.fork();
    draw(a);
    expect(draw(childA)).toEqual(draw(childB));
    expect(draw(a.fork())).not.toEqual(draw(Rng.seeded(1).fork()));
  });
  it("stays in range and respects weights of zero", () => {
    const r = Rng.seeded(7);
    for (let i = 0; i < 500; i++) {
      const x = r.int(3, 5);
      expect(x >= 3 && x <= 5).toBe(true);
      expect(r.weighted([0, 1, 0])).toBe(1);
    }
    expect(r.binomial(10, 0)).toBe(0);
    expect(r.binomial(10, 1)).toBe(10);
  });
});
