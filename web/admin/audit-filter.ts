// The audit log's filter form → the query the server takes (and the admin page's URL), checked
// first so a bad date is named beside its field; and an entry's detail (a JSON object) as
// readable "key: value" lines.
import { isIsoDate } from "../../server/period/dates.ts";
import type { AuditFilter } from "./types.ts";

export const EMPTY_FILTER: AuditFilter = { q: "", from: "", to: "" };

/** The filter a link names (/admin?flik=audit&q=…&from=…&to=…). */
export function filterFromParams(params: URLSearchParams): AuditFilter {
  return {
    q: params.get("q") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

/** The filters that are set, trimmed; empty ones are left out. */
export function auditParams(filter: AuditFilter): Partial<AuditFilter> {
  const out: Partial<AuditFilter> = {};
  for (const key of Object.keys(EMPTY_FILTER) as (keyof AuditFilter)[]) {
    const value = filter[key].trim();
    if (value) out[key] = value;
  }
  return out;
}

export type FilterError = "badDate" | "order";

/** What is wrong with the date fields, by field; empty when the filter can be sent. */
export function filterErrors(filter: AuditFilter): Partial<Record<"from" | "to", FilterError>> {
  const from = filter.from.trim();
  const to = filter.to.trim();
  const out: Partial<Record<"from" | "to", FilterError>> = {};
  if (from && !isIsoDate(from)) out.from = "badDate";
  if (to && !isIsoDate(to)) out.to = "badDate";
  if (!out.from && !out.to && from && to && from > to) out.to = "order";
  return out;
}

export interface DetailLine {
  key: string;
  value: string;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    return value.map(text).join(", ");
  }
  return JSON.stringify(value);
}

/**
 * An entry's detail as lines: an object gives one line per key, a JSON string is read first,
 * anything else is one line without a key. Nothing (null, "", {}) gives no lines.
 */
export function detailLines(detail: unknown): DetailLine[] {
  let value = detail;
  if (typeof value === "string") {
    if (value.trim() === "") return [];
    try {
      value = JSON.parse(value);
    } catch {
      return [{ key: "", value: detail as string }];
    }
  }
  if (value === null || value === undefined) return [];
  if (typeof value === "object" && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([key, v]) => ({
      key,
      value: text(v),
    }));
  }
  return [{ key: "", value: text(value) }];
}
