// Is a row of the file already stored? A row is matched to a stored record by the `id` an export
// wrote, else by its natural key: a visit by kind, date, area and point; a watch group by area and
// name; märk-DNA kits by area and date. Then the fields the file's columns give are compared:
// "same" (nothing to do), "changed" (which fields differ) or "new". Each stored record is matched
// at most once, and one with equal values is preferred, so two equal rows in a file match two
// stored records, not one twice. Pure: the stored records are passed in.
import type { DnaKitRecord } from "../dna-kits/schema.ts";
import { DEFAULT_TOPIC, type VisitRecord } from "../visits/schema.ts";
import type { WatchGroupRecord } from "../watch-groups/schema.ts";
import { COLUMNS, type ImportKind } from "./columns.ts";
import type { PreparedRow } from "./rows.ts";
import { fold } from "./values.ts";

export type MatchStatus = "new" | "same" | "changed";

export interface Match {
  status: MatchStatus;
  existing_id?: number;
  /** The changed fields, by their Swedish column labels. */
  changed?: string[];
}

/** A record as the fields an import compares: the same shape from a stored record and a row. */
type View = Record<string, unknown>;

export interface Stored {
  id: number;
  key: string;
  view: View;
}

const sorted = (xs: readonly string[]) => [...xs].sort();
const at5 = (x: number | null | undefined) => (typeof x === "number" ? x.toFixed(5) : "");

function visitKey(v: { kind: string; date: string; area_id: string; lon: unknown; lat: unknown }) {
  return [v.kind, v.date, v.area_id, at5(v.lon as number), at5(v.lat as number)].join("|");
}

/** Stored records of a kind, as matching sees them. */
export const stored = {
  visits: (v: VisitRecord): Stored => {
    const walk = v.kind === "safety_walk";
    const view: View = {
      kind: v.kind,
      date: v.date,
      area_id: v.area_id,
      topic: v.topic,
      organisers: sorted(v.organisers),
      attendees: v.attendees,
      lon: v.lon,
      lat: v.lat,
      notes: v.notes,
      ...(walk ? { participants: v.participants } : { kits: v.kits }),
    };
    return { id: v.id, key: visitKey(v), view };
  },
  "watch-groups": (g: WatchGroupRecord): Stored => ({
    id: g.id,
    key: `${g.area_id}|${fold(g.name)}`,
    view: { ...g },
  }),
  "dna-kits": (k: DnaKitRecord): Stored => ({
    id: k.id,
    key: `${k.area_id}|${k.handed_out_on}`,
    view: { area_id: k.area_id, handed_out_on: k.handed_out_on, kits: k.kits },
  }),
};

/** A prepared row in the shape of a stored record's view: what storing it would give. */
export function rowView(kind: ImportKind, r: PreparedRow): View {
  const d = r.data as Record<string, unknown>;
  if (kind === "visits") {
    const k = d.kind as keyof typeof DEFAULT_TOPIC;
    const walk = k === "safety_walk";
    return {
      kind: k,
      date: d.date,
      area_id: r.area_id,
      topic: d.topic ?? DEFAULT_TOPIC[k],
      organisers: sorted((d.organisers as string[] | undefined) ?? []),
      attendees: d.attendees ?? null,
      lon: d.lon ?? null,
      lat: d.lat ?? null,
      notes: d.notes ?? "",
      ...(walk ? { participants: d.participants ?? [] } : { kits: d.kits ?? 0 }),
    };
  }
  if (kind === "watch-groups") {
    const { contact_name = null, contact_phone = null, contact_email = null } = d;
    return { ...d, area_id: r.area_id, contact_name, contact_phone, contact_email };
  }
  return { ...d, area_id: r.area_id };
}

function keyOf(kind: ImportKind, view: View): string {
  if (kind === "visits") return visitKey(view as Parameters<typeof visitKey>[0]);
  if (kind === "watch-groups") return `${view.area_id}|${fold(String(view.name))}`;
  return `${view.area_id}|${view.handed_out_on}`;
}

const equal = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number"
    ? Math.abs(a - b) < 1e-7
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields compared for a row: those its file's columns give (the area always). */
function compared(r: PreparedRow, view: View): string[] {
  const fields = new Set([...r.given, "area_id"]);
  return Object.keys(view).filter((f) => fields.has(f) && f !== "kind");
}

export function matchRows(kind: ImportKind, rows: PreparedRow[], existing: Stored[]): Match[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const byKey = new Map<string, Stored[]>();
  for (const s of existing) byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  const used = new Set<number>();
  const label = (f: string) =>
    f === "area_id" ? "Område" : (COLUMNS[kind].find((c) => c.field === f)?.sv ?? f);
  // A row whose point lies in another area than it names still matches a record in the named area.
  const diff = (r: PreparedRow, view: View, s: Stored) =>
    compared(r, view).filter(
      (f) => !equal(view[f], s.view[f]) && !(f === "area_id" && r.named_area_id === s.view.area_id),
    );

  return rows.map((r) => {
    const view = rowView(kind, r);
    const sameKind = (s: Stored) => kind !== "visits" || s.view.kind === view.kind;
    let found = r.id !== undefined ? byId.get(r.id) : undefined;
    if (found && (used.has(found.id) || !sameKind(found))) found = undefined;
    if (!found) {
      const keys = [keyOf(kind, view)];
      if (r.named_area_id) keys.push(keyOf(kind, { ...view, area_id: r.named_area_id }));
      const candidates = keys.flatMap((k) => byKey.get(k) ?? []).filter((s) => !used.has(s.id));
      found = candidates.find((s) => diff(r, view, s).length === 0) ?? candidates[0];
    }
    if (!found) return { status: "new" };
    used.add(found.id);
    const changed = diff(r, view, found);
    if (changed.length === 0) return { status: "same", existing_id: found.id };
    return { status: "changed", existing_id: found.id, changed: changed.map(label) };
  });
}

/** The row's values for the fields its file gives, to lay over the stored record in an update. */
export function overlay(kind: ImportKind, r: PreparedRow): Record<string, unknown> {
  const view = rowView(kind, r);
  const fields = new Set([...r.given, "area_id"]);
  const out = Object.fromEntries(
    Object.entries(view).filter(([f]) => fields.has(f) && f !== "kind"),
  );
  if (kind === "visits" && "organisers" in out)
    out.organisers = (r.data as { organisers?: string[] }).organisers ?? [];
  return out;
}
