// The presets a period picker offers today, with the promise periods the server knows (every
// logged-in role reads them; a picker only appears behind a login).
import { useQuery } from "@tanstack/react-query";
import { todayUtc } from "../../server/period/dates.ts";
import { type Preset, periodPresets } from "../../server/period/presets.ts";
import { promisePeriodsQuery } from "../api/queries.ts";
import { useKommunScope } from "../kommun/use-kommun.ts";

/** Today as the server counts it (UTC), so the default period and its preset agree. */
export function usePeriodPresets(): Preset[] {
  // The promise periods of the kommun the view shows (every one the user covers for the whole area).
  const periods = useQuery(promisePeriodsQuery(useKommunScope()));
  return periodPresets(todayUtc(), periods.data?.periods ?? []);
}
