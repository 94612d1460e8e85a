// Where should the next information session be? A pure score 0–100 per area from weighted parts,
// each part 0..1 where 1 means "this area needs a session most". No I/O: the route feeds it.
//
// Parts and how each is normalised (documented here because the planner must be able to defend them):
// - coverage: 1 − share of households in active watch groups.
// - dna:      1 − share of households with märk-DNA.
// - burglary: residential burglaries per 1 000 households over the 12 months ending at the period's
//             end, as a ratio r to the municipality's rate, squashed to r / (r + 1): the
//             municipality's own level gives 0.5, twice it 0.67, none 0. Bounded without a cap and
//             still monotone, so one extreme area does not flatten every other.
// - reach:    households not yet in a watch group, divided by the largest such number of any area.
// - recency:  days since the area's last information session / RECENCY_HORIZON_DAYS, capped at 1;
//             never visited = 1.
// A part whose input is missing (no households estimate, no burglary data) is `null`: it is left
// out of that area's weighted sum, the weights that remain are renormalised, and the explanation
// says it is missing. An area with no weighted part left has score null and ranks last.
import { daysBetween, type IsoDate } from "../period/dates.ts";

export const PART_KEYS = ["coverage", "dna", "burglary", "reach", "recency"] as const;
export type PartKey = (typeof PART_KEYS)[number];
export type Weights = Record<PartKey, number>;
export type Parts = Record<PartKey, number | null>;

export const DEFAULT_WEIGHTS: Weights = { coverage: 3, dna: 2, burglary: 2, reach: 1, recency: 2 };

/** Two years: the length of one round of citizen promises; older sessions count as never held. */
export const RECENCY_HORIZON_DAYS = 730;

export interface PriorityInput {
  id: string;
  name: string;
  /** The households estimate; null or 0 when the area has none. */
  households: number | null;
  /** Households in active watch groups. */
  watchHouseholds: number;
  activeGroups: number;
  startingGroups: number;
  dnaHouseholds: number;
  /** Burglaries in the 12-month window; null when there is no burglary data for the area. */
  burglaries: number | null;
  /** The last information session on or before the period's end. */
  lastInfoSession: IsoDate | null;
}

export type ExplanationItem =
  | { key: "no_watch" }
  | { key: "watch_starting"; groups: number }
  | { key: "coverage"; share: number }
  | { key: "dna"; share: number }
  | { key: "households"; n: number }
  | { key: "burglaries"; n: number; ratio: number | null }
  | { key: "last_session"; date: IsoDate | null }
  | { key: "missing"; part: PartKey; reason: "no_households_estimate" | "no_burglary_data" };

export interface AreaPriority {
  id: string;
  name: string;
  rank: number;
  /** 0..100 with one decimal; null when every weighted part is missing. */
  score: number | null;
  parts: Parts;
  /** Each part's points in the score (they add up to it); null when missing or weighted 0. */
  contributions: Parts;
  households_not_covered: number | null;
  explanation: ExplanationItem[];
}

