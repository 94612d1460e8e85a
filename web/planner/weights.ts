// The ranking's weights and period in the URL query string (?w_coverage=3&…&from=…&to=…), so a
// planner can share exactly the view they defend. Same parameter names as GET /api/priorities.

import type { Period } from "../../server/period/period.ts";
import { WEIGHT_MAX, weightParam } from "../../server/priorities/schema.ts";
import { DEFAULT_WEIGHTS, PART_KEYS, type Weights } from "../../server/priorities/score.ts";

export { WEIGHT_MAX };
/** Sliders move in whole steps; the API takes decimals too, so a shared URL may carry them. */
export const WEIGHT_STEP = 1;

function parseWeight(raw: string | null, fallback: number): number {
  if (raw === null || !/^\d+(\.\d+)?$/.test(raw)) return fallback;
  return Math.min(WEIGHT_MAX, Number(raw));
}

/** Weights from the URL; a missing or unreadable value falls back to the server's default. */
export function weightsFromSearch(search: URLSearchParams): Weights {
  const weights = Object.fromEntries(
    PART_KEYS.map((k) => [k, parseWeight(search.get(weightParam(k)), DEFAULT_WEIGHTS[k])]),
  ) as Weights;
  // All zero has nothing to rank by (the API refuses it): show the defaults instead.
  return PART_KEYS.some((k) => weights[k] > 0) ? weights : { ...DEFAULT_WEIGHTS };
}

/** Every weight as a query parameter (w_coverage=3, …). */
export function weightChanges(weights: Weights): Record<string, string> {
  return Object.fromEntries(PART_KEYS.map((k) => [weightParam(k), String(weights[k])]));
}

/** The query of GET /api/priorities for a view. */
export function priorityParams(weights: Weights, period: Period): Record<string, string> {
  return { ...weightChanges(weights), from: period.from, to: period.to };
}
