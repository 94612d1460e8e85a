// Why a field is refused: a stable `code` with its `params`, besides the English `message` kept
// for API users and logs. The web app words the code in the user's language (web/forms/codes.ts,
// typed by FIELD_CODES, so a code without a wording fails the type check), for the server's 400s
// and for the same schemas run in the browser as the user types.
//
// Codes come from zod's issue codes (`problemOf`) and from the project's own refinements, which
// name theirs with `coded(...)` in the issue's params. test/integration/field-codes.test.ts sends
// bad requests to the real routes and checks that each code they give is one of these. Pure.
import type { z } from "zod";

export const FIELD_CODES = [
  // From zod's own checks.
  "required",
  "not_text",
  "not_number",
  "not_whole_number",
  "not_boolean",
  "not_list",
  "not_object",
  "wrong_type",
  "empty",
  "too_short",
  "too_long",
  "at_least",
  "at_most",
  "too_few",
  "too_many",
  "not_one_of",
  "bad_format",
  "not_email",
  "unknown_parameter",
  "invalid",
  // The request itself.
  "repeated_parameter",
  "not_json",
  "too_large",
  "not_id",
  "not_found",
  // The project's own rules.
  "not_date",
  "not_quarter",
  "not_week",
  "not_clock",
  "not_time",
  "not_url",
  "not_phone",
  "not_coordinate",
  "bad_username",
  "username_taken",
  "wrong_password",
  "same_password",
  "whole_in_range",
  "number_in_range",
  "area_missing",
  "unknown_area",
  "not_in_area",
  "far_from_areas",
  "route_outside",
  "route_too_short",
  "route_too_long",
  "lon_lat_pair",
  "repeated_value",
  "not_increasing",
  "from_after_to",
  "before_start",
  "ends_after",
  "start_with_end",
  "presence_too_long",
  "nothing_to_change",
  "give_person",
  "no_weight",
  "week_mismatch",
  "week_taken",
  "unknown_band",
  "kind_fixed",
  "unknown_finding",
  "before_walk",
  "after_today",
  "unknown_period",
  "outside_period",
  // The kommuner (issue 15): an area, period or account of a kommun the caller does not work for.
  "other_kommun_area",
  "other_kommun",
  "police_area_grant",
  "unknown_kommun",
  "scope_for_role",
  "kommuner_not_listed",
  "kommun_needed",
  "kommuner_mixed",
  "names_contact",
  "not_for_category",
] as const;

export type FieldCode = (typeof FIELD_CODES)[number];
export type FieldParams = Record<string, string | number>;

export interface FieldProblem {
  code: FieldCode;
  params: FieldParams;
  /** The problem in English, for API users and logs; the web app words `code` instead. */
  message: string;
}

export const isFieldCode = (code: unknown): code is FieldCode =>
  typeof code === "string" && (FIELD_CODES as readonly string[]).includes(code);

/**
 * The params of a project refinement's issue: `.refine(ok, { message, params: coded("not_date") })`
 * or `ctx.addIssue({ code: "custom", message, params: coded(...) })`.
 */
export const coded = (code: FieldCode, params: FieldParams = {}) => ({ code, ...params });

const TYPE_CODES: Record<string, FieldCode> = {
  string: "not_text",
  number: "not_number",
  int: "not_whole_number",
  boolean: "not_boolean",
  array: "not_list",
  object: "not_object",
};

const sizeCode = (origin: string, small: boolean): FieldCode => {
  if (origin === "string") return small ? "too_short" : "too_long";
  if (origin === "array" || origin === "set") return small ? "too_few" : "too_many";
  return small ? "at_least" : "at_most";
};

const listed = (values: readonly unknown[]) => values.map(String).join(", ");

/**
 * A zod issue as a code and params. The schemas are run with `reportInput` where this is used,
 * so a missing field (`required`) is told apart from one of the wrong type.
 */
export function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  const message = issue.message;
  const as = (code: FieldCode, params: FieldParams = {}): FieldProblem => ({
    code,
    params,
    message,
  });
  switch (issue.code) {
    case "custom": {
      const { code, ...params } = (issue.params ?? {}) as { code?: unknown } & FieldParams;
      return isFieldCode(code) ? as(code, params) : as("invalid");
    }
    case "invalid_type":
      if (issue.input === undefined && "input" in issue) return as("required");
      return TYPE_CODES[issue.expected]
        ? as(TYPE_CODES[issue.expected] as FieldCode)
        : as("wrong_type", { expected: issue.expected });
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string" && min === 1) return as("empty");
      return as(sizeCode(issue.origin, true), { min });
    }
    case "too_big":
      return as(sizeCode(issue.origin, false), { max: Number(issue.maximum) });
    case "invalid_value":
      return as("not_one_of", { options: listed(issue.values) });
    case "invalid_format":
      return issue.format === "email"
        ? as("not_email")
        : as("bad_format", { format: issue.format });
    case "unrecognized_keys":
      return as("unknown_parameter", { keys: issue.keys.join(", ") });
    case "not_multiple_of":
      return as("not_whole_number");
    default:
      return as("invalid");
  }
}
