// The findings list's filter in the URL of /uppfoljning (?status=&omrade=&agare=), the query of
// GET /api/findings it makes, the CSV link for the same list, and the counts the heading shows.
import {
  FINDING_FILTERS,
  type FindingFilter,
  type FindingItem,
  type FindingListQuery,
} from "../../server/findings/schema.ts";
import { choiceIn } from "../url-state/url-state.ts";

export interface FindingView {
  status: FindingFilter;
  area: string;
  owner: string;
}

/** Open findings unless the link says otherwise: what a coordinator chases. */
export function findingView(params: URLSearchParams): FindingView {
  return {
    status: choiceIn(params.get("status"), FINDING_FILTERS, "open"),
    area: params.get("omrade") ?? "",
    owner: params.get("agare") ?? "",
  };
}

export const viewChanges = (v: Partial<FindingView>) => ({
  ...(v.status === undefined ? {} : { status: v.status }),
  ...(v.area === undefined ? {} : { omrade: v.area }),
  ...(v.owner === undefined ? {} : { agare: v.owner }),
});

export function findingQuery(v: FindingView): FindingListQuery {
  const owner = v.owner.trim();
  return {
    status: v.status,
    ...(v.area ? { area_id: v.area } : {}),
    ...(owner ? { owner } : {}),
  };
}

/** The CSV file of exactly the list shown. */
export function exportHref(v: FindingView): string {
  const q = new URLSearchParams(findingQuery(v) as Record<string, string>);
  return `/api/findings/export.csv?${q}`;
}

export interface FindingCounts {
  open: number;
  overdue: number;
  done: number;
}

export function findingCounts(findings: readonly Pick<FindingItem, "status" | "overdue">[]) {
  const counts: FindingCounts = { open: 0, overdue: 0, done: 0 };
  for (const f of findings) {
    if (f.status === "done") counts.done++;
    else counts.open++;
    if (f.overdue) counts.overdue++;
  }
  return counts;
}

/** Each walk's open and closed findings, by the walk's id. */
export function findingsByWalk(findings: readonly Pick<FindingItem, "visit_id" | "status">[]) {
  const out = new Map<number, { open: number; done: number }>();
  for (const f of findings) {
    const c = out.get(f.visit_id) ?? { open: 0, done: 0 };
    if (f.status === "done") c.done++;
    else c.open++;
    out.set(f.visit_id, c);
  }
  return out;
}
