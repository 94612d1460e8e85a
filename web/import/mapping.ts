// The planner's column mapping (a file's header → a field, or "" to skip the column), remembered
// in this browser for the next file of the same kind with the same header row. Nothing is stored
// on the server: the key is a hash of the kind and the header names, the value the mapping.
import type { ColumnMapping } from "../../server/imports/header.ts";

const PREFIX = "grannkoll.importColumns.";

/** FNV-1a over the kind and the header names: the same headers in the same order, the same key. */
export function headerKey(kind: string, header: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [kind, ...header].join("\u001f")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${PREFIX}${kind}.${h.toString(16).padStart(8, "0")}`;
}

/** The mapping remembered for these headers, or null. A damaged entry counts as none. */
export function recall(
  storage: Storage,
  kind: string,
  header: readonly string[],
): ColumnMapping | null {
  try {
    const raw = storage.getItem(headerKey(kind, header));
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
    const entries = Object.entries(parsed).filter(
      ([name, field]) => header.includes(name) && typeof field === "string",
    );
    return entries.length > 0 ? (Object.fromEntries(entries) as ColumnMapping) : null;
  } catch {
    return null;
  }
}

export function remember(
  storage: Storage,
  kind: string,
  header: readonly string[],
  mapping: ColumnMapping,
): void {
  try {
    storage.setItem(headerKey(kind, header), JSON.stringify(mapping));
  } catch {
    // A full or blocked storage only means the choice is asked for again next time.
  }
}

/** The query string a preview or commit is sent with. */
export function importSearch(options: {
  mapping: ColumnMapping;
  existing: "skip" | "update" | "add";
  place: "point" | "area";
  /** The kommun the rows are for (?kommun=); rows in another kommun's areas are row errors. */
  kommun?: string;
}): string {
  const q = new URLSearchParams();
  if (Object.keys(options.mapping).length > 0) q.set("columns", JSON.stringify(options.mapping));
  if (options.existing !== "skip") q.set("existing", options.existing);
  if (options.place !== "point") q.set("place", options.place);
  if (options.kommun) q.set("kommun", options.kommun);
  const s = q.toString();
  return s ? `?${s}` : "";
}
