// Each kommun's own promises (issue 15), over the real app on the embedded data's four kommuner:
// the seed loads every kommun's periods from data/promises.json; a planner reads and writes only
// their kommun's periods, promises and progress; a promise counts the records of its own kommun's
// areas only; a promise naming no number is counted but never met or missed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PromisePeriod, PromiseRecord } from "../../server/promises/repo.ts";
import type { PeriodProgress } from "../../server/promises/service.ts";
import { fieldsOf, jsonSender } from "../helpers/json-request.ts";
import { createTestApp, EMBEDDED_DATA } from "../helpers/test-app.ts";

const t = createTestApp(EMBEDDED_DATA, { role: "admin" });
afterAll(() => t.close());

const lomma = jsonSender(t.asAccount({ role: "planner", kommuner: ["1262"] }));
const staffanstorp = jsonSender(t.as("planner"));
const policeAreaAdmin = jsonSender(t.app);

const file = JSON.parse(readFileSync(join(EMBEDDED_DATA, "promises.json"), "utf8")) as {
  kommuner: { kommun: string; periods: { name: string; promises: unknown[] }[] }[];
};
const periodsOf = (body: Record<string, unknown>) => body.periods as PromisePeriod[];

describe("the seeded promises", () => {
  it("are each kommun's periods from data/promises.json, with their kommun", async () => {
    const res = await policeAreaAdmin("GET", "/api/promise-periods");
    expect(res.status).toBe(200);
    const got = periodsOf(res.body).map((p) => [p.kommun, p.name]);
    const expected = file.kommuner.flatMap((k) => k.periods.map((p) => [k.kommun, p.name]));
    expect(got).toEqual(expected);
    // 1 + 2 + 4 + 1 periods: Staffanstorp's document, Burlöv's, Kävlinge's and Lomma's rows.
    expect(got).toHaveLength(8);
    const promises = t.db
      .prepare("SELECT count(*) FROM promises WHERE deleted_at IS NULL")
      .pluck()
      .get();
    expect(promises).toBe(
      file.kommuner.flatMap((k) => k.periods).reduce((n, p) => n + p.promises.length, 0),
    );
  });
});

