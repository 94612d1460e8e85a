// queryOptions factories of the logged-in views, with hierarchical keys: ['areas', ...] invalidates every
// area query at once. The public views' own are in public-queries.ts.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { BasemapLayer } from "../../server/basemap/routes.ts";
import type { FindingListQuery } from "../../server/findings/schema.ts";
import type { Period } from "../../server/period/period.ts";
import type { VisitKind } from "../../server/visits/schema.ts";
import { type KommunChoice, workKommunQuery } from "../kommun/kommun.ts";
import { api, unwrap } from "./client.ts";

/**
 * A logged-in call's query narrowed to the kommun the view shows (`?kommun=1262`; nothing for the
 * whole police area). The session guard reads `kommun` on every logged-in route, so the routes'
 * own schemas (and so the client's types) do not name it.
 */
function inKommun<Q extends object>(query: Q, kommun: KommunChoice | undefined): Q {
  return { ...query, ...workKommunQuery(kommun) };
}

// A record over the server's own layer type: adding or renaming a layer on the server is a type
// error here until the web app knows about it.
const LAYERS: Record<BasemapLayer, true> = {
  coast: true,
  neighbours: true,
  kommun: true,
  tatorter: true,
  tatort_points: true,
  built_up: true,
};
export const BASEMAP_LAYERS = Object.keys(LAYERS) as BasemapLayer[];
export type { BasemapLayer };

/** The public meta every page needs (demo, the public cut-off, the base map). */
export const metaQuery = () =>
  queryOptions({
    queryKey: ["meta", "public"] as const,
    queryFn: async ({ signal }) => unwrap(await api.meta.$get(undefined, { init: { signal } })),
    staleTime: 60_000,
  });

/** What the logged-in views need besides: the data's date range and the default period. */
export const workMetaQuery = () =>
  queryOptions({
    queryKey: ["meta", "work"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.meta.work.$get(undefined, { init: { signal } })),
    staleTime: 60_000,
  });

export const areasQuery = (period: Period, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["areas", "list", period, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.areas.$get({ query: inKommun(period, kommun) }, { init: { signal } })),
    // Keep the old colours on the map while a new period loads, instead of blanking it.
    placeholderData: keepPreviousData,
  });

export const areaDetailQuery = (id: string, period: Period, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["areas", "detail", id, period, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.areas[":id"].$get(
          { param: { id }, query: inKommun(period, kommun) },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });

export const basemapQuery = (layer: BasemapLayer) =>
  queryOptions({
    queryKey: ["basemap", layer] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.basemap[":layer"].$get({ param: { layer } }, { init: { signal } })),
    // Base map files only change with a new release of the data.
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The ranking for the next information session; query = weights (w_*) and period. */
export const prioritiesQuery = (query: Record<string, string>, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["priorities", query, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.priorities.$get({ query: inKommun(query, kommun) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const visitsQuery = (
  query: { area_id?: string; kind?: VisitKind } = {},
  kommun?: KommunChoice,
) =>
  queryOptions({
    queryKey: ["visits", "list", query, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.visits.$get({ query: inKommun(query, kommun) }, { init: { signal } })),
  });

export const visitQuery = (id: number) =>
  queryOptions({
    queryKey: ["visits", "detail", id] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.visits[":id"].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export const watchGroupsQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["watch-groups", "list", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api["watch-groups"].$get({ query: inKommun({}, kommun) }, { init: { signal } })),
  });

export const dnaKitsQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["dna-kits", "list", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api["dna-kits"].$get({ query: inKommun({}, kommun) }, { init: { signal } })),
  });

/** What a recorded visit, group or kit changes: every figure, the map, the ranking, the findings. */
export const RECORD_KEYS = [
  ["areas"],
  ["priorities"],
  ["visits"],
  ["watch-groups"],
  ["dna-kits"],
  ["findings"],
];

/** The safety walks' findings for the follow-up list: overdue first, filtered as the API allows. */
export const findingsQuery = (query: FindingListQuery = {}, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["findings", "list", query, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.findings.$get({ query: inKommun(query, kommun) }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const promiseProgressQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["promises", "progress", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.promises.progress.$get({ query: inKommun({}, kommun) }, { init: { signal } }),
      ),
  });

export const promisePeriodsQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["promises", "periods", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api["promise-periods"].$get(
          // No query schema on this route: the kommun goes in untyped (the guard reads it).
          (kommun ? { query: workKommunQuery(kommun) } : undefined) as undefined,
          { init: { signal } },
        ),
      ),
  });

export const messagesQuery = (kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["messages", "list", kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.messages.$get({ query: inKommun({}, kommun) }, { init: { signal } })),
  });

// Police and planners only (/api/internal/*): every key starts with 'internal', so one
// invalidateQueries({ queryKey: ['internal'] }) after a write refreshes tables, map and follow-through.
export const INTERNAL_KEY = ["internal"] as const;

export const coverageQuery = (period: Period, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["internal", "coverage", "table", period, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.coverage.$get({ query: inKommun(period, kommun) }, { init: { signal } }),
      ),
    placeholderData: keepPreviousData,
  });

export const coverageGapsQuery = (days: number, to?: string, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["internal", "coverage", "gaps", days, to ?? null, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.coverage.gaps.$get(
          { query: inKommun({ days: String(days), ...(to ? { to } : {}) }, kommun) },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });

/** The coverage rules (radius, effective minutes, bands, weekend); a PUT recomputes every total. */
export const coverageSettingsQuery = () =>
  queryOptions({
    queryKey: ["internal", "coverage", "settings"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.internal.coverage.settings.$get(undefined, { init: { signal } })),
  });

/** One area's year: ISO weeks and months × bands; year omitted = the data's latest year. */
export const coverageAreaYearQuery = (areaId: string, year?: number) =>
  queryOptions({
    queryKey: ["internal", "coverage", "area", areaId, year ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.coverage[":areaId"].$get(
          { param: { areaId }, query: year === undefined ? {} : { year: String(year) } },
          { init: { signal } },
        ),
      ),
  });

export const presenceListQuery = (period: Period, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["internal", "presence", "list", period, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.presence.$get(
          { query: inKommun({ ...period, limit: "200", offset: "0" }, kommun) },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });

export const lagesbildQuery = (period: Period, kommun?: KommunChoice) =>
  queryOptions({
    queryKey: ["internal", "lagesbild", "overview", period, kommun ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.lagesbild.$get(
          { query: inKommun(period, kommun) },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });
