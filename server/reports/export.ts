// A quarter's report as a folder that any static host can serve: index.html (inline CSS, no
// JavaScript), map.svg (drawn here from the area polygons) and report.geojson (the map's data).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../db/open.ts";
import type { IsoDate } from "../period/dates.ts";
import { GEOJSON_FILE, MAP_FILE, renderReportHtml } from "./html.ts";
import { createReports, type QuarterReport } from "./report.ts";
import { type MapInput, renderSvgMap } from "./svg-map.ts";

/** The report's map features as the SVG renderer's input; each area labelled with its count. */
export function mapInput(r: QuarterReport): MapInput {
  const input: MapInput = { title: `Staffanstorp ${r.quarter}`, areas: [], points: [], lines: [] };
  for (const f of r.map.features) {
    const p = f.properties;
    if (
      p.kind === "area" &&
      (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon")
    ) {
      const rings =
        f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat();
      // "sessions/walks", only where something happened (so a bare "<5/<5" never means none).
      const label = p.had_activity
        ? `${p.info_sessions.display}/${p.safety_walks.display}`
        : undefined;
      input.areas.push({ name: p.name, rings, fill: p.watch, ...(label ? { label } : {}) });
    } else if (p.kind === "info_session" && f.geometry.type === "Point") {
      input.points.push({
        coordinates: f.geometry.coordinates,
        title: `Informationstillfälle ${p.date}`,
      });
    } else if (p.kind === "safety_walk_route" && f.geometry.type === "LineString") {
      input.lines.push({
        coordinates: f.geometry.coordinates,
        title: `Trygghetsvandring ${p.date}`,
      });
    }
  }
  return input;
}

/** Writes the folder; undefined when there is no report for the quarter (not ended, no period). */
export function exportReport(db: Db, quarter: string, outDir: string, today: IsoDate) {
  const report = createReports(db).report(quarter, today);
  if (!report) return undefined;
  mkdirSync(outDir, { recursive: true });
  const files = {
    html: join(outDir, "index.html"),
    svg: join(outDir, MAP_FILE),
    geojson: join(outDir, GEOJSON_FILE),
  };
  writeFileSync(files.html, renderReportHtml(report));
  writeFileSync(files.svg, renderSvgMap(mapInput(report)));
  writeFileSync(files.geojson, `${JSON.stringify(report.map)}\n`);
  return { report, files };
}
