// Builds the embedded data set for the chosen kommuner from the raw files named in the
// police-area file. Reads through the given `read` function and returns every output file as
// text (no writes), so the CLI (scripts/build-data.ts) and the tests run the same code.
// Deterministic: fixed key and feature order, no timestamps.
import { area as turfArea } from "@turf/area";
import { feature as turfFeature } from "@turf/helpers";
import type { MultiPolygon, Polygon } from "geojson";
import { z } from "zod";
import { builtUpParts, MIN_PART_M2, tatortLand } from "../../server/geo/built-up.ts";
import { kommunPromises, promiseDocument } from "../../server/promises/schema.ts";
import { type AreaFeature, type AreaProperties, type AreaReport, buildAreas } from "./areas.ts";
import {
  type BaseFeature,
  baseFeature,
  type TatortPart,
  tatortLayer,
  tatortPointsFromParts,
} from "./basemap.ts";
import type { KommunSources, PoliceAreaConfig } from "./config.ts";
import { type FactRecord, factsText, mergeFacts } from "./facts.ts";
import { densityRatio } from "./households.ts";
import {
  type FactValue,
  type KommunPromises,
  type PromisePeriod,
  type PromiseText,
  periodsFromRows,
} from "./promises.ts";
import * as raw from "./raw.ts";
import { householdsSections, type KommunReport } from "./report.ts";
import { featureCollectionText, parseCsv, prettyJson } from "./text.ts";

/** An area as written to data/areas.geojson: the kommun it belongs to comes last. */
export interface KommunAreaProperties extends AreaProperties {
  kommun: string;
  kommun_name: string;
}

export interface BuildInput {
  config: PoliceAreaConfig;
  /** The kommun codes to build, sorted (see chooseKommuner). */
  kommuner: readonly string[];
  /** A raw file's text, by its path in the police-area file (relative to RAW_DIR). */
  readRaw: (path: string) => string;
  /** A file of the repository (the promise document, the Swedish promise texts). */
  readRepo: (path: string) => string;
}

/** What data/kommuner.json says about each kommun of the build. */
export interface KommunSummary {
  code: string;
  name: string;
  areas: number;
  eligible_voters: number;
  dwellings: number;
  households: number;
  households_method: string;
  epsilon: number;
  epsilon_from: string;
  coordinate_decimals: number;
  built_up_areas: number;
}

export interface BuildOutput {
  /** Text of each file, by its path under data/. */
  files: Map<string, string>;
  /** The households section of data/README.md (between its markers). */
  householdsReadme: string;
  kommuner: KommunSummary[];
  log: string[];
}

const polygon = (g: unknown) => g as Polygon | MultiPolygon;
const byCode = <T extends { code: string }>(a: T, b: T) => (a.code < b.code ? -1 : 1);

