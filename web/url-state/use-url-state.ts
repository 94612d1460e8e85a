// The one hook every view keeps its state in: the query string of the current URL, read through
// wouter (so a change re-renders the view) and written with history.replaceState, so moving a
// slider or picking an area does not fill the back button. The hash (the map's camera, #karta=…)
// is kept, so a copied link also shows the same part of the map.
import { useCallback, useEffect, useMemo } from "react";
import { useSearch } from "wouter";
import { navigate } from "wouter/use-browser-location";
import type { Period } from "../../server/period/period.ts";
import { applyChanges, type Changes, periodChanges, periodIn } from "./url-state.ts";

export function useUrlState() {
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback((changes: Changes) => {
    // Read the URL as it is now, not as it was at the last render: two changes in one event
    // (e.g. a period and a selection) must both land.
    const { pathname, search: current, hash } = window.location;
    const next = applyChanges(current, changes);
    navigate(`${pathname}${next ? `?${next}` : ""}${hash}`, { replace: true });
  }, []);
  return { params, set };
}

/**
 * The period in the URL, or `fallback` (the default period) when it names none. The default is
 * written into the URL at once: it follows the calendar, so a link copied today must carry its
 * dates to show the same figures tomorrow.
 */
export function usePeriodParam(fallback: Period): [Period, (p: Period) => void] {
  const { params, set } = useUrlState();
  const named = periodIn(params);
  const period = named ?? fallback;
  const setPeriod = useCallback((p: Period) => set(periodChanges(p)), [set]);
  useEffect(() => {
    if (!named) set(periodChanges(fallback));
  }, [named, fallback, set]);
  return [period, setPeriod];
}

/** A selected area in `omrade` (the name /registrera's links already use), or null. */
export function useAreaParam(): [string | null, (id: string | null) => void] {
  const { params, set } = useUrlState();
  const setArea = useCallback((id: string | null) => set({ omrade: id }), [set]);
  return [params.get("omrade") || null, setArea];
}
