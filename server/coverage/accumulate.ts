// Sums a few million per-(area, day, band) contributions into rows in primary-key order, for the
// full recomputation. Typed arrays and two counting sorts keep three million pieces within a few
// hundred milliseconds and under 100 MB; a Map of string keys would take several times both. Pure.

import type { TotalsEmit } from "./minutes.ts";

const EFFECTIVE = 1;
const VISIT = 2;
/** Bands per day are stored in 6 bits of the sort key; settings allow at most 24 × 2. */
const BAND_BITS = 64;

/** A summed row: the area's index, then what minutes.ts emits per day and band. */
export type RowEmit = (area: number, ...totals: Parameters<TotalsEmit>) => void;

export interface AccumulatorParts {
  n: number;
  area: Int32Array;
  key: Int32Array;
  sec: Int32Array;
  flags: Uint8Array;
}

export class TotalsAccumulator {
  private n = 0;
  private area: Int32Array;
  private key: Int32Array;
  private sec: Int32Array;
  private flags: Uint8Array;

  constructor(
    private readonly areaCount: number,
    capacity = 1 << 16,
  ) {
    this.area = new Int32Array(capacity);
    this.key = new Int32Array(capacity);
    this.sec = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  get size() {
    return this.n;
  }

  /** One piece of one presence in one area: seconds, and whether it is effective / a visit start. */
  add(
    area: number,
    day: number,
    band: number,
    seconds: number,
    effective: boolean,
    visit: boolean,
  ) {
    if (this.n === this.area.length) this.grow();
    const i = this.n++;
    this.area[i] = area;
    this.key[i] = day * BAND_BITS + band;
    this.sec[i] = seconds;
    this.flags[i] = (effective ? EFFECTIVE : 0) | (visit ? VISIT : 0);
  }

  /** The raw pieces, to send from a helper thread (the buffers can be transferred). */
  parts(): AccumulatorParts {
    const n = this.n;
    return {
      n,
      area: this.area.slice(0, n),
      key: this.key.slice(0, n),
      sec: this.sec.slice(0, n),
      flags: this.flags.slice(0, n),
    };
  }

  /** Adds pieces collected elsewhere (another thread's parts()). */
  append(p: AccumulatorParts) {
    while (this.area.length < this.n + p.n) this.grow();
    this.area.set(p.area.subarray(0, p.n), this.n);
    this.key.set(p.key.subarray(0, p.n), this.n);
    this.sec.set(p.sec.subarray(0, p.n), this.n);
    this.flags.set(p.flags.subarray(0, p.n), this.n);
    this.n += p.n;
  }

  private grow() {
    const size = this.area.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.area = copy(this.area, (s) => new Int32Array(s));
    this.key = copy(this.key, (s) => new Int32Array(s));
    this.sec = copy(this.sec, (s) => new Int32Array(s));
    this.flags = copy(this.flags, (s) => new Uint8Array(s));
  }

  /** Every summed row, ordered by area index, then day, then band. */
  forEachRow(emit: RowEmit): void {
    const n = this.n;
    if (n === 0) return;
    // Two stable counting sorts (least significant key first): by day and band, then by area.
    let minKey = Infinity;
    let maxKey = -Infinity;
    for (let i = 0; i < n; i++) {
      const k = this.key[i] as number;
      if (k < minKey) minKey = k;
      if (k > maxKey) maxKey = k;
    }
    const byKey = countingSort(
      n,
      maxKey - minKey + 1,
      (i) => (this.key[i] as number) - minKey,
      null,
    );
    const order = countingSort(n, this.areaCount, (i) => this.area[i] as number, byKey);

    let area = -1;
    let k = -1;
    let effS = 0;
    let effN = 0;
    let shortS = 0;
    let shortN = 0;
    const flush = () => {
      if (k >= 0) emit(area, Math.floor(k / BAND_BITS), k % BAND_BITS, effS, effN, shortS, shortN);
    };
    for (let j = 0; j < n; j++) {
      const i = order[j] as number;
      const a = this.area[i] as number;
      const key = this.key[i] as number;
      if (a !== area || key !== k) {
        flush();
        area = a;
        k = key;
        effS = effN = shortS = shortN = 0;
      }
      const f = this.flags[i] as number;
      const visit = f & VISIT ? 1 : 0;
      if (f & EFFECTIVE) {
        effS += this.sec[i] as number;
        effN += visit;
      } else {
        shortS += this.sec[i] as number;
        shortN += visit;
      }
    }
    flush();
  }
}

/** Positions 0..n-1 (or `input`'s order) stably sorted by bucket(i) in [0, buckets). */
function countingSort(
  n: number,
  buckets: number,
  bucket: (i: number) => number,
  input: Int32Array | null,
) {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) (start[bucket(i) + 1] as number)++;
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
  const out = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = input ? (input[j] as number) : j;
    out[(start[bucket(i)] as number)++] = i;
  }
  return out;
}
