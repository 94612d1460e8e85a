// Pure: every count in a public response goes through here. Counts under 5 (including 0) become
// { value: null, display: "<5" }, so a small group of people or events can never be singled out
// and no public number below 5 exists to be compared or subtracted; 5 and above are shown as is.
export const SMALL_COUNT_LIMIT = 5;

export type SmallCount = { value: number; display: string } | { value: null; display: "<5" };

export function smallCount(n: number): SmallCount {
  if (!Number.isFinite(n) || n < SMALL_COUNT_LIMIT) return { value: null, display: "<5" };
  return { value: n, display: String(n) };
}

/** True for a value shaped like a SmallCount that keeps the rule (used by tests and guards). */
export function isSafeCount(x: unknown): boolean {
  if (typeof x !== "object" || x === null) return false;
  const { value, display } = x as { value?: unknown; display?: unknown };
  if (value === null) return display === "<5";
  return typeof value === "number" && value >= SMALL_COUNT_LIMIT && display === String(value);
}
