// The one SQL spelling of "in the caller's kommuner": a column compared with the JSON array bound
// as @kommuner (kommunParam). Every scoped statement uses it, so a missing filter is easy to find.

/** SQL: the kommun column `column` is one of the kommuner bound as @kommuner. */
export const inKommuner = (column: string) =>
  `${column} IN (SELECT value FROM json_each(@kommuner))`;

/** SQL: the area `areaColumn` lies in one of the kommuner bound as @kommuner. */
export const areaInKommuner = (areaColumn: string) =>
  `${areaColumn} IN (SELECT id FROM areas WHERE ${inKommuner("kommun")})`;

/** The value to bind as @kommuner. */
export const kommunParam = (kommuner: readonly string[]) => JSON.stringify(kommuner);
