// queryOptions factories with hierarchical keys: ['areas', ...] invalidates every area query at once.
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { BasemapLayer } from "../../server/basemap/routes.ts";
import type { Period } from "../../server/period/period.ts";
import { api, unwrap } from "./client.ts";

// A record over the server's own layer type: adding or renaming a layer on the server is a type
// error here until the web app knows about it.
const LAYERS: Record<BasemapLayer, true> = {
  coast: true,
  neighbours: true,
  kommun: true,
  tatorter: true,
  tatort_points: true,
};
export const BASEMAP_LAYERS = Object.keys(LAYERS) as BasemapLayer[];
export type { BasemapLayer };

export const metaQuery = () =>
  queryOptions({
    queryKey: ["meta"] as const,
    queryFn: async ({ signal }) => unwrap(await api.meta.$get(undefined, { init: { signal } })),
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
