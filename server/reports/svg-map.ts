// Pure: a small static SVG map of areas, points and lines, for the printed and exported report
// (no JavaScript or tiles needed to read it). Equirectangular projection scaled to the features'
// bounding box, x stretched by cos(mid-latitude) so shapes keep their proportions at 55.6° N.
// Colours are from the Okabe–Ito palette (colour-blind safe); area fill is also told by pattern.

export type Position = number[];
export interface MapArea {
  name: string;
  rings: Position[][];
  /** Fill class: e.g. "active" | "starting" | "invitation". */
  fill: string;
  /** A short label drawn at the area's centre, e.g. a count. */
  label?: string;
}
export interface MapInput {
  areas: MapArea[];
  points: { coordinates: Position; title: string }[];
  lines: { coordinates: Position[]; title: string }[];
  title: string;
  width?: number;
  height?: number;
}

export const FILLS: Record<string, string> = {
  active: "#0072B2",
  starting: "#56B4E9",
  invitation: "url(#invitation)",
};

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (x: number) => Math.round(x * 10) / 10;

/** The projection: lon/lat to SVG pixels inside a `pad` margin. */
export function projector(all: Position[], width: number, height: number, pad = 10) {
  const lons = all.map((p) => p[0] as number);
  const lats = all.map((p) => p[1] as number);
  const [minX, maxX, minY, maxY] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * k, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  // Centre the drawing in whichever direction has room to spare.
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  return ([lon, lat]: Position): [number, number] => [
    r1(offX + ((lon as number) - minX) * k * scale),
    r1(offY + (maxY - (lat as number)) * scale),
  ];
}

export function renderSvgMap(input: MapInput): string {
  const width = input.width ?? 800;
  const height = input.height ?? 600;
  const all = [
    ...input.areas.flatMap((a) => a.rings.flat()),
    ...input.points.map((p) => p.coordinates),
    ...input.lines.flatMap((l) => l.coordinates),
  ];
  if (all.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img"><title>${esc(input.title)}</title></svg>`;
  }
  const at = projector(all, width, height);
  const path = (ring: Position[]) => `M${ring.map((p) => at(p).join(",")).join("L")}Z`;
  const areas = input.areas.map((a) => {
    const d = a.rings.map(path).join("");
    const ring = a.rings[0] ?? [];
    const pts = ring.map(at);
    const cx = r1(pts.reduce((s, p) => s + p[0], 0) / Math.max(pts.length, 1));
    const cy = r1(pts.reduce((s, p) => s + p[1], 0) / Math.max(pts.length, 1));
    const label = a.label
      ? `<text x="${cx}" y="${cy}" text-anchor="middle" font-size="11" font-family="sans-serif" fill="#000" stroke="#fff" stroke-width="3" paint-order="stroke">${esc(a.label)}</text>`
      : "";
    const fill = FILLS[a.fill] ?? "#eeeeee";
    return `<g><title>${esc(a.name)}</title><path d="${d}" fill="${fill}" fill-rule="evenodd" stroke="#333" stroke-width="0.8"/>${label}</g>`;
  });
  const lines = input.lines.map(
    (l) =>
      `<polyline points="${l.coordinates.map((p) => at(p).join(",")).join(" ")}" fill="none" stroke="#CC79A7" stroke-width="2.5" stroke-dasharray="6 3"><title>${esc(l.title)}</title></polyline>`,
  );
  const points = input.points.map((p) => {
    const [x, y] = at(p.coordinates);
    return `<circle cx="${x}" cy="${y}" r="5" fill="#E69F00" stroke="#000" stroke-width="1"><title>${esc(p.title)}</title></circle>`;
  });
  const defs = `<defs><pattern id="invitation" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="1.5"/></pattern></defs>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(input.title)}">`,
    `<title>${esc(input.title)}</title>`,
    defs,
    ...areas,
    ...lines,
    ...points,
    "</svg>",
  ].join("\n");
}
