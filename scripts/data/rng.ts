// Seeded randomness for the demo data (pure-rand xoroshiro128+). Only integer draws and plain
// arithmetic are used, never Math.random or Math.exp/log, so output is identical on every machine.
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { JumpableRandomGenerator } from "pure-rand/types/JumpableRandomGenerator";

const MILLION = 1_000_000;

export class Rng {
  private constructor(private readonly gen: JumpableRandomGenerator) {}

  static seeded(seed: number): Rng {
    return new Rng(xoroshiro128plus(seed));
  }

  /**
   * An independent stream (2^64 draws away). Each part of the demo draws from its own stream,
   * so changing how one part is generated leaves every other part byte-identical.
   */
  fork(): Rng {
    const child = new Rng(this.gen.clone());
    this.gen.jump();
    return child;
  }

  /** Uniform integer in [from, to], both included. */
  int(from: number, to: number): number {
    if (!(Number.isInteger(from) && Number.isInteger(to) && from <= to)) {
      throw new Error(`Bad integer range ${from}..${to}`);
    }
    return uniformInt(this.gen, from, to);
  }

  /** True with probability p (resolution one in a million). */
  chance(p: number): boolean {
    return this.int(0, MILLION - 1) < Math.round(p * MILLION);
  }

  /** Uniform in [0, 1) with 2^-30 resolution. */
  unit(): number {
    return this.int(0, 2 ** 30 - 1) / 2 ** 30;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Index drawn with probability proportional to its (non-negative) weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new Error("Weights must add up to more than zero");
    let r = this.unit() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** Binomial(n, p) by n Bernoulli draws: small n only, but exact and platform-independent. */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.chance(p)) k++;
    return k;
  }
}
