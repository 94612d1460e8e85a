// SQL for visits, the märk-DNA kits handed out at them, and a walk's findings. The callers hold
// the transaction: a visit with its kits and findings is written whole or not at all.
import type { Db } from "../db/open.ts";
import { areaInKommuner, inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock, todayUtc } from "../period/dates.ts";
import {
  DEFAULT_TOPIC,
  type Finding,
  type VisitDetail,
  type VisitInput,
  type VisitListQuery,
  type VisitRecord,
} from "./schema.ts";

type VisitRow = Omit<VisitRecord, "organisers" | "route" | "participants" | "demo"> & {
  organisers: string;
  route: string | null;
  participants: string;
  demo: number;
};

const SELECT = `SELECT v.id, v.kind, v.date, v.area_id, a.name AS area_name, a.kommun, v.topic,
    v.organisers,
    v.attendees, v.lon, v.lat, v.notes, v.route, v.participants, v.start_time, v.end_time,
    v.venue, v.signup, v.demo, v.created_at,
    COALESCE((SELECT SUM(k.kits) FROM dna_kits k
              WHERE k.visit_id = v.id AND k.deleted_at IS NULL), 0) AS kits,
    (SELECT COUNT(*) FROM walk_findings f
     WHERE f.visit_id = v.id AND f.deleted_at IS NULL AND f.status = 'open') AS open_findings
  FROM visits v JOIN areas a ON a.id = v.area_id`;

function toRecord(r: VisitRow): VisitRecord {
  return {
    ...r,
    organisers: JSON.parse(r.organisers) as VisitRecord["organisers"],
    route: r.route === null ? null : (JSON.parse(r.route) as VisitRecord["route"]),
    participants: JSON.parse(r.participants) as string[],
    demo: r.demo === 1,
  };
}

/** The columns of a visit from a checked input and the area it was placed in. */
function columns(v: VisitInput, areaId: string) {
  const walk = v.kind === "safety_walk" ? v : undefined;
  const session = v.kind === "info_session" ? v : undefined;
  return {
    area_id: areaId,
    kind: v.kind,
    date: v.date,
    topic: v.topic ?? DEFAULT_TOPIC[v.kind],
    organisers: JSON.stringify(v.organisers ?? []),
    attendees: v.attendees ?? null,
    lon: v.lon ?? null,
    lat: v.lat ?? null,
    notes: v.notes ?? "",
    route: walk?.route ? JSON.stringify(walk.route) : null,
    participants: JSON.stringify(walk?.participants ?? []),
    start_time: session?.start_time ?? null,
    end_time: session?.end_time ?? null,
    venue: session?.venue ?? "",
    signup: session?.signup ?? "",
  };
}

