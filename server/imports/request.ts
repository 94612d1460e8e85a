// What an import request gives besides its kind's name: the query (the planner's column mapping,
// what becomes of the rows already stored, what decides a row's place) and the uploaded file's
// bytes, with whether its type or name says it is (Geo)JSON or a workbook.
import type { Context } from "hono";
import { z } from "zod";
import { IMPORT_KINDS, type ImportKind } from "./columns.ts";

export const isKind = (k: string): k is ImportKind =>
  (IMPORT_KINDS as readonly string[]).includes(k);

const JSON_TYPE = /[/+]json\b/i;
const XLSX_TYPE = /spreadsheetml|ms-excel/i;

const mappingJson = z
  .string()
  .max(20_000)
  .transform((s, ctx) => {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "columns must be a JSON object" });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(z.string().max(1000), z.string().max(40), {
      message: 'columns must map each header to a field or "": {"Plats": "area"}',
    }),
  );

export const importQuery = z.strictObject({
  columns: mappingJson.optional(),
  existing: z.enum(["skip", "update", "add"]).optional(),
  place: z.enum(["point", "area"]).optional(),
});

type Upload = { bytes: Uint8Array; json: boolean; xlsx: boolean };

/** The upload's bytes, and whether it says it is (Geo)JSON or a workbook. */
export async function uploaded(c: Context): Promise<Upload | undefined> {
  const type = c.req.header("content-type") ?? "";
  if (!/multipart\/form-data/i.test(type)) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return { bytes, json: JSON_TYPE.test(type), xlsx: XLSX_TYPE.test(type) };
  }
  const form = await c.req.parseBody().catch(() => undefined);
  const file = form?.file;
  if (!(file instanceof File)) return undefined;
  const json = JSON_TYPE.test(file.type) || /\.(geo)?json$/i.test(file.name);
  const xlsx = XLSX_TYPE.test(file.type) || /\.xlsx$/i.test(file.name);
  return { bytes: new Uint8Array(await file.arrayBuffer()), json, xlsx };
}
