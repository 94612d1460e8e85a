// Pure: how many of the score's 0–100 points each part could give an area, so a part reads as
// "12,3 p of 30" with a bar, not as a bare number that looks like a count. As in the server's
// score (server/priorities/score.ts), only the parts that are known share the weights.
import {
  PART_KEYS,
  type PartKey,
  type Parts,
  type Weights,
} from "../../server/priorities/score.ts";

/**
 * Each part's maximum points for one area; null where the part is missing or weighted 0.
 * @example partMaxPoints({ coverage: 3, dna: 2, burglary: 2, reach: 1, recency: 2 }, parts) // coverage: 30
 */
export function partMaxPoints(weights: Weights, parts: Parts): Record<PartKey, number | null> {
  const sum = PART_KEYS.reduce((s, k) => (parts[k] === null ? s : s + weights[k]), 0);
  return Object.fromEntries(
    PART_KEYS.map((k) => [
      k,
      parts[k] === null || weights[k] === 0 || sum === 0 ? null : (100 * weights[k]) / sum,
    ]),
  ) as Record<PartKey, number | null>;
}
