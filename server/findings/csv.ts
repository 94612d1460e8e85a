// The findings follow-up as a CSV file for Swedish Excel (server/exports/csv.ts: semicolons, BOM,
// formulas neutralised). The header words contain no separator, so any spreadsheet splits it right.
import { type Cell, toCsv } from "../exports/csv.ts";
import type { FindingItem } from "./schema.ts";

export const FINDING_HEADER = [
  "id",
  "vandring",
  "vandringens datum",
  "område",
  "iakttagelse",
  "ansvarig",
  "klart senast",
  "status",
  "försenad",
  "stängd",
  "åtgärd",
];

export function findingSheet(findings: readonly FindingItem[]): string {
  const rows: Cell[][] = findings.map((f) => [
    f.id,
    f.visit_id,
    f.walk_date,
    f.area_name,
    f.text,
    f.owner,
    f.due_on,
    f.status === "done" ? "stängd" : "öppen",
    f.overdue,
    f.closed_on,
    f.closed_note,
  ]);
  return toCsv(FINDING_HEADER, rows);
}
