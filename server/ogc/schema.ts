// Query parameters of each /ogc resource. Unknown parameters are refused (the standard asks for a
// 400), and every bad value is named by the shared error format.
import { z } from "zod";
import { type Parsed, parseBbox, parseDatetime, parseLimit, parseOffset } from "./params.ts";

function parsedBy<T>(parse: (text: string) => Parsed<T>) {
  return z.string().transform((text, ctx) => {
    const r = parse(text);
    if (r.ok) return r.value;
    ctx.issues.push({ code: "custom", message: r.message, input: text });
    return z.NEVER;
  });
}

/** Landing page, conformance, API and collections are JSON only. */
export const documentQuery = z.strictObject({
  f: z.enum(["json"], { error: "f must be json (the only format served)" }).optional(),
});

const itemsFormat = z.enum(["geojson", "json"], { error: "f must be geojson or json" }).optional();

export const itemsQuery = z.strictObject({
  f: itemsFormat,
  bbox: parsedBy(parseBbox).optional(),
  datetime: parsedBy(parseDatetime).optional(),
  limit: parsedBy(parseLimit).optional(),
  offset: parsedBy(parseOffset).optional(),
});

export const featureQuery = z.strictObject({ f: itemsFormat });
