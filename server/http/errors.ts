// The one error format of the API: { error: { code, message, fields? } }.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

export interface FieldError {
  field: string;
  message: string;
}

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

/** Turns zod issues into field errors that name the offending field (the query parameter, the JSON path). */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : undefined;
    const path = issue.path.map(String).join(".");
    return {
      field: unknownKeys ? unknownKeys.join(",") : path || "(root)",
      message: unknownKeys ? `unknown parameter: ${unknownKeys.join(", ")}` : issue.message,
    };
  });
}

export function describeFields(fields: FieldError[]): string {
  return fields.map((f) => `${f.field}: ${f.message}`).join("; ");
}
