// What the findings follow-up accepts and answers: the list's filters, a change of owner, text or
// due date, and closing a finding with the date and a note of what was done.
import { z } from "zod";
import { areaId, isoDate, requiredText } from "../http/crud/fields.ts";
import { coded } from "../http/field-codes.ts";
import type { FindingStatus } from "../visits/schema.ts";

/** open: not closed; overdue: open and past its due date; done: closed; all: every finding. */
export const FINDING_FILTERS = ["open", "overdue", "done", "all"] as const;
export type FindingFilter = (typeof FINDING_FILTERS)[number];

export const findingListQuery = z.strictObject({
  area_id: areaId.optional(),
  /** Part of the owner's name, any case: "tekn" finds "Tekniska förvaltningen". */
  owner: z.string().trim().min(1).max(200).optional(),
  status: z.enum(FINDING_FILTERS).optional(),
});
export type FindingListQuery = z.output<typeof findingListQuery>;

export const findingPatch = z
  .strictObject({
    text: requiredText(2000).optional(),
    owner: requiredText(200).optional(),
    due_on: isoDate.nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, {
    message: "give at least one of text, owner, due_on",
    params: coded("nothing_to_change"),
  });
export type FindingPatch = z.output<typeof findingPatch>;

export const closeInput = z.strictObject({
  closed_on: isoDate,
  /** What was done about it, e.g. "Lampan lagad 12 nov". */
  note: requiredText(2000),
});
export type CloseInput = z.output<typeof closeInput>;

/** A finding in the follow-up list, with the walk it came from. */
export interface FindingItem {
  id: number;
  visit_id: number;
  walk_date: string;
  area_id: string;
  area_name: string;
  /** The kommun of the walk's area. */
  kommun: string;
  text: string;
  owner: string;
  status: FindingStatus;
  due_on: string | null;
  closed_on: string | null;
  closed_note: string;
  /** Open and its due date has passed (as of `today` in the answer). */
  overdue: boolean;
  demo: boolean;
}

export interface FindingList {
  today: string;
  findings: FindingItem[];
  /** Every owner named on a finding, for the filter's suggestions. */
  owners: string[];
}
