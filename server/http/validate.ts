// Request validation for every route: zod schemas, unknown query parameters rejected, and a 400
// in the API's error format that names every bad field.
import type { Context, MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import { validator } from "hono/validator";
import type { z } from "zod";
import {
  describeFields,
  errorBody,
  type FieldError,
  fieldError,
  fieldErrors,
  parseFields,
} from "./errors.ts";

/**
 * A validator's types as the typed client (`hc<AppType>`) should see them: what is sent is the
 * schema's input (strings in a query, the JSON a form sends), what the route reads its output.
 * Hono's own inference would give the client the output (e.g. numbers for a query's numbers).
 */
type Validated<M, Target extends "json" | "query", S extends z.ZodType> =
  M extends MiddlewareHandler<infer E, infer P, infer _I, infer R>
    ? MiddlewareHandler<
        E,
        P,
        { in: { [K in Target]: z.input<S> }; out: { [K in Target]: z.output<S> } },
        R
      >
    : never;

export function validQuery<S extends z.ZodType<unknown, Record<string, string>>>(schema: S) {
  const check = validator("query", (all, c) => {
    // `kommun` on a logged-in route was judged and applied by the session guard (c.var.kommuner).
    const scoped = (c.get("kommuner") ?? []).length > 0;
    const { kommun: _kommun, ...rest } = all;
    const value = scoped ? rest : all;
    const repeated: FieldError[] = Object.entries(value)
      .filter(([, v]) => Array.isArray(v))
      .map(([field]) =>
        fieldError(field, "repeated_parameter", `${field} is given more than once`),
      );
    const parsed = parseFields(schema, value);
    const fields = [...repeated, ...(parsed.success ? [] : fieldErrors(parsed.error.issues))];
    if (fields.length > 0 || !parsed.success) {
      return c.json(errorBody("invalid_query", describeFields(fields), fields), 400);
    }
    return parsed.data as z.output<S>;
  });
  return check as Validated<typeof check, "query", S>;
}

/**
 * JSON bodies: a body that is not JSON, or of the wrong shape, is a 400 naming the fields, never a 500.
 * `check` adds what the schema cannot know (e.g. that an area exists), so one 400 names every field.
 */
export function validJson<S extends z.ZodType>(
  schema: S,
  check?: (body: unknown, c: Context) => FieldError[],
) {
  const inner = validator("json", async (value, c: Context) => {
    let body: unknown = value;
    // Hono parses only bodies labelled as JSON; anything else is parsed here so it is judged too.
    if (!/json/i.test(c.req.header("content-type") ?? "")) {
      try {
        body = await c.req.json();
      } catch {
        return notJson(c);
      }
    }
    const parsed = parseFields(schema, body);
    const fields = parsed.success ? [] : fieldErrors(parsed.error.issues);
    const named = new Set(fields.map((f) => f.field));
    fields.push(...(check?.(body, c) ?? []).filter((f) => !named.has(f.field)));
    if (!parsed.success || fields.length > 0) {
      return c.json(errorBody("invalid_body", describeFields(fields), fields), 400);
    }
    return parsed.data as z.output<S>;
  });
  const guarded: typeof inner = async (c, next) => {
    try {
      return await inner(c, next);
    } catch (err) {
      if (err instanceof HTTPException && err.status === 400) return notJson(c);
      throw err;
    }
  };
  return guarded as Validated<typeof inner, "json", S>;
}

function notJson(c: Context) {
  const fields = [fieldError("(body)", "not_json", "the request body is not valid JSON")];
  return c.json(errorBody("invalid_body", "the request body is not valid JSON", fields), 400);
}
