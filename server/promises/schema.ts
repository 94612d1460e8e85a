// What a promise period, a promise and a manual progress entry are, for the API and for the seed
// file. Shared by the forms (web) and the server, so both judge input the same way.
import { z } from "zod";
import { isoDate, requiredText, text } from "../http/crud/fields.ts";
import { coded } from "../http/field-codes.ts";

export const EVIDENCE_KINDS = [
  "info_session",
  "contact_meeting",
  "safety_walk",
  "lagesbild_week",
  "message_monthly",
  "manual",
] as const;
export const INDICATORS = [
  "burglaries_not_increase",
  "more_dna_households",
  "more_watch_areas",
  "perceived_safety",
  "manual",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export type Indicator = (typeof INDICATORS)[number];

const url = z
  .string()
  .trim()
  .max(500)
  .refine((s) => /^https?:\/\/\S+$/.test(s), {
    message: "must be an http(s) address",
    params: coded("not_url"),
  });
const target = z.number().int().min(0).max(100_000);
/** A promise that names no number ("Vi ska genomföra trygghetsvandringar") has target null. */
const targetOrNone = target.nullable();

const common = {
  title_sv: requiredText(500),
  title_en: requiredText(500),
  measure: text(500).optional(),
  /** Defaults to the period's end. */
  deadline: isoDate.optional(),
  position: z.number().int().min(0).max(1000).optional(),
  source_url: url.nullable().optional(),
};

export const activityPromise = z.strictObject({
  ...common,
  category: z.literal("activity"),
  evidence: z.enum(EVIDENCE_KINDS),
  target: targetOrNone,
});
export const goalPromise = z.strictObject({
  ...common,
  category: z.literal("goal"),
  indicator: z.enum(INDICATORS),
  baseline_value: z.number().finite().nullable().optional(),
  baseline_label: text(200).nullable().optional(),
});
export const promiseBody = z.discriminatedUnion("category", [activityPromise, goalPromise]);
export type PromiseBody = z.output<typeof promiseBody>;

/** POST /api/promises: a promise in a period. */
const periodId = { period_id: z.number().int().positive() };
export const promiseInput = z.discriminatedUnion("category", [
  activityPromise.extend(periodId),
  goalPromise.extend(periodId),
]);
export type PromiseInput = z.output<typeof promiseInput>;

/** PATCH: any field; the result is checked as a whole (category cannot change). */
export const promisePatch = z.strictObject({
  title_sv: common.title_sv.optional(),
  title_en: common.title_en.optional(),
  measure: common.measure,
  deadline: common.deadline,
  position: common.position,
  source_url: common.source_url,
  target: targetOrNone.optional(),
  evidence: z.enum(EVIDENCE_KINDS).optional(),
  indicator: z.enum(INDICATORS).optional(),
  baseline_value: z.number().finite().nullable().optional(),
  baseline_label: text(200).nullable().optional(),
});

export const progressInput = z.strictObject({
  date: isoDate,
  /** Counts toward the target (e.g. 1 = SIG started); 0 for a measurement. */
  amount: z.number().int().min(0).max(100_000).optional(),
  value: z.number().finite().nullable().optional(),
  /** Public: a short label such as "Trygghetsmätningen 2018". */
  label: text(200).optional(),
  /** Internal only: never in a public response. */
  note: text(2000).optional(),
  source_url: url.nullable().optional(),
});
export type ProgressInput = z.output<typeof progressInput>;

const periodFields = {
  name: requiredText(200),
  starts_on: isoDate,
  ends_on: isoDate,
  signed_by: text(500).optional(),
  source_url: url.nullable().optional(),
};
function startsNotAfterEnds(p: { starts_on?: unknown; ends_on?: unknown }, ctx: z.RefinementCtx) {
  if (typeof p.starts_on === "string" && typeof p.ends_on === "string" && p.starts_on > p.ends_on) {
    ctx.addIssue({
      code: "custom",
      path: ["ends_on"],
      message: "must not be before starts_on",
      params: coded("before_start"),
    });
  }
}

const kommun = z.string().regex(/^\d{4}$/, { message: "must be a kommun code of four digits" });

/**
 * POST /api/promise-periods: a new period of a kommun (default: the one kommun the caller works
 * for), optionally copying another period's promises.
 */
export const periodInput = z
  .strictObject({
    ...periodFields,
    kommun: kommun.optional(),
    copy_from: z.number().int().positive().optional(),
  })
  .superRefine(startsNotAfterEnds);
export const periodPatch = z.strictObject({
  name: periodFields.name.optional(),
  starts_on: isoDate.optional(),
  ends_on: isoDate.optional(),
  signed_by: periodFields.signed_by,
  source_url: periodFields.source_url,
});
export const periodShape = z.strictObject(periodFields).superRefine(startsNotAfterEnds);
export type PeriodInput = z.output<typeof periodShape>;

const seededPeriods = z.array(
  z.strictObject({
    ...periodFields,
    promises: z.array(
      z.union([
        activityPromise,
        goalPromise.extend({ progress: z.array(progressInput).optional() }),
      ]),
    ),
  }),
);
/** A kommun's signed promise document as transcribed (data/promises-2018-2019.json). */
export const promiseDocument = z.strictObject({ source: z.string(), periods: seededPeriods });
/** One kommun's real, signed promises (not demo), as data/promises.json holds them. */
export const kommunPromises = z.strictObject({
  kommun,
  kommun_name: z.string().min(1),
  source: z.string(),
  periods: seededPeriods,
});
/** data/promises.json: each kommun's promise periods (scripts/data/promises.ts builds it). */
export const promisesFile = z.strictObject({ kommuner: z.array(kommunPromises) });
export type PromisesFile = z.output<typeof promisesFile>;

export const progressQuery = z.strictObject({
  period_id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, { message: "must be a period id" })
    .optional(),
});
