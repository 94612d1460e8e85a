// Which coordinate reference system a boundary file is in: from what the file says (a GeoJSON
// `crs` member or a Shapefile .prj), else from the coordinates themselves. A file whose label and
// coordinates disagree is rejected, because reprojecting it would put every area in the wrong place.

/** WGS84 lon/lat, SWEREF 99 TM (national) and SWEREF 99 13 30 (the local zone Skåne municipalities use). */
export type CrsCode = "EPSG:4326" | "EPSG:3006" | "EPSG:3008";
export type CrsSource = "crs-member" | "prj" | "coordinates";

export const CRS_NAMES: Record<CrsCode, string> = {
  "EPSG:4326": "WGS 84 (lon/lat)",
  "EPSG:3006": "SWEREF 99 TM",
  "EPSG:3008": "SWEREF 99 13 30",
};

/** proj4 definitions; the towgs84 zeros say SWEREF 99 and WGS 84 coincide at this precision. */
export const PROJ4_DEFS: Record<Exclude<CrsCode, "EPSG:4326">, string> = {
  "EPSG:3006": "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  "EPSG:3008":
    "+proj=tmerc +lat_0=0 +lon_0=13.5 +k=1 +x_0=150000 +y_0=0 +ellps=GRS80 " +
    "+towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
};

export type Bbox = [minX: number, minY: number, maxX: number, maxY: number];

export type Declared = { ok: true; crs: CrsCode | null } | { ok: false; message: string };

const EPSG_CODES: Record<string, CrsCode> = {
  "4326": "EPSG:4326",
  "3006": "EPSG:3006",
  "3008": "EPSG:3008",
};

/** The CRS a name such as 'urn:ogc:def:crs:EPSG::3006', 'EPSG:3006' or '…/OGC/1.3/CRS84' stands for. */
export function crsFromName(name: string): CrsCode | undefined {
  if (/CRS:?84$/i.test(name.trim())) return "EPSG:4326";
  const code = /EPSG(?::[\d.]*)?:+(\d+)$/i.exec(name.trim()) ?? /\/EPSG\/[^/]+\/(\d+)$/i.exec(name);
  return code?.[1] ? EPSG_CODES[code[1]] : undefined;
}

/** The GeoJSON (2008) `crs` member; absent or null means the file does not say. */
export function crsFromMember(member: unknown): Declared {
  if (member == null) return { ok: true, crs: null };
  const m = member as { type?: unknown; properties?: { name?: unknown; code?: unknown } };
  const name =
    m.type === "name" && typeof m.properties?.name === "string"
      ? m.properties.name
      : m.type === "EPSG" && m.properties?.code != null
        ? `EPSG:${String(m.properties.code)}`
        : undefined;
  if (name === undefined) {
    return { ok: false, message: "the crs member is not a named CRS ({type: 'name', …})" };
  }
  const crs = crsFromName(name);
  if (!crs) return { ok: false, message: unsupported(name) };
  return { ok: true, crs };
}

/** A Shapefile .prj (WKT, usually the ESRI dialect). */
export function crsFromPrj(wkt: string | undefined): Declared {
  if (!wkt?.trim()) return { ok: true, crs: null };
  const text = wkt.trim();
  const top = /^(PROJCS|PROJCRS|GEOGCS|GEOGCRS)\s*\[\s*"([^"]*)"/i.exec(text);
  if (!top?.[1]) return { ok: false, message: "the .prj file is not WKT" };
  const name = top[2] ?? "";
  const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(text)?.[1];
  if (authority && EPSG_CODES[authority]) return { ok: true, crs: EPSG_CODES[authority] };
  const compact = name.replace(/[\s_]/g, "").toUpperCase();
  if (/^PROJ/i.test(top[1])) {
    if (compact === "SWEREF99TM") return { ok: true, crs: "EPSG:3006" };
    if (compact === "SWEREF991330") return { ok: true, crs: "EPSG:3008" };
  } else if (/WGS_?1984|WGS84/.test(compact) || /D_WGS_1984|"WGS_1984"/i.test(text)) {
    return { ok: true, crs: "EPSG:4326" };
  }
  return { ok: false, message: unsupported(name) };
}

function unsupported(name: string): string {
  const known = Object.entries(CRS_NAMES).map(([code, label]) => `${label} (${code})`);
  return `unsupported coordinate system '${name}'; export the file in ${known.join(", ")}`;
}

/** Every coordinate is a plausible longitude/latitude. */
export function looksLikeLonLat([minX, minY, maxX, maxY]: Bbox): boolean {
  return minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
}

/** Every coordinate is inside SWEREF 99 TM's extent over Sweden (eastings, northings in metres). */
export function looksLikeSweref([minX, minY, maxX, maxY]: Bbox): boolean {
  return minX >= 150_000 && maxX <= 1_100_000 && minY >= 6_000_000 && maxY <= 7_800_000;
}

const sample = (b: Bbox) => `e.g. ${Math.round(b[0])}, ${Math.round(b[1])}`;

/**
 * Settles the CRS: a declared CRS is checked against the coordinates' range; without one, the
 * range decides (lon/lat within ±180/±90, or SWEREF 99 TM metres). SWEREF 99 13 30 is only ever
 * taken when declared, since its range overlaps SWEREF 99 TM's.
 */
export function settleCrs(
  declared: CrsCode | null,
  from: Exclude<CrsSource, "coordinates">,
  bbox: Bbox,
): { ok: true; crs: CrsCode; source: CrsSource } | { ok: false; message: string } {
  const label = from === "prj" ? "the .prj file" : "the crs member";
  if (declared === "EPSG:4326") {
    if (looksLikeLonLat(bbox)) return { ok: true, crs: declared, source: from };
    const hint = looksLikeSweref(bbox)
      ? "they look like SWEREF 99 TM metres: fix the file's CRS label (or remove it) and export again"
      : "they are out of range for longitude/latitude";
    return {
      ok: false,
      message: `${label} says WGS 84 but the coordinates (${sample(bbox)}) are not degrees: ${hint}`,
    };
  }
  if (declared) {
    if (!looksLikeLonLat(bbox)) return { ok: true, crs: declared, source: from };
    return {
      ok: false,
      message: `${label} says ${CRS_NAMES[declared]} but the coordinates (${sample(bbox)}) look like longitude/latitude degrees`,
    };
  }
  if (looksLikeLonLat(bbox)) return { ok: true, crs: "EPSG:4326", source: "coordinates" };
  if (looksLikeSweref(bbox)) return { ok: true, crs: "EPSG:3006", source: "coordinates" };
  return {
    ok: false,
    message: `cannot tell the coordinate system: the coordinates (${sample(bbox)}) are neither longitude/latitude nor SWEREF 99 TM; add a .prj file or a crs member`,
  };
}
