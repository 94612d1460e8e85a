// Pure: which findings a follow-up list shows and in what order. Overdue first (the longest
// overdue on top), then the other open ones by due date (those without one last), then the closed
// ones, most recently closed first; ties by id, so the order never jumps between reads.
import type { IsoDate } from "../period/dates.ts";
import type { FindingFilter } from "./schema.ts";

export interface FollowUpRow {
  id: number;
  area_id: string;
  owner: string;
  status: "open" | "done";
  due_on: string | null;
  closed_on: string | null;
}

/** Open, with a due date that has passed: due yesterday is overdue today, due today is not. */
export const isOverdue = (f: Pick<FollowUpRow, "status" | "due_on">, today: IsoDate) =>
  f.status === "open" && f.due_on !== null && f.due_on < today;

function group(f: FollowUpRow, today: IsoDate): number {
  if (isOverdue(f, today)) return 0;
  return f.status === "open" ? 1 : 2;
}

export function followUpOrder(today: IsoDate) {
  return (a: FollowUpRow, b: FollowUpRow): number => {
    const g = group(a, today) - group(b, today);
    if (g !== 0) return g;
    if (a.status === "open") {
      // Earliest due first; no due date sorts after every date.
      const x = a.due_on ?? "9999-12-31";
      const y = b.due_on ?? "9999-12-31";
      if (x !== y) return x < y ? -1 : 1;
    } else {
      const x = a.closed_on ?? "";
      const y = b.closed_on ?? "";
      if (x !== y) return x > y ? -1 : 1;
    }
    return a.id - b.id;
  };
}

/** Case-insensitive in Swedish ("å" matches "Å"); the owner filter matches any part of the name. */
const fold = (s: string) => s.toLocaleLowerCase("sv-SE");

/**
 * The findings a filter selects, in follow-up order.
 * @example selectFindings(rows, { status: "overdue", owner: "tekn" }, "2026-12-04")
 */
export function selectFindings<R extends FollowUpRow>(
  rows: readonly R[],
  filter: { area_id?: string | undefined; owner?: string | undefined; status?: FindingFilter },
  today: IsoDate,
): R[] {
  const owner = filter.owner ? fold(filter.owner) : null;
  const status = filter.status ?? "all";
  return rows
    .filter((f) => !filter.area_id || f.area_id === filter.area_id)
    .filter((f) => owner === null || fold(f.owner).includes(owner))
    .filter((f) => {
      if (status === "open") return f.status === "open";
      if (status === "overdue") return isOverdue(f, today);
      if (status === "done") return f.status === "done";
      return true;
    })
    .sort(followUpOrder(today));
}
