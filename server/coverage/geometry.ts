// Which areas a presence counts for: those whose polygon, buffered by the radius, contains its
// point or is touched by its route. Buffers come from turf (computed once per area and radius, see
// buffers.ts); the tests run a million times in a recomputation, so the index is a fine raster
// (about 16 cells per area) in which each cell lists the buffers wholly covering it, which need no
// test at all, and the buffers whose edge passes through it, which get an exact one (shapes.ts).
import {
  type AreaPolygon,
  crossesShape,
  inShape,
  rectRelation,
  type Shape,
  shapeOf,
} from "./shapes.ts";

export type { AreaPolygon } from "./shapes.ts";

export interface AreaShapeInput {
  id: string;
  geometry: AreaPolygon;
  buffer: AreaPolygon;
}

export interface AreaIndex {
  ids: string[];
  byId: Map<string, number>;
  area: Shape[];
  buffer: Shape[];
  /** Cell c lists items[start[c] .. start[c+1]): area index × 2, + 1 when the buffer covers the cell. */
  grid: {
    minX: number;
    minY: number;
    size: number;
    cols: number;
    rows: number;
    start: Int32Array;
    items: Int32Array;
  };
  /** Scratch marks for matchLine (one slot per area), so no set is built per route. */
  mark: Int32Array;
  tried: Int32Array;
  stamp: number;
}

/** Cells per area side: finer cells mean more of them lie wholly inside a buffer. */
const RESOLUTION = 4;

function cellOf(v: number, min: number, size: number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor((v - min) / size)));
}

export function buildIndex(areas: readonly AreaShapeInput[]): AreaIndex {
  const area = areas.map((a) => shapeOf(a.geometry));
  const buffer = areas.map((a) => shapeOf(a.buffer));
  const minX = areas.length ? Math.min(...buffer.map((b) => b.minX)) : 0;
  const minY = areas.length ? Math.min(...buffer.map((b) => b.minY)) : 0;
  const spanX = (areas.length ? Math.max(...buffer.map((b) => b.maxX)) : 1) - minX || 1;
  const spanY = (areas.length ? Math.max(...buffer.map((b) => b.maxY)) : 1) - minY || 1;
  const size = Math.sqrt((spanX * spanY) / Math.max(1, areas.length)) / RESOLUTION;
  const cols = Math.max(1, Math.ceil(spanX / size));
  const rows = Math.max(1, Math.ceil(spanY / size));
  // (cell, item) pairs in area order, then a stable counting sort by cell.
  const pairCell: number[] = [];
  const pairItem: number[] = [];
  buffer.forEach((b, i) => {
    for (let cy = cellOf(b.minY, minY, size, rows); cy <= cellOf(b.maxY, minY, size, rows); cy++) {
      for (
        let cx = cellOf(b.minX, minX, size, cols);
        cx <= cellOf(b.maxX, minX, size, cols);
        cx++
      ) {
        const x0 = minX + cx * size;
        const y0 = minY + cy * size;
        const rel = rectRelation(b, x0, y0, x0 + size, y0 + size);
        if (rel === "out") continue;
        pairCell.push(cy * cols + cx);
        pairItem.push(i * 2 + (rel === "in" ? 1 : 0));
      }
    }
  });
  const start = new Int32Array(cols * rows + 1);
  for (const c of pairCell) (start[c + 1] as number)++;
  for (let c = 0; c < cols * rows; c++)
    start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, cols * rows);
  const items = new Int32Array(pairItem.length);
  pairCell.forEach((c, k) => {
    items[(fill[c] as number)++] = pairItem[k] as number;
  });
  const ids = areas.map((a) => a.id);
  return {
    ids,
    byId: new Map(ids.map((id, i) => [id, i])),
    area,
    buffer,
    grid: { minX, minY, size, cols, rows, start, items },
    mark: new Int32Array(areas.length),
    tried: new Int32Array(areas.length),
    stamp: 0,
  };
}

function cellAt(ix: AreaIndex, lon: number, lat: number): number {
  const g = ix.grid;
  return cellOf(lat, g.minY, g.size, g.rows) * g.cols + cellOf(lon, g.minX, g.size, g.cols);
}

/** Area indices (ascending) whose buffer contains the point. */
export function matchPoint(ix: AreaIndex, lon: number, lat: number): number[] {
  const { start, items, minX, minY, size, cols, rows } = ix.grid;
  const out: number[] = [];
  if (!(lon >= minX && lon <= minX + cols * size && lat >= minY && lat <= minY + rows * size))
    return out;
  const c = cellAt(ix, lon, lat);
  for (let k = start[c] as number; k < (start[c + 1] as number); k++) {
    const item = items[k] as number;
    const a = item >> 1;
    if (item & 1 || inShape(ix.buffer[a] as Shape, lon, lat)) out.push(a);
  }
  return out;
}

function nextStamp(ix: AreaIndex): number {
  if (ix.stamp >= 2 ** 30) {
    ix.mark.fill(0);
    ix.tried.fill(0);
    ix.stamp = 0;
  }
  return ++ix.stamp;
}

/** Area indices (ascending) whose buffer the route touches anywhere along its length. */
export function matchLine(ix: AreaIndex, coords: readonly (readonly number[])[]): number[] {
  const g = ix.grid;
  const hit: number[] = [];
  const found = nextStamp(ix);
  // A vertex inside a buffer settles that area; the segments then only need edge crossings.
  for (const [x = 0, y = 0] of coords) {
    for (const a of matchPoint(ix, x, y)) {
      if (ix.mark[a] !== found) {
        ix.mark[a] = found;
        hit.push(a);
      }
    }
  }
  for (let k = 0; k + 1 < coords.length; k++) {
    const [ax = 0, ay = 0] = coords[k] as number[];
    const [bx = 0, by = 0] = coords[k + 1] as number[];
    const tried = nextStamp(ix); // each buffer is tried once per segment, however many cells list it
    for (
      let cy = cellOf(Math.min(ay, by), g.minY, g.size, g.rows);
      cy <= cellOf(Math.max(ay, by), g.minY, g.size, g.rows);
      cy++
    ) {
      for (
        let cx = cellOf(Math.min(ax, bx), g.minX, g.size, g.cols);
        cx <= cellOf(Math.max(ax, bx), g.minX, g.size, g.cols);
        cx++
      ) {
        const c = cy * g.cols + cx;
        for (let n = g.start[c] as number; n < (g.start[c + 1] as number); n++) {
          const a = (g.items[n] as number) >> 1;
          if (ix.mark[a] === found || ix.tried[a] === tried) continue;
          ix.tried[a] = tried;
          if (crossesShape(ix.buffer[a] as Shape, ax, ay, bx, by)) {
            ix.mark[a] = found;
            hit.push(a);
          }
        }
      }
    }
  }
  return hit.sort((a, b) => a - b);
}

/** The area whose own (unbuffered) polygon contains the point, or -1. */
export function containingArea(ix: AreaIndex, lon: number, lat: number): number {
  for (const i of matchPoint(ix, lon, lat)) if (inShape(ix.area[i] as Shape, lon, lat)) return i;
  return -1;
}
