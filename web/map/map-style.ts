// Colours and layer styles of the coverage map, as typed data. The legend and the browser tests read
// the same constants, so what the legend promises is what the map draws.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "maplibre-gl";
import { type Measure, SCALES } from "./classify.ts";

/** ColorBrewer YlGnBu, 5 classes: sequential, colour-blind safe, readable in greyscale. */
export const PALETTE = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"] as const;
/** "No visit recorded": outside the sequence, so it never reads as "little". */
export const NO_DATA_COLOR = "#bdbdbd";

export const BASE_COLORS = {
  sea: "#c9dfec",
  land: "#f3f0e8",
  neighbour: "#e3e3e3",
  neighbourLine: "#9a9a9a",
  kommunLine: "#2b2b2b",
  tatortLine: "#6e5d4b",
  areaLine: "#ffffff",
  noWatchLine: "#1a1a1a",
  startingLine: "#d95f02",
  hoverLine: "#000000",
  selectedLine: "#c51b7d",
} as const;

export const HATCH_IMAGE = "no-watch-hatch";

/** The map source of the areas' built-up parts, joined to their figures (built-up.ts). */
export const BUILT_UP_SOURCE = "areas-built-up";
/**
 * Opacity of the whole area under its built-up part: the rural remainder shows its class colour
 * (and the no-watch hatch) this faint, so a large district with few homes does not dominate.
 */
export const RURAL_OPACITY = 0.3;
/**
 * The colour a class colour shows as in the rural remainder: `RURAL_OPACITY` of it over the land,
 * what the map draws there and the legend shows.
 * @example paleColor("#253494") // "#b5b8cf"
 */
export function paleColor(hex: string, over: string = BASE_COLORS.land): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  const top = rgb(hex);
  const bottom = rgb(over);
  return `#${top
    .map((c, i) => Math.round(c * RURAL_OPACITY + (bottom[i] ?? 0) * (1 - RURAL_OPACITY)))
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")}`;
}

/** The layers drawn faint once the built-up parts are on the map (full until then). */
export const WHOLE_AREA_LAYERS = [
  ["areas-fill", "fill-opacity"],
  ["areas-no-watch-hatch", "fill-opacity"],
] as const;

/** Colour of class `index` (0 = lowest value) for a measure; darker always means more done. */
export function classColor(measure: Measure, index: number | null): string {
  if (index === null) return NO_DATA_COLOR;
  const i = SCALES[measure].lowerIsMore ? PALETTE.length - 1 - index : index;
  return PALETTE[i] ?? NO_DATA_COLOR;
}

/** The fill-color expression for a measure: a step over the fixed breaks, grey for null. */
export function fillColorExpression(measure: Measure): ExpressionSpecification {
  const { breaks } = SCALES[measure];
  const stops = breaks.slice(1).flatMap((b, i) => [b, classColor(measure, i + 1)]);
  return [
    "case",
    ["==", ["get", measure], null],
    NO_DATA_COLOR,
    ["step", ["to-number", ["get", measure]], classColor(measure, 0), ...stops],
  ] as ExpressionSpecification;
}

const empty = (): GeoJSON.FeatureCollection => ({ type: "FeatureCollection", features: [] });
const geojson = (): SourceSpecification => ({ type: "geojson", data: empty() });

/** Sources start empty and are filled with setData as the API answers. */
export const SOURCES = {
  areas: { type: "geojson", data: empty(), promoteId: "id" } as SourceSpecification,
  [BUILT_UP_SOURCE]: { type: "geojson", data: empty(), promoteId: "id" } as SourceSpecification,
  coast: geojson(),
  neighbours: geojson(),
  kommun: geojson(),
  tatorter: geojson(),
} satisfies Record<string, SourceSpecification>;

const noWatch: FilterSpecification = ["==", ["get", "watch_status"], "none"];
const starting: FilterSpecification = ["==", ["get", "watch_status"], "starting"];
/** Matches no feature; the hover and selection layers start with it. */
export const NOTHING: FilterSpecification = ["==", ["get", "id"], ""];
export const onlyArea = (id: string | null): FilterSpecification =>
  id === null ? NOTHING : ["==", ["get", "id"], id];

/** Base map layers drawn under the areas (used only with the built-in offline style). */
export const BASE_MAP_LAYERS: LayerSpecification[] = [
  { id: "background", type: "background", paint: { "background-color": BASE_COLORS.sea } },
  { id: "coast-land", type: "fill", source: "coast", paint: { "fill-color": BASE_COLORS.land } },
  {
    id: "neighbours-fill",
    type: "fill",
    source: "neighbours",
    paint: { "fill-color": BASE_COLORS.neighbour },
  },
  {
    id: "neighbours-line",
    type: "line",
    source: "neighbours",
    paint: { "line-color": BASE_COLORS.neighbourLine, "line-width": 1 },
  },
];

/**
 * The area layers; in that order, on top of any base map. Each whole area first (faint once the
 * built-up parts are drawn), then its built-up part in full colour with the strong hatch, then the
 * outlines of the whole areas. Clicks and hovers use "areas-fill", so any point of an area counts.
 */
export function areaLayers(measure: Measure): LayerSpecification[] {
  return [
    {
      id: "areas-fill",
      type: "fill",
      source: "areas",
      paint: { "fill-color": fillColorExpression(measure), "fill-opacity": 1 },
    },
    {
      id: "areas-no-watch-hatch",
      type: "fill",
      source: "areas",
      filter: noWatch,
      paint: { "fill-pattern": HATCH_IMAGE, "fill-opacity": 1 },
    },
    {
      id: "built-up-fill",
      type: "fill",
      source: BUILT_UP_SOURCE,
      paint: { "fill-color": fillColorExpression(measure), "fill-opacity": 1 },
    },
    {
      id: "built-up-no-watch-hatch",
      type: "fill",
      source: BUILT_UP_SOURCE,
      filter: noWatch,
      paint: { "fill-pattern": HATCH_IMAGE },
    },
    {
      id: "areas-line",
      type: "line",
      source: "areas",
      paint: { "line-color": BASE_COLORS.areaLine, "line-width": 1 },
    },
    {
      id: "tatorter-line",
      type: "line",
      source: "tatorter",
      paint: { "line-color": BASE_COLORS.tatortLine, "line-width": 1, "line-opacity": 0.6 },
    },
    {
      id: "areas-starting-line",
      type: "line",
      source: "areas",
      filter: starting,
      paint: { "line-color": BASE_COLORS.startingLine, "line-width": 2 },
    },
    {
      id: "areas-no-watch-line",
      type: "line",
      source: "areas",
      filter: noWatch,
      paint: {
        "line-color": BASE_COLORS.noWatchLine,
        "line-width": 3,
        "line-dasharray": [2, 1.5],
      },
    },
    {
      id: "kommun-line",
      type: "line",
      source: "kommun",
      paint: { "line-color": BASE_COLORS.kommunLine, "line-width": 2 },
    },
    {
      id: "areas-hover-line",
      type: "line",
      source: "areas",
      filter: NOTHING,
      paint: { "line-color": BASE_COLORS.hoverLine, "line-width": 2 },
    },
    {
      id: "areas-selected-line",
      type: "line",
      source: "areas",
      filter: NOTHING,
      paint: { "line-color": BASE_COLORS.selectedLine, "line-width": 4 },
    },
  ];
}

/** The built-in style: needs no tile server, glyphs or sprites, so no request leaves the machine. */
export function offlineStyle(measure: Measure): StyleSpecification {
  return {
    version: 8,
    sources: SOURCES,
    layers: [...BASE_MAP_LAYERS, ...areaLayers(measure)],
  };
}
