// The presets a period picker offers today, with the promise periods the server knows (every
// logged-in role reads them; a picker only appears behind a login).
import { useQuery } from "@tanstack/react-query";
import { todayUtc } from "../../server/period/dates.ts";
import { type Preset, periodPresets } from "../../server/period/presets.ts";
import { promisePeriodsQuery } from "../api/queries.ts";

/** Today as the server counts it (UTC), so the default period and its preset agree. */
export function usePeriodPresets(): Preset[] {
  const periods = useQuery(promisePeriodsQuery());
  return periodPresets(todayUtc(), periods.data?.periods ?? []);
}
