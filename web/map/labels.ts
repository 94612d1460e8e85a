// Place names on the map as HTML, not as map symbols: symbol text needs a glyph server, and the
// map must work with no request leaving the machine.
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { centroid } from "@turf/centroid";
import { destination } from "@turf/destination";
import { flatten } from "@turf/flatten";
import { nearestPointOnLine } from "@turf/nearest-point-on-line";
import { pointOnFeature } from "@turf/point-on-feature";
import { polygonToLine } from "@turf/polygon-to-line";
import * as maplibregl from "maplibre-gl";

export interface MapLabel {
  key: string;
  text: string;
  lngLat: [number, number];
  kind: "tatort" | "neighbour";
}

type PolygonFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/**
 * Where to write a neighbouring municipality's name so it is seen next to Staffanstorp: just inside
 * its border, at the point nearest the kommun, rather than at its far-away centroid.
 * @example neighbourLabelPoint(lund, [13.2, 55.64]) // a point ~3 km into Lund
 */
export function neighbourLabelPoint(
  neighbour: PolygonFeature,
  centre: [number, number],
  insetKm = 3,
): [number, number] {
  let nearest: number[] | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const part of flatten(neighbour).features) {
    const boundary = polygonToLine(part);
    const lines = boundary.type === "FeatureCollection" ? boundary.features : [boundary];
    for (const line of lines) {
      const p = nearestPointOnLine(line, centre);
      if (p.properties.dist < best) {
        best = p.properties.dist;
        nearest = p.geometry.coordinates;
      }
    }
  }
  if (nearest) {
    const away = destination(nearest, insetKm, bearingFrom(centre, nearest));
    if (booleanPointInPolygon(away, neighbour))
      return away.geometry.coordinates as [number, number];
  }
  return pointOnFeature(neighbour).geometry.coordinates as [number, number];
}

function bearingFrom(from: [number, number], to: number[]): number {
  const [x1, y1] = from;
  const [x2 = 0, y2 = 0] = to;
  // Good enough for a few tens of km: a local equirectangular bearing.
  const dx = (x2 - x1) * Math.cos((y1 * Math.PI) / 180);
  return (Math.atan2(dx, y2 - y1) * 180) / Math.PI;
}

/** Labels for the kommun's tätorter (points) and its neighbours (polygons). */
export function buildLabels(
  tatortPoints: GeoJSON.FeatureCollection | undefined,
  neighbours: GeoJSON.FeatureCollection | undefined,
  kommun: GeoJSON.FeatureCollection | undefined,
): MapLabel[] {
  const labels: MapLabel[] = [];
  for (const f of tatortPoints?.features ?? []) {
    if (f.geometry.type !== "Point") continue;
    const text = String(f.properties?.name ?? "");
    const [lng = 0, lat = 0] = f.geometry.coordinates;
    labels.push({ key: `t:${text}`, text, lngLat: [lng, lat], kind: "tatort" });
  }
  const centre = kommun?.features.length
    ? (centroid(kommun).geometry.coordinates as [number, number])
    : undefined;
  if (centre) {
    for (const f of neighbours?.features ?? []) {
      if (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon") continue;
      const text = String(f.properties?.name ?? "");
      const lngLat = neighbourLabelPoint(f as PolygonFeature, centre);
      labels.push({ key: `n:${text}`, text, lngLat, kind: "neighbour" });
    }
  }
  return labels;
}

/** Keeps one HTML marker per label; markers are decorative (names are in the area list). */
export function syncLabels(
  map: maplibregl.Map,
  markers: Map<string, maplibregl.Marker>,
  labels: MapLabel[],
) {
  const wanted = new Set(labels.map((l) => l.key));
  for (const [key, marker] of markers) {
    if (!wanted.has(key)) {
      marker.remove();
      markers.delete(key);
    }
  }
  for (const label of labels) {
    if (markers.has(label.key)) continue;
    const el = document.createElement("span");
    el.className = `map-label map-label--${label.kind}`;
    el.textContent = label.text;
    el.setAttribute("aria-hidden", "true");
    markers.set(
      label.key,
      new maplibregl.Marker({ element: el }).setLngLat(label.lngLat).addTo(map),
    );
  }
}