export interface Municipality {
  burglaries: number;
  households: number;
  /** Per 1 000 households over the areas that have both burglary data and a households estimate. */
  burglary_rate_per_1000: number | null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const knownHouseholds = (a: PriorityInput) =>
  a.households && a.households > 0 ? a.households : null;
const notCovered = (a: PriorityInput, hh: number) =>
  Math.max(0, hh - Math.min(a.watchHouseholds, hh));

export function municipality(areas: PriorityInput[]): Municipality {
  let burglaries = 0;
  let households = 0;
  for (const a of areas) {
    const hh = knownHouseholds(a);
    if (hh === null || a.burglaries === null) continue;
    burglaries += a.burglaries;
    households += hh;
  }
  const rate = households > 0 ? round((burglaries / households) * 1000, 2) : null;
  return { burglaries, households, burglary_rate_per_1000: rate };
}

function partsOf(a: PriorityInput, muni: Municipality, maxNotCovered: number, asOf: IsoDate) {
  const hh = knownHouseholds(a);
  const rate = muni.households > 0 ? muni.burglaries / muni.households : null;
  let ratio: number | null = null;
  let burglary: number | null = null;
  if (hh !== null && a.burglaries !== null && rate !== null) {
    // A municipality without burglaries has no level to compare with; no area stands out then.
    ratio = rate > 0 ? a.burglaries / hh / rate : null;
    burglary = ratio === null ? 0 : ratio / (ratio + 1);
  }
  const days = a.lastInfoSession ? Math.max(0, daysBetween(a.lastInfoSession, asOf)) : null;
  const parts: Parts = {
    coverage: hh === null ? null : 1 - Math.min(1, a.watchHouseholds / hh),
    dna: hh === null ? null : 1 - Math.min(1, a.dnaHouseholds / hh),
    burglary,
    reach: hh === null ? null : maxNotCovered > 0 ? notCovered(a, hh) / maxNotCovered : 0,
    recency: days === null ? 1 : Math.min(1, days / RECENCY_HORIZON_DAYS),
  };
  return { parts, ratio };
}

/** Reads as a sentence: "no watch group · 410 households · 7 burglaries · … · last session". */
const EXPLANATION_ORDER: PartKey[] = ["coverage", "reach", "burglary", "dna", "recency"];

/** The facts behind the weighted parts, in a fixed order so rows read alike; data, not sentences. */
function explain(a: PriorityInput, parts: Parts, ratio: number | null, w: Weights) {
  const hh = knownHouseholds(a);
  const items: ExplanationItem[] = [];
  for (const key of EXPLANATION_ORDER) {
    if (w[key] === 0) continue; // an ignored part is not a reason
    if (hh === null || parts[key] === null) {
      if (key === "recency") items.push({ key: "last_session", date: a.lastInfoSession });
      else {
        const reason = hh === null ? "no_households_estimate" : "no_burglary_data";
        items.push({ key: "missing", part: key, reason });
      }
      continue;
    }
    items.push(fact(key, a, hh, ratio));
  }
  return items;
}

function fact(key: PartKey, a: PriorityInput, hh: number, ratio: number | null): ExplanationItem {
  switch (key) {
    case "coverage":
      if (a.activeGroups > 0)
        return { key: "coverage", share: round(Math.min(1, a.watchHouseholds / hh), 4) };
      if (a.startingGroups > 0) return { key: "watch_starting", groups: a.startingGroups };
      return { key: "no_watch" };
    case "dna":
      return { key: "dna", share: round(Math.min(1, a.dnaHouseholds / hh), 4) };
    case "reach":
      return { key: "households", n: notCovered(a, hh) };
    case "burglary":
      return {
        key: "burglaries",
        n: a.burglaries ?? 0,
        ratio: ratio === null ? null : round(ratio, 2),
      };
    case "recency":
      return { key: "last_session", date: a.lastInfoSession };
  }
}

/** Scores and ranks every area: score desc, then households not covered desc, then id asc. */
export function rankAreas(areas: PriorityInput[], weights: Weights, asOf: IsoDate) {
  const muni = municipality(areas);
  let maxNotCovered = 0;
  for (const a of areas) {
    const hh = knownHouseholds(a);
    if (hh !== null) maxNotCovered = Math.max(maxNotCovered, notCovered(a, hh));
  }
  const scored = areas.map((a): AreaPriority => {
    const { parts, ratio } = partsOf(a, muni, maxNotCovered, asOf);
    // Only the parts that are known share the weight: a missing part renormalises, never counts as 0.
    const sumW = PART_KEYS.reduce((s, k) => (parts[k] === null ? s : s + weights[k]), 0);
    const points = (k: PartKey) => {
      const p = parts[k];
      return p === null || weights[k] === 0 ? null : (100 * weights[k] * p) / sumW;
    };
    const hh = knownHouseholds(a);
    return {
      id: a.id,
      name: a.name,
      rank: 0,
      score:
        sumW > 0
          ? round(
              PART_KEYS.reduce((s, k) => s + (points(k) ?? 0), 0),
              1,
            )
          : null,
      parts: mapParts((k) => (parts[k] === null ? null : round(parts[k], 4))),
      contributions: mapParts((k) => {
        const p = points(k);
        return p === null ? null : round(p, 1);
      }),
      households_not_covered: hh === null ? null : notCovered(a, hh),
      explanation: explain(a, parts, ratio, weights),
    };
  });
  scored.sort(byPriority);
  scored.forEach((s, i) => {
    s.rank = i + 1;
  });
  return { municipality: muni, areas: scored };
}

function mapParts(f: (k: PartKey) => number | null): Parts {
  return Object.fromEntries(PART_KEYS.map((k) => [k, f(k)])) as Parts;
}

/** Nulls last in both numeric keys, so a missing figure never outranks a known one. */
export function byPriority(a: AreaPriority, b: AreaPriority): number {
  const desc = (x: number | null, y: number | null) => (y ?? -1) - (x ?? -1);
  return (
    desc(a.score, b.score) ||
    desc(a.households_not_covered, b.households_not_covered) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
