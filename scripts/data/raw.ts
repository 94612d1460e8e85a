// Shapes of the raw input files, checked with zod so a changed source fails with a clear message.
import type { Feature, Geometry } from "geojson";
import { z } from "zod";

const polygonal = z.looseObject({ type: z.enum(["Polygon", "MultiPolygon"]) });
const point = z.looseObject({ type: z.literal("Point") });

export const valdistriktProps = z.object({
  kod: z.string().regex(/^\d{8}$/),
  namn: z.string().min(1),
});
export const desoProps = z.object({
  deso2025: z.string().regex(/^\d{4}[ABC]\d{4}$/),
  lgh_totalt_2025: z.number().int().nonnegative(),
});
export const lmProps = z.object({
  NAMN1: z.string().min(1),
  BEF: z.number().int().nonnegative(),
  KATEGORI: z.string(),
  ADAT: z.string(),
});
/** The police-area tätort file: parts of tätorter clipped to each kommun (lpo_tatorter_lm). */
export const lpoTatortProps = z.object({
  kommun: z.string().regex(/^\d{4}$/),
  namn: z.string().min(1),
  kategori: z.string(),
  bef_hela_tatorten: z.number().int().nonnegative(),
  andel_inom_kommunen: z.number().min(0).max(1),
});
export const kommunProps = z.object({ KOM_KOD: z.string(), KOMMUNNAMN: z.string().min(1) });
export const nameProps = z.object({ name: z.string().min(1) });
export const tatortPointProps = z.object({
  name: z.string().min(1),
  pop: z.number().int(),
  mun_code: z.string().optional(),
});

export const votersRow = z.object({
  kod: z.string().regex(/^\d{8}$/),
  rostberattigade_kf_2022: z.coerce.number().int().nonnegative(),
});
export const factRow = z.object({
  indicator: z.string().min(1),
  area: z.string().min(1),
  year: z.string().regex(/^\d{4}(-\d{4})?$/),
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  unit: z.string(),
  note: z.string(),
  source_url: z.string().min(1),
});
export const promiseRow = z.object({
  kommun: z.string().regex(/^\d{4}$/),
  kommunnamn: z.string().min(1),
  /** "2017", or "2018-03/2019-03" for a period that does not follow the calendar year. */
  period: z.string().regex(/^\d{4}(-\d{2}\/\d{4}-\d{2})?$/),
  promise_no: z.coerce.number().int().positive(),
  activity: z.string().min(1),
  kind: z.string().regex(/^[a-z_]+$/),
  target_value: z.union([z.literal(""), z.coerce.number().int().positive()]),
  target_unit: z.string(),
  deadline: z.union([z.literal(""), z.iso.date()]),
  responsible: z.enum(["police", "kommun", "both", ""]),
  source_url: z.url(),
});
export const regsoPopRow = z.object({
  födelseregion: z.string(),
  kön: z.string(),
  "Antal 2020": z.coerce.number().int().nonnegative(),
});

export interface Typed<P> {
  properties: P;
  geometry: Geometry;
  feature: Feature;
}

/** Checks every feature's geometry type and properties; errors name the file and feature. */
export function features<P>(
  file: string,
  json: unknown,
  props: z.ZodType<P>,
  geometry: "polygon" | "point" = "polygon",
): Typed<P>[] {
  const fc = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) });
  const parsed = fc.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  return parsed.data.features.map((f, i) => {
    const shape = z.object({
      properties: props,
      geometry: geometry === "point" ? point : polygonal,
    });
    const r = shape.safeParse(f);
    if (!r.success) throw new Error(`${file}: feature ${i}: ${z.prettifyError(r.error)}`);
    return {
      properties: r.data.properties,
      geometry: r.data.geometry as unknown as Geometry,
      feature: f as Feature,
    };
  });
}

/** Checks CSV records against a row schema; errors name the file and line. */
export function rows<R>(file: string, records: Record<string, string>[], row: z.ZodType<R>): R[] {
  return records.map((rec, i) => {
    const r = row.safeParse(rec);
    if (!r.success) throw new Error(`${file}: line ${i + 2}: ${z.prettifyError(r.error)}`);
    return r.data;
  });
}
