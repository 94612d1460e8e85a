// GET /api/basemap/:layer: the offline base map's layers, shipped in data/basemap, and the areas'
// built-up parts.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import type { JsonCache } from "../http/cached-json.ts";
import { fieldError, sendError } from "../http/errors.ts";
import type { BuiltUpLayer } from "./built-up.ts";

/** Layers shipped as files in data/basemap. */
const FILE_LAYERS = ["kommun", "neighbours", "tatorter", "coast", "tatort_points"] as const;
type FileLayer = (typeof FILE_LAYERS)[number];
/** The file layers, and the areas' built-up parts (built-up.ts), which follow the stored areas. */
export const BASEMAP_LAYERS = [...FILE_LAYERS, "built_up"] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

export const ATTRIBUTION =
  "Valdistrikt och valresultat: Valmyndigheten. DeSO och statistik: SCB (CC0). " +
  "Kommun- och tätortsgränser: Lantmäteriet (CC0). Kustlinje: Natural Earth.";

/** Reads every layer once at start-up; a missing file stops the server with its path. */
function loadLayers(dataDir: string) {
  return new Map(
    FILE_LAYERS.map((layer) => {
      const text = readFileSync(join(dataDir, "basemap", `${layer}.geojson`), "utf8");
      const hash = createHash("sha1").update(text).digest("base64url").slice(0, 12);
      return [layer, { json: JSON.parse(text) as GeoJSON.FeatureCollection, hash }] as const;
    }),
  );
}

export function basemapRoutes(dataDir: string, cache: JsonCache, builtUp: BuiltUpLayer) {
  const layers = loadLayers(dataDir);
  return new Hono().get("/:layer", (c) => {
    const name = c.req.param("layer");
    if (name === "built_up") {
      return cache.respond(c, "basemap:built_up", builtUp.version, builtUp.collection);
    }
    const layer = layers.get(name as FileLayer);
    if (!layer) {
      return sendError(c, 404, "not_found", `No base map layer '${name}'`, [
        fieldError("layer", "not_one_of", `must be one of ${BASEMAP_LAYERS.join(", ")}`, {
          options: BASEMAP_LAYERS.join(", "),
        }),
      ]);
    }
    return cache.respond(
      c,
      `basemap:${name}`,
      () => layer.hash,
      () => layer.json,
    );
  });
}
