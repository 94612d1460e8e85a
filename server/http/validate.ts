// Query validation for every route: a zod object schema, unknown parameters rejected, and a 400
// in the API's error format that names each bad field.
import { validator } from "hono/validator";
import type { z } from "zod";
import { describeFields, errorBody, type FieldError, fieldErrors } from "./errors.ts";

export function validQuery<S extends z.ZodType<unknown, Record<string, string>>>(schema: S) {
  return validator("query", (value, c) => {
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
