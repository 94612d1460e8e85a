// SQL for promise periods, promises and manual progress entries: prepared once per database,
// soft-deleted rows left out of every read. Each period is a kommun's; a read given `kommuner`
// sees only theirs (the caller's), one given none every kommun's (the public view, the seed).
import type { Db } from "../db/open.ts";
import { inKommuner, kommunParam } from "../kommun/sql.ts";
import { type Clock, systemClock } from "../period/dates.ts";
import type { EvidenceKind, Indicator, PeriodInput, ProgressInput, PromiseBody } from "./schema.ts";

export interface PromisePeriod {
  id: number;
  name: string;
  starts_on: string;
  ends_on: string;
  signed_by: string;
  source_url: string | null;
  /** The kommun whose promises these are. */
  kommun: string;
  demo: boolean;
}

export interface PromiseRecord {
  id: number;
  period_id: number;
  position: number;
  category: "activity" | "goal";
  title_sv: string;
  title_en: string;
  measure: string;
  target: number | null;
  deadline: string;
  evidence: EvidenceKind | null;
  indicator: Indicator | null;
  baseline_value: number | null;
  baseline_label: string | null;
  source_url: string | null;
  demo: boolean;
}

export interface ProgressEntry {
  id: number;
  promise_id: number;
  date: string;
  amount: number;
  value: number | null;
  label: string;
  note: string;
  source_url: string | null;
  demo: boolean;
}

const flag = <T extends { demo: number }>(r: T): Omit<T, "demo"> & { demo: boolean } => ({
  ...r,
  demo: r.demo === 1,
});
type Raw<T> = Omit<T, "demo"> & { demo: number };

type Scope = { all: 0 | 1; kommuner: string };
/** The bindings of an optional kommun filter: every kommun when none are given. */
const scopeOf = (kommuner?: readonly string[]): Scope =>
  kommuner ? { all: 0, kommuner: kommunParam(kommuner) } : { all: 1, kommuner: "[]" };
const IN_SCOPE = `(@all = 1 OR ${inKommuner("kommun")})`;

