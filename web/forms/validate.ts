// As-you-type validation with the server's own zod schemas, and the server's 400 field errors laid
// onto the same fields. Either way a field's error is a code and params (server/http/field-codes.ts),
// worded for the user by useFieldErrorText (web/forms/field.tsx).
import type { z } from "zod";
import type { FieldError } from "../../server/http/errors.ts";
import { type FieldProblem, problemOf } from "../../server/http/field-codes.ts";

/** Field path ("date", "findings.0.owner") → its first problem. */
export type FieldErrors = Record<string, FieldProblem>;

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".");

export function zodFieldErrors(schema: z.ZodType, value: unknown): FieldErrors {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    out[pathOf(issue.path)] ??= problemOf(issue);
  }
  return out;
}

/** The API's field list; "findings[0].owner" and "findings.0.owner" are one field. */
export function serverFieldErrors(fields: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const { field, code, params, message } of fields) {
    out[field.replace(/\[(\d+)\]/g, ".$1")] ??= { code, params, message };
  }
  return out;
}

/**
 * A form's save, typed as its route's request: `send` is given only a body the schema accepts, so
 * it is the schema's input (what the route's validator takes), never a cast of the form's state.
 */
export interface CheckedSave {
  schema: z.ZodType;
  send(body: unknown): Promise<unknown>;
}

const accepts = <S extends z.ZodType>(schema: S, body: unknown): body is z.input<S> =>
  schema.safeParse(body).success;

export function checkedSave<S extends z.ZodType>(
  schema: S,
  send: (json: z.input<S>) => Promise<unknown>,
): CheckedSave {
  return {
    schema,
    send: (body) =>
      accepts(schema, body)
        ? send(body)
        : Promise.reject(new Error("the form's body does not fit its schema")),
  };
}

/** A form's number field: "" is "not given", anything else must read as a number. */
export function numberOrEmpty(raw: string): number | undefined {
  const t = raw.trim().replace(",", ".");
  return t === "" ? undefined : Number(t);
}