export function buildDataSet(input: BuildInput): BuildOutput {
  const { config, kommuner, readRaw, readRepo } = input;
  const log: string[] = [];
  const json = (file: string): unknown => JSON.parse(readRaw(file));
  const sources = (code: string) => config.kommun[code] as KommunSources;

  // --- shared layers ----------------------------------------------------------------------------
  const boundaries = raw.features(
    config.shared.kommun_boundaries,
    json(config.shared.kommun_boundaries),
    raw.kommunProps,
  );
  const coast = raw.features(config.shared.coast, json(config.shared.coast), raw.nameProps);

  // --- per kommun inputs ------------------------------------------------------------------------
  const tatortParts = (code: string): (TatortPart & { kategori: string })[] => {
    const file = sources(code).tatorter;
    const data = json(file);
    const first = (data as { features?: { properties?: object }[] }).features?.[0]?.properties;
    if (first && "kommun" in first) {
      // The police-area file: parts of tätorter clipped to each kommun.
      return raw
        .features(file, data, raw.lpoTatortProps)
        .filter((t) => t.properties.kommun === code)
        .map((t) => ({
          name: t.properties.namn,
          population: t.properties.bef_hela_tatorten > 0 ? t.properties.bef_hela_tatorten : null,
          share: t.properties.andel_inom_kommunen,
          kategori: t.properties.kategori,
          geometry: polygon(t.geometry),
        }));
    }
    // Lantmäteriet's own layer, cut to one kommun beforehand: every feature is the kommun's.
    return raw.features(file, data, raw.lmProps).map((t) => ({
      name: t.properties.NAMN1,
      population: t.properties.BEF > 0 ? t.properties.BEF : null,
      share: 1,
      kategori: t.properties.KATEGORI,
      geometry: polygon(t.geometry),
    }));
  };

  const boundaryOf = (code: string) => {
    const b = boundaries.filter((k) => k.properties.KOM_KOD === code);
    if (b.length !== 1) {
      throw new Error(`${config.shared.kommun_boundaries}: expected one boundary for ${code}`);
    }
    return b[0] as (typeof boundaries)[number];
  };

  /** ε of a kommun whose SCB tätort points and population are given (see data/README.md). */
  const epsilons = new Map<string, number>();
  const computedEpsilon = (code: string): number => {
    const eps = sources(code).epsilon;
    if (typeof eps === "number") return eps;
    if ("same_as" in eps) return computedEpsilon(eps.same_as);
    const known = epsilons.get(code);
    if (known !== undefined) return known;
    const pop2020 = raw
      .rows(eps.population, parseCsv(readRaw(eps.population)), raw.regsoPopRow)
      .filter((r) => r.födelseregion === "totalt" && r.kön === "totalt")
      .reduce((s, r) => s + r["Antal 2020"], 0);
    const points = raw
      .features(eps.tatort_points, json(eps.tatort_points), raw.tatortPointProps, "point")
      .filter((p) => p.properties.mun_code === undefined || p.properties.mun_code === code);
    const tatortPop2020 = points.reduce((s, p) => s + p.properties.pop, 0);
    const kommunKm2 = turfArea(boundaryOf(code).feature) / 1e6;
    const tatortKm2 =
      tatortParts(code).reduce((s, t) => s + turfArea(turfFeature(t.geometry)), 0) / 1e6;
    const value = densityRatio(pop2020, tatortPop2020, kommunKm2, tatortKm2);
    log.push(
      `epsilon ${code}: ${pop2020} people (${tatortPop2020} in tätorter) on ${kommunKm2.toFixed(2)} km² (${tatortKm2.toFixed(2)} tätort)`,
    );
    epsilons.set(code, Math.round(value * 1000) / 1000);
    return epsilons.get(code) as number;
  };
  const epsilonFrom = (code: string): string => {
    const eps = sources(code).epsilon;
    return typeof eps === "object" && "same_as" in eps ? epsilonFrom(eps.same_as) : code;
  };

  // --- areas ------------------------------------------------------------------------------------
  const areaFeatures: AreaFeature<KommunAreaProperties>[] = [];
  const reports: KommunReport[] = [];
  const summaries: KommunSummary[] = [];
  const precisionOf = new Map<string, number>();
  for (const code of kommuner) {
    const src = sources(code);
    const mine = (id: string) => id.startsWith(code);
    const districts = raw
      .features(src.valdistrikt, json(src.valdistrikt), raw.valdistriktProps)
      .filter((v) => mine(v.properties.kod));
    if (districts.length === 0) throw new Error(`${src.valdistrikt}: no valdistrikt of ${code}`);
    const voters = new Map(
      raw
        .rows(src.voters, parseCsv(readRaw(src.voters)), raw.votersRow)
        .filter((r) => mine(r.kod))
        .map((r) => [r.kod, r.rostberattigade_kf_2022]),
    );
    const desos = raw
      .features(src.deso, json(src.deso), raw.desoProps)
      .filter((d) => mine(d.properties.deso2025));
    if (desos.length === 0) throw new Error(`${src.deso}: no DeSO of ${code}`);
    const tatorter = tatortParts(code);
    const epsilon = computedEpsilon(code);
    const built = buildAreas(
      districts.map((v) => {
        const n = voters.get(v.properties.kod);
        if (n === undefined)
          throw new Error(`${src.voters}: no eligible voters for ${v.properties.kod}`);
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
      tatorter.map((t) => ({ name: t.name, geometry: t.geometry })),
      epsilon,
      src.locality_names ? { localityNames: src.locality_names } : {},
    );
    precisionOf.set(code, built.precision);
    log.push(
      `${src.name} (${code}): ${built.features.length} areas, ${built.total} dwellings, ε ${epsilon}, coordinates at ${built.precision} decimals`,
    );
    for (const f of built.features) {
      areaFeatures.push({
        ...f,
        properties: { ...f.properties, kommun: code, kommun_name: src.name },
      });
    }
    const from = epsilonFrom(code);
    reports.push({
      code,
      name: src.name,
      reports: built.reports,
      epsilon,
      epsilonNote: from === code ? "" : ` (${sources(from).name}'s, see above)`,
    });
    summaries.push({
      code,
      name: src.name,
      areas: built.features.length,
      eligible_voters: built.features.reduce((s, f) => s + f.properties.eligible_voters, 0),
      dwellings: built.total,
      households: built.features.reduce((s, f) => s + f.properties.households, 0),
      households_method: built.features[0]?.properties.households_method ?? "",
      epsilon,
      epsilon_from: from,
      coordinate_decimals: built.precision,
      built_up_areas: 0,
    });
  }

  // --- base map ---------------------------------------------------------------------------------
  const chosen = new Set(kommuner);
  const kommunLayer = boundaries
    .filter((k) => chosen.has(k.properties.KOM_KOD))
    .map((k) => ({ code: k.properties.KOM_KOD, k }))
    .sort(byCode)
    .map(({ k }) =>
      baseFeature(
        { name: k.properties.KOMMUNNAMN, code: k.properties.KOM_KOD },
        k.geometry,
        "kommun",
      ),
    );
  if (kommunLayer.length !== kommuner.length) {
    throw new Error(`${config.shared.kommun_boundaries}: a chosen kommun has no boundary`);
  }
  const neighbours = boundaries
    .filter((k) => !chosen.has(k.properties.KOM_KOD))
    .map((k) =>
      baseFeature({ name: k.properties.KOMMUNNAMN }, k.geometry, k.properties.KOMMUNNAMN),
    );
  const region = config.shared.tatorter_region;
  const tatortFeatures = tatortLayer(raw.features(region, json(region), raw.lmProps));
  const coastLayer = coast.map((c) =>
    baseFeature({ name: c.properties.name }, c.geometry, c.properties.name),
  );
  const points: BaseFeature[] = kommuner.flatMap((code) => {
    const src = sources(code);
    if (!src.tatort_points) return tatortPointsFromParts(tatortParts(code), src.locality_names);
    return raw
      .features(src.tatort_points, json(src.tatort_points), raw.tatortPointProps, "point")
      .filter((p) => p.properties.mun_code === undefined || p.properties.mun_code === code)
      .map((p) =>
        baseFeature(
          { name: p.properties.name, population: p.properties.pop },
          p.geometry,
          p.properties.name,
        ),
      );
  });
  const labels = points.map((p) => String(p.properties.name));
  const twice = labels.filter((n, i) => labels.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`tatort_points: ${twice.join(", ")} named twice`);

  // --- built-up parts: from the shipped areas and tätort layer (see server/geo/built-up.ts) ------
  const land = tatortLand(tatortFeatures.map((t) => polygon(t.geometry)));
  const builtUp = kommuner.flatMap((code) => {
    const parts = builtUpParts(
      areaFeatures
        .filter((f) => f.properties.kommun === code)
        .map((f) => ({ id: f.id, geometry: f.geometry })),
      land,
      { decimals: precisionOf.get(code) as number, minPartM2: MIN_PART_M2 },
    );
    const s = summaries.find((k) => k.code === code) as KommunSummary;
    s.built_up_areas = parts.length;
    return parts;
  });
  const builtUpKm2 = builtUp.reduce((s, f) => s + turfArea(f), 0) / 1e6;
  log.push(
    `${builtUp.length} of ${areaFeatures.length} areas have built-up land, ${builtUpKm2.toFixed(2)} km² in all`,
  );

  // --- facts ------------------------------------------------------------------------------------
  const everyKommun = Object.entries(config.kommun).map(([code, s]) => ({ code, name: s.name }));
  const facts = mergeFacts(
    config.shared.facts.map((f) =>
      raw.rows(f, parseCsv(readRaw(f)), raw.factRow).map((r) => r as FactRecord),
    ),
    { policeArea: config.police_area, kommuner: everyKommun, selected: kommuner },
  );

  // --- promises ---------------------------------------------------------------------------------
  const rows = config.shared.promise_rows
    ? raw.rows(
        config.shared.promise_rows,
        parseCsv(readRaw(config.shared.promise_rows)),
        raw.promiseRow,
      )
    : [];
  const texts = config.shared.promise_texts
    ? (parseCsv(readRepo(config.shared.promise_texts)).map((t) => ({
        ...t,
        promise_no: Number(t.promise_no),
      })) as unknown as PromiseText[])
    : [];
  const promises: KommunPromises[] = kommuner.map((code) => {
    const src = sources(code);
    const own = new Map<string, FactValue | null>();
    for (const f of facts.filter((r) => r.kommun === code)) {
      const key = `${f.indicator} ${f.year}`;
      // Two sources for the same figure (they disagree in places): neither can be a baseline.
      own.set(
        key,
        own.has(key) ? null : { value: Number(f.value), source_url: f.source_url as string },
      );
    }
    const factMap = new Map([...own].filter((e): e is [string, FactValue] => e[1] !== null));
    // Taken as written (the schema's parse would trim and reorder nothing, but the text is the
    // record), after checking it is a valid promises file.
    const document = src.promise_document
      ? (JSON.parse(readRepo(src.promise_document)) as { source: string; periods: PromisePeriod[] })
      : undefined;
    if (document && src.promise_document) {
      const ok = promiseDocument.safeParse(document);
      if (!ok.success) throw new Error(`${src.promise_document}: ${z.prettifyError(ok.error)}`);
    }
    const fromRows = periodsFromRows(code, {
      policeArea: config.police_area,
      rows,
      texts,
      facts: factMap,
    });
    const sourceText = [
      ...(document ? [document.source] : []),
      ...(fromRows.length > 0
        ? [
            `${src.name}: the promises as published by the kommun, the police or the local press, summarised one row each in ${config.shared.promise_rows} (our own words; Swedish wording in ${config.shared.promise_texts}); every promise carries the URL it was read from. Only the promises found are here.`,
          ]
        : []),
      ...(rows.some((r) => r.kommun === code && r.deadline === "")
        ? [
            "Where the promise document itself was not found, the period is the calendar year the source names, and who signed is left out.",
          ]
        : []),
    ];
    const entry = {
      kommun: code,
      kommun_name: src.name,
      source:
        sourceText.join(" ") || `${src.name}: no promises found; they are entered in the app.`,
      periods: [...(document?.periods ?? []), ...fromRows],
    };
    const checked = kommunPromises.safeParse(entry);
    if (!checked.success) {
      throw new Error(`promises of ${code}: ${z.prettifyError(checked.error)}`);
    }
    return entry;
  });

  // --- files ------------------------------------------------------------------------------------
  const files = new Map<string, string>([
    ["areas.geojson", featureCollectionText(areaFeatures)],
    ["areas-built-up.geojson", featureCollectionText(builtUp)],
    ["basemap/kommun.geojson", featureCollectionText(kommunLayer)],
    ["basemap/neighbours.geojson", featureCollectionText(neighbours)],
    ["basemap/tatorter.geojson", featureCollectionText(tatortFeatures)],
    ["basemap/coast.geojson", featureCollectionText(coastLayer)],
    ["basemap/tatort_points.geojson", featureCollectionText(points)],
    ["facts.csv", factsText(facts)],
    ["promises.json", prettyJson({ kommuner: promises })],
    ["kommuner.json", prettyJson({ police_area: config.police_area, kommuner: summaries })],
  ]);
  return { files, householdsReadme: householdsSections(reports), kommuner: summaries, log };
}

export type { AreaReport };
