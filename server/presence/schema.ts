// Request shapes for /api/internal/presence. Times become UTC milliseconds here, so every route
// below works with instants and never re-parses a string.
import { z } from "zod";
import { routeLength, wgsPosition } from "../geo/wgs84.ts";
import { coded } from "../http/field-codes.ts";
import { intParam } from "../internal/params.ts";
import { periodParams } from "../period/period.ts";
import { checkSpan, parseInstant } from "./times.ts";
import { ACTORS, KINDS } from "./types.ts";

const position = wgsPosition;

/** Points in one logged route (a patrol's GPS track, simplified). */
export const MAX_ROUTE_POINTS = 5000;

export const placeSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("Point"), coordinates: position }),
  z.strictObject({
    type: z.literal("LineString"),
    coordinates: z.array(position).check(routeLength(MAX_ROUTE_POINTS)),
  }),
  z.strictObject({ type: z.literal("Area"), area_id: z.string().min(1).max(20) }),
]);

const instant = z
  .string()
  .refine((s) => s.length <= 64, {
    message: "must be a time such as 2019-06-02T19:30:00Z",
    params: coded("not_time"),
  })
  .transform((s, ctx) => {
    const r = parseInstant(s);
    if (r.ok) return r.ms;
    ctx.issues.push({ code: "custom", message: r.message, input: s, params: coded("not_time") });
    return z.NEVER;
  });

const fields = {
  starts_at: instant,
  ends_at: instant,
  actor: z.enum(ACTORS),
  kind: z.enum(KINDS),
  place: placeSchema,
  notes: z.string().max(2000),
};

export const createPresence = z
  .strictObject({ ...fields, notes: fields.notes.default("") })
  .superRefine((v, ctx) => {
    const bad = checkSpan(v.starts_at, v.ends_at);
    if (bad) {
      const { field, code, params, message } = bad;
      ctx.addIssue({ code: "custom", path: [field], message, params: coded(code, params) });
    }
  });

export const patchPresence = z
  .strictObject({
    starts_at: fields.starts_at.optional(),
    ends_at: fields.ends_at.optional(),
    actor: fields.actor.optional(),
    kind: fields.kind.optional(),
    place: fields.place.optional(),
    notes: fields.notes.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, {
    message: "give at least one field to change",
    params: coded("nothing_to_change"),
  });

export type CreatePresence = z.output<typeof createPresence>;
export type PatchPresence = z.output<typeof patchPresence>;

export const listQuery = z.strictObject({
  ...periodParams,
  area_id: z.string().min(1).max(20).optional(),
  limit: intParam("limit", 1, 5000).default(1000),
  offset: intParam("offset", 0, 10_000_000).default(0),
});

export const importQuery = z.strictObject({
  dry_run: z.enum(["0", "1"], { message: "dry_run must be 1 (check only) or 0 (import)" }),
});