export function createPromiseRepo(db: Db, clock: Clock = systemClock) {
  const PERIOD_COLS = "id, name, starts_on, ends_on, signed_by, source_url, kommun, demo";
  const periods = db.prepare<Scope, Raw<PromisePeriod>>(
    `SELECT ${PERIOD_COLS} FROM promise_periods
     WHERE deleted_at IS NULL AND ${IN_SCOPE} ORDER BY kommun, starts_on, id`,
  );
  const period = db.prepare<Scope & { id: number }, Raw<PromisePeriod>>(
    `SELECT ${PERIOD_COLS} FROM promise_periods
     WHERE id = @id AND deleted_at IS NULL AND ${IN_SCOPE}`,
  );
  const insertPeriod = db.prepare(
    `INSERT INTO promise_periods (name, starts_on, ends_on, signed_by, source_url, kommun, demo)
     VALUES (@name, @starts_on, @ends_on, @signed_by, @source_url, @kommun, @demo)`,
  );
  const updatePeriod = db.prepare(
    `UPDATE promise_periods SET name = @name, starts_on = @starts_on, ends_on = @ends_on,
       signed_by = @signed_by, source_url = @source_url WHERE id = @id AND deleted_at IS NULL`,
  );
  const deletePeriod = db.prepare<{ id: number; at: string }>(
    `UPDATE promise_periods SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL`,
  );
  const COLS = `id, period_id, position, category, title_sv, title_en, measure, target, deadline,
    evidence, indicator, baseline_value, baseline_label, source_url, demo`;
  const promisesOf = db.prepare<[number], Raw<PromiseRecord>>(
    `SELECT ${COLS} FROM promises WHERE period_id = ? AND deleted_at IS NULL ORDER BY position, id`,
  );
  const promise = db.prepare<Scope & { id: number }, Raw<PromiseRecord>>(
    `SELECT ${COLS} FROM promises WHERE id = @id AND deleted_at IS NULL
     AND period_id IN (SELECT id FROM promise_periods WHERE ${IN_SCOPE})`,
  );
  const insertPromise = db.prepare(
    `INSERT INTO promises (period_id, position, category, title_sv, title_en, measure, target,
       deadline, evidence, indicator, baseline_value, baseline_label, source_url, demo)
     VALUES (@period_id, @position, @category, @title_sv, @title_en, @measure, @target, @deadline,
       @evidence, @indicator, @baseline_value, @baseline_label, @source_url, @demo)`,
  );
  const updatePromise = db.prepare(
    `UPDATE promises SET position = @position, title_sv = @title_sv, title_en = @title_en,
       measure = @measure, target = @target, deadline = @deadline, evidence = @evidence,
       indicator = @indicator, baseline_value = @baseline_value, baseline_label = @baseline_label,
       source_url = @source_url WHERE id = @id AND deleted_at IS NULL`,
  );
  const deletePromise = db.prepare<{ id: number; at: string }>(
    `UPDATE promises SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL`,
  );
  const maxPosition = db
    .prepare<[number], number>(
      "SELECT COALESCE(MAX(position), -1) FROM promises WHERE period_id = ? AND deleted_at IS NULL",
    )
    .pluck();
  const progressOf = db.prepare<[number], Raw<ProgressEntry>>(
    `SELECT e.id, e.promise_id, e.date, e.amount, e.value, e.label, e.note, e.source_url, e.demo
     FROM promise_progress e JOIN promises p ON p.id = e.promise_id
     WHERE p.period_id = ? AND e.deleted_at IS NULL ORDER BY e.date, e.id`,
  );
  const progressEntry = db.prepare<Scope & { id: number }, Raw<ProgressEntry>>(
    `SELECT id, promise_id, date, amount, value, label, note, source_url, demo
     FROM promise_progress WHERE id = @id AND deleted_at IS NULL AND promise_id IN
       (SELECT p.id FROM promises p WHERE p.period_id IN
         (SELECT id FROM promise_periods WHERE ${IN_SCOPE}))`,
  );
  const insertProgress = db.prepare(
    `INSERT INTO promise_progress (promise_id, date, amount, value, label, note, source_url, demo)
     VALUES (@promise_id, @date, @amount, @value, @label, @note, @source_url, @demo)`,
  );
  const deleteProgress = db.prepare<{ id: number; at: string }>(
    `UPDATE promise_progress SET deleted_at = @at WHERE id = @id AND deleted_at IS NULL`,
  );

  function promiseRow(periodId: number, p: PromiseBody, position: number, demo: boolean) {
    const activity = p.category === "activity";
    return {
      period_id: periodId,
      position: p.position ?? position,
      category: p.category,
      title_sv: p.title_sv,
      title_en: p.title_en,
      measure: p.measure ?? "",
      target: activity ? p.target : null,
      deadline: p.deadline,
      evidence: activity ? p.evidence : null,
      indicator: activity ? null : p.indicator,
      baseline_value: activity ? null : (p.baseline_value ?? null),
      baseline_label: activity ? null : (p.baseline_label ?? null),
      source_url: p.source_url ?? null,
      demo: demo ? 1 : 0,
    };
  }

  return {
    /** The periods of the kommuner given (every kommun's when none are), by kommun and start. */
    periods: (kommuner?: readonly string[]) => periods.all(scopeOf(kommuner)).map(flag),
    period: (id: number, kommuner?: readonly string[]) => {
      const r = period.get({ id, ...scopeOf(kommuner) });
      return r ? flag(r) : undefined;
    },
    createPeriod(p: PeriodInput & { kommun: string }, demo = false): number {
      const row = { ...p, signed_by: p.signed_by ?? "", source_url: p.source_url ?? null };
      return Number(insertPeriod.run({ ...row, demo: demo ? 1 : 0 }).lastInsertRowid);
    },
    updatePeriod(id: number, p: PeriodInput): void {
      updatePeriod.run({
        ...p,
        id,
        signed_by: p.signed_by ?? "",
        source_url: p.source_url ?? null,
      });
    },
    softDeletePeriod: (id: number) =>
      deletePeriod.run({ id, at: clock().toISOString() }).changes > 0,
    promises: (periodId: number) => promisesOf.all(periodId).map(flag),
    promise: (id: number, kommuner?: readonly string[]) => {
      const r = promise.get({ id, ...scopeOf(kommuner) });
      return r ? flag(r) : undefined;
    },
    /** `deadline` must be filled in by the caller (the period's end when not given). */
    createPromise(periodId: number, p: PromiseBody & { deadline: string }, demo = false): number {
      const row = promiseRow(periodId, p, (maxPosition.get(periodId) ?? -1) + 1, demo);
      return Number(insertPromise.run(row).lastInsertRowid);
    },
    updatePromise(id: number, p: PromiseBody & { deadline: string }, position: number): void {
      const { period_id: _p, category: _c, demo: _d, ...row } = promiseRow(0, p, position, false);
      updatePromise.run({ ...row, id });
    },
    softDeletePromise: (id: number) =>
      deletePromise.run({ id, at: clock().toISOString() }).changes > 0,
    progress: (periodId: number) => progressOf.all(periodId).map(flag),
    progressEntry: (id: number, kommuner?: readonly string[]) => {
      const r = progressEntry.get({ id, ...scopeOf(kommuner) });
      return r ? flag(r) : undefined;
    },
    addProgress(promiseId: number, e: ProgressInput, demo = false): number {
      const row = {
        promise_id: promiseId,
        date: e.date,
        amount: e.amount ?? 1,
        value: e.value ?? null,
        label: e.label ?? "",
        note: e.note ?? "",
        source_url: e.source_url ?? null,
        demo: demo ? 1 : 0,
      };
      return Number(insertProgress.run(row).lastInsertRowid);
    },
    softDeleteProgress: (id: number) =>
      deleteProgress.run({ id, at: clock().toISOString() }).changes > 0,
  };
}

export type PromiseRepo = ReturnType<typeof createPromiseRepo>;
