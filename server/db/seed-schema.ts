// The shape of the embedded data files in data/, checked when they are loaded into a new database.
import { z } from "zod";
import { QUARTER_PATTERN } from "../period/quarters.ts";

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

const position = z.tuple([lon, lat]).rest(z.number());
const polygon = z.array(z.array(position).min(4)).min(1);
export const areaGeometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: polygon }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygon).min(1) }),
]);

export const areasFile = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        properties: z.object({
          id: z.string().regex(/^\d{8}$/),
          name: z.string().min(1),
          locality: z.string().min(1),
          eligible_voters: z.number().int().nonnegative().nullable(),
          households: z.number().int().nonnegative(),
          households_method: z.string().min(1),
          area_km2: z.number().positive(),
          /** The kommun's code; when left out, the first four digits of the area's id. */
          kommun: z
            .string()
            .regex(/^\d{4}$/)
            .optional(),
          kommun_name: z.string().min(1).optional(),
        }),
        geometry: areaGeometry,
      }),
    )
    .min(1),
});

export const activityFile = z.object({
  watch_groups: z.array(
    z.object({
      id: z.number().int().positive(),
      area_id: z.string(),
      name: z.string().min(1),
      status: z.enum(["active", "starting", "inactive"]),
      households: z.number().int().nonnegative(),
      started_on: isoDate,
      contact_name: z.string().nullable(),
      contact_phone: z.string().nullable(),
      contact_email: z.string().nullable(),
      /** When an inactive group became inactive (its contact details' retention counts from it). */
      inactive_since: isoDate.optional(),
    }),
  ),
  visits: z.array(
    z.object({
      id: z.number().int().positive(),
      area_id: z.string(),
      kind: z.enum(["info_session", "contact_meeting", "safety_walk"]),
      date: isoDate,
      topic: z.enum(["grannsamverkan", "markdna", "contact_persons", "other"]),
      organisers: z.array(z.enum(["police", "municipality", "volunteers", "others"])),
      attendees: z.number().int().nonnegative().nullable(),
      lon: lon.nullable(),
      lat: lat.nullable(),
      notes: z.string(),
    }),
  ),
  dna_kits: z.array(
    z.object({
      id: z.number().int().positive(),
      area_id: z.string(),
      handed_out_on: isoDate,
      kits: z.number().int().positive(),
      visit_id: z.number().int().positive().nullable(),
    }),
  ),
  presence: z.array(
    z.object({
      id: z.number().int().positive(),
      area_id: z.string(),
      starts_at: isoInstant,
      ends_at: isoInstant,
      actor: z.enum(["police", "municipality", "volunteers", "other"]),
      kind: z.enum(["foot", "car", "camper", "event", "other"]),
      lon: lon.nullable(),
      lat: lat.nullable(),
      notes: z.string(),
    }),
  ),
  burglaries: z.array(
    z.object({
      area_id: z.string(),
      quarter: z.string().regex(QUARTER_PATTERN),
      count: z.number().int().nonnegative(),
    }),
  ),
  messages: z.array(
    z.object({
      id: z.number().int().positive(),
      sent_on: isoDate,
      channel: z.enum(["coyards", "coprofs"]),
      subject: z.string().min(1),
      area_ids: z.array(z.string()),
    }),
  ),
});

export type AreasFile = z.infer<typeof areasFile>;
export type ActivityFile = z.infer<typeof activityFile>;
