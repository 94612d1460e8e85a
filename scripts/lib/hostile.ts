// The requests issue 11 found could stall the server, built once as bytes: what the hostile-load
// benchmark (scripts/bench-hostile.ts) sends in loops and the hostile-load test sends once each.
// Each says what the server should answer now; the public reads sent meanwhile must stay fast.
import { writeManyVertexShp, writeZip } from "../../test/fixtures/boundaries/write-shapefile.ts";

export interface HostileRequest {
  name: string;
  method: "POST";
  path: string;
  /** Sent with a planner's session (the uploads), or by anyone. */
  as: "planner" | null;
  type: string;
  body: Uint8Array<ArrayBuffer>;
  /** The statuses the hardened server answers with. */
  expect: readonly number[];
}

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

/** A closed ring of `n` vertices round (x, y): an ellipse about 1 km across. */
function ellipse(x: number, y: number, n: number): number[][] {
  const ring = Array.from({ length: n - 1 }, (_, i) => {
    const a = (2 * Math.PI * i) / (n - 1);
    return [x + 0.01 * Math.cos(a), y + 0.005 * Math.sin(a)];
  });
  return [...ring, ring[0] as number[]];
}

/**
 * A valid boundary file that is honest work to check: `areas` areas of `vertices` vertices each
 * (5 × 2 000 take about 1.3 s to read and check on this machine).
 */
export function heavyBoundaryFile(areas = 5, vertices = 2_000): string {
  const features = Array.from({ length: areas }, (_, k) => ({
    type: "Feature",
    properties: { id: `bench-${k}`, name: `Bench ${k}` },
    geometry: { type: "Polygon", coordinates: [ellipse(13.2 + k * 0.03, 55.64, vertices)] },
  }));
  return JSON.stringify({ type: "FeatureCollection", features });
}

/** A CSV import of märk-DNA kits, `rows` rows in the named area (60 000 rows: about 1 MB). */
export const heavyCsv = (area: string, rows = 60_000) =>
  `område;datum;antal\n${Array.from({ length: rows }, () => `${area};2019-11-01;1`).join("\n")}\n`;

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The hostile requests; `area` names an area of the server's data (for the CSV). */
export function hostileRequests(area: string): HostileRequest[] {
  const json = "application/json";
  return [
    {
      name: "1 MB of nested JSON to the login",
      method: "POST",
      path: "/api/auth/login",
      as: null,
      type: json,
      body: utf8(`{"username":"anna","password":${nested(500_000)}}`),
      expect: [413],
    },
    {
      name: "3 kB of nested JSON to the login",
      method: "POST",
      path: "/api/auth/login",
      as: null,
      type: json,
      body: utf8(`{"username":"anna","password":${nested(1_500)}}`),
      expect: [400],
    },
    {
      name: "1 MB of nested JSON to a visit (planner)",
      method: "POST",
      path: "/api/visits",
      as: "planner",
      type: json,
      body: utf8(`{"kind":"safety_walk","date":"2019-05-20","route":${nested(500_000)}}`),
      expect: [400],
    },
    {
      name: "a 124 kB zip of a 4-million-vertex Shapefile (planner)",
      method: "POST",
      path: "/api/area-boundaries/preview",
      as: "planner",
      type: "application/zip",
      body: new Uint8Array(writeZip([["bomb.shp", writeManyVertexShp(4_000_000)]])),
      expect: [400],
    },
    {
      name: "a boundary file of 5 × 2 000 vertices (planner)",
      method: "POST",
      path: "/api/area-boundaries/preview",
      as: "planner",
      type: "application/geo+json",
      body: utf8(heavyBoundaryFile()),
      expect: [200, 400],
    },
    {
      name: "a 60 000-row CSV import preview (planner)",
      method: "POST",
      path: "/api/imports/dna-kits/preview",
      as: "planner",
      type: "text/csv",
      body: utf8(heavyCsv(area)),
      expect: [200],
    },
  ];
}
