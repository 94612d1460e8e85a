// The five base-map layers, fetched in parallel and handed to the map as one object.
import { useQueries } from "@tanstack/react-query";
import type { BasemapData } from "../map/area-map.tsx";
import { BASEMAP_LAYERS, basemapQuery } from "./queries.ts";

// Defined once, outside the component: useQueries only memoises the combined result while
// `combine` is the same function, and the map's effects depend on that identity.
function combine(results: { data?: GeoJSON.FeatureCollection | undefined }[]): BasemapData {
  const data: BasemapData = {};
  BASEMAP_LAYERS.forEach((layer, i) => {
    const fc = results[i]?.data;
    if (fc) data[layer] = fc;
  });
  return data;
}

export function useBasemap(): BasemapData {
  return useQueries({
    queries: BASEMAP_LAYERS.map((layer) => ({
      ...basemapQuery(layer),
      select: (fc: unknown) => fc as GeoJSON.FeatureCollection,
    })),
    combine,
  });
}
