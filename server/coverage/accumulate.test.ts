import { describe, expect, it } from "vitest";
import { TotalsAccumulator } from "./accumulate.ts";

describe("TotalsAccumulator", () => {
  it("sums pieces into rows ordered by area, day and band", () => {
    const acc = new TotalsAccumulator(3, 2); // tiny capacity: growing is exercised too
    acc.add(2, 18000, 1, 60, true, true);
    acc.add(0, 18001, 0, 30, false, true);
    acc.add(0, 18000, 7, 600, true, true);
    acc.add(0, 18000, 7, 120, true, false);
    acc.add(0, 18000, 7, 45, false, true);
    const rows: number[][] = [];
    acc.forEachRow((...r) => rows.push(r));
    expect(rows).toEqual([
      [0, 18000, 7, 720, 1, 45, 1],
      [0, 18001, 0, 0, 0, 30, 1],
      [2, 18000, 1, 60, 1, 0, 0],
    ]);
  });

  it("matches a plain map aggregation on random pieces", () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const acc = new TotalsAccumulator(50);
    const expected = new Map<string, [number, number, number, number]>();
    for (let i = 0; i < 20_000; i++) {
      const [a, d, b, s, eff, visit] = [
        rnd(50),
        17_000 + rnd(400),
        rnd(8),
        1 + rnd(3600),
        rnd(2) === 1,
        rnd(3) === 0,
      ];
      acc.add(a, d, b, s, eff, visit);
      const k = `${String(a).padStart(2, "0")}|${d}|${b}`;
      const [es, en, ss, sn] = expected.get(k) ?? [0, 0, 0, 0];
      const v = visit ? 1 : 0;
      expected.set(k, eff ? [es + s, en + v, ss, sn] : [es, en, ss + s, sn + v]);
    }
    const got: string[] = [];
    acc.forEachRow((a, d, b, ...t) => got.push(`${String(a).padStart(2, "0")}|${d}|${b}=${t}`));
    const want = [...expected.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, t]) => `${k}=${t}`);
    expect(got).toEqual(want);
  });
});
