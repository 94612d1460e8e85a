// Märk-DNA kits handed out outside an information session (kits handed out at a session are
// entered with the session, in /api/visits). One kit marks one household.
import { z } from "zod";
import { areaId, fromNotAfterTo, isoDate } from "../http/crud/fields.ts";

export const dnaKitInput = z.strictObject({
  area_id: areaId,
  handed_out_on: isoDate,
  kits: z.number().int().min(1, { message: "must be at least 1" }).max(100_000),
});
export type DnaKitInput = z.output<typeof dnaKitInput>;

export const dnaKitPatch = dnaKitInput.partial();

export const dnaKitListQuery = z
  .strictObject({
    area_id: areaId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .check(fromNotAfterTo);

export interface DnaKitRecord {
  id: number;
  area_id: string;
  area_name: string;
  /** The kommun of the area. */
  kommun: string;
  handed_out_on: string;
  kits: number;
  /** The session the kits were handed out at; such rows are edited through the visit. */
  visit_id: number | null;
  demo: boolean;
  created_at: string;
}
