// Requests and fixtures for the boundary-import integration tests (boundaries*.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BoundaryCommit, BoundaryPreview } from "../../server/boundaries/types.ts";
import type { PolygonGeometry } from "../../server/geo/reproject.ts";
import type { createTestApp } from "./test-app.ts";

type ErrorPart = { error?: { code: string; fields: { field: string; message: string }[] } };

/** A 0.01° square from (x E, y N): the fixture's Alfa, Beta, Gamma start at 13.20, 13.21, 13.22. */
export const square = (x: number, y = 55.64): PolygonGeometry => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});
export const feature = (properties: Record<string, unknown>, geometry: unknown) => ({
  type: "Feature",
  properties,
  geometry,
});
export const collection = (...features: unknown[]) =>
  JSON.stringify({ type: "FeatureCollection", features });
export const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, "../fixtures/boundaries", name));

export type App = ReturnType<typeof createTestApp>;

export function post(t: App, path: string, body: BodyInit, type: string) {
  return t.app.request(path, { method: "POST", body, headers: { "Content-Type": type } });
}
export async function preview(t: App, body: BodyInit, type = "application/geo+json", query = "") {
  const res = await post(t, `/api/area-boundaries/preview${query}`, body, type);
  return {
    status: res.status,
    body: (await res.json()) as BoundaryPreview & ErrorPart,
  };
}
export async function commit(t: App, token: string | null, confirm: unknown = true) {
  const res = await post(
    t,
    "/api/area-boundaries/commit",
    JSON.stringify({ token, confirm }),
    "application/json",
  );
  return {
    status: res.status,
    body: (await res.json()) as BoundaryCommit & ErrorPart,
  };
}
/** Everything a write would change: row counts, the audit log and the data version. */
export function state(t: App) {
  return t.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM areas) AS areas, (SELECT COUNT(*) FROM audit_log) AS audits,
              (SELECT value FROM meta WHERE key = 'data_version') AS version,
              (SELECT group_concat(geometry, '|') FROM areas) AS geometries`,
    )
    .get() as { areas: number; audits: number; version: string; geometries: string };
}
export const statuses = (p: BoundaryPreview) => p.areas.map((a) => [a.id, a.status, a.action]);
