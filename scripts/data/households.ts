// Pure apportioning of SCB DeSO dwellings to valdistrikt (no file I/O, no geometry library).
// The geometry overlay (overlay.ts) turns polygons into the overlap areas this module works on.

/** Land shared by one DeSO and one area, in m², split by where it lies. */
export interface Overlap {
  /** Overlap inside each tätort polygon, in the order of the tätort list. */
  tatort: readonly number[];
  /** Overlap outside every tätort. */
  outside: number;
}

/** Households of one area split by the land they are estimated to live on (fractional). */
export interface HouseholdParts {
  tatort: number[];
  outside: number;
  total: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Dasymetric weight of one overlap: built-up land counts fully, open country by epsilon. */
export function overlapWeight(o: Overlap, epsilon: number): number {
  return sum(o.tatort) + epsilon * o.outside;
}

/**
 * Splits each DeSO's dwellings over the areas it overlaps.
 * overlaps[d][v] is DeSO d against area v. Without `voters` the share of area v is its weight
 * w(d,v) / Σv' w(d,v'). With `voters` each area's weight is first scaled by voters(v) / W(v),
 * W(v) = Σd w(d,v): the area's real voters are spread over its land and each DeSO is split by the
 * voters estimated to live on each piece, so a DeSO that holds both dense homes and empty tätort
 * land (industry, fields inside the boundary) follows where people actually are.
 */
export function apportionParts(
  dwellings: readonly number[],
  overlaps: readonly (readonly Overlap[])[],
  epsilon: number,
  voters?: readonly number[],
): HouseholdParts[] {
  if (overlaps.length !== dwellings.length) {
    throw new Error(`Got ${dwellings.length} DeSO totals but ${overlaps.length} overlap rows`);
  }
  const areaCount = overlaps[0]?.length ?? 0;
  const tatortCount = overlaps[0]?.[0]?.tatort.length ?? 0;
  const scale = areaScales(overlaps, epsilon, areaCount, voters);
  const parts: HouseholdParts[] = Array.from({ length: areaCount }, () => ({
    tatort: new Array<number>(tatortCount).fill(0),
    outside: 0,
    total: 0,
  }));
  overlaps.forEach((row, d) => {
    const n = dwellings[d] ?? 0;
    if (!(Number.isFinite(n) && n >= 0)) throw new Error(`DeSO ${d}: bad dwelling count ${n}`);
    const total = sum(row.map((o, v) => (scale[v] ?? 0) * overlapWeight(o, epsilon)));
    if (n === 0) return;
    if (!(total > 0)) throw new Error(`DeSO ${d} has ${n} dwellings but overlaps no area`);
    row.forEach((o, v) => {
      // Shares are formed as weight / total first, so a DeSO inside one area gives exactly n.
      const share = (w: number) => n * (((scale[v] ?? 0) * w) / total);
      const part = parts[v] as HouseholdParts;
      o.tatort.forEach((a, t) => {
        part.tatort[t] = (part.tatort[t] ?? 0) + share(a);
      });
      part.outside += share(epsilon * o.outside);
      part.total += share(overlapWeight(o, epsilon));
    });
  });
  return parts;
}

/** 1 for plain area weighting; voters(v)/W(v) for voter weighting. */
function areaScales(
  overlaps: readonly (readonly Overlap[])[],
  epsilon: number,
  areaCount: number,
  voters?: readonly number[],
): number[] {
  if (!voters) return new Array<number>(areaCount).fill(1);
  if (voters.length !== areaCount) {
    throw new Error(`Got ${voters.length} voter counts for ${areaCount} areas`);
  }
  return voters.map((n, v) => {
    const land = sum(overlaps.map((row) => overlapWeight(row[v] as Overlap, epsilon)));
    if (n > 0 && !(land > 0)) throw new Error(`Area ${v} has ${n} voters but no DeSO land`);
    return land > 0 ? n / land : 0;
  });
}

/**
 * Rounds non-negative shares to integers that add up to exactly `total` (Hamilton / largest
 * remainder). Ties go to the lower index so the result never depends on sort stability.
 */
export function largestRemainder(values: readonly number[], total: number): number[] {
  if (!Number.isInteger(total) || total < 0) throw new Error(`Total must be a whole number`);
  if (values.some((x) => !(Number.isFinite(x) && x >= 0))) {
    throw new Error("Shares must be finite and non-negative");
  }
  const s = sum(values);
  if (s === 0) {
    if (total === 0) return values.map(() => 0);
    throw new Error(`Cannot share ${total} over shares that are all zero`);
  }
  const exact = values.map((x) => (x * total) / s);
  const out = exact.map(Math.floor);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - sum(out);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left--;
  }
  return out;
}

/**
 * Rural/tätort density ratio used as epsilon: people per km² outside tätorter divided by people
 * per km² inside them, from one year's counts.
 */
export function densityRatio(
  totalPopulation: number,
  tatortPopulation: number,
  totalKm2: number,
  tatortKm2: number,
): number {
  const ruralPop = totalPopulation - tatortPopulation;
  const ruralKm2 = totalKm2 - tatortKm2;
  if (ruralPop <= 0 || ruralKm2 <= 0 || tatortPopulation <= 0 || tatortKm2 <= 0) {
    throw new Error("Density ratio needs positive rural and tätort population and land");
  }
  return ruralPop / ruralKm2 / (tatortPopulation / tatortKm2);
}
