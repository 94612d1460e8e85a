// zod building blocks shared by the schemas of every feature that records something (visits, watch
// groups, kits, promises, findings, messages) and by the imports, so a field means the same thing
// (and is checked the same way) wherever it is entered.
import { z } from "zod";
import { isIsoDate } from "../../period/dates.ts";
import { coded } from "../field-codes.ts";

export const isoDate = z.string().refine(isIsoDate, {
  message: "must be a real date written YYYY-MM-DD",
  params: coded("not_date"),
});

/** An area's id (the valdistrikt code); whether it exists is checked against the database. */
export const areaId = z
  .string()
  .trim()
  .refine((s) => s.length > 0, { message: "must name an area", params: coded("area_missing") })
  .max(20);

/** A count of people, households or kits. */
export const count = z.number().int().min(0).max(1_000_000);

export const lon = z.number().min(-180).max(180);
export const lat = z.number().min(-90).max(90);

/** Free text of at most `max` characters (trimmed); empty is allowed. */
export const text = (max: number) => z.string().trim().max(max);

/** Text that must say something, e.g. a finding or its owner. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: "must not be empty" }).max(max);

/** A list in which each value may occur once. */
export function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, {
      message: "lists a value more than once",
      params: coded("repeated_value"),
    });
}

/**
 * For list queries with `from` and `to`: from must not be after to. Runs even when other
 * parameters are bad (`when`), so one 400 names them all.
 */
export const fromNotAfterTo = z.superRefine(
  (q: { from?: unknown; to?: unknown }, ctx) => {
    const { from, to } = q;
    if (typeof from === "string" && typeof to === "string" && from > to) {
      ctx.addIssue({
        code: "custom",
        path: ["from"],
        message: `from (${from}) is after to (${to})`,
        params: coded("from_after_to"),
      });
    }
  },
  { when: () => true },
);
