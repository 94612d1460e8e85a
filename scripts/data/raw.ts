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
export const kommunProps = z.object({ KOM_KOD: z.string(), KOMMUNNAMN: z.string().min(1) });
export const nameProps = z.object({ name: z.string().min(1) });
export const tatortPointProps = z.object({ name: z.string().min(1), pop: z.number().int() });

export const votersRow = z.object({
  kod: z.string().regex(/^\d{8}$/),
  rostberattigade_kf_2022: z.coerce.number().int().nonnegative(),
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