export function createVisitRepo(db: Db, clock: Clock = systemClock) {
  // Every read and write is limited to the caller's kommuner (@kommuner, server/kommun/sql.ts).
  const one = db.prepare<{ id: number; kommuner: string }, VisitRow>(
    `${SELECT} WHERE v.id = @id AND v.deleted_at IS NULL AND ${inKommuner("a.kommun")}`,
  );
  const many = db.prepare<Record<keyof VisitListQuery | "kommuner", string | null>, VisitRow>(
    `${SELECT} WHERE v.deleted_at IS NULL AND ${inKommuner("a.kommun")}
       AND (@area_id IS NULL OR v.area_id = @area_id) AND (@kind IS NULL OR v.kind = @kind)
       AND (@from IS NULL OR v.date >= @from) AND (@to IS NULL OR v.date <= @to)
     ORDER BY v.date DESC, v.id DESC`,
  );
  const insert = db.prepare(`INSERT INTO visits
    (area_id, kind, date, topic, organisers, attendees, lon, lat, notes, route, participants,
     start_time, end_time, venue, signup)
    VALUES (@area_id, @kind, @date, @topic, @organisers, @attendees, @lon, @lat, @notes, @route,
     @participants, @start_time, @end_time, @venue, @signup)`);
  const update = db.prepare(`UPDATE visits SET area_id = @area_id, date = @date, topic = @topic,
    organisers = @organisers, attendees = @attendees, lon = @lon, lat = @lat, notes = @notes,
    route = @route, participants = @participants, start_time = @start_time,
    end_time = @end_time, venue = @venue, signup = @signup WHERE id = @id AND deleted_at IS NULL`);
  const remove = db.prepare(
    `UPDATE visits SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL
     AND ${areaInKommuner("area_id")}`,
  );

  const linkedKits = db
    .prepare<[number], number>(
      "SELECT id FROM dna_kits WHERE visit_id = ? AND deleted_at IS NULL ORDER BY id",
    )
    .pluck();
  const insertKits = db.prepare(`INSERT INTO dna_kits (area_id, handed_out_on, kits, visit_id)
    VALUES (@area_id, @date, @kits, @visit_id)`);
  const updateKits = db.prepare(
    "UPDATE dna_kits SET area_id = @area_id, handed_out_on = @date, kits = @kits WHERE id = @id",
  );
  const removeKitsRow = db.prepare("UPDATE dna_kits SET deleted_at = @at WHERE id = @id");
  const removeKits = db.prepare(
    "UPDATE dna_kits SET deleted_at = @at WHERE visit_id = @visit_id AND deleted_at IS NULL",
  );

  const findings = db.prepare<[number], Finding>(
    `SELECT id, text, owner, status, due_on, closed_on, closed_note FROM walk_findings
     WHERE visit_id = ? AND deleted_at IS NULL ORDER BY id`,
  );
  // A finding marked done here (not through the follow-up's close, which asks for a note) is
  // closed today; reopened, it loses its closing date and note. SET reads the row's old values.
  const insertFinding = db.prepare(`INSERT INTO walk_findings
    (visit_id, text, owner, status, due_on, closed_on)
    VALUES (@visit_id, @text, @owner, @status, @due_on,
            CASE WHEN @status = 'done' THEN @today END)`);
  const updateFinding = db.prepare(`UPDATE walk_findings SET text = @text, owner = @owner,
    due_on = CASE WHEN @keep_due = 1 THEN due_on ELSE @due_on END,
    closed_on = CASE WHEN @status IS NULL OR @status = status THEN closed_on
                     WHEN @status = 'done' THEN @today END,
    closed_note = CASE WHEN @status IS NULL OR @status = status OR @status = 'done'
                       THEN closed_note ELSE '' END,
    status = COALESCE(@status, status)
    WHERE id = @id AND visit_id = @visit_id`);
  const removeFinding = db.prepare("UPDATE walk_findings SET deleted_at = @at WHERE id = @id");
  const removeFindings = db.prepare(
    "UPDATE walk_findings SET deleted_at = @at WHERE visit_id = @visit_id AND deleted_at IS NULL",
  );

  /** The kits handed out at a session are one row linked to it, kept in step with the visit. */
  function setKits(visitId: number, v: VisitInput, areaId: string) {
    if (v.kind === "safety_walk" || v.kits === undefined) return;
    const at = clock().toISOString();
    if (v.kits === 0) {
      removeKits.run({ at, visit_id: visitId });
      return;
    }
    // Several linked rows (e.g. imported) collapse into the first, which takes the new total.
    const [first, ...extra] = linkedKits.all(visitId);
    for (const id of extra) removeKitsRow.run({ at, id });
    const row = { area_id: areaId, date: v.date, kits: v.kits, visit_id: visitId };
    if (first === undefined) insertKits.run(row);
    else updateKits.run({ ...row, id: first });
  }

  /** A walk's findings become exactly the given list: ids edit, no id adds, the rest are deleted. */
  function setFindings(visitId: number, v: VisitInput) {
    if (v.kind !== "safety_walk" || v.findings === undefined) return;
    const at = clock().toISOString();
    const kept = new Set(v.findings.flatMap((f) => (f.id ? [f.id] : [])));
    for (const f of findings.all(visitId)) if (!kept.has(f.id)) removeFinding.run({ at, id: f.id });
    const today = todayUtc(clock());
    for (const f of v.findings) {
      const row = {
        visit_id: visitId,
        text: f.text,
        owner: f.owner,
        due_on: f.due_on ?? null,
        today,
      };
      if (f.id) {
        const keep_due = f.due_on === undefined ? 1 : 0;
        updateFinding.run({ ...row, id: f.id, status: f.status ?? null, keep_due });
      } else insertFinding.run({ ...row, status: f.status ?? "open" });
    }
  }

  return {
    /** The visit, if it is not deleted and lies in one of the kommuner. */
    find(id: number, kommuner: readonly string[]): VisitDetail | undefined {
      const row = one.get({ id, kommuner: kommunParam(kommuner) });
      return row && { ...toRecord(row), findings: findings.all(id) };
    },
    list(q: VisitListQuery, kommuner: readonly string[]): VisitRecord[] {
      const { area_id = null, kind = null, from = null, to = null } = q;
      return many.all({ area_id, kind, from, to, kommuner: kommunParam(kommuner) }).map(toRecord);
    },
    findingIds(visitId: number): Set<number> {
      return new Set(findings.all(visitId).map((f) => f.id));
    },
    create(v: VisitInput, areaId: string): number {
      const id = Number(insert.run(columns(v, areaId)).lastInsertRowid);
      setKits(id, v, areaId);
      setFindings(id, v);
      return id;
    },
    update(id: number, v: VisitInput, areaId: string): void {
      update.run({ ...columns(v, areaId), id });
      setKits(id, v, areaId);
      setFindings(id, v);
    },
    /** Deletes the visit with its kits and findings; false when it is unknown or already deleted. */
    softDelete(id: number, kommuner: readonly string[]): boolean {
      const at = clock().toISOString();
      if (remove.run({ id, at, kommuner: kommunParam(kommuner) }).changes === 0) return false;
      removeKits.run({ at, visit_id: id });
      removeFindings.run({ at, visit_id: id });
      return true;
    },
  };
}

export type VisitRepo = ReturnType<typeof createVisitRepo>;
