// What a grannsamverkan group is when it is entered. The contact person's name, phone and e-mail
// are personal data: returned only by /api/watch-groups, never by /api/areas, exports or the log.
import { z } from "zod";
import { areaId, count, isoDate, requiredText } from "../http/crud/fields.ts";
import { coded } from "../http/field-codes.ts";

export const WATCH_GROUP_STATUSES = ["active", "starting", "inactive"] as const;
export type WatchGroupStatus = (typeof WATCH_GROUP_STATUSES)[number];

/** A contact field a form may leave empty: "" and null both mean "not recorded". */
const contact = <T extends z.ZodType<string | null>>(schema: T) =>
  z
    .union([z.literal("").transform(() => null), schema])
    .nullable()
    .optional();

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,19}$/;

const watchGroupFields = z.strictObject({
  area_id: areaId,
  name: requiredText(200),
  status: z.enum(WATCH_GROUP_STATUSES),
  households: count,
  started_on: isoDate,
  contact_name: contact(requiredText(200)),
  contact_phone: contact(
    z
      .string()
      .trim()
      .refine((s) => PHONE_PATTERN.test(s), {
        message: "must be a phone number: digits, spaces, +, - and ()",
        params: coded("not_phone"),
      }),
  ),
  contact_email: contact(z.email({ message: "must be an e-mail address" }).max(254)),
  /**
   * When an inactive group became inactive, for contact-detail retention. Kept only while the
   * status is inactive. Without it, a group entered as inactive counts from its start, and one
   * set to inactive later from that change.
   */
  inactive_since: isoDate.nullable().optional(),
});

export const watchGroupInput = watchGroupFields
  .refine((g) => !g.inactive_since || g.inactive_since >= g.started_on, {
    path: ["inactive_since"],
    message: "must not be before started_on",
    params: coded("before_start"),
  })
  .transform((g) => ({
    ...g,
    inactive_since: g.status === "inactive" ? (g.inactive_since ?? null) : null,
  }));
export type WatchGroupInput = z.output<typeof watchGroupInput>;

export const watchGroupPatch = watchGroupFields.partial();

export const watchGroupListQuery = z.strictObject({
  area_id: areaId.optional(),
  status: z.enum(WATCH_GROUP_STATUSES).optional(),
});

export interface WatchGroupRecord {
  id: number;
  area_id: string;
  area_name: string;
  /** The kommun of the area. */
  kommun: string;
  name: string;
  status: WatchGroupStatus;
  households: number;
  started_on: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  inactive_since: string | null;
  demo: boolean;
  created_at: string;
}
