// Lägesbild writes (entry and flagged areas in one transaction with an audit row) and reads with
// their follow-through, computed from the coverage totals of each week's seven-day window.
import { createAuditLog } from "../audit/log.ts";
import type { CoverageEngine } from "../coverage/engine.ts";
import { createCoverageRepo } from "../coverage/repo.ts";
import { isoWeekOf, weeksInPeriod } from "../coverage/weeks.ts";
import type { Db } from "../db/open.ts";
import { type FieldError, fieldError } from "../http/errors.ts";
import type { Clock, IsoDate } from "../period/dates.ts";
import type { Period } from "../period/period.ts";
import { type EffectiveByBand, followThrough, summarize, windowOf } from "./follow-through.ts";
import { type AreaValues, createLagesbildRepo, type EntryValues } from "./repo.ts";
import type { CreateLagesbild, PatchLagesbild } from "./schema.ts";
import type { LagesbildEntry, LagesbildOverview, LagesbildWeek } from "./types.ts";

export interface Who {
  actor: string;
  remote: string | null;
}

export type WriteResult =
  | { ok: true; week: LagesbildWeek }
  | { ok: false; status: 400 | 409; fields: FieldError[] }
  | { ok: false; status: 404 };

export function createLagesbildService(
  db: Db,
  coverage: CoverageEngine,
  today: () => IsoDate,
  clock?: Clock,
) {
  const repo = createLagesbildRepo(db, clock);
  const totals = createCoverageRepo(db);
  const audit = createAuditLog(db);

  function withFollowThrough(entry: LagesbildEntry): LagesbildWeek {
    const { from, to } = windowOf(entry.date);
    const effective = (areaId: string): EffectiveByBand =>
      new Map(totals.areaBands(areaId, from, to).map((r) => [r.band, r.eff_s]));
    return followThrough(entry, effective, coverage.rules().bands, today());
  }

  /** Everything about the entry that needs the database: week, areas, bands, one per week. */
  function check(v: EntryValues, areas: readonly AreaValues[], givenWeek: boolean): FieldError[] {
    const fields: FieldError[] = [];
    const actualWeek = isoWeekOf(v.date);
    if (givenWeek && v.week !== actualWeek) {
      const message = `${v.date} is in ${actualWeek}, not ${v.week}`;
      fields.push(fieldError("week", "week_mismatch", message, { date: v.date, week: actualWeek }));
    }
    const ix = coverage.index();
    const { bands } = coverage.rules();
    areas.forEach((a, i) => {
      if (!ix.byId.has(a.area_id))
        fields.push(
          fieldError(`areas.${i}.area_id`, "unknown_area", `no area with id '${a.area_id}'`, {
            area_id: a.area_id,
          }),
        );
      a.bands.forEach((b, j) => {
        if (!bands.byKey.has(b)) {
          const keys = bands.defs.map((d) => d.key).join(", ");
          const message = `unknown band '${b}'; one of ${keys}`;
          fields.push(
            fieldError(`areas.${i}.bands.${j}`, "unknown_band", message, {
              band: b,
              options: keys,
            }),
          );
        }
      });
    });
    return fields;
  }

  function conflict(week: string, id?: number): FieldError[] {
    const taken = repo.weekTaken(week);
    if (taken === undefined || taken === id) return [];
    return [
      fieldError(
        "week",
        "week_taken",
        `${week} already has a lägesbild (id ${taken}); change that one`,
        { week, id: taken },
      ),
    ];
  }

  return {
    repo,
    withFollowThrough,

    create(b: CreateLagesbild, who: Who): WriteResult {
      const v: EntryValues = {
        week: b.week ?? isoWeekOf(b.date),
        date: b.date,
        participants: b.participants,
        notes: b.notes,
      };
      const fields = check(v, b.areas, b.week !== undefined);
      if (fields.length > 0) return { ok: false, status: 400, fields };
      const taken = conflict(v.week);
      if (taken.length > 0) return { ok: false, status: 409, fields: taken };
      const id = db.transaction(() => {
        const newId = repo.insert(v, b.areas);
        audit.record({
          ...who,
          action: "create",
          entity: "lagesbild",
          entityId: newId,
          detail: { week: v.week, areas: b.areas.length },
        });
        return newId;
      })();
      return { ok: true, week: withFollowThrough(repo.get(id) as LagesbildEntry) };
    },

    update(id: number, b: PatchLagesbild, who: Who): WriteResult {
      const before = repo.get(id);
      if (!before) return { ok: false, status: 404 };
      const date = b.date ?? before.date;
      // A new date without a week moves the entry to the date's week.
      const week = b.week ?? (b.date ? isoWeekOf(b.date) : before.week);
      const v: EntryValues = {
        week,
        date,
        participants: b.participants ?? before.participants,
        notes: b.notes ?? before.notes,
      };
      const fields = check(v, b.areas ?? [], true);
      if (fields.length > 0) return { ok: false, status: 400, fields };
      const taken = conflict(v.week, id);
      if (taken.length > 0) return { ok: false, status: 409, fields: taken };
      db.transaction(() => {
        repo.update(id, v, b.areas);
        audit.record({
          ...who,
          action: "update",
          entity: "lagesbild",
          entityId: id,
          detail: { changed: Object.keys(b) },
        });
      })();
      return { ok: true, week: withFollowThrough(repo.get(id) as LagesbildEntry) };
    },

    remove(id: number, who: Who): boolean {
      return db.transaction(() => {
        const done = repo.softDelete(id);
        if (done) audit.record({ ...who, action: "delete", entity: "lagesbild", entityId: id });
        return done;
      })();
    },

    overview(period: Period): LagesbildOverview {
      coverage.ensureFresh();
      const periodWeeks = weeksInPeriod(period.from, period.to);
      const entries = periodWeeks.length
        ? repo.between(periodWeeks[0] as string, periodWeeks.at(-1) as string)
        : [];
      const weeks = entries.map(withFollowThrough);
      const { bands } = coverage.rules();
      return {
        period,
        bands: bands.defs.map(({ index: _i, ...d }) => d),
        ...summarize(weeks, periodWeeks),
        weeks,
      };
    },
  };
}

export type LagesbildService = ReturnType<typeof createLagesbildService>;
