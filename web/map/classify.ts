// The measures the map can colour areas by, their fixed class breaks, and how a value falls into a
// class. Pure functions so the legend, the map style and the tests all classify the same way.
import type { AreaProperties } from "../../server/areas/types.ts";

export const MEASURES = [
  "watch_coverage",
  "dna_uptake",
  "days_since_last_visit",
  "visits",
] as const;
export type Measure = (typeof MEASURES)[number];

export type MeasureUnit = "share" | "days" | "count";

export interface MeasureScale {
  unit: MeasureUnit;
  /** Lower bound (inclusive) of each class, ascending; the first is always 0. */
  breaks: readonly number[];
  /**
   * True when a *lower* value means *more* activity. The palette is then reversed so that, for
   * every measure, darker means more done in the area.
   */
  lowerIsMore: boolean;
}

/**
 * Fixed breaks rather than quantiles, so a colour means the same thing whatever the period and the
 * data: 50 % coverage is always the same blue.
 */
export const SCALES: Record<Measure, MeasureScale> = {
  watch_coverage: { unit: "share", breaks: [0, 0.1, 0.25, 0.5, 0.75], lowerIsMore: false },
  dna_uptake: { unit: "share", breaks: [0, 0.1, 0.25, 0.5, 0.75], lowerIsMore: false },
  // A quarter, half a year, a year, two years: the rhythm the promises are followed up in.
  days_since_last_visit: { unit: "days", breaks: [0, 90, 180, 365, 730], lowerIsMore: true },
  visits: { unit: "count", breaks: [0, 1, 2, 3, 5], lowerIsMore: false },
};

export function isMeasure(value: string): value is Measure {
  return (MEASURES as readonly string[]).includes(value);
}

/**
 * The number an area is coloured by; null means "nothing recorded" (only days since last visit
 * can be null: no visit at all up to the end of the period).
 * @example measureValue(area, "watch_coverage") // 0.42
 */
export function measureValue(area: AreaProperties, measure: Measure): number | null {
  return area[measure];
}

/**
 * Index of the class a value falls in (0 = lowest), or null for no value.
 * @example classIndex(0.3, [0, 0.1, 0.25, 0.5, 0.75]) // 2
 */
export function classIndex(value: number | null, breaks: readonly number[]): number | null {
  if (value === null || Number.isNaN(value)) return null;
  let index = 0;
  for (let i = 1; i < breaks.length; i++) {
    if (value >= (breaks[i] as number)) index = i;
  }
  return index;
}

export interface ClassRange {
  /** Inclusive. */
  lower: number;
  /** Exclusive; null for the open top class. */
  upper: number | null;
}

/**
 * The value range of each class, for the legend.
 * @example classRanges([0, 1, 2]) // [{lower:0,upper:1},{lower:1,upper:2},{lower:2,upper:null}]
 */
export function classRanges(breaks: readonly number[]): ClassRange[] {
  return breaks.map((lower, i) => ({ lower, upper: breaks[i + 1] ?? null }));
}
