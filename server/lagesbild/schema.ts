// Request shapes for /api/internal/lagesbild, and the demo file data/demo-lagesbild.json.
import { z } from "zod";
import { WEEK_PATTERN } from "../coverage/weeks.ts";
import { isoDate } from "../http/crud/fields.ts";
import { coded } from "../http/field-codes.ts";
import { periodParams } from "../period/period.ts";

const date = isoDate;
const week = z.string().refine((s) => WEEK_PATTERN.test(s), {
  message: "must be an ISO week written like 2019-W07",
  params: coded("not_week"),
});
const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;
const once = (message: string) => ({ message, params: coded("repeated_value") });

const flaggedArea = z.strictObject({
  area_id: z.string().min(1).max(20),
  reason: z.string().trim().min(1, { message: "say why the area is flagged" }).max(500),
  bands: z
    .array(z.string().min(1).max(40))
    .max(48)
    .refine(unique, once("a band is given more than once"))
    .default([]),
});

const fields = {
  week,
  date,
  participants: z
    .array(z.string().trim().min(1).max(80))
    .max(20)
    .refine(unique, once("a participant role is given more than once")),
  areas: z
    .array(flaggedArea)
    .max(50)
    .refine((a) => unique(a.map((x) => x.area_id)), once("an area is flagged more than once")),
  notes: z.string().max(5000),
};

export const createLagesbild = z.strictObject({
  week: fields.week.optional(),
  date: fields.date,
  participants: fields.participants.default([]),
  areas: fields.areas.default([]),
  notes: fields.notes.default(""),
});

export const patchLagesbild = z
  .strictObject({
    week: fields.week.optional(),
    date: fields.date.optional(),
    participants: fields.participants.optional(),
    areas: fields.areas.optional(),
    notes: fields.notes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, {
    message: "give at least one field to change",
    params: coded("nothing_to_change"),
  });

export type CreateLagesbild = z.output<typeof createLagesbild>;
export type PatchLagesbild = z.output<typeof patchLagesbild>;

export const overviewQuery = z.strictObject(periodParams);

/** data/demo-lagesbild.json, written by scripts/demo-lagesbild.ts. */
export const lagesbildFile = z.object({
  seed: z.number(),
  generated_by: z.string(),
  entries: z.array(
    z.strictObject({
      week: fields.week,
      date: fields.date,
      participants: fields.participants,
      notes: fields.notes,
      areas: z.array(
        z.strictObject({
          area_id: z.string(),
          reason: z.string().min(1),
          bands: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export type LagesbildFile = z.infer<typeof lagesbildFile>;
