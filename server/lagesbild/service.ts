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
import {
  type EffectiveByBand,
  followThrough,
  isoWeekWindow,
  summarize,
  windowOf,
} from "./follow-through.ts";
import { type AreaValues, createLagesbildRepo, type EntryValues } from "./repo.ts";
import type { CreateLagesbild, PatchLagesbild } from "./schema.ts";
import type {
  KommunFollowThrough,
  LagesbildEntry,
  LagesbildOverview,
  LagesbildWeek,
} from "./types.ts";

export interface Who {
  actor: string;
  remote: string | null;
}

/**
 * Whose follow-through: the police's runs over the seven days from the exchange's date; everyone
 * else's over the entry's ISO week (see server/privacy/planner.ts, which also hides a running week).
 */
export type View = "police" | "planner";

/** A shared field of a week a caller may not change (it flags other kommuner' areas too). */
const sharedField = (field: string): FieldError =>
  fieldError(
    field,
    "other_kommun",
    "the week is shared with other kommuner: only someone who works for all of them changes it",
    { kommun: "" },
  );

export type WriteResult =
  | { ok: true; id: number }
  | { ok: false; status: 400 | 403 | 409; fields: FieldError[] }
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

  /**
   * The week with its follow-through; given `kommuner`, of those kommuner's flagged areas only
   * (a planner's section of the police area's lägesbild).
   */
  function withFollowThrough(
    whole: LagesbildEntry,
    view: View,
    kommuner?: readonly string[],
  ): LagesbildWeek {
    const entry = kommuner
      ? { ...whole, areas: whole.areas.filter((a) => kommuner.includes(a.kommun)) }
      : whole;
    const window = view === "police" ? windowOf(entry.date) : isoWeekWindow(entry.date);
    const effective = (areaId: string): EffectiveByBand =>
      new Map(totals.areaBands(areaId, window.from, window.to).map((r) => [r.band, r.eff_s]));
    return followThrough(entry, effective, coverage.rules().bands, today(), window);
  }

  const kommunOfArea = db
    .prepare<[string], string>("SELECT kommun FROM areas WHERE id = ?")
    .pluck();

  /**
   * Everything about the entry that needs the database: week, areas (in the caller's kommuner),
   * bands, one per week.
   */
  function check(
    v: EntryValues,
    areas: readonly AreaValues[],
    givenWeek: boolean,
    kommuner: readonly string[],
  ): FieldError[] {
    const fields: FieldError[] = [];
    const actualWeek = isoWeekOf(v.date);
    if (givenWeek && v.week !== actualWeek) {
      const message = `${v.date} is in ${actualWeek}, not ${v.week}`;
      fields.push(fieldError("week", "week_mismatch", message, { date: v.date, week: actualWeek }));
    }
    const ix = coverage.index();
    const { bands } = coverage.rules();
    areas.forEach((a, i) => {
      const kommun = kommunOfArea.get(a.area_id);
      if (!ix.byId.has(a.area_id) || kommun === undefined) {
        fields.push(
          fieldError(`areas.${i}.area_id`, "unknown_area", `no area with id '${a.area_id}'`, {
            area_id: a.area_id,
          }),
        );
      } else if (!kommuner.includes(kommun)) {
        const message = `area '${a.area_id}' lies in kommun ${kommun}, which you do not work for`;
        fields.push(
          fieldError(`areas.${i}.area_id`, "other_kommun_area", message, {
            area_id: a.area_id,
            kommun,
          }),
        );
      }
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

    /** `kommuner`: the caller's; every flagged area must lie in one of them. */
    create(b: CreateLagesbild, who: Who, kommuner: readonly string[]): WriteResult {
      const v: EntryValues = {
        week: b.week ?? isoWeekOf(b.date),
        date: b.date,
        participants: b.participants,
        notes: b.notes,
      };
      const fields = check(v, b.areas, b.week !== undefined, kommuner);
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
      return { ok: true, id };
    },

    /**
     * `kommuner`: the caller's. Given areas replace the flagged areas of those kommuner only: a
     * planner of Lomma changes Lomma's section of the police area's week, never another's.
     */
    update(id: number, b: PatchLagesbild, who: Who, kommuner: readonly string[]): WriteResult {
      const before = repo.get(id);
      if (!before) return { ok: false, status: 404 };
      // The week's date, participants and notes are every kommun's: only a caller who covers
      // every kommun the week flags areas in changes them; the others change their section.
      const shared = (["week", "date", "participants", "notes"] as const).filter(
        (k) => b[k] !== undefined,
      );
      if (shared.length > 0 && before.areas.some((a) => !kommuner.includes(a.kommun))) {
        return { ok: false, status: 403, fields: shared.map((k) => sharedField(k)) };
      }
      const date = b.date ?? before.date;
      // A new date without a week moves the entry to the date's week.
      const week = b.week ?? (b.date ? isoWeekOf(b.date) : before.week);
      const v: EntryValues = {
        week,
        date,
        participants: b.participants ?? before.participants,
        notes: b.notes ?? before.notes,
      };
      const fields = check(v, b.areas ?? [], true, kommuner);
      if (fields.length > 0) return { ok: false, status: 400, fields };
      const taken = conflict(v.week, id);
      if (taken.length > 0) return { ok: false, status: 409, fields: taken };
      const others: AreaValues[] = before.areas
        .filter((a) => !kommuner.includes(a.kommun))
        .map(({ area_id, reason, bands }) => ({ area_id, reason, bands }));
      const areas = b.areas ? [...others, ...b.areas] : undefined;
      db.transaction(() => {
        repo.update(id, v, areas);
        // The entry is shared: planners and police both change it, so the audit keeps what was
        // there before (dates and area ids, no personal data) as well as who changed it.
        audit.record({
          ...who,
          action: "update",
          entity: "lagesbild",
          entityId: id,
          detail: {
            changed: Object.keys(b),
            date: { from: before.date, to: v.date },
            ...(areas && {
              areas: {
                from: before.areas.map((a) => ({ area_id: a.area_id, bands: a.bands })),
                to: areas.map((a) => ({ area_id: a.area_id, bands: a.bands })),
              },
            }),
          },
        });
      })();
      return { ok: true, id };
    },

    /**
     * Deletes the week: only for a caller who covers every kommun it flags areas in (a planner of
     * one kommun cannot take the others' sections with it).
     */
    remove(id: number, who: Who, kommuner: readonly string[]): "deleted" | "missing" | "forbidden" {
      const before = repo.get(id);
      if (!before) return "missing";
      if (before.areas.some((a) => !kommuner.includes(a.kommun))) return "forbidden";
      return db.transaction(() => {
        const done = repo.softDelete(id);
        if (done) audit.record({ ...who, action: "delete", entity: "lagesbild", entityId: id });
        return done ? ("deleted" as const) : ("missing" as const);
      })();
    },

    /** The period's weeks, of the flagged areas of the `kommuner` given, with each one's part. */
    overview(period: Period, view: View, kommuner: readonly string[]): LagesbildOverview {
      coverage.ensureFresh();
      const periodWeeks = weeksInPeriod(period.from, period.to);
      const entries = periodWeeks.length
        ? repo.between(periodWeeks[0] as string, periodWeeks.at(-1) as string)
        : [];
      const weeks = entries.map((e) => withFollowThrough(e, view, kommuner));
      const { bands } = coverage.rules();
      return {
        period,
        bands: bands.defs.map(({ index: _i, ...d }) => d),
        ...summarize(weeks, periodWeeks),
        by_kommun: byKommun(weeks, kommuner),
        weeks,
      };
    },
  };
}

/** Flagged and reached areas per kommun, over the weeks whose window has closed. */
export function byKommun(
  weeks: readonly LagesbildWeek[],
  kommuner: readonly string[],
): KommunFollowThrough[] {
  const closed = weeks.filter((w) => !w.window.open).flatMap((w) => w.areas);
  return kommuner.map((kommun) => {
    const own = closed.filter((a) => a.kommun === kommun);
    const reached = own.filter((a) => a.reached).length;
    return {
      kommun,
      flagged: own.length,
      reached,
      rate: own.length === 0 ? null : reached / own.length,
    };
  });
}

export type LagesbildService = ReturnType<typeof createLagesbildService>;
