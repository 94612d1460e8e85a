// The query of GET /api/priorities: a period and one weight per part. Exported so the web client's
// sliders use the same bounds.
import { z } from "zod";
import { coded } from "../http/field-codes.ts";
import { periodParams } from "../period/period.ts";
import { DEFAULT_WEIGHTS, PART_KEYS, type PartKey, type Weights } from "./score.ts";

export const WEIGHT_MAX = 10;

/** The query parameter that carries a part's weight, e.g. w_coverage. */
export const weightParam = (key: PartKey) => `w_${key}` as const;

const weight = (field: string) =>
  z
    .string()
    .refine((s) => /^\d+(\.\d+)?$/.test(s), {
      message: `${field} must be a number from 0 to ${WEIGHT_MAX}`,
      params: coded("number_in_range", { min: 0, max: WEIGHT_MAX }),
    })
    .transform(Number)
    .refine((x) => x <= WEIGHT_MAX, {
      message: `${field} must be at most ${WEIGHT_MAX}`,
      params: coded("number_in_range", { min: 0, max: WEIGHT_MAX }),
    })
    .optional();

export const priorityQuery = z
  .strictObject({
    ...periodParams,
    w_coverage: weight("w_coverage"),
    w_dna: weight("w_dna"),
    w_burglary: weight("w_burglary"),
    w_reach: weight("w_reach"),
    w_recency: weight("w_recency"),
  })
  .superRefine((q, ctx) => {
    // A score is a weighted mean: with every weight 0 there is nothing to rank by.
    if (PART_KEYS.some((k) => (q[weightParam(k)] ?? DEFAULT_WEIGHTS[k]) > 0)) return;
    for (const k of PART_KEYS) {
      ctx.addIssue({
        code: "custom",
        path: [weightParam(k)],
        message: "at least one weight must be above 0",
        params: coded("no_weight"),
      });
    }
  });

export type PriorityQuery = z.output<typeof priorityQuery>;

export function weightsOf(q: PriorityQuery): Weights {
  return Object.fromEntries(
    PART_KEYS.map((k) => [k, q[weightParam(k)] ?? DEFAULT_WEIGHTS[k]]),
  ) as Weights;
}
