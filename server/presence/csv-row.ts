// One CSV row → a presence draft, or every reason it is not one. Accepts what logs kept in a
// spreadsheet tend to hold: Swedish words for actor and kind, decimal commas, local times, a date
// column with separate start and end times (an end before the start is on the next day), and a
// route as WKT 'LINESTRING(lon lat, …)' or GeoJSON. Pure.

import type { Place, Position } from "../coverage/place.ts";
import { type Reason, reason, rowError } from "../imports/reasons.ts";
import { coordinateReason } from "../imports/rows.ts";
import { quoted } from "../imports/values.ts";
import { addDays, isIsoDate } from "../period/dates.ts";
import type { CsvRow } from "./csv.ts";
import { MAX_ROUTE_POINTS } from "./schema.ts";
import { checkSpan, MAX_DURATION_MS, parseLogTime } from "./times.ts";
import type { ImportRowError, PresenceActor, PresenceInput, PresenceKind } from "./types.ts";

// biome-ignore format: word tables read best packed
const ACTOR_WORDS: Record<string, PresenceActor> = {
  police: "police", polis: "police", polisen: "police",
  municipality: "municipality", kommun: "municipality", kommunen: "municipality",
  volunteers: "volunteers", volontärer: "volunteers", volontär: "volunteers",
  polisvolontärer: "volunteers", other: "other", annan: "other", andra: "other",
  övrig: "other", övriga: "other",
};
// biome-ignore format: word tables read best packed
const KIND_WORDS: Record<string, PresenceKind> = {
  foot: "foot", fot: "foot", "till fots": "foot", fotpatrull: "foot",
  car: "car", bil: "car", bilpatrull: "car",
  camper: "camper", husbil: "camper", "mobilt kontor": "camper", polisbuss: "camper",
  event: "event", evenemang: "event", arrangemang: "event",
  other: "other", annat: "other", övrigt: "other",
};

/** The words each column accepts, as the import's not_one_of reason names them. */
const ACTORS_NAMED = {
  accepted: "polis, kommun, volontärer, andra",
  accepted_en: "police, municipality, volunteers, other",
};
const KINDS_NAMED = {
  accepted: "fot, bil, husbil, evenemang, annat",
  accepted_en: "foot, car, camper, event, other",
};

const number = (s: string) =>
  /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(",", ".")) : Number.NaN;

function position(pair: string): Position | null {
  const [x, y, ...rest] = pair.trim().split(/\s+/).map(number);
  if (rest.length > 0 || x === undefined || y === undefined) return null;
  if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) return null;
  return [x, y];
}

/** WKT LINESTRING or a GeoJSON LineString → its positions, or null. */
export function parseRoute(s: string): Position[] | null {
  const wkt = /^LINESTRING\s*\((.*)\)$/is.exec(s.trim());
  let coords: Position[] | null = null;
  if (wkt) {
    const points = (wkt[1] ?? "").split(",").map(position);
    coords = points.every((p) => p !== null) ? (points as Position[]) : null;
  } else {
    try {
      const g = JSON.parse(s) as { type?: unknown; coordinates?: unknown };
      const ok = g.type === "LineString" && Array.isArray(g.coordinates);
      const points = ok
        ? (g.coordinates as unknown[]).map((p) => (Array.isArray(p) ? position(p.join(" ")) : null))
        : [];
      coords = ok && points.every((p) => p !== null) ? (points as Position[]) : null;
    } catch {
      coords = null;
    }
  }
  return coords && coords.length >= 2 && coords.length <= MAX_ROUTE_POINTS ? coords : null;
}

const TIME_ONLY = /^\d{1,2}[:.]\d{2}(:\d{2})?$/;

/** Records a problem; returns null so a failing branch can `return err(…)`. */
type Report = (field: string, why: Reason) => null;

function times(v: CsvRow["values"], err: Report) {
  const date = v.date;
  if (date !== undefined && !isIsoDate(date))
    err("date", reason("not_iso_date", { value: quoted(date) }));
  const one = (field: "starts_at" | "ends_at", day: string | undefined) => {
    const raw = v[field];
    if (raw === undefined) return err(field, reason("empty"));
    const text =
      TIME_ONLY.test(raw) && day ? `${day} ${raw.replace(".", ":").padStart(5, "0")}` : raw;
    const r = parseLogTime(text);
    return r.ok ? r.ms : err(field, r.reason);
  };
  const okDate = date && isIsoDate(date) ? date : undefined;
  const start = one("starts_at", okDate);
  let end = one("ends_at", okDate);
  // A date column with times only: an end at or before the start is past midnight.
  if (start !== null && end !== null && okDate && TIME_ONLY.test(v.ends_at ?? "") && end <= start) {
    end = one("ends_at", addDays(okDate, 1));
  }
  return { start, end };
}

function place(v: CsvRow["values"], err: Report): Place | null {
  if (v.route !== undefined) {
    const coords = parseRoute(v.route);
    if (coords) return { type: "LineString", coordinates: coords };
    return err("route", reason("not_route", { max: MAX_ROUTE_POINTS }));
  }
  if (v.lon !== undefined || v.lat !== undefined) {
    const p = position(`${v.lon ?? ""} ${v.lat ?? ""}`);
    if (p) return { type: "Point", coordinates: p };
    const x = number(v.lon ?? "");
    const y = number(v.lat ?? "");
    const field = v.lon === undefined || !Number.isFinite(x) ? "lon" : "lat";
    if (v.lon === undefined || v.lat === undefined) return err(field, reason("both_lon_lat"));
    if (!Number.isFinite(x) || !Number.isFinite(y))
      return err(field, reason("not_number", { value: quoted(v[field] ?? "") }));
    return err(field, coordinateReason(x, y) ?? reason("not_coordinate", { value: `${x}, ${y}` }));
  }
  if (v.area_id !== undefined) return { type: "Area", area_id: v.area_id };
  return err("place", reason("give_area_point_or_route"));
}

/** A draft, or every problem of the row (with its place when that much could be read, so the
 * caller can check the place against the areas too). */
export function rowToDraft(
  row: CsvRow,
):
  | { ok: true; draft: PresenceInput }
  | { ok: false; errors: ImportRowError[]; place: Place | null } {
  const errors: ImportRowError[] = [];
  const err: Report = (field, why) => {
    errors.push(rowError(row.line, field, why));
    return null;
  };
  const v = row.values;
  const { start, end } = times(v, err);
  const actor = ACTOR_WORDS[(v.actor ?? "").toLowerCase()];
  if (!actor) err("actor", reason("not_one_of", { value: quoted(v.actor ?? ""), ...ACTORS_NAMED }));
  const kind = KIND_WORDS[(v.kind ?? "").toLowerCase()];
  if (!kind) err("kind", reason("not_one_of", { value: quoted(v.kind ?? ""), ...KINDS_NAMED }));
  const where = place(v, err);
  const notes = v.notes ?? "";
  if (notes.length > 2000) err("notes", reason("too_long", { max: 2000 }));
  if (start !== null && end !== null) {
    const bad = checkSpan(start, end);
    if (bad)
      err(
        bad.field,
        bad.code === "presence_too_long"
          ? reason("presence_too_long", { hours: MAX_DURATION_MS / 3_600_000 })
          : reason("ends_after_start"),
      );
  }
  if (errors.length > 0 || start === null || end === null || !actor || !kind || !where) {
    return { ok: false, errors, place: where };
  }
  return { ok: true, draft: { startMs: start, endMs: end, actor, kind, place: where, notes } };
}
