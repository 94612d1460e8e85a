// The one error format of the API: { error: { code, message, fields? } }; each field error has its
// own code and params (server/http/field-codes.ts) besides its English message.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import { type FieldCode, type FieldParams, type FieldProblem, problemOf } from "./field-codes.ts";

export interface FieldError extends FieldProblem {
  field: string;
}

/** A field error the schema could not find (an unknown area, a taken username, …). */
export const fieldError = (
  field: string,
  code: FieldCode,
  message: string,
  params: FieldParams = {},
): FieldError => ({ field, code, params, message });

export interface ApiError {
  error: { code: string; message: string; fields?: FieldError[] };
}

export function errorBody(code: string, message: string, fields?: FieldError[]): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
}

export function sendError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: string,
  message: string,
  fields?: FieldError[],
) {
  return c.json(errorBody(code, message, fields), status);
}

/**
 * Turns zod issues into field errors that name the offending field (the query parameter, the JSON
 * path). Parse with `{ reportInput: true }` (see `parseFields`) so a missing field reads `required`.
 */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : undefined;
    const path = issue.path.map(String).join(".");
    const problem = problemOf(issue);
    return {
      field: unknownKeys ? unknownKeys.join(",") : path || "(root)",
      ...problem,
      message: unknownKeys ? `unknown parameter: ${unknownKeys.join(", ")}` : problem.message,
    };
  });
}

/** The schema's verdict with the input kept on each issue, for `fieldErrors`. */
export const parseFields = <S extends z.ZodType>(schema: S, value: unknown) =>
  schema.safeParse(value, { reportInput: true });

export function describeFields(fields: FieldError[]): string {
  return fields.map((f) => `${f.field}: ${f.message}`).join("; ");
}
