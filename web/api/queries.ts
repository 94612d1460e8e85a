// queryOptions factories with hierarchical keys: ['areas', ...] invalidates every area query at once.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { BasemapLayer } from "../../server/basemap/routes.ts";
import type { FindingListQuery } from "../../server/findings/schema.ts";
import type { Period } from "../../server/period/period.ts";
import type { VisitKind } from "../../server/visits/schema.ts";
import { api, unwrap } from "./client.ts";

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

export const areasQuery = (period: Period) =>
  queryOptions({
    queryKey: ["areas", "list", period] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.areas.$get({ query: period }, { init: { signal } })),
    // Keep the old colours on the map while a new period loads, instead of blanking it.
    placeholderData: keepPreviousData,
  });

export const areaDetailQuery = (id: string, period: Period) =>
  queryOptions({
    queryKey: ["areas", "detail", id, period] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.areas[":id"].$get({ param: { id }, query: period }, { init: { signal } })),
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
export const prioritiesQuery = (query: Record<string, string>) =>
  queryOptions({
    queryKey: ["priorities", query] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.priorities.$get({ query }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const visitsQuery = (query: { area_id?: string; kind?: VisitKind } = {}) =>
  queryOptions({
    queryKey: ["visits", "list", query] as const,
    queryFn: async ({ signal }) => unwrap(await api.visits.$get({ query }, { init: { signal } })),
  });

export const visitQuery = (id: number) =>
  queryOptions({
    queryKey: ["visits", "detail", id] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.visits[":id"].$get({ param: { id: String(id) } }, { init: { signal } })),
  });

export const watchGroupsQuery = () =>
  queryOptions({
    queryKey: ["watch-groups", "list"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api["watch-groups"].$get({ query: {} }, { init: { signal } })),
  });

export const dnaKitsQuery = () =>
  queryOptions({
    queryKey: ["dna-kits", "list"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api["dna-kits"].$get({ query: {} }, { init: { signal } })),
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
export const findingsQuery = (query: FindingListQuery = {}) =>
  queryOptions({
    queryKey: ["findings", "list", query] as const,
    queryFn: async ({ signal }) => unwrap(await api.findings.$get({ query }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

// The public views read only /api/public/*: the same for everyone, no login.
export const publicAreasQuery = () =>
  queryOptions({
    queryKey: ["public", "areas"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public.areas.$get(undefined, { init: { signal } })),
  });

export const publicPromisesQuery = () =>
  queryOptions({
    queryKey: ["public", "promises"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public.promises.$get(undefined, { init: { signal } })),
  });

export const publicReportsQuery = () =>
  queryOptions({
    queryKey: ["public", "reports", "list"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.public.reports.$get(undefined, { init: { signal } })),
  });

export const publicReportQuery = (quarter: string) =>
  queryOptions({
    queryKey: ["public", "reports", "detail", quarter] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.public.reports[":quarter"].$get({ param: { quarter } }, { init: { signal } }),
      ),
    retry: false,
  });

/** Planners' follow-up: a period's progress with the ids behind each count. */
export const promiseProgressQuery = () =>
  queryOptions({
    queryKey: ["promises", "progress"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.promises.progress.$get({ query: {} }, { init: { signal } })),
  });

export const promisePeriodsQuery = () =>
  queryOptions({
    queryKey: ["promises", "periods"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api["promise-periods"].$get(undefined, { init: { signal } })),
  });

export const messagesQuery = () =>
  queryOptions({
    queryKey: ["messages", "list"] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.messages.$get({ query: {} }, { init: { signal } })),
  });

// Police and planners only (/api/internal/*): every key starts with 'internal', so one
// invalidateQueries({ queryKey: ['internal'] }) after a write refreshes tables, map and follow-through.
export const INTERNAL_KEY = ["internal"] as const;

export const coverageQuery = (period: Period) =>
  queryOptions({
    queryKey: ["internal", "coverage", "table", period] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.internal.coverage.$get({ query: period }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });

export const coverageGapsQuery = (days: number, to?: string) =>
  queryOptions({
    queryKey: ["internal", "coverage", "gaps", days, to ?? null] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.coverage.gaps.$get(
          { query: { days: String(days), ...(to ? { to } : {}) } },
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

export const presenceListQuery = (period: Period) =>
  queryOptions({
    queryKey: ["internal", "presence", "list", period] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await api.internal.presence.$get(
          { query: { ...period, limit: "200", offset: "0" } },
          { init: { signal } },
        ),
      ),
    placeholderData: keepPreviousData,
  });

export const lagesbildQuery = (period: Period) =>
  queryOptions({
    queryKey: ["internal", "lagesbild", "overview", period] as const,
    queryFn: async ({ signal }) =>
      unwrap(await api.internal.lagesbild.$get({ query: period }, { init: { signal } })),
    placeholderData: keepPreviousData,
  });
