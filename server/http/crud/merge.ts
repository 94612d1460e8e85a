// PATCH is "change these fields": the patch is laid over the stored record and the result is
// checked with the same schema as a new record, so an edit can never store what a create refuses.
import type { Context } from "hono";
import type { z } from "zod";
import { describeFields, errorBody, type FieldError, fieldErrors, parseFields } from "../errors.ts";

export type Checked<T> = { ok: true; data: T } | { ok: false; fields: FieldError[] };

/** Validates `merged` with `schema`, adding `extra` errors for fields the schema did not name. */
export function checkMerged<S extends z.ZodType>(
  schema: S,
  merged: object,
  extra: FieldError[] = [],
): Checked<z.output<S>> {
  const parsed = parseFields(schema, merged);
  const fields = parsed.success ? [] : fieldErrors(parsed.error.issues);
  const named = new Set(fields.map((f) => f.field));
  fields.push(...extra.filter((f) => !named.has(f.field)));
  if (!parsed.success || fields.length > 0) return { ok: false, fields };
  return { ok: true, data: parsed.data };
}

export function invalidBody(c: Context, fields: FieldError[]) {
  return c.json(errorBody("invalid_body", describeFields(fields), fields), 400);
}

/** Drops the keys whose value is undefined, so they do not overwrite the stored value. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
