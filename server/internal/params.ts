// Query-parameter schemas shared by the /api/internal routes. Pure zod, no Node APIs: the web
// forms import the schemas that use it, so it must bundle for the browser.
import { z } from "zod";

/** A whole-number query parameter (query values arrive as strings). */
export function intParam(field: string, min: number, max: number) {
  const message = `${field} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, { message })
    .transform(Number)
    .refine((x) => x >= min && x <= max, { message });
}
