// The public views' queries: they read only /api/public/*, the same for everyone, no login, and
// name the kommun a page shows (`?kommun=1262`, or `all` for the police area).
import { queryOptions } from "@tanstack/react-query";
import { type KommunChoice, publicKommunQuery } from "../kommun/kommun.ts";
import { api, unwrap } from "./client.ts";

/** A public call's query for one kommun, or `all` for the police area (/api/public/*). */
function publicArgs(kommun: KommunChoice | undefined, more: Record<string, string> = {}) {
  const query = { ...publicKommunQuery(kommun), ...more };
  // The routes take the parameters without declaring them in a schema, so the client does not know
  // them.
  return (Object.keys(query).length > 0 ? { query } : undefined) as undefined;
}

export const publicAreasQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["public", "areas", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public.areas.$get(publicArgs(kommun), { init: { signal } })),
  });

/** A kommun's promises: its current period, or the one `period` names (a published period's id). */
export const publicPromisesQuery = (kommun?: KommunChoice, period?: number) =>
  queryOptions({
    queryKey: ["public", "promises", kommun ?? null, period ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.public.promises.$get(
          publicArgs(kommun, period === undefined ? {} : { period: String(period) }),
          { init: { signal } },
        ),
      ),
    retry: false,
  });

export const publicReportsQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["public", "reports", "list", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public.reports.$get(publicArgs(kommun), { init: { signal } })),
  });

export const publicReportQuery = (quarter: string, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["public", "reports", "detail", quarter, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.public.reports[":quarter"].$get(
          { param: { quarter }, ...(publicArgs(kommun) ?? {}) },
          { init: { signal } },
        ),
      ),
    retry: false,
  });

/**
 * The police area as a whole (the public pages' "Hela lokalpolisområdet"): each kommun's period and
 * how its promises stand, and the ended quarters' figures summed over the kommuner. The server sends
 * `?kommun=all` on /promises and /reports here; the web asks these routes directly.
 */
export const publicPoliceAreaQuery = () =>
  queryOptions({
    queryKey: ["public", "police-area", "summary"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public["police-area"].$get(undefined, { init: { signal } })),
  });

export const publicPoliceAreaReportsQuery = () =>
  queryOptions({
    queryKey: ["public", "police-area", "reports"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public["police-area"].reports.$get(undefined, { init: { signal } })),
  });

export const publicPoliceAreaReportQuery = (quarter: string) =>
  queryOptions({
    queryKey: ["public", "police-area", "report", quarter] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.public["police-area"].reports[":quarter"].$get(
          { param: { quarter } },
          { init: { signal } },
        ),
      ),
    retry: false,
  });

/** Planners' follow-up: a period's progress with the ids behind each count. */
