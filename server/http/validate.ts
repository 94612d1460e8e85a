// Request validation for every route: zod schemas, unknown query parameters rejected, and a 400
// in the API's error format that names every bad field.
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { validator } from "hono/validator";
import type { z } from "zod";
import { describeFields, errorBody, type FieldError, fieldErrors } from "./errors.ts";

export function validQuery<S extends z.ZodType<unknown, Record<string, string>>>(schema: S) {
  return validator("query", (all, c) => {
    // `kommun` on a logged-in route was judged and applied by the session guard (c.var.kommuner).
    const scoped = (c.get("kommuner") ?? []).length > 0;
    const { kommun: _kommun, ...rest } = all;
    const value = scoped ? rest : all;
    const repeated: FieldError[] = Object.entries(value)
      .filter(([, v]) => Array.isArray(v))
      .map(([field]) => ({ field, message: `${field} is given more than once` }));
    const parsed = schema.safeParse(value);
    const fields = [...repeated, ...(parsed.success ? [] : fieldErrors(parsed.error.issues))];
    if (fields.length > 0 || !parsed.success) {
      return c.json(errorBody("invalid_query", describeFields(fields), fields), 400);
    }
    return parsed.data as z.output<S>;
  });
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
    const parsed = schema.safeParse(body);
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
  return guarded;
}

function notJson(c: Context) {
  const fields = [{ field: "(body)", message: "the request body is not valid JSON" }];
  return c.json(errorBody("invalid_body", "the request body is not valid JSON", fields), 400);
}