describe("a planner of Lomma", () => {
  const ids: Record<string, number> = {};

  it("reads only Lomma's periods, and sees another kommun's as not there", async () => {
    const mine = await lomma("GET", "/api/promise-periods");
    expect(periodsOf(mine.body).map((p) => p.kommun)).toEqual(["1262"]);
    const theirs = periodsOf((await staffanstorp("GET", "/api/promise-periods")).body);
    expect(theirs.map((p) => p.kommun)).toEqual(["1230"]);
    const period = theirs[0] as PromisePeriod;
    ids.staffanstorpPeriod = period.id;
    const promise = (
      (await staffanstorp("GET", `/api/promise-periods/${period.id}`)).body
        .promises as PromiseRecord[]
    )[0] as PromiseRecord;
    ids.staffanstorpPromise = promise.id;

    const before = t.db.prepare("SELECT count(*) FROM audit_log").pluck().get();
    for (const [method, path, body] of [
      ["GET", `/api/promise-periods/${period.id}`],
      ["PATCH", `/api/promise-periods/${period.id}`, { name: "Lommas nu" }],
      ["DELETE", `/api/promise-periods/${period.id}`],
      ["GET", `/api/promises/${promise.id}`],
      ["PATCH", `/api/promises/${promise.id}`, { title_sv: "Lommas nu" }],
      ["DELETE", `/api/promises/${promise.id}`],
      ["POST", `/api/promises/${promise.id}/progress`, { date: "2019-01-01" }],
      ["GET", `/api/promises/progress?period_id=${period.id}`],
    ] as [string, string, unknown?][]) {
      const res = await lomma(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const planted = await lomma("POST", "/api/promises", {
      period_id: period.id,
      category: "activity",
      title_sv: "x",
      title_en: "x",
      evidence: "manual",
      target: 1,
    });
    expect(planted.status).toBe(400);
    expect(fieldsOf(planted.body)).toEqual(["period_id"]);
    const copied = await lomma("POST", "/api/promise-periods", {
      name: "Kopia",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
      copy_from: period.id,
    });
    expect(copied.status).toBe(400);
    expect(fieldsOf(copied.body)).toEqual(["copy_from"]);
    expect(t.db.prepare("SELECT count(*) FROM audit_log").pluck().get()).toBe(before);
  });

  it("enters Lomma's promises: a period for Lomma, its texts and targets", async () => {
    const refused = await lomma("POST", "/api/promise-periods", {
      name: "Medborgarlöften 2026",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
      kommun: "1230",
    });
    expect(refused.status).toBe(403);
    const period = await lomma("POST", "/api/promise-periods", {
      name: "Medborgarlöften 2026",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
    });
    expect(period.status).toBe(201);
    expect(period.body).toMatchObject({ kommun: "1262", name: "Medborgarlöften 2026" });
    ids.period = period.body.id as number;
    const walks = await lomma("POST", "/api/promises", {
      period_id: ids.period,
      category: "activity",
      title_sv: "Minst tre trygghetsvandringar",
      title_en: "At least three safety walks",
      evidence: "safety_walk",
      target: 3,
    });
    expect(walks.status).toBe(201);
    ids.walks = walks.body.id as number;
    const unnumbered = await lomma("POST", "/api/promises", {
      period_id: ids.period,
      category: "activity",
      title_sv: "Vi genomför trygghetsvandringar",
      title_en: "We hold safety walks",
      evidence: "safety_walk",
      target: null,
    });
    expect(unnumbered.status).toBe(201);
    expect(unnumbered.body).toMatchObject({ target: null });
    ids.unnumbered = unnumbered.body.id as number;
    const goal = await lomma("POST", "/api/promises", {
      period_id: ids.period,
      category: "goal",
      title_sv: "Tryggheten ska öka",
      title_en: "Perceived safety rises",
      indicator: "perceived_safety",
    });
    expect(goal.status).toBe(201);
    // The audit rows are Lomma's.
    const kommuner = t.db
      .prepare(
        "SELECT DISTINCT kommun FROM audit_log WHERE entity IN ('promises', 'promise_periods')",
      )
      .pluck()
      .all();
    expect(kommuner).toEqual(["1262"]);
  });

  it("counts Lomma's own safety walks only; the unnumbered promise is counted, never judged", async () => {
    // Two walks in Lomma and three in Staffanstorp, in the period.
    const walk = t.db.prepare(`INSERT INTO visits (area_id, kind, date, topic)
      VALUES (?, 'safety_walk', ?, 'other')`);
    walk.run("12620101", "2026-03-10");
    walk.run("12620102", "2026-04-10");
    for (const d of ["2026-03-11", "2026-04-11", "2026-05-11"]) walk.run("12300101", d);
    const count = (kommun: string) =>
      t.db
        .prepare(`SELECT count(*) FROM visits v JOIN areas a ON a.id = v.area_id
          WHERE v.kind = 'safety_walk' AND v.deleted_at IS NULL AND a.kommun = ?
          AND v.date BETWEEN '2026-01-01' AND '2026-11-30'`)
        .pluck()
        .get(kommun) as number;
    expect(count("1262")).toBeLessThan(count("1230"));

    const res = await lomma("GET", `/api/promises/progress?period_id=${ids.period}`);
    expect(res.status).toBe(200);
    const p = res.body as unknown as PeriodProgress;
    const row = (id: number) => p.activities.find((a) => a.promise.id === id)?.progress;
    expect(row(ids.walks as number)).toMatchObject({ done: count("1262"), target: 3 });
    expect(row(ids.unnumbered as number)).toMatchObject({
      done: count("1262"),
      status: "no_target",
    });
    expect(p.goals.map((g) => g.status)).toEqual(["no_data"]);
  });

  it("is the period a planner of Lomma opens on", async () => {
    const res = await lomma("GET", "/api/promises");
    expect((res.body.promises as PromiseRecord[]).map((p) => p.id)).toContain(ids.walks);
  });
});

describe("an account of several kommuner", () => {
  it("names the kommun of a new period", async () => {
    const res = await policeAreaAdmin("POST", "/api/promise-periods", {
      name: "Medborgarlöften 2026",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
    });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(["kommun"]);
    const named = await policeAreaAdmin("POST", "/api/promise-periods?kommun=1231", {
      name: "Medborgarlöften 2026",
      starts_on: "2026-01-01",
      ends_on: "2026-12-31",
    });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ kommun: "1231" });
  });
});
