// The bodies an import answers with: the report a preview gives and a refused commit carries
// (every bad column and row, how each column was read, the rows already stored, warnings and a
// sample), and the 400s of a file that cannot be read at all and of a refused commit, in the API's
// error format. Pure.
import { errorBody, fieldError } from "../http/errors.ts";
import { fieldChoices, type ImportKind } from "./columns.ts";
import type { Match } from "./match.ts";
import type { Source } from "./read-upload.ts";
import type { PreparedImport, RowError } from "./rows.ts";

/** Errors (and warnings, and rows already stored) listed in one answer; the counts give totals. */
export const MAX_LISTED_ERRORS = 1000;
const SAMPLE_ROWS = 20;

export interface Plan {
  kind: ImportKind;
  source: Source;
  plan: PreparedImport;
  matches: Match[];
}

const count = (matches: Match[], status: Match["status"]) =>
  matches.filter((m) => m.status === status).length;

/** The report shared by preview and a refused commit. */
export function report({ kind, source, plan, matches }: Plan) {
  const present = plan.records.flatMap((r, i) => {
    const m = matches[i];
    return m && m.status !== "new" ? [{ line: r.line, area_name: r.area_name, ...m }] : [];
  });
  return {
    kind,
    rows: plan.rows,
    valid: plan.records.length,
    ...source,
    header: plan.header,
    fields: fieldChoices(kind),
    error_count: plan.errors.length,
    errors: plan.errors.slice(0, MAX_LISTED_ERRORS),
    warning_count: plan.warnings.length,
    warnings: plan.warnings.slice(0, MAX_LISTED_ERRORS),
    matches: {
      new: count(matches, "new"),
      same: count(matches, "same"),
      changed: count(matches, "changed"),
    },
    present: present.slice(0, MAX_LISTED_ERRORS),
    sample: plan.records.slice(0, SAMPLE_ROWS).map((r, i) => {
      const { given: _, id: __, ...row } = r;
      return {
        line: row.line,
        ...row.data,
        area_id: row.area_id,
        area_name: row.area_name,
        match: matches[i]?.status,
      };
    }),
  };
}

/** A file that cannot be read at all: the same shape as a report, with no rows. */
export function fileErrorBody(error: RowError) {
  const body = errorBody("invalid_file", error.message, [
    fieldError(error.field, "invalid", error.message),
  ]);
  return { ...body, rows: 0, valid: 0, error_count: 1, errors: [error] };
}

function refusal(errors: RowError[], source: Source): string {
  if (errors.length === 0) return "the file has no rows to import";
  const bad = new Set(errors.filter((e) => e.line > 1).map((e) => e.line)).size;
  if (source.format === "geojson") {
    return `${bad} ${bad === 1 ? "feature has" : "features have"} errors: nothing was imported`;
  }
  const header = errors.some((e) => e.line === 1) ? "the file's columns do not fit" : "";
  const rows = bad > 0 ? `${bad} ${bad === 1 ? "row has" : "rows have"} errors` : "";
  return `${[header, rows].filter(Boolean).join(" and ")}: nothing was imported`;
}

/** A refused commit's 400: each error as a field, by line (or feature), with the report. */
export function refusedBody(p: Plan) {
  const { source, plan } = p;
  const message = refusal(plan.errors, source);
  const unit = source.format === "geojson" ? "feature" : "line";
  const fields = plan.errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((e) => fieldError(e.field, "invalid", `${unit} ${e.line}: ${e.message}`));
  return { ...errorBody("invalid_import", message, fields), ...report(p) };
}
