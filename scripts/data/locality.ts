// Which locality (tätort, or countryside) an area belongs to. Pure: works on precomputed numbers.

export const LANDSBYGD = "Landsbygd";
/** An area is a tätort area when at least this share of its land is tätort land. */
export const MIN_TATORT_LAND_SHARE = 0.2;
/**
 * A mostly rural area still counts as a tätort area when one tätort holds at least this share
 * of its estimated households. Two thirds, not one half, because the split of households
 * between tätort land and open country inside an area is itself an estimate.
 */
export const MIN_TATORT_HOUSEHOLD_SHARE = 2 / 3;

export interface LocalityInput {
  tatortNames: readonly string[];
  /** Area of the district inside each tätort, m². */
  landByTatort: readonly number[];
  areaM2: number;
  /** Estimated households of the district living on each tätort's land. */
  householdsByTatort: readonly number[];
  households: number;
}

export interface LocalityResult {
  locality: string;
  landShare: number;
  topHouseholdShare: number;
  rule: "land" | "households" | "rural";
}

/** Index of the largest value; ties go to the name that sorts first, so the order of input never matters. */
function argmax(values: readonly number[], names: readonly string[]): number {
  let best = -1;
  values.forEach((x, i) => {
    const b = best < 0 ? undefined : values[best];
    if (b === undefined || x > b || (x === b && (names[i] ?? "") < (names[best] ?? ""))) {
      best = i;
    }
  });
  return best;
}

export function chooseLocality(input: LocalityInput): LocalityResult {
  const { tatortNames, landByTatort, areaM2, householdsByTatort, households } = input;
  if (!(areaM2 > 0)) throw new Error("Area must be larger than zero");
  const landShare = landByTatort.reduce((a, b) => a + b, 0) / areaM2;
  const byLand = argmax(landByTatort, tatortNames);
  const byHouseholds = argmax(householdsByTatort, tatortNames);
  const topHouseholdShare =
    households > 0 && byHouseholds >= 0 ? (householdsByTatort[byHouseholds] ?? 0) / households : 0;
  if (byLand >= 0 && landShare >= MIN_TATORT_LAND_SHARE) {
    return { locality: tatortNames[byLand] as string, landShare, topHouseholdShare, rule: "land" };
  }
  if (byHouseholds >= 0 && topHouseholdShare >= MIN_TATORT_HOUSEHOLD_SHARE) {
    const locality = tatortNames[byHouseholds] as string;
    return { locality, landShare, topHouseholdShare, rule: "households" };
  }
  return { locality: LANDSBYGD, landShare, topHouseholdShare, rule: "rural" };
}
