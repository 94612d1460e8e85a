// As-you-type validation with the server's own zod schemas, and the server's 400 field errors laid
// onto the same fields. Messages are the schemas' English ones; errorKey words the common ones in
// the user's language.
import type { z } from "zod";
import type { FieldError } from "../../server/http/errors.ts";

/** Field path ("date", "findings.0.owner") → its first message. */
export type FieldErrors = Record<string, string>;

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".");

export function zodFieldErrors(schema: z.ZodType, value: unknown): FieldErrors {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const out: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = pathOf(issue.path);
    out[key] ??= issue.message;
  }
  return out;
}

/** The API's { field, message } list; "findings[0].owner" and "findings.0.owner" are one field. */
export function serverFieldErrors(fields: readonly FieldError[]): FieldErrors {
  const out: FieldErrors = {};
  for (const f of fields) {
    const key = f.field.replace(/\[(\d+)\]/g, ".$1");
    out[key] ??= f.message;
  }
  return out;
}

export type ErrorKey =
  | "required"
  | "date"
  | "area"
  | "number"
  | "atLeastOne"
  | "email"
  | "phone"
  | "notInArea"
  | "unknownArea"
  | "tooLong"
  | "route";

const KNOWN: [RegExp, ErrorKey][] = [
  [/real date|YYYY-MM-DD/i, "date"],
  [/give area_id|must name an area/i, "area"],
  [/lies in none|passes through none/i, "notInArea"],
  [/no area with id/i, "unknownArea"],
  [/at least two points/i, "route"],
  [/at least 1\b|>=1\b/i, "atLeastOne"],
  [/e-mail|email/i, "email"],
  [/phone/i, "phone"],
  [/must not be empty|expected string, received undefined|Invalid option/i, "required"],
  [/expected number|expected int|>=0|too small/i, "number"],
  [/too big|<=\d+ characters|at most \d+ characters/i, "tooLong"],
];

/** A translatable wording of a schema's or the server's message, or null to show it as it is. */
export function errorKey(message: string): ErrorKey | null {
  return KNOWN.find(([re]) => re.test(message))?.[1] ?? null;
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
