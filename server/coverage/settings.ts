// The coverage rules a planner may change: radius, effective-visit threshold, time bands, weekend.
// Stored in one row of coverage_settings; a change rebuilds every total in the same transaction.
import { z } from "zod";
import { coded } from "../http/field-codes.ts";
import { type CompiledBands, compileBands } from "./bands.ts";

export interface CoverageSettings {
  /** A point or route counts for an area within this many metres of it. */
  radius_m: number;
  /** A presence of at least this many minutes is an effective visit; shorter ones are short visits. */
  effective_minutes: number;
  /** Local hours at which a time-of-day band starts; the last runs past midnight to the first. */
  band_hours: number[];
  /** ISO weekdays counted as weekend (1 = Monday … 7 = Sunday). Public holidays are not. */
  weekend_days: number[];
}

export const DEFAULT_SETTINGS: CoverageSettings = {
  radius_m: 300,
  effective_minutes: 10,
  band_hours: [0, 6, 12, 18],
  weekend_days: [6, 7],
};

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > (xs[i - 1] as number));

export const settingsSchema = z.strictObject({
  radius_m: z.number().min(0).max(2000),
  effective_minutes: z.number().int().min(1).max(240),
  band_hours: z
    .array(z.number().int().min(0).max(23))
    .min(1)
    .max(24)
    .refine(increasing, {
      message: "band_hours must be strictly increasing, e.g. [0, 6, 12, 18]",
      params: coded("not_increasing"),
    }),
  weekend_days: z
    .array(z.number().int().min(1).max(7))
    .max(7)
    .refine((d) => new Set(d).size === d.length, {
      message: "weekend_days must not repeat a day",
      params: coded("repeated_value"),
    }),
});

export interface Rules {
  settings: CoverageSettings;
  radiusM: number;
  effectiveSeconds: number;
  bands: CompiledBands;
}

export function compileRules(settings: CoverageSettings): Rules {
  return {
    settings,
    radiusM: settings.radius_m,
    effectiveSeconds: settings.effective_minutes * 60,
    bands: compileBands({ hours: settings.band_hours, weekendDays: settings.weekend_days }),
  };
}
