// Query-parameter schemas shared by the /api/internal routes. Pure zod, no Node APIs: the web
// forms import the schemas that use it, so it must bundle for the browser.
import { z } from "zod";
import { coded } from "../http/field-codes.ts";

/** A whole-number query parameter (query values arrive as strings). */
export function intParam(field: string, min: number, max: number) {
  const refusal = {
    message: `${field} must be a whole number from ${min} to ${max}`,
    params: coded("whole_in_range", { min, max }),
  };
  return z
    .string()
    .refine((s) => /^\d+$/.test(s), refusal)
    .transform(Number)
    .refine((x) => x >= min && x <= max, refusal);
}
