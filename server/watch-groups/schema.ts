// What a grannsamverkan group is when it is entered. The contact person's name, phone and e-mail
// are personal data: returned only by /api/watch-groups, never by /api/areas, exports or the log.
import { z } from "zod";
import { areaId, count, isoDate, requiredText } from "../recording/fields.ts";

export const WATCH_GROUP_STATUSES = ["active", "starting", "inactive"] as const;
export type WatchGroupStatus = (typeof WATCH_GROUP_STATUSES)[number];

/** A contact field a form may leave empty: "" and null both mean "not recorded". */
const contact = <T extends z.ZodType<string | null>>(schema: T) =>
  z
    .union([z.literal("").transform(() => null), schema])
    .nullable()
    .optional();

export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{4,19}$/;

export const watchGroupInput = z.strictObject({
  area_id: areaId,
  name: requiredText(200),
  status: z.enum(WATCH_GROUP_STATUSES),
  households: count,
  started_on: isoDate,
  contact_name: contact(requiredText(200)),
  contact_phone: contact(
    z.string().trim().regex(PHONE_PATTERN, {
      message: "must be a phone number: digits, spaces, +, - and ()",
    }),
  ),
  contact_email: contact(z.email({ message: "must be an e-mail address" }).max(254)),
});
export type WatchGroupInput = z.output<typeof watchGroupInput>;

export const watchGroupPatch = watchGroupInput.partial();

export const watchGroupListQuery = z.strictObject({
  area_id: areaId.optional(),
  status: z.enum(WATCH_GROUP_STATUSES).optional(),
});

export interface WatchGroupRecord {
  id: number;
  area_id: string;
  area_name: string;
  name: string;
  status: WatchGroupStatus;
  households: number;
  started_on: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  demo: boolean;
  created_at: string;
}
