// shpjs 6 ships no typings; these cover the parts server/geo/shapefile.ts uses.
declare module "shpjs" {
  type Bytes = ArrayBuffer | ArrayBufferView;
  /** Geometries in file order (null for a null shape); with no prj the coordinates are left as stored. */
  export function parseShp(shp: Bytes, prj?: string): (GeoJSON.Geometry | null)[];
  /** Attribute rows in file order; `cpg` names the text encoding (UTF-8 when absent). */
  export function parseDbf(dbf: Bytes, cpg?: string): Record<string, unknown>[];
  export function combine(
    parts: [(GeoJSON.Geometry | null)[], Record<string, unknown>[]?],
  ): GeoJSON.FeatureCollection<GeoJSON.Geometry | null>;
}
