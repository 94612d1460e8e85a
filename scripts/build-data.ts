// Builds the embedded data set in data/ from the raw sources (run: npx tsx scripts/build-data.ts).
// Only this script reads the raw folder; the product reads data/. Output is byte-for-byte
// deterministic: fixed key order, fixed feature order, no timestamps.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { area as turfArea } from "@turf/area";
import type { MultiPolygon, Polygon } from "geojson";
import { builtUpParts, MIN_PART_M2, tatortLand } from "../server/geo/built-up.ts";
import { buildAreas } from "./data/areas.ts";
import { baseFeature, tatortLayer } from "./data/basemap.ts";
import { densityRatio } from "./data/households.ts";
import * as raw from "./data/raw.ts";
import { householdsTable, TABLE_END, TABLE_START } from "./data/report.ts";
import { featureCollectionText, parseCsv, replaceBetween } from "./data/text.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RAW = resolve(ROOT, process.env.RAW_DIR ?? "../shared/data/raw");
const OUT = join(ROOT, "data");
const KOMMUN = "1230";

function read(file: string): string {
  const path = join(RAW, file);
  if (!existsSync(path))
    throw new Error(`Missing raw file ${path} (set RAW_DIR to the raw folder)`);
  return readFileSync(path, "utf8");
}
const json = (file: string): unknown => JSON.parse(read(file));
const polygon = (g: unknown) => g as Polygon | MultiPolygon;

function write(rel: string, text: string) {
  const path = join(OUT, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote data/${rel} (${text.length} chars)`);
}

// --- inputs --------------------------------------------------------------------------------------
const VD = "staffanstorp_valdistrikt_2022_val.geojson";
const DESO = "staffanstorp_deso2025_scb.geojson";
const TAT = "tatorter_staffanstorp_lm.geojson";
const VOTERS = "staffanstorp_valdistrikt_2022_rostberattigade.csv";
const POP = "scb_regso_foreign_born_staffanstorp.csv";
const POINTS = "tatorter_points_scb2020_staffanstorp.geojson";
const KOMMUN_FILE = "staffanstorp_kommun_lm.geojson";

const valdistrikt = raw.features(VD, json(VD), raw.valdistriktProps);
const desos = raw.features(DESO, json(DESO), raw.desoProps);
const tatorter = raw.features(TAT, json(TAT), raw.lmProps);
const points = raw.features(POINTS, json(POINTS), raw.tatortPointProps, "point");
const kommun = raw.features(KOMMUN_FILE, json(KOMMUN_FILE), raw.kommunProps);
const voters = new Map(
  raw
    .rows(VOTERS, parseCsv(read(VOTERS)), raw.votersRow)
    .map((r) => [r.kod, r.rostberattigade_kf_2022]),
);

// --- epsilon: how much sparser the countryside is than tätort land (SCB 2020 counts) -------------
const pop2020 = raw
  .rows(POP, parseCsv(read(POP)), raw.regsoPopRow)
  .filter((r) => r.födelseregion === "totalt" && r.kön === "totalt")
  .reduce((s, r) => s + r["Antal 2020"], 0);
const tatortPop2020 = points.reduce((s, p) => s + p.properties.pop, 0);
const kommunKm2 = kommun.reduce((s, k) => s + turfArea(k.feature), 0) / 1e6;
const tatortKm2 = tatorter.reduce((s, t) => s + turfArea(t.feature), 0) / 1e6;
const epsilon =
  Math.round(densityRatio(pop2020, tatortPop2020, kommunKm2, tatortKm2) * 1000) / 1000;
console.log(
  `epsilon ${epsilon}: ${pop2020} people (${tatortPop2020} in tätorter) on ${kommunKm2.toFixed(2)} km² (${tatortKm2.toFixed(2)} tätort)`,
);

// --- areas ---------------------------------------------------------------------------------------
const { features, reports, precision, total } = buildAreas(
  valdistrikt.map((v) => {
    const n = voters.get(v.properties.kod);
    if (n === undefined) throw new Error(`${VOTERS}: no eligible voters for ${v.properties.kod}`);
    return {
      id: v.properties.kod,
      name: v.properties.namn,
      voters: n,
      geometry: polygon(v.geometry),
    };
  }),
  desos.map((d) => ({
    id: d.properties.deso2025,
    dwellings: d.properties.lgh_totalt_2025,
    geometry: polygon(d.geometry),
  })),
  tatorter.map((t) => ({ name: t.properties.NAMN1, geometry: polygon(t.geometry) })),
  epsilon,
);
console.log(`${features.length} areas, ${total} dwellings, coordinates at ${precision} decimals`);
write("areas.geojson", featureCollectionText(features));

// --- base map ------------------------------------------------------------------------------------
const CONTEXT = "kommuner_context_lm.geojson";
const REGION = "tatorter_region_lm.geojson";
const COAST = "ne_countries_10m_oresund.geojson";
write(
  "basemap/kommun.geojson",
  featureCollectionText(
    kommun.map((k) =>
      baseFeature(
        { name: k.properties.KOMMUNNAMN, code: k.properties.KOM_KOD },
        k.geometry,
        "kommun",
      ),
    ),
  ),
);
write(
  "basemap/neighbours.geojson",
  featureCollectionText(
    raw
      .features(CONTEXT, json(CONTEXT), raw.kommunProps)
      .filter((k) => k.properties.KOM_KOD !== KOMMUN)
      .map((k) =>
        baseFeature({ name: k.properties.KOMMUNNAMN }, k.geometry, k.properties.KOMMUNNAMN),
      ),
  ),
);
const tatortFeatures = tatortLayer(raw.features(REGION, json(REGION), raw.lmProps));
write("basemap/tatorter.geojson", featureCollectionText(tatortFeatures));
write(
  "basemap/coast.geojson",
  featureCollectionText(
    raw
      .features(COAST, json(COAST), raw.nameProps)
      .map((c) => baseFeature({ name: c.properties.name }, c.geometry, c.properties.name)),
  ),
);
write(
  "basemap/tatort_points.geojson",
  featureCollectionText(
    points.map((p) =>
      baseFeature(
        { name: p.properties.name, population: p.properties.pop },
        p.geometry,
        p.properties.name,
      ),
    ),
  ),
);

// --- built-up parts: each area's land inside the tätort polygons, where people live -------------
// From the shipped area geometry and the shipped tätort layer, so the parts line up with the tätort
// outlines the map draws, and the server can compute the same for an imported boundary.
const builtUp = builtUpParts(
  features.map((f) => ({ id: f.id, geometry: f.geometry })),
  tatortLand(tatortFeatures.map((t) => polygon(t.geometry))),
  { decimals: precision, minPartM2: MIN_PART_M2 },
);
const builtUpKm2 = builtUp.reduce((s, f) => s + turfArea(f), 0) / 1e6;
console.log(
  `${builtUp.length} of ${features.length} areas have built-up land, ${builtUpKm2.toFixed(2)} km² in all`,
);
write("areas-built-up.geojson", featureCollectionText(builtUp));

// --- facts and README table ----------------------------------------------------------------------
// A byte copy, but written rather than copied so it does not inherit the raw file's read-only mode.
write("facts.csv", read("trygghet_inbrott_facts_staffanstorp.csv"));
const readmePath = join(OUT, "README.md");
if (existsSync(readmePath)) {
  const doc = readFileSync(readmePath, "utf8");
  write(
    "README.md",
    replaceBetween(doc, TABLE_START, TABLE_END, householdsTable(reports, epsilon)),
  );
} else {
  console.warn("data/README.md is missing: the households table was not written");
}
console.log(householdsTable(reports, epsilon));
