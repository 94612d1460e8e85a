// Sorting the ranking table by any column; a missing value sorts last whichever the direction, so
// "saknas" never climbs to the top of a column.
import type { AreaPriority, PartKey } from "../../server/priorities/score.ts";

export type SortKey = "rank" | "name" | "score" | PartKey;
export type SortDir = "asc" | "desc";
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: Sort = { key: "rank", dir: "asc" };

function value(row: AreaPriority, key: SortKey): number | string | null {
  if (key === "rank") return row.rank;
  if (key === "name") return row.name;
  if (key === "score") return row.score;
  return row.contributions[key];
}

export function sortRows(rows: readonly AreaPriority[], sort: Sort): AreaPriority[] {
  const sign = sort.dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      const c = typeof x === "string" ? x.localeCompare(String(y), "sv") : x - Number(y);
      if (c !== 0) return sign * c;
    }
    return a.rank - b.rank; // ties keep the ranking's own order
  });
}

/** A header click: the same column flips direction; a new one starts in its natural direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === "asc" ? "desc" : "asc" };
  return { key, dir: key === "rank" || key === "name" ? "asc" : "desc" };
}

export function parseSort(raw: string | null): Sort {
  const m = /^(rank|name|score|coverage|dna|burglary|reach|recency)-(asc|desc)$/.exec(raw ?? "");
  return m ? { key: m[1] as SortKey, dir: m[2] as SortDir } : DEFAULT_SORT;
}

export const sortParam = (s: Sort) => `${s.key}-${s.dir}`;
