// Writes data/demo-activity.json, the invented demo activity of every kommun in
// data/areas.geojson (run: npm run build:demo; DATA_OUT=dir for another data folder).
// Reads only data/ (areas and the tätort base layer, to put points on built-up land); a fixed
// seed per kommun makes the file regenerate byte for byte.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { generatePoliceAreaDemo } from "./data/demo.ts";
import type { DemoArea } from "./data/demo-types.ts";
import { prettyJson } from "./data/text.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = resolve(ROOT, process.env.DATA_OUT ?? "data");

function readCollection(rel: string): FeatureCollection {
  try {
    return JSON.parse(readFileSync(join(DATA, rel), "utf8")) as FeatureCollection;
  } catch (err) {
    throw new Error(
      `Cannot read data/${rel} (run npm run build:data first): ${(err as Error).message}`,
    );
  }
}

const areas: DemoArea[] = readCollection("areas.geojson").features.map((f) => {
  const p = f.properties ?? {};
  if (typeof p.id !== "string" || typeof p.households !== "number") {
    throw new Error(`data/areas.geojson: feature ${String(f.id)} lacks id or households`);
  }
  return {
    id: p.id,
    name: String(p.name),
    locality: String(p.locality),
    households: p.households,
    ...(typeof p.eligible_voters === "number" ? { voters: p.eligible_voters } : {}),
    ...(typeof p.kommun === "string" ? { kommun: p.kommun } : {}),
    geometry: f.geometry as Polygon | MultiPolygon,
  };
});
const tatorter = readCollection("basemap/tatorter.geojson").features.map(
  (f) => f.geometry as Polygon | MultiPolygon,
);

const demo = generatePoliceAreaDemo(areas, tatorter);
writeFileSync(join(DATA, "demo-activity.json"), prettyJson(demo));
const counts = Object.entries(demo)
  .filter(([, v]) => Array.isArray(v))
  .map(([k, v]) => `${k} ${(v as unknown[]).length}`);
console.log(`wrote ${join(DATA, "demo-activity.json")}: ${counts.join(", ")}`);
